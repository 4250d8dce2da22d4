"""Entity tags and ``If-Match``: optimistic concurrency for updates and deletes.

An ETag names one version of one resource, so an ETag of another resource, or of an older
version of this one, never matches.
"""

import hashlib

from renovation_api.problems import ProblemError


def etag(kind: str, key: str, version: int) -> str:
    digest = hashlib.sha256(f"{kind}/{key}/{version}".encode()).hexdigest()[:24]
    return f'"{digest}"'


def check_if_match(header: str | None, current: str) -> None:
    """Refuse with 412 when ``If-Match`` is given and names no current version."""
    if header is None:
        return
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    if "*" in candidates or current in candidates:
        return
    raise changed(f"If-Match {header} does not match the current ETag {current}")


def changed(detail: str = "the resource changed while the request was processed") -> ProblemError:
    return ProblemError(
        412, "precondition-failed", "The resource has changed", f"{detail}; read it again and retry"
    )
