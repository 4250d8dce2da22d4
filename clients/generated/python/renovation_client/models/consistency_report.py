from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.finding_out import FindingOut


T = TypeVar("T", bound="ConsistencyReport")


@_attrs_define
class ConsistencyReport:
    """
    Attributes:
        programme (str):
        targets (list[FindingOut]): The first 1000 findings.
        targets_total (int):
        register (list[FindingOut]): The first 1000 findings.
        register_total (int):
        schedule (list[FindingOut]): The first 1000 findings.
        schedule_total (int):
        explained (list[FindingOut]): The first 1000 findings.
    """

    programme: str
    targets: list[FindingOut]
    targets_total: int
    register: list[FindingOut]
    register_total: int
    schedule: list[FindingOut]
    schedule_total: int
    explained: list[FindingOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programme = self.programme

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        targets_total = self.targets_total

        register = []
        for register_item_data in self.register:
            register_item = register_item_data.to_dict()
            register.append(register_item)

        register_total = self.register_total

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item = schedule_item_data.to_dict()
            schedule.append(schedule_item)

        schedule_total = self.schedule_total

        explained = []
        for explained_item_data in self.explained:
            explained_item = explained_item_data.to_dict()
            explained.append(explained_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme": programme,
                "targets": targets,
                "targets_total": targets_total,
                "register": register,
                "register_total": register_total,
                "schedule": schedule,
                "schedule_total": schedule_total,
                "explained": explained,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_out import FindingOut  # noqa: PLC0415

        d = dict(src_dict)
        programme = d.pop("programme")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = FindingOut.from_dict(targets_item_data)

            targets.append(targets_item)

        targets_total = d.pop("targets_total")

        register = []
        _register = d.pop("register")
        for register_item_data in _register:
            register_item = FindingOut.from_dict(register_item_data)

            register.append(register_item)

        register_total = d.pop("register_total")

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = FindingOut.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        schedule_total = d.pop("schedule_total")

        explained = []
        _explained = d.pop("explained")
        for explained_item_data in _explained:
            explained_item = FindingOut.from_dict(explained_item_data)

            explained.append(explained_item)

        consistency_report = cls(
            programme=programme,
            targets=targets,
            targets_total=targets_total,
            register=register,
            register_total=register_total,
            schedule=schedule,
            schedule_total=schedule_total,
            explained=explained,
        )

        consistency_report.additional_properties = d
        return consistency_report

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
