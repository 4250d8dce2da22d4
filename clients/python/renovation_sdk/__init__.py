"""A hand-written layer over the generated ``renovation_client``: ``RenovationClient`` and
``AsyncRenovationClient`` call its operation modules and raise ``RenovationError``;
``verify`` checks a webhook delivery's signature and reads its event."""

from renovation_sdk.client import AsyncRenovationClient, RenovationClient
from renovation_sdk.errors import FieldError, RenovationError
from renovation_sdk.operations import Resource
from renovation_sdk.retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from renovation_sdk.webhooks import WebhookVerificationError, verify

__all__ = [
    "AsyncRenovationClient",
    "AsyncRetryTransport",
    "FieldError",
    "RenovationClient",
    "RenovationError",
    "Resource",
    "RetryPolicy",
    "RetryTransport",
    "WebhookVerificationError",
    "verify",
]
