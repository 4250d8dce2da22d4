from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.unit_role import UnitRole

if TYPE_CHECKING:
    from ..models.unit_body import UnitBody


T = TypeVar("T", bound="AssignmentBody")


@_attrs_define
class AssignmentBody:
    """
    Attributes:
        role (UnitRole):
        unit (UnitBody):
        assigned_on (datetime.date):
    """

    role: UnitRole
    unit: UnitBody
    assigned_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        unit = self.unit.to_dict()

        assigned_on = self.assigned_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "unit": unit,
                "assigned_on": assigned_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_body import UnitBody  # noqa: PLC0415

        d = dict(src_dict)
        role = UnitRole(d.pop("role"))

        unit = UnitBody.from_dict(d.pop("unit"))

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        assignment_body = cls(
            role=role,
            unit=unit,
            assigned_on=assigned_on,
        )

        return assignment_body
