import json
import os
import sys

import django
from django.conf import settings

settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1"],
    INSTALLED_APPS=["notes"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["DATABASE_PATH"]}},
)
django.setup()

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.views.decorators.http import require_GET, require_POST

from notes.models import Note


@require_POST
def create_note(request):
    note = Note.objects.create(text=json.loads(request.body)["text"])
    return JsonResponse({"id": note.id, "text": note.text}, status=201)


@require_GET
def read_note(request, note_id):
    note = get_object_or_404(Note, pk=note_id)
    return JsonResponse({"id": note.id, "text": note.text})


urlpatterns = [path("notes", create_note), path("notes/<int:note_id>", read_note)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    # Works like manage.py: `python app.py migrate`, `python app.py runserver ...`
    execute_from_command_line(sys.argv)
