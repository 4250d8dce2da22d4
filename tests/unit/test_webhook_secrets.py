"""Webhook secrets at rest: encrypted with the deployment's keys, which rotate, or with a key
kept in a file of the server's own."""

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from renovation_api.settings import SettingsError, WebhookSettings
from renovation_api.webhooks.secrets import PREFIX, Vault, new_secret


def test_a_secret_is_sealed_so_the_database_alone_does_not_reveal_it(tmp_path: Path) -> None:
    secret = new_secret()
    assert secret.startswith(PREFIX)
    database = f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}"
    vault = Vault(WebhookSettings(), database)
    sealed = vault.seal(secret)
    assert secret not in sealed
    assert vault.open(sealed) == secret
    key = tmp_path / "r.sqlite3.webhooks.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert Vault(WebhookSettings(), database).open(sealed) == secret  # the same key, reread


def test_keys_rotate_the_new_one_first_and_a_lost_key_is_a_clear_error() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = Vault(WebhookSettings(keys=(old,)), "postgresql+asyncpg://h/db").seal("whsec_x")
    rotated = Vault(WebhookSettings(keys=(new, old)), "postgresql+asyncpg://h/db")
    assert rotated.open(sealed) == "whsec_x"
    with pytest.raises(SettingsError, match="has lost the key"):
        Vault(WebhookSettings(keys=(new,)), "postgresql+asyncpg://h/db").open(sealed)
    with pytest.raises(SettingsError, match="not a Fernet key"):
        Vault(WebhookSettings(keys=("short",)), "postgresql+asyncpg://h/db")
