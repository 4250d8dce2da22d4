"""Where a webhook may go, and when a failed one is tried again."""

import asyncio
import ipaddress

import pytest

from renovation_api.settings import WebhookSettings
from renovation_api.webhooks.delivery import delay
from renovation_api.webhooks.targets import Refused, check_url, public, resolve

STRICT = WebhookSettings()
OPEN = WebhookSettings(allow_http=True, allow_private=True)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://hooks.example.org/", "must be an https URL (plain http is not allowed)"),
        ("ftp://hooks.example.org/", "must be an https URL (plain http is not allowed)"),
        ("https://127.0.0.1/", "must not be a loopback or private address"),
        ("https://192.168.1.9:8443/", "must not be a loopback or private address"),
        ("https://[fd00::1]/", "must not be a loopback or private address"),
        ("https://169.254.169.254/latest/meta-data", "must not be a loopback or private address"),
        ("https://LOCALHOST./", "must not be a loopback or private address"),
        ("https://a:b@example.org/", "must name a host, with no credentials and no fragment"),
        ("https://example.org/#x", "must name a host, with no credentials and no fragment"),
        ("https:///path", "must name a host, with no credentials and no fragment"),
        ("https://example.org:99999/", "is not a URL with a host and a port from 1 to 65535"),
        ("https://[::1/", "is not a URL with a host and a port from 1 to 65535"),
        ("https://[example.org]/", "is not a URL with a host and a port from 1 to 65535"),
        (f"https://{'a' * 64}.example/", "has a host name that is not a valid domain name"),
        ("https://a..b.example/", "has a host name that is not a valid domain name"),
        ("https://-bad-.example/", "has a host name that is not a valid domain name"),
        ("https://xn--.example/", "has a host name that is not a valid domain name"),
        ("https://%31%32%37.0.0.1/", "has a host name that is not a valid domain name"),
        ("https://hooks.example.org:0/", "is not a URL with a host and a port from 1 to 65535"),
        ("https://intranet/hooks", "must not be a loopback or private address"),
        ("https://[::ffff:127.0.0.1]/", "must not be a loopback or private address"),
        ("https://[64:ff9b::a00:1]/", "must not be a loopback or private address"),
        ("https://[::ffff:0:a00:1]/", "must not be a loopback or private address"),
        ("https://[2002:7f00:1::]/", "must not be a loopback or private address"),
        ("https://[fec0::1]/", "must not be a loopback or private address"),
        # IPv4 as the resolver reads it beside the dotted quad: all 127.0.0.1 or 10.0.0.1.
        ("https://127.1/", "must not be a loopback or private address"),
        ("https://2130706433/", "must not be a loopback or private address"),
        ("https://0x7f000001/", "must not be a loopback or private address"),
        ("https://0177.0.0.1/", "must not be a loopback or private address"),
        ("https://10.1/", "must not be a loopback or private address"),
        (
            "https://a\x01b.example/",
            "must be printable ASCII (an international host name in its xn-- form)",
        ),
        (
            "https://乌海.example/",
            "must be printable ASCII (an international host name in its xn-- form)",
        ),
    ],
)
def test_a_deployment_sends_only_to_https_on_public_addresses(url: str, why: str) -> None:
    with pytest.raises(Refused, match=f"^{why.replace('(', '.').replace(')', '.')}$"):
        check_url(url, STRICT)


def test_a_deployment_that_allows_it_sends_to_plain_http_and_loopback() -> None:
    assert check_url("http://127.0.0.1:8080/hooks", OPEN) == "http://127.0.0.1:8080/hooks"
    assert check_url("https://8.8.8.8/hooks", STRICT) == "https://8.8.8.8/hooks"
    assert check_url("https://134744072/hooks", STRICT) == "https://134744072/hooks"  # 8.8.8.8


def test_a_name_that_resolves_to_a_private_address_is_refused_without_saying_which() -> None:
    with pytest.raises(Refused, match=r"^the host resolves to an address that is not public$"):
        asyncio.run(resolve("localhost", 443, STRICT))
    assert asyncio.run(resolve("localhost", 80, OPEN)) in {"127.0.0.1", "::1"}
    with pytest.raises(Refused, match=r"^the host does not resolve$"):
        asyncio.run(resolve("hooks.wuhai.invalid", 443, STRICT))


def test_an_ipv6_address_is_as_public_as_the_ipv4_address_it_carries() -> None:
    assert public(ipaddress.ip_address("::ffff:0:808:808"))
    assert public(ipaddress.ip_address("2001:4860:4860::8888"))
    assert not public(ipaddress.ip_address("::127.0.0.1"))


def test_retries_double_up_to_the_cap_and_jitter_takes_up_to_half_off() -> None:
    hooks = WebhookSettings(retry_base=10, retry_cap=300)
    assert [delay(n, hooks, 1.0) for n in range(1, 8)] == [10, 20, 40, 80, 160, 300, 300]
    assert delay(3, hooks, 0.5) == 20
