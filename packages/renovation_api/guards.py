"""Authorisation, in one place: every route declares the permission it needs, and the guard
here authenticates the caller, counts it against its rate limit and checks that permission
before the handler runs. What a permitted caller may touch within a route is its scope, which
the services check (``services.scope``): outside it a compound does not exist for the caller.

A route that declares no permission is refused to everyone: a new route is born closed.
"""

from typing import Any

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

import renovation_core as core
from renovation_api.credentials import unauthenticated
from renovation_api.headers import carries_credential
from renovation_api.limits import client_address
from renovation_api.problems import ProblemError

PERMISSION = "permission"
Connection = ASGIConnection[Any, Any, Any, Any]


def needs(permission: core.Permission) -> dict[str, Any]:
    """The ``opt`` of a route that needs ``permission``."""
    return {PERMISSION: permission}


async def authorise(connection: Connection, handler: BaseRouteHandler) -> None:
    """The app's guard."""
    state = connection.app.state
    address = f"address:{client_address(connection.scope, state.trusted_proxies)}"
    if connection.scope.get("method") == "OPTIONS":
        await state.limiter.admit(connection.scope, address)
        return  # what methods a path allows is no secret
    headers = connection.scope["headers"]
    if carries_credential(headers):
        await state.limiter.check_failures(address)
    try:
        principal = await state.authenticator.principal(headers, address)
    except ProblemError:
        await state.limiter.admit(connection.scope, address)
        raise
    caller = address if principal is core.PUBLIC else principal.actor
    await state.limiter.admit(connection.scope, caller)
    connection.scope["user"] = principal
    permission = handler.opt.get(PERMISSION)
    if permission is not None and principal.may(permission):
        return
    if principal.role is core.Role.PUBLIC:
        raise unauthenticated("this needs an API key or a bearer token")
    raise ProblemError(
        403,
        "forbidden",
        "Not permitted",
        f"the role {principal.role.code} may not do this",
    )


def principal(request: Request[Any, Any, Any]) -> core.Principal:
    """The caller the guard admitted."""
    return request.scope["user"]  # type: ignore[no-any-return]
