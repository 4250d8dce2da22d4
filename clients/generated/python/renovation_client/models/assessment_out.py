from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.district_assessment_out import DistrictAssessmentOut
    from ..models.pool_body import PoolBody
    from ..models.reward_payment_out import RewardPaymentOut
    from ..models.weights_body import WeightsBody


T = TypeVar("T", bound="AssessmentOut")


@_attrs_define
class AssessmentOut:
    """
    Attributes:
        year (int):
        as_of (datetime.date):
        assessed_on (datetime.date):
        weights (WeightsBody):
        pool (PoolBody):
        districts (list[DistrictAssessmentOut]):
        payments (list[RewardPaymentOut]):
    """

    year: int
    as_of: datetime.date
    assessed_on: datetime.date
    weights: WeightsBody
    pool: PoolBody
    districts: list[DistrictAssessmentOut]
    payments: list[RewardPaymentOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        as_of = self.as_of.isoformat()

        assessed_on = self.assessed_on.isoformat()

        weights = self.weights.to_dict()

        pool = self.pool.to_dict()

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "as_of": as_of,
                "assessed_on": assessed_on,
                "weights": weights,
                "pool": pool,
                "districts": districts,
                "payments": payments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.district_assessment_out import DistrictAssessmentOut  # noqa: PLC0415
        from ..models.pool_body import PoolBody  # noqa: PLC0415
        from ..models.reward_payment_out import RewardPaymentOut  # noqa: PLC0415
        from ..models.weights_body import WeightsBody  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        weights = WeightsBody.from_dict(d.pop("weights"))

        pool = PoolBody.from_dict(d.pop("pool"))

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in _districts:
            districts_item = DistrictAssessmentOut.from_dict(districts_item_data)

            districts.append(districts_item)

        payments = []
        _payments = d.pop("payments")
        for payments_item_data in _payments:
            payments_item = RewardPaymentOut.from_dict(payments_item_data)

            payments.append(payments_item)

        assessment_out = cls(
            year=year,
            as_of=as_of,
            assessed_on=assessed_on,
            weights=weights,
            pool=pool,
            districts=districts,
            payments=payments,
        )

        assessment_out.additional_properties = d
        return assessment_out

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
