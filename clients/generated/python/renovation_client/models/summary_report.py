from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coverage_row import CoverageRow
    from ..models.figures_out import FiguresOut


T = TypeVar("T", bound="SummaryReport")


@_attrs_define
class SummaryReport:
    """
    Attributes:
        programme (str):
        compounds_registered (int):
        compounds_in_scope (int):
        compounds_planned (int):
        compounds_first_year_required (int):
        target (FiguresOut | None):
        actual (FiguresOut):
        coverage (list[CoverageRow]):
        findings (int):
    """

    programme: str
    compounds_registered: int
    compounds_in_scope: int
    compounds_planned: int
    compounds_first_year_required: int
    target: FiguresOut | None
    actual: FiguresOut
    coverage: list[CoverageRow]
    findings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415

        programme = self.programme

        compounds_registered = self.compounds_registered

        compounds_in_scope = self.compounds_in_scope

        compounds_planned = self.compounds_planned

        compounds_first_year_required = self.compounds_first_year_required

        target: dict[str, Any] | None
        if isinstance(self.target, FiguresOut):
            target = self.target.to_dict()
        else:
            target = self.target

        actual = self.actual.to_dict()

        coverage = []
        for coverage_item_data in self.coverage:
            coverage_item = coverage_item_data.to_dict()
            coverage.append(coverage_item)

        findings = self.findings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme": programme,
                "compounds_registered": compounds_registered,
                "compounds_in_scope": compounds_in_scope,
                "compounds_planned": compounds_planned,
                "compounds_first_year_required": compounds_first_year_required,
                "target": target,
                "actual": actual,
                "coverage": coverage,
                "findings": findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_row import CoverageRow  # noqa: PLC0415
        from ..models.figures_out import FiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        programme = d.pop("programme")

        compounds_registered = d.pop("compounds_registered")

        compounds_in_scope = d.pop("compounds_in_scope")

        compounds_planned = d.pop("compounds_planned")

        compounds_first_year_required = d.pop("compounds_first_year_required")

        def _parse_target(data: object) -> FiguresOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = FiguresOut.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FiguresOut | None, data)

        target = _parse_target(d.pop("target"))

        actual = FiguresOut.from_dict(d.pop("actual"))

        coverage = []
        _coverage = d.pop("coverage")
        for coverage_item_data in _coverage:
            coverage_item = CoverageRow.from_dict(coverage_item_data)

            coverage.append(coverage_item)

        findings = d.pop("findings")

        summary_report = cls(
            programme=programme,
            compounds_registered=compounds_registered,
            compounds_in_scope=compounds_in_scope,
            compounds_planned=compounds_planned,
            compounds_first_year_required=compounds_first_year_required,
            target=target,
            actual=actual,
            coverage=coverage,
            findings=findings,
        )

        summary_report.additional_properties = d
        return summary_report

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
