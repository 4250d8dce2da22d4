"""The service tier: every command's rules and refusals, on the in-memory unit of work."""

import asyncio
import datetime
from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

import pytest

import renovation_core as core
from tests.services.fakes import FakeUnitOfWork

T = TypeVar("T")
TODAY = datetime.date(2023, 12, 31)
CITY = core.Principal(actor="key:city", role=core.Role.CITY_ADMIN)


def run(step: Awaitable[T]) -> T:
    """Run one service call to its end (services are coroutines: storage is asynchronous)."""

    async def wait() -> T:
        return await step

    return asyncio.run(wait())


def officer(district: str) -> core.Principal:
    return core.Principal(
        actor=f"key:{district}", role=core.Role.DISTRICT_OFFICER, districts=frozenset({district})
    )


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(by=CITY, today=TODAY)


__all__ = ["CITY", "TODAY", "Any", "Coroutine", "officer", "run"]
