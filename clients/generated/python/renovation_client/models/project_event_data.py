from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectEventData")


@_attrs_define
class ProjectEventData:
    """What changed: a project's delivery: stages, units, inspections, hazards, materials, major events, acceptance,
    handovers.

        Attributes:
            changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
            compound (None | str | Unset):
            year (int | None | Unset):
            stage (None | Stage | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    stage: None | Stage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if year is not UNSET:
            field_dict["year"] = year
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_stage(data: object) -> None | Stage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        project_event_data = cls(
            changed=changed,
            compound=compound,
            year=year,
            stage=stage,
        )

        project_event_data.additional_properties = d
        return project_event_data

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
