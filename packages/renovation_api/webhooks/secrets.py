"""Signing secrets: made here, shown once, kept encrypted.

A Standard Webhooks secret is ``whsec_`` and base64 of 32 random bytes. The server signs with
it, so it must be able to read it back: it cannot be hashed as an API key's secret is. It is
stored encrypted with Fernet (AES-128-CBC with HMAC-SHA256), under keys the operator gives
(``RENOVATION_WEBHOOK_KEYS``: the first encrypts, any decrypts, so keys rotate without a
migration) or, for the embedded default, a key the server makes once and keeps in a file of its
own beside the database (readable by its owner only). A copy of the database alone reveals
no secret.
"""

import base64
import os
import secrets
import time
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from renovation_api.settings import SettingsError, WebhookSettings

PREFIX = "whsec_"


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _file_key(path: Path) -> bytes:
    """The key kept in ``path``, made (readable by its owner only) if there is none yet; a
    process starting beside the one making it waits the moment until it is written."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):
            if key := path.read_bytes().strip():
                return key
            time.sleep(0.02)
        raise SettingsError(f"{path}: the webhook key file is empty") from None
    key = Fernet.generate_key()
    with os.fdopen(fd, "wb") as file:
        file.write(key)
    return key


def key_file(settings: WebhookSettings, database_url: str) -> Path:
    """Where the made key is kept: as told, else beside an SQLite database, else here."""
    if settings.key_file:
        return Path(settings.key_file)
    url = sa.make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(f"{url.database}.webhooks.key")
    return Path.cwd() / "renovation-webhooks.key"


class Vault:
    """Encrypts and decrypts secrets with the deployment's keys."""

    def __init__(self, settings: WebhookSettings, database_url: str) -> None:
        keys = [k.encode() for k in settings.keys]
        if not keys:
            keys = [_file_key(key_file(settings, database_url))]
        try:
            self._fernet = MultiFernet([Fernet(k) for k in keys])
        except ValueError as error:
            raise SettingsError(f"RENOVATION_WEBHOOK_KEYS: not a Fernet key ({error})") from None

    def seal(self, secret: str) -> str:
        return self._fernet.encrypt(secret.encode()).decode()

    def open(self, sealed: str) -> str:
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise SettingsError(
                "a webhook secret cannot be decrypted: RENOVATION_WEBHOOK_KEYS has lost the key "
                "it was sealed with"
            ) from None
