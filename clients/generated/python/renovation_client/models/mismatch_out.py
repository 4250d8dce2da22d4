from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source

if TYPE_CHECKING:
    from ..models.survey_figures_out import SurveyFiguresOut


T = TypeVar("T", bound="MismatchOut")


@_attrs_define
class MismatchOut:
    """
    Attributes:
        region (str): A GB/T 2260 code; 000000 stands for the nation.
        name (str): One line of text: no control characters.
        source (Source):
        figures (SurveyFiguresOut):
        parts_sum (SurveyFiguresOut):
    """

    region: str
    name: str
    source: Source
    figures: SurveyFiguresOut
    parts_sum: SurveyFiguresOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        name = self.name

        source = self.source.value

        figures = self.figures.to_dict()

        parts_sum = self.parts_sum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "name": name,
                "source": source,
                "figures": figures,
                "parts_sum": parts_sum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        name = d.pop("name")

        source = Source(d.pop("source"))

        figures = SurveyFiguresOut.from_dict(d.pop("figures"))

        parts_sum = SurveyFiguresOut.from_dict(d.pop("parts_sum"))

        mismatch_out = cls(
            region=region,
            name=name,
            source=source,
            figures=figures,
            parts_sum=parts_sum,
        )

        mismatch_out.additional_properties = d
        return mismatch_out

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
