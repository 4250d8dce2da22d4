"""Quality and safety supervision: periodic inspections, and the hazards they find, tracked until
rectified with evidence (an open hazard blocks the joint acceptance); and the materials supplied
to the works, each accepted on site by an inspection (严把材料采购或供应)."""

import datetime

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.validators import not_blank, note, references


class HazardLevel(Labelled):
    GENERAL = ("general", "一般隐患")
    MAJOR = ("major", "重大隐患")


@attrs.frozen(kw_only=True)
class Inspection:
    """One quality or safety inspection (质量安全检查) of the works."""

    number: int
    on: datetime.date
    inspector: str = attrs.field(validator=not_blank)
    findings: str = attrs.field(validator=note)


@attrs.frozen(kw_only=True)
class MaterialSupply:
    """A supply of materials to the works: what, from whom, how much, on which day, and the
    report of the inspection that accepted it on site (进场检验)."""

    number: int
    material: str = attrs.field(validator=not_blank)
    supplier: str = attrs.field(validator=not_blank)
    quantity: str = attrs.field(validator=not_blank)
    delivered_on: datetime.date
    inspection: str = attrs.field(validator=not_blank)


@attrs.frozen(kw_only=True)
class Closure:
    """The rectification of a hazard: when, attested by whom, and the documents that show it."""

    on: datetime.date
    by: str = attrs.field(validator=not_blank)
    evidence: tuple[str, ...] = attrs.field(
        validator=references("a hazard is closed only with evidence of the fix")
    )


def _not_before_found(instance: "Hazard", _: object, value: datetime.date) -> None:
    if value < instance.found_on:
        raise FieldValueError(
            "deadline", f"must not be before found_on ({instance.found_on}), got {value}"
        )


@attrs.frozen(kw_only=True)
class Hazard:
    """A quality or safety hazard (隐患) and its rectification deadline (整改期限)."""

    number: int
    found_on: datetime.date
    description: str = attrs.field(validator=note)
    level: HazardLevel
    deadline: datetime.date = attrs.field(validator=_not_before_found)
    closure: Closure | None = None

    @property
    def is_open(self) -> bool:
        return self.closure is None

    def open_on(self, day: datetime.date) -> bool:
        """Whether the hazard was found and not yet rectified on ``day``."""
        return self.found_on <= day and (self.closure is None or self.closure.on > day)

    def overdue_on(self, day: datetime.date) -> bool:
        return self.open_on(day) and day > self.deadline
