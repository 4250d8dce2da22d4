from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figures_out import FiguresOut
    from ..models.quantities_out import QuantitiesOut


T = TypeVar("T", bound="AccountRowOut")


@_attrs_define
class AccountRowOut:
    """
    Attributes:
        year (int | None):
        district (None | str):
        name (str): One line of text: no control characters.
        target (FiguresOut | None):
        delivered (QuantitiesOut):
        investment_completed_yuan (str): Yuan, signed exact decimal string.
        delivery_rate_compounds (None | str): A ratio as an exact decimal string (at most 6 places): above 1 where more
            started or completed than was planned.
    """

    year: int | None
    district: None | str
    name: str
    target: FiguresOut | None
    delivered: QuantitiesOut
    investment_completed_yuan: str
    delivery_rate_compounds: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415

        year: int | None
        year = self.year

        district: None | str
        district = self.district

        name = self.name

        target: dict[str, Any] | None
        if isinstance(self.target, FiguresOut):
            target = self.target.to_dict()
        else:
            target = self.target

        delivered = self.delivered.to_dict()

        investment_completed_yuan = self.investment_completed_yuan

        delivery_rate_compounds: None | str
        delivery_rate_compounds = self.delivery_rate_compounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "name": name,
                "target": target,
                "delivered": delivered,
                "investment_completed_yuan": investment_completed_yuan,
                "delivery_rate_compounds": delivery_rate_compounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415
        from ..models.quantities_out import QuantitiesOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        name = d.pop("name")

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

        delivered = QuantitiesOut.from_dict(d.pop("delivered"))

        investment_completed_yuan = d.pop("investment_completed_yuan")

        def _parse_delivery_rate_compounds(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        delivery_rate_compounds = _parse_delivery_rate_compounds(d.pop("delivery_rate_compounds"))

        account_row_out = cls(
            year=year,
            district=district,
            name=name,
            target=target,
            delivered=delivered,
            investment_completed_yuan=investment_completed_yuan,
            delivery_rate_compounds=delivery_rate_compounds,
        )

        account_row_out.additional_properties = d
        return account_row_out

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
