from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_out import ProblemOut


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """
    Attributes:
        rows (int | Unset):  Default: 0.
        rejected (int | Unset):  Default: 0.
        written (bool | Unset):  Default: False.
        inserted (int | Unset):  Default: 0.
        updated (int | Unset):  Default: 0.
        unchanged (int | Unset):  Default: 0.
        plans_added (int | Unset):  Default: 0.
        problems (list[ProblemOut] | Unset):
        ignored_columns (list[str] | Unset):
    """

    rows: int | Unset = 0
    rejected: int | Unset = 0
    written: bool | Unset = False
    inserted: int | Unset = 0
    updated: int | Unset = 0
    unchanged: int | Unset = 0
    plans_added: int | Unset = 0
    problems: list[ProblemOut] | Unset = UNSET
    ignored_columns: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        rejected = self.rejected

        written = self.written

        inserted = self.inserted

        updated = self.updated

        unchanged = self.unchanged

        plans_added = self.plans_added

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        ignored_columns: list[str] | Unset = UNSET
        if not isinstance(self.ignored_columns, Unset):
            ignored_columns = self.ignored_columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if written is not UNSET:
            field_dict["written"] = written
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if updated is not UNSET:
            field_dict["updated"] = updated
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged
        if plans_added is not UNSET:
            field_dict["plans_added"] = plans_added
        if problems is not UNSET:
            field_dict["problems"] = problems
        if ignored_columns is not UNSET:
            field_dict["ignored_columns"] = ignored_columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_out import ProblemOut  # noqa: PLC0415

        d = dict(src_dict)
        rows = d.pop("rows", UNSET)

        rejected = d.pop("rejected", UNSET)

        written = d.pop("written", UNSET)

        inserted = d.pop("inserted", UNSET)

        updated = d.pop("updated", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        plans_added = d.pop("plans_added", UNSET)

        _problems = d.pop("problems", UNSET)
        problems: list[ProblemOut] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = ProblemOut.from_dict(problems_item_data)

                problems.append(problems_item)

        ignored_columns = cast(list[str], d.pop("ignored_columns", UNSET))

        import_report = cls(
            rows=rows,
            rejected=rejected,
            written=written,
            inserted=inserted,
            updated=updated,
            unchanged=unchanged,
            plans_added=plans_added,
            problems=problems,
            ignored_columns=ignored_columns,
        )

        import_report.additional_properties = d
        return import_report

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
