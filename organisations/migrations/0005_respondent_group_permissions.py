from django.db import migrations

ACTIONS = ["add", "change", "delete"]


def grant(apps, schema_editor):
    """Commissioners (Moderators) list the groups they want to hear from for their consultations."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if not moderators:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="consultations", model="respondentgroup"
    )
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_respondentgroup",
            defaults={"name": f"Can {action} respondent group"},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0004_verification_invitations_pledge_withdrawal"),
        ("consultations", "0005_respondent_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
