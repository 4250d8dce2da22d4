"""Entity tags and ``If-Match``: optimistic concurrency for updates and deletes.

An ETag is the row's ``revision``, a random token replaced on every write: it names one version
of one resource, so an ETag of another resource, of an older version, or of a deleted resource
that was created again, never matches.
"""

from renovation_api.services.changes import Expected


def etag(revision: str) -> str:
    return f'"{revision}"'


def expected(header: str | None) -> Expected | None:
    """What ``If-Match`` says the caller's write rests on: the revisions its strong tags name
    (a weak tag, ``W/"…"``, names none), any (``*``), or nothing said."""
    if header is None:
        return None
    tags = {tag.strip() for tag in header.split(",")}
    if "*" in tags:
        return Expected(revisions=None, said=header)
    revisions = {t[1:-1] for t in tags if len(t) >= 2 and t[0] == t[-1] == '"'}
    return Expected(revisions=frozenset(revisions), said=header)
