from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.severity import Severity
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionIn")


@_attrs_define
class ConditionIn:
    """
    Attributes:
        infrastructure (Severity): How bad one aspect of a compound's condition is.
        management (Severity): How bad one aspect of a compound's condition is.
        safety (Severity): How bad one aspect of a compound's condition is.
        assessed_on (datetime.date | None | Unset):
    """

    infrastructure: Severity
    management: Severity
    safety: Severity
    assessed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        infrastructure = self.infrastructure.value

        management = self.management.value

        safety = self.safety.value

        assessed_on: None | str | Unset
        if isinstance(self.assessed_on, Unset):
            assessed_on = UNSET
        elif isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "infrastructure": infrastructure,
                "management": management,
                "safety": safety,
            }
        )
        if assessed_on is not UNSET:
            field_dict["assessed_on"] = assessed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        infrastructure = Severity(d.pop("infrastructure"))

        management = Severity(d.pop("management"))

        safety = Severity(d.pop("safety"))

        def _parse_assessed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)

                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on", UNSET))

        condition_in = cls(
            infrastructure=infrastructure,
            management=management,
            safety=safety,
            assessed_on=assessed_on,
        )

        return condition_in
