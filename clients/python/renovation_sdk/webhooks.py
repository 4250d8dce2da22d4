"""Receiving webhooks: check a delivery's Standard Webhooks signature and read its event.

A receiver passes the body exactly as it arrived (bytes, not re-encoded JSON) and the request's
headers; ``verify`` raises ``WebhookVerificationError`` unless the body was signed with the
subscription's secret (either one, while a rotated secret's overlap lasts) within five minutes.
Deliveries are at least once: a receiver drops an event whose ``webhook-id`` it has seen.
"""

from collections.abc import Mapping
from typing import Any

from renovation_client.models import Event
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

__all__ = ["Event", "WebhookVerificationError", "verify"]


def verify(secret: str, headers: Mapping[str, str], body: bytes) -> Event:
    """The event a delivery carries, once its signature is checked against ``secret``
    (``whsec_…``, as the subscription's creation or rotation showed it)."""
    parsed: Any = Webhook(secret).verify(body, dict(headers.items()))
    return Event.from_dict(parsed)
