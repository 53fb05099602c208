"""Settings for `make bench` only: the product's settings, served as production serves them.

Not production.py itself, which insists on HTTPS and real secrets; the differences below say why.
"""

from pathlib import Path

from config.settings.base import *  # noqa: F403
from config.settings.env import env_bool, env_str

# Production runs with DEBUG off; DEBUG on would also record every query and slow each request.
DEBUG = env_bool("BENCH_DEBUG", False)
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# Renditions made during the run go to a scratch folder, not the developer's var/media.
MEDIA_ROOT = Path(env_str("BENCH_MEDIA_ROOT", "/tmp/shared-say-bench-media"))
# The pages under test are HTML only; an empty scratch folder keeps WhiteNoise from warning.
STATIC_ROOT = MEDIA_ROOT / "static"
# Several gunicorn workers share one SQLite file: wait for a write lock instead of failing.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30  # noqa: F405
# Keep the terminal for the results table.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
