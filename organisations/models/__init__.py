"""Organisations, members, pledges and invitations; later concepts get a module each."""

from .core import (
    INVITATION_LIFETIME,
    Invitation,
    Membership,
    Organisation,
    Pledge,
    _expiry,
    _new_token,
)

__all__ = [
    "INVITATION_LIFETIME",
    "Invitation",
    "Membership",
    "Organisation",
    "Pledge",
    "_expiry",
    "_new_token",
]
