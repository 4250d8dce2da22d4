"""The organisations a project works with, and the qualifications the plan demands of its units.

Survey, design, construction, supervision and testing units must hold a qualification for their
work that is valid on the day they are assigned and on the day their work is relied on.
"""

import datetime

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.validators import matches, not_blank

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def is_credit_code(code: str) -> bool:
    """A unified social credit code (统一社会信用代码, GB 32100-2015) with a good check digit."""
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(code, _USCC_WEIGHTS, strict=False))
    return code[17] == _USCC_CHARS[(31 - total % 31) % 31]


credit_code = matches(is_credit_code, "an 18-character unified social credit code")


@attrs.frozen(kw_only=True)
class Organisation:
    """A legal entity, named as on its licence and identified by its credit code if it has one."""

    name: str = attrs.field(validator=not_blank)
    credit_code: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(credit_code)
    )


class UnitRole(Labelled):
    SURVEY = ("survey", "勘察单位")
    DESIGN = ("design", "设计单位")
    CONSTRUCTION = ("construction", "施工单位")
    SUPERVISION = ("supervision", "监理单位")
    TESTING = ("testing", "检测单位")


def _after_start(instance: "Qualification", _: object, value: datetime.date) -> None:
    if value < instance.valid_from:
        raise FieldValueError(
            "valid_until", f"must not be before valid_from ({instance.valid_from}), got {value}"
        )


@attrs.frozen(kw_only=True)
class Qualification:
    """A qualification certificate (资质证书): the work it covers, its grade and validity."""

    certificate: str = attrs.field(validator=not_blank)
    covers: UnitRole
    grade: str = attrs.field(validator=not_blank)
    valid_from: datetime.date
    valid_until: datetime.date = attrs.field(validator=_after_start)

    def valid_on(self, day: datetime.date) -> bool:
        return self.valid_from <= day <= self.valid_until


@attrs.frozen(kw_only=True)
class Unit:
    """A participating unit. A unit on record without a qualification exists (it may be a
    client's own department), but it can never be assigned work that needs one."""

    organisation: Organisation
    qualification: Qualification | None = None

    def unqualified_for(self, role: UnitRole, on: datetime.date) -> str | None:
        """Why the unit may not do ``role`` work on ``on``; ``None`` if it may."""
        held = self.qualification
        if held is None:
            return f"{self.organisation.name} holds no qualification"
        if held.covers is not role:
            return (
                f"{self.organisation.name}'s qualification {held.certificate} covers "
                f"{held.covers.code} work, not {role.code}"
            )
        if not held.valid_on(on):
            return (
                f"{self.organisation.name}'s qualification {held.certificate} is valid from "
                f"{held.valid_from} to {held.valid_until}, not on {on}"
            )
        return None


@attrs.frozen(kw_only=True)
class Assignment:
    """A unit put in charge of one kind of work on a project from ``assigned_on``."""

    role: UnitRole
    unit: Unit
    assigned_on: datetime.date
