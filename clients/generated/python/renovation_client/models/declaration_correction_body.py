from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.figures_body import FiguresBody


T = TypeVar("T", bound="DeclarationCorrectionBody")


@_attrs_define
class DeclarationCorrectionBody:
    """
    Attributes:
        figures (FiguresBody):
        reason (str): One line of text: no control characters.
    """

    figures: FiguresBody
    reason: str

    def to_dict(self) -> dict[str, Any]:
        figures = self.figures.to_dict()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "figures": figures,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_body import FiguresBody  # noqa: PLC0415

        d = dict(src_dict)
        figures = FiguresBody.from_dict(d.pop("figures"))

        reason = d.pop("reason")

        declaration_correction_body = cls(
            figures=figures,
            reason=reason,
        )

        return declaration_correction_body
