from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hazard_level import HazardLevel

if TYPE_CHECKING:
    from ..models.closure_body import ClosureBody


T = TypeVar("T", bound="HazardOut")


@_attrs_define
class HazardOut:
    """
    Attributes:
        number (int): Numbered from 1 within the project.
        found_on (datetime.date):
        description (str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        level (HazardLevel):
        deadline (datetime.date):
        closure (ClosureBody | None):
    """

    number: int
    found_on: datetime.date
    description: str
    level: HazardLevel
    deadline: datetime.date
    closure: ClosureBody | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.closure_body import ClosureBody  # noqa: PLC0415

        number = self.number

        found_on = self.found_on.isoformat()

        description = self.description

        level = self.level.value

        deadline = self.deadline.isoformat()

        closure: dict[str, Any] | None
        if isinstance(self.closure, ClosureBody):
            closure = self.closure.to_dict()
        else:
            closure = self.closure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "found_on": found_on,
                "description": description,
                "level": level,
                "deadline": deadline,
                "closure": closure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closure_body import ClosureBody  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        found_on = datetime.date.fromisoformat(d.pop("found_on"))

        description = d.pop("description")

        level = HazardLevel(d.pop("level"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        def _parse_closure(data: object) -> ClosureBody | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closure_type_0 = ClosureBody.from_dict(data)

                return closure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosureBody | None, data)

        closure = _parse_closure(d.pop("closure"))

        hazard_out = cls(
            number=number,
            found_on=found_on,
            description=description,
            level=level,
            deadline=deadline,
            closure=closure,
        )

        hazard_out.additional_properties = d
        return hazard_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
