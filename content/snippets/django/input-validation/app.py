import json
import os
import sys

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["127.0.0.1"])


class UserForm(forms.Form):
    name = forms.CharField()
    age = forms.IntegerField(min_value=0)


@require_POST
def create_user(request):
    form = UserForm(json.loads(request.body))
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=422)
    return JsonResponse(form.cleaned_data, status=201)


urlpatterns = [path("users", create_user)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", f"127.0.0.1:{os.environ['PORT']}", "--noreload"])
