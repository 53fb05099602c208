from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self) -> None:
        # Cache purges are the decoupled concern signals are kept for (CONVENTIONS.md).
        from .content_version import connect_signals

        connect_signals()
