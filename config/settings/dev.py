from .base import *  # noqa: F403

# Local development: show errors and print emails to the console.
DEBUG = True

# Tasks wait in the database for `manage.py db_worker`, as in production, so telling emails and
# their retries behave here as they will there. `make run` starts the worker beside the server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
