"""Where a webhook may go, and when a failed one is tried again."""

import asyncio

import pytest

from renovation_api.settings import WebhookSettings
from renovation_api.webhooks.delivery import delay
from renovation_api.webhooks.targets import Refused, check_addresses, check_url

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
        ("https://example.org:99999/", "has a port that is not a number from 0 to 65535"),
    ],
)
def test_a_deployment_sends_only_to_https_on_public_addresses(url: str, why: str) -> None:
    with pytest.raises(Refused, match=f"^{why.replace('(', '.').replace(')', '.')}$"):
        check_url(url, STRICT)


def test_a_deployment_that_allows_it_sends_to_plain_http_and_loopback() -> None:
    assert check_url("http://127.0.0.1:8080/hooks", OPEN) == "http://127.0.0.1:8080/hooks"
    assert check_url("https://8.8.8.8/hooks", STRICT) == "https://8.8.8.8/hooks"


def test_a_name_that_resolves_to_a_private_address_is_refused_before_sending() -> None:
    with pytest.raises(Refused, match=r"resolves to (127\.0\.0\.1|::1), which is not public"):
        asyncio.run(check_addresses("https://localhost/hooks", STRICT))
    asyncio.run(check_addresses("http://localhost/hooks", OPEN))


def test_retries_double_up_to_the_cap_and_jitter_takes_up_to_half_off() -> None:
    hooks = WebhookSettings(retry_base=10, retry_cap=300)
    assert [delay(n, hooks, 1.0) for n in range(1, 8)] == [10, 20, 40, 80, 160, 300, 300]
    assert delay(3, hooks, 0.5) == 20
