"""The application's services: one module per bounded context, named as the core's.

A service is a function ``fn(command, uow) -> core values``: it loads aggregates through the
unit of work, asks the core, saves, and records the audit event, all in the unit of work's one
transaction. Rules of one aggregate live in the core; rules that span aggregates (one live
project per compound, what blocks deleting a compound) live here. Services import no Litestar,
msgspec or SQLAlchemy (a test holds that): the routes are their HTTP adapter, ``storage`` their
SQL one, and ``tests/services`` runs them on an in-memory fake.
"""
