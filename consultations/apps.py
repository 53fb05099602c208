from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self) -> None:
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from .content_version import connect_signals
        from .permissions import ScopedPagePermissionPolicy

        # Registered before the admin first asks for the page policy, as Wagtail requires.
        register_permission_policy(Page, ScopedPagePermissionPolicy(Page))
        # Cache purges are the decoupled concern signals are kept for (CONVENTIONS.md).
        connect_signals()
