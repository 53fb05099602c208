from .base import *  # noqa: F403

# Local development: show errors and print emails to the console.
DEBUG = True
