from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.figures_body import FiguresBody


T = TypeVar("T", bound="DeclarationBody")


@_attrs_define
class DeclarationBody:
    """
    Attributes:
        region (str): A GB/T 2260 code; 000000 stands for the nation.
        month (str):
        figures (FiguresBody):
    """

    region: str
    month: str
    figures: FiguresBody

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        month = self.month

        figures = self.figures.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "region": region,
                "month": month,
                "figures": figures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_body import FiguresBody  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        month = d.pop("month")

        figures = FiguresBody.from_dict(d.pop("figures"))

        declaration_body = cls(
            region=region,
            month=month,
            figures=figures,
        )

        return declaration_body
