from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressOut")


@_attrs_define
class ProgressOut:
    """
    Attributes:
        compounds_planned (int):
        households_planned (int):
        compounds_started (int):
        households_started (int):
        compounds_completed (int):
        households_completed (int):
        start_rate_compounds (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        start_rate_households (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        completion_rate_compounds (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        completion_rate_households (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        investment_completed_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    compounds_planned: int
    households_planned: int
    compounds_started: int
    households_started: int
    compounds_completed: int
    households_completed: int
    start_rate_compounds: None | str
    start_rate_households: None | str
    completion_rate_compounds: None | str
    completion_rate_households: None | str
    investment_completed_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compounds_planned = self.compounds_planned

        households_planned = self.households_planned

        compounds_started = self.compounds_started

        households_started = self.households_started

        compounds_completed = self.compounds_completed

        households_completed = self.households_completed

        start_rate_compounds: None | str
        start_rate_compounds = self.start_rate_compounds

        start_rate_households: None | str
        start_rate_households = self.start_rate_households

        completion_rate_compounds: None | str
        completion_rate_compounds = self.completion_rate_compounds

        completion_rate_households: None | str
        completion_rate_households = self.completion_rate_households

        investment_completed_yuan = self.investment_completed_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compounds_planned": compounds_planned,
                "households_planned": households_planned,
                "compounds_started": compounds_started,
                "households_started": households_started,
                "compounds_completed": compounds_completed,
                "households_completed": households_completed,
                "start_rate_compounds": start_rate_compounds,
                "start_rate_households": start_rate_households,
                "completion_rate_compounds": completion_rate_compounds,
                "completion_rate_households": completion_rate_households,
                "investment_completed_yuan": investment_completed_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compounds_planned = d.pop("compounds_planned")

        households_planned = d.pop("households_planned")

        compounds_started = d.pop("compounds_started")

        households_started = d.pop("households_started")

        compounds_completed = d.pop("compounds_completed")

        households_completed = d.pop("households_completed")

        def _parse_start_rate_compounds(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rate_compounds = _parse_start_rate_compounds(d.pop("start_rate_compounds"))

        def _parse_start_rate_households(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rate_households = _parse_start_rate_households(d.pop("start_rate_households"))

        def _parse_completion_rate_compounds(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_rate_compounds = _parse_completion_rate_compounds(d.pop("completion_rate_compounds"))

        def _parse_completion_rate_households(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_rate_households = _parse_completion_rate_households(d.pop("completion_rate_households"))

        investment_completed_yuan = d.pop("investment_completed_yuan")

        progress_out = cls(
            compounds_planned=compounds_planned,
            households_planned=households_planned,
            compounds_started=compounds_started,
            households_started=households_started,
            compounds_completed=compounds_completed,
            households_completed=households_completed,
            start_rate_compounds=start_rate_compounds,
            start_rate_households=start_rate_households,
            completion_rate_compounds=completion_rate_compounds,
            completion_rate_households=completion_rate_households,
            investment_completed_yuan=investment_completed_yuan,
        )

        progress_out.additional_properties = d
        return progress_out

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
