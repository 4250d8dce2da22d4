from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrackingOut")


@_attrs_define
class TrackingOut:
    """
    Attributes:
        compounds_started (None | str): A share of a target, to 6 places; above 1 where more was done.
        compounds_completed (None | str): A share of a target, to 6 places; above 1 where more was done.
        households_completed (None | str): A share of a target, to 6 places; above 1 where more was done.
        investment_completed (None | str): A share of a target, to 6 places; above 1 where more was done.
    """

    compounds_started: None | str
    compounds_completed: None | str
    households_completed: None | str
    investment_completed: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compounds_started: None | str
        compounds_started = self.compounds_started

        compounds_completed: None | str
        compounds_completed = self.compounds_completed

        households_completed: None | str
        households_completed = self.households_completed

        investment_completed: None | str
        investment_completed = self.investment_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compounds_started": compounds_started,
                "compounds_completed": compounds_completed,
                "households_completed": households_completed,
                "investment_completed": investment_completed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_compounds_started(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compounds_started = _parse_compounds_started(d.pop("compounds_started"))

        def _parse_compounds_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compounds_completed = _parse_compounds_completed(d.pop("compounds_completed"))

        def _parse_households_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        households_completed = _parse_households_completed(d.pop("households_completed"))

        def _parse_investment_completed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        investment_completed = _parse_investment_completed(d.pop("investment_completed"))

        tracking_out = cls(
            compounds_started=compounds_started,
            compounds_completed=compounds_completed,
            households_completed=households_completed,
            investment_completed=investment_completed,
        )

        tracking_out.additional_properties = d
        return tracking_out

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
