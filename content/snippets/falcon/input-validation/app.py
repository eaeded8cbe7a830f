import falcon
from falcon.media.validators import jsonschema

USER = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "age": {"type": "integer", "minimum": 0},
    },
    "required": ["name", "age"],
}


class Users:
    @jsonschema.validate(req_schema=USER)
    def on_post(self, req, resp):
        resp.status = falcon.HTTP_201
        resp.media = req.get_media()


# Falcon's default 400 only carries the message; the jsonschema error it
# re-raises from also knows where in the body the problem is.
def invalid_user(req, resp, ex, params):
    error = ex.__cause__
    field = "/".join(map(str, error.absolute_path)) or "body"
    resp.status = falcon.HTTP_422
    resp.media = {"errors": {field: error.message}}


app = falcon.App()
app.add_route("/users", Users())
app.add_error_handler(falcon.MediaValidationError, invalid_user)
