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
from .org_responses import OrganisationalResponse, OrgAnswer, OrgResponseGroup
from .sessions import Format, GroupSession, GroupSessionMember, GroupTally, Method

__all__ = [
    "Format",
    "GroupSession",
    "GroupSessionMember",
    "GroupTally",
    "Method",
    "INVITATION_LIFETIME",
    "Invitation",
    "Membership",
    "Organisation",
    "OrganisationalResponse",
    "OrgAnswer",
    "OrgResponseGroup",
    "Pledge",
    "_expiry",
    "_new_token",
]
