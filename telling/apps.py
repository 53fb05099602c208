from django.apps import AppConfig


class TellingConfig(AppConfig):
    name = "telling"
    verbose_name = "Telling people"

    def ready(self):
        from .receivers import connect_receivers

        connect_receivers()
