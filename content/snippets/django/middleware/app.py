import os
import sys
from uuid import uuid4

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1"],
    MIDDLEWARE=[f"{__name__}.request_id_middleware"],
)


def request_id_middleware(get_response):
    def middleware(request):
        request.id = str(uuid4())  # views read request.id
        response = get_response(request)
        response["X-Request-Id"] = request.id
        return response

    return middleware


def index(request):
    return HttpResponse(request.id, content_type="text/plain")


urlpatterns = [path("", index)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", f"127.0.0.1:{os.environ['PORT']}", "--noreload"])
