from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.elevator_body import ElevatorBody
    from ..models.fund_out import FundOut
    from ..models.management_body import ManagementBody


T = TypeVar("T", bound="AftercareOut")


@_attrs_define
class AftercareOut:
    """
    Attributes:
        compound (str):
        management (list[ManagementBody]):
        current (ManagementBody | None):
        elevators (list[ElevatorBody]):
        fund (FundOut | None):
        follow_ups_due (list[datetime.date]):
    """

    compound: str
    management: list[ManagementBody]
    current: ManagementBody | None
    elevators: list[ElevatorBody]
    fund: FundOut | None
    follow_ups_due: list[datetime.date]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fund_out import FundOut  # noqa: PLC0415
        from ..models.management_body import ManagementBody  # noqa: PLC0415

        compound = self.compound

        management = []
        for management_item_data in self.management:
            management_item = management_item_data.to_dict()
            management.append(management_item)

        current: dict[str, Any] | None
        if isinstance(self.current, ManagementBody):
            current = self.current.to_dict()
        else:
            current = self.current

        elevators = []
        for elevators_item_data in self.elevators:
            elevators_item = elevators_item_data.to_dict()
            elevators.append(elevators_item)

        fund: dict[str, Any] | None
        if isinstance(self.fund, FundOut):
            fund = self.fund.to_dict()
        else:
            fund = self.fund

        follow_ups_due = []
        for follow_ups_due_item_data in self.follow_ups_due:
            follow_ups_due_item = follow_ups_due_item_data.isoformat()
            follow_ups_due.append(follow_ups_due_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "management": management,
                "current": current,
                "elevators": elevators,
                "fund": fund,
                "follow_ups_due": follow_ups_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.elevator_body import ElevatorBody  # noqa: PLC0415
        from ..models.fund_out import FundOut  # noqa: PLC0415
        from ..models.management_body import ManagementBody  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        management = []
        _management = d.pop("management")
        for management_item_data in _management:
            management_item = ManagementBody.from_dict(management_item_data)

            management.append(management_item)

        def _parse_current(data: object) -> ManagementBody | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = ManagementBody.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagementBody | None, data)

        current = _parse_current(d.pop("current"))

        elevators = []
        _elevators = d.pop("elevators")
        for elevators_item_data in _elevators:
            elevators_item = ElevatorBody.from_dict(elevators_item_data)

            elevators.append(elevators_item)

        def _parse_fund(data: object) -> FundOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fund_type_0 = FundOut.from_dict(data)

                return fund_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundOut | None, data)

        fund = _parse_fund(d.pop("fund"))

        follow_ups_due = []
        _follow_ups_due = d.pop("follow_ups_due")
        for follow_ups_due_item_data in _follow_ups_due:
            follow_ups_due_item = datetime.date.fromisoformat(follow_ups_due_item_data)

            follow_ups_due.append(follow_ups_due_item)

        aftercare_out = cls(
            compound=compound,
            management=management,
            current=current,
            elevators=elevators,
            fund=fund,
            follow_ups_due=follow_ups_due,
        )

        aftercare_out.additional_properties = d
        return aftercare_out

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
