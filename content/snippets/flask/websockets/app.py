from flask import Flask
from flask_socketio import SocketIO, send

app = Flask(__name__)
socketio = SocketIO(app, path="ws")


@socketio.on("message")
def echo(text):
    send(text)
