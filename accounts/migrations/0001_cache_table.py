from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # Rate limits and caches live in the database so every app server shares them (ADR 002).
    # createcachetable skips a table that exists, so databases that already ran this step as
    # accessibility's migration 0001 are safe (ADR 009).
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies: list = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
