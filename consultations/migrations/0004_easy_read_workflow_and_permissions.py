from django.db import migrations

SNIPPET_PERMISSIONS = {
    "Moderators": [
        ("consultations", "supportmodel", ["add", "change", "delete"]),
        ("consultations", "easyreadsignoff", ["add", "change"]),
        ("organisations", "organisation", ["add", "change"]),
    ],
    "Editors": [("consultations", "supportmodel", ["add", "change"])],
}


def set_up(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    Task = apps.get_model("consultations.EasyReadCheckTask")

    # Sign-off is recorded by commissioners (Moderators) in a workflow on every consultation.
    task_type, _ = ContentType.objects.get_or_create(
        app_label="consultations", model="easyreadchecktask"
    )
    task = Task.objects.create(name="Easy-read check", content_type=task_type, active=True)
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators:
        task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Easy-read check before publishing", active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    home = Page.objects.filter(depth=2, content_type__model="homepage").first()
    if home:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})

    for group_name, grants in SNIPPET_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if not group:
            continue
        for app_label, model, actions in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0003_consultation_pages_and_snippets"),
        ("organisations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
