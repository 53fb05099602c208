from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultations"

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from .permissions import ScopedPagePermissionPolicy

        # Registered before the admin first asks for the page policy, as Wagtail requires.
        register_permission_policy(Page, ScopedPagePermissionPolicy(Page))
