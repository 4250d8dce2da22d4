"""Where a webhook may be sent: https to a public address, unless the deployment allows more.

A subscription's URL is checked when it is given (its form, and an address written in it), and
again before each attempt (every address its host resolves to), so a name that later resolves
to a private address (DNS rebinding) is refused then. Redirects are never followed.
"""

import asyncio
import ipaddress
import socket
import urllib.parse

from renovation_api.settings import WebhookSettings

MAX_URL_LENGTH = 2048


class Refused(ValueError):
    """A target the deployment does not send to; the message says why."""


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast


def check_url(url: str, settings: WebhookSettings) -> str:
    """The URL, if the deployment may send to it; ``Refused`` if not."""
    parts = urllib.parse.urlsplit(url)
    allowed = ("https", "http") if settings.allow_http else ("https",)
    if parts.scheme not in allowed:
        raise Refused(
            "must be an https URL" + ("" if settings.allow_http else " (plain http is not allowed)")
        )
    if not parts.hostname or parts.username or parts.password or parts.fragment:
        raise Refused("must name a host, with no credentials and no fragment")
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise Refused("has a port that is not a number from 0 to 65535") from None
    try:
        address = ipaddress.ip_address(parts.hostname)
    except ValueError:
        if parts.hostname.rstrip(".").lower() == "localhost" and not settings.allow_private:
            raise Refused("must not be a loopback or private address") from None
        return url
    if not (_public(address) or settings.allow_private):
        raise Refused("must not be a loopback or private address")
    return url


async def check_addresses(url: str, settings: WebhookSettings) -> None:
    """Refuse, before an attempt, a host that resolves to an address not allowed."""
    if settings.allow_private:
        return
    parts = urllib.parse.urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        found = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname, port, type=socket.SOCK_STREAM
        )
    except OSError as error:
        raise Refused(f"the host does not resolve ({error.strerror or error})") from None
    for *_, address in found:
        if not _public(ipaddress.ip_address(address[0])):
            raise Refused(f"the host resolves to {address[0]}, which is not public")
