from .base import *  # noqa: F403

# Local development: show errors.
DEBUG = True

# Emails are saved as files rather than printed: the demo tells 45 people by email, which
# would push the printed logins off the screen. `make run` says where they are.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "emails"  # noqa: F405

# Tasks wait in the database for `manage.py db_worker`, as in production, so telling emails and
# their retries behave here as they will there. `make run` starts the worker beside the server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
