"""Where a webhook may be sent: https to a public address, unless the deployment allows more.

A subscription's URL is checked when it is given (its form, and an address written in it). At
each attempt the host is resolved once, every address it resolves to is checked, and the
connection is made to the checked address itself (``Pinned``): a name cannot resolve to a
private address between the check and the connection (DNS rebinding). Proxies from the
environment are not used, and redirects are never followed.
"""

import asyncio
import ipaddress
import re
import socket
import typing
import urllib.parse

import httpcore

from renovation_api.settings import WebhookSettings

MAX_URL_LENGTH = 2048
NOT_PUBLIC = "must not be a loopback or private address"
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(ValueError):
    """A target the deployment does not send to; the message says why."""


def _embedded(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, translated, compatible, 6to4, Teredo,
    NAT64)."""
    if address.ipv4_mapped or address.sixtofour:
        return address.ipv4_mapped or address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in _NAT64 or int(address) >> 32 in {0, 0xFFFF0000}:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def public(address: Address) -> bool:
    """Whether an address is on the public internet, as is any IPv4 address it carries."""
    if isinstance(address, ipaddress.IPv6Address):
        carried = _embedded(address)
        if carried is not None:
            return public(carried)
        if address.is_site_local:
            return False
    return address.is_global and not address.is_multicast


def check_url(url: str, settings: WebhookSettings) -> str:
    """The URL, if the deployment may send to it; ``Refused`` if not."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.port == 0:
            raise ValueError("no service listens on port 0")
    except ValueError:
        raise Refused("is not a URL with a host and a port from 1 to 65535") from None
    allowed = ("https", "http") if settings.allow_http else ("https",)
    if parts.scheme not in allowed:
        raise Refused(
            "must be an https URL" + ("" if settings.allow_http else " (plain http is not allowed)")
        )
    if not url.isascii() or not url.isprintable() or " " in url:
        raise Refused("must be printable ASCII (an international host name in its xn-- form)")
    if not parts.hostname or parts.username or parts.password or parts.fragment:
        raise Refused("must name a host, with no credentials and no fragment")
    if not _domain_name(parts.hostname):
        raise Refused("has a host name that is not a valid domain name")
    try:
        address: Address | None = ipaddress.ip_address(parts.hostname)
    except ValueError:
        address = _written_ipv4(parts.hostname)
    if address is None:
        # A name of one label (localhost, an intranet host) is not a name on the internet.
        if "." not in parts.hostname.rstrip(".") and not settings.allow_private:
            raise Refused(NOT_PUBLIC)
        return url
    if not (public(address) or settings.allow_private):
        raise Refused(NOT_PUBLIC)
    return url


_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


def _domain_name(host: str) -> bool:
    """Whether ``host`` is an address in brackets' stead or a domain name a resolver takes:
    labels of letters, digits and inner hyphens, at most 63 characters each and 253 in all, an
    ``xn--`` label one that decodes (IDNA)."""
    name = host.rstrip(".")
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in name.split(".")):
        return ":" in host  # an IPv6 address, checked as one
    try:
        name.encode("ascii").decode("idna")
    except UnicodeError:
        return False
    return True


def _written_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a host is, written as the resolver reads it though ``ipaddress`` does
    not (``127.1``, ``2130706433``, ``0x7f000001``, octal parts: ``inet_aton``'s forms)."""
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


async def resolve(host: str, port: int, settings: WebhookSettings) -> str:
    """The address to connect to for ``host``: one it resolves to, if every one it resolves
    to may be sent to; ``Refused`` (never saying which address it found) if not."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise Refused("the host does not resolve") from None
    addresses = [ipaddress.ip_address(entry[4][0]) for entry in found]
    if not addresses:
        raise Refused("the host does not resolve")
    if not settings.allow_private and not all(public(a) for a in addresses):
        raise Refused("the host resolves to an address that is not public")
    return str(addresses[0])


class Pinned(httpcore.AsyncNetworkBackend):
    """A network backend that connects only to addresses ``resolve`` allows, to the very
    address it checked (TLS still verifies the host name of the URL)."""

    def __init__(self, settings: WebhookSettings) -> None:
        self._settings = settings
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address = await resolve(host, port, self._settings)
        return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise Refused("a webhook is not sent to a local socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
