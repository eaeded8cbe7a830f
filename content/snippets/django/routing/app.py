import os
import sys

from django.conf import settings
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["127.0.0.1"])


@require_GET
def hello(request, name):
    return JsonResponse({"message": f"Hello, {name}"})


urlpatterns = [path("hello/<str:name>", hello)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", f"127.0.0.1:{os.environ['PORT']}", "--noreload"])
