from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FactsOut")


@_attrs_define
class FactsOut:
    """
    Attributes:
        approved_on_time (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        tendered_on_time (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        start_rate (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        acceptance_pass_rate (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        management_coverage (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        satisfaction (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        task_volume (int):
    """

    approved_on_time: None | str
    tendered_on_time: None | str
    start_rate: None | str
    acceptance_pass_rate: None | str
    management_coverage: None | str
    satisfaction: None | str
    task_volume: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_on_time: None | str
        approved_on_time = self.approved_on_time

        tendered_on_time: None | str
        tendered_on_time = self.tendered_on_time

        start_rate: None | str
        start_rate = self.start_rate

        acceptance_pass_rate: None | str
        acceptance_pass_rate = self.acceptance_pass_rate

        management_coverage: None | str
        management_coverage = self.management_coverage

        satisfaction: None | str
        satisfaction = self.satisfaction

        task_volume = self.task_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_on_time": approved_on_time,
                "tendered_on_time": tendered_on_time,
                "start_rate": start_rate,
                "acceptance_pass_rate": acceptance_pass_rate,
                "management_coverage": management_coverage,
                "satisfaction": satisfaction,
                "task_volume": task_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_approved_on_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_on_time = _parse_approved_on_time(d.pop("approved_on_time"))

        def _parse_tendered_on_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tendered_on_time = _parse_tendered_on_time(d.pop("tendered_on_time"))

        def _parse_start_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rate = _parse_start_rate(d.pop("start_rate"))

        def _parse_acceptance_pass_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acceptance_pass_rate = _parse_acceptance_pass_rate(d.pop("acceptance_pass_rate"))

        def _parse_management_coverage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        management_coverage = _parse_management_coverage(d.pop("management_coverage"))

        def _parse_satisfaction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        task_volume = d.pop("task_volume")

        facts_out = cls(
            approved_on_time=approved_on_time,
            tendered_on_time=tendered_on_time,
            start_rate=start_rate,
            acceptance_pass_rate=acceptance_pass_rate,
            management_coverage=management_coverage,
            satisfaction=satisfaction,
            task_volume=task_volume,
        )

        facts_out.additional_properties = d
        return facts_out

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
