from django.apps import AppConfig


class TellingConfig(AppConfig):
    name = "telling"
    verbose_name = "Telling people"
