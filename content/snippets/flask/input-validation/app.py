from flask import Flask
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)


class UserForm(FlaskForm):
    class Meta:
        csrf = False  # a JSON API client has no form token to send

    name = StringField(validators=[DataRequired()])
    age = IntegerField(validators=[NumberRange(min=0)])


@app.post("/users")
def create_user():
    form = UserForm()  # Flask-WTF reads the JSON body when there is no form data
    if not form.validate():
        return {"errors": form.errors}, 422
    return form.data, 201
