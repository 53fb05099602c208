"""Telling starts by itself when "you said, we did" is first published (issue 12, point 4).

The commissioner can still press "Tell people now" on the telling screen: it finds this round and
does nothing twice. Publishing must never fail because telling cannot start, so the two known
reasons are logged and left for the telling screen to explain.
"""

import logging

logger = logging.getLogger(__name__)


def tell_when_published(sender, consultation, page, user=None, **kwargs) -> None:
    from .services import ContactDetailsDeleted, NothingToTell, telling_start

    try:
        telling_start(consultation, user=user)
    except NothingToTell:
        logger.info("Consultation %s has no published decision: nobody told yet.", consultation.pk)
    except ContactDetailsDeleted:
        logger.info("Consultation %s has no contact details left to tell.", consultation.pk)


def connect_receivers() -> None:
    from decisions.signals import you_said_we_did_published

    you_said_we_did_published.connect(tell_when_published, dispatch_uid="telling-on-yswd")
