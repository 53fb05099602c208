"""The one exception the disclosure rules raise.

Bad input is refused, never repaired: a table that quietly "fixed" a negative count or a total that
is smaller than its cells could publish a number that identifies someone.
"""


class DisclosureInputError(ValueError):
    """The counts given cannot be made into a safe table without guessing."""
