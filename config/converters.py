"""A path converter for database ids, registered once in config/urls.py as `<id:...>`.

Django's `<int:...>` matches any number of digits. A number too big for a 64-bit column makes
SQLite raise OverflowError (a 500) where PostgreSQL simply finds nothing. Refusing such numbers
in the URL itself gives the same 404 on every database, before any view runs.
"""

BIGGEST_ID = 2**63 - 1  # the largest value a signed 64-bit (BigAutoField) column can hold


class DatabaseIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > BIGGEST_ID:
            # A ValueError here means "this URL does not match", so the request ends in a 404.
            raise ValueError(f"{value} is bigger than any database id.")
        return number

    def to_url(self, value: int) -> str:
        return str(value)
