from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.investment_row_out import InvestmentRowOut
    from ..models.source_row_out import SourceRowOut


T = TypeVar("T", bound="FundingReport")


@_attrs_define
class FundingReport:
    """
    Attributes:
        programme (str):
        by_source (list[SourceRowOut]):
        investment (list[InvestmentRowOut]):
    """

    programme: str
    by_source: list[SourceRowOut]
    investment: list[InvestmentRowOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programme = self.programme

        by_source = []
        for by_source_item_data in self.by_source:
            by_source_item = by_source_item_data.to_dict()
            by_source.append(by_source_item)

        investment = []
        for investment_item_data in self.investment:
            investment_item = investment_item_data.to_dict()
            investment.append(investment_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme": programme,
                "by_source": by_source,
                "investment": investment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.investment_row_out import InvestmentRowOut  # noqa: PLC0415
        from ..models.source_row_out import SourceRowOut  # noqa: PLC0415

        d = dict(src_dict)
        programme = d.pop("programme")

        by_source = []
        _by_source = d.pop("by_source")
        for by_source_item_data in _by_source:
            by_source_item = SourceRowOut.from_dict(by_source_item_data)

            by_source.append(by_source_item)

        investment = []
        _investment = d.pop("investment")
        for investment_item_data in _investment:
            investment_item = InvestmentRowOut.from_dict(investment_item_data)

            investment.append(investment_item)

        funding_report = cls(
            programme=programme,
            by_source=by_source,
            investment=investment,
        )

        funding_report.additional_properties = d
        return funding_report

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
