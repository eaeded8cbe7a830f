import json
import os
import sys

from django.conf import settings

settings.configure(
    ROOT_URLCONF=__name__,
    SECRET_KEY="dev-only-secret",  # signs the session; read it from the environment in production
    ALLOWED_HOSTS=["127.0.0.1"],
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions"],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["DATABASE_PATH"]}},
)

from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET, require_POST


@require_POST
def login_view(request):
    data = json.loads(request.body)
    user = authenticate(request, username=data["user"], password=data["password"])
    if user is None:
        return JsonResponse({"error": "wrong user or password"}, status=401)
    login(request, user)  # stores the user in the session: the sessionid cookie
    return JsonResponse({"user": user.username})


@require_GET
def me(request):
    # login_required would redirect to a login page; an API answers 401 instead.
    if not request.user.is_authenticated:
        return JsonResponse({"error": "not logged in"}, status=401)
    return JsonResponse({"user": request.user.username})


urlpatterns = [path("login", login_view), path("me", me)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    # Works like manage.py: `python app.py migrate`, `python app.py createsuperuser ...`
    execute_from_command_line(sys.argv)
