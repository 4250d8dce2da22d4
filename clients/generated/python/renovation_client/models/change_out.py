from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChangeOut")


@_attrs_define
class ChangeOut:
    """
    Attributes:
        compounds_started (int):
        households_started (int):
        compounds_completed (int):
        households_completed (int):
        investment_completed_yuan (str): Yuan, signed exact decimal string.
    """

    compounds_started: int
    households_started: int
    compounds_completed: int
    households_completed: int
    investment_completed_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compounds_started = self.compounds_started

        households_started = self.households_started

        compounds_completed = self.compounds_completed

        households_completed = self.households_completed

        investment_completed_yuan = self.investment_completed_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compounds_started": compounds_started,
                "households_started": households_started,
                "compounds_completed": compounds_completed,
                "households_completed": households_completed,
                "investment_completed_yuan": investment_completed_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compounds_started = d.pop("compounds_started")

        households_started = d.pop("households_started")

        compounds_completed = d.pop("compounds_completed")

        households_completed = d.pop("households_completed")

        investment_completed_yuan = d.pop("investment_completed_yuan")

        change_out = cls(
            compounds_started=compounds_started,
            households_started=households_started,
            compounds_completed=compounds_completed,
            households_completed=households_completed,
            investment_completed_yuan=investment_completed_yuan,
        )

        change_out.additional_properties = d
        return change_out

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
