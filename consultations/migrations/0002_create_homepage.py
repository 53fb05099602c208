from django.db import migrations

INTRODUCTION = """Shared Say helps you have your say about support.
Support means help to live the life you want.
You can tell us what a good life looks like.
The NHS and the council will listen.
They will tell you what they decide."""


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("consultations.HomePage")

    # Replace Wagtail's placeholder welcome page; the site points at our HomePage instead.
    Page.objects.filter(content_type__app_label="wagtailcore", content_type__model="page", depth=2).delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="consultations")
    locale = Locale.objects.order_by("pk").first()
    homepage = HomePage.objects.create(
        title="Have your say about support",
        draft_title="Have your say about support",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        introduction=INTRODUCTION,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=homepage.pk, is_default_site=True,
        site_name="Shared Say",
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("consultations.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
