from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level
from ..models.source import Source

if TYPE_CHECKING:
    from ..models.survey_figures_out import SurveyFiguresOut


T = TypeVar("T", bound="RegionLineOut")


@_attrs_define
class RegionLineOut:
    """
    Attributes:
        region (str): A GB/T 2260 code; 000000 stands for the nation.
        name (str): One line of text: no control characters.
        level (Level):
        parent (None | str): A GB/T 2260 code; 000000 stands for the nation.
        source (Source):
        figures (None | SurveyFiguresOut):
    """

    region: str
    name: str
    level: Level
    parent: None | str
    source: Source
    figures: None | SurveyFiguresOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        region = self.region

        name = self.name

        level = self.level.value

        parent: None | str
        parent = self.parent

        source = self.source.value

        figures: dict[str, Any] | None
        if isinstance(self.figures, SurveyFiguresOut):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "name": name,
                "level": level,
                "parent": parent,
                "source": source,
                "figures": figures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        name = d.pop("name")

        level = Level(d.pop("level"))

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        source = Source(d.pop("source"))

        def _parse_figures(data: object) -> None | SurveyFiguresOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figures_type_0 = SurveyFiguresOut.from_dict(data)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SurveyFiguresOut, data)

        figures = _parse_figures(d.pop("figures"))

        region_line_out = cls(
            region=region,
            name=name,
            level=level,
            parent=parent,
            source=source,
            figures=figures,
        )

        region_line_out.additional_properties = d
        return region_line_out

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
