from .base import *  # noqa: F403

# Fast hashing: the suite creates many users and does not test password strength here.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Keep sent mail in memory so tests can read it.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests must not write into the developer's var/media.
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# Browser tests expect plain static files without a manifest build step.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# Wagtail keeps its search and reference indexes up to date through django-tasks, run at once by
# default. No test reads either index, and they are half the cost of loading the demo, so tests
# queue those tasks without running them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
# SQLite tests use a file, as people's servers do, not memory: threads in the concurrency tests then
# meet SQLite's real locking (write-ahead log, busy timeout) instead of shared-cache table locks.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}  # noqa: F405
# The live server answers each request on a new thread; a kept-open connection there outlives the
# thread and stops PostgreSQL dropping the test database at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
