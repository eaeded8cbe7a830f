from django.conf import settings
from django.core.asgi import get_asgi_application

settings.configure(ALLOWED_HOSTS=["127.0.0.1"])
django_asgi_app = get_asgi_application()  # sets Django up before Channels code is imported

from channels.generic.websocket import WebsocketConsumer  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402


class EchoConsumer(WebsocketConsumer):
    def receive(self, text_data=None, bytes_data=None):
        self.send(text_data=text_data)


application = ProtocolTypeRouter({
    "http": django_asgi_app,
    "websocket": URLRouter([path("ws", EchoConsumer.as_asgi())]),
})
