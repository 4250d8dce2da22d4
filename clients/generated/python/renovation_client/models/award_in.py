from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.procurement_method import ProcurementMethod

if TYPE_CHECKING:
    from ..models.unit_body import UnitBody


T = TypeVar("T", bound="AwardIn")


@_attrs_define
class AwardIn:
    """
    Attributes:
        contractor (UnitBody):
        method (ProcurementMethod): How the contractor was chosen; each maps to the OCDS method codelist.
        awarded_on (datetime.date):
        contract_value_yuan (str): Yuan above zero, as an exact decimal string with at most 2 decimal places.
    """

    contractor: UnitBody
    method: ProcurementMethod
    awarded_on: datetime.date
    contract_value_yuan: str

    def to_dict(self) -> dict[str, Any]:
        contractor = self.contractor.to_dict()

        method = self.method.value

        awarded_on = self.awarded_on.isoformat()

        contract_value_yuan = self.contract_value_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contractor": contractor,
                "method": method,
                "awarded_on": awarded_on,
                "contract_value_yuan": contract_value_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_body import UnitBody  # noqa: PLC0415

        d = dict(src_dict)
        contractor = UnitBody.from_dict(d.pop("contractor"))

        method = ProcurementMethod(d.pop("method"))

        awarded_on = datetime.date.fromisoformat(d.pop("awarded_on"))

        contract_value_yuan = d.pop("contract_value_yuan")

        award_in = cls(
            contractor=contractor,
            method=method,
            awarded_on=awarded_on,
            contract_value_yuan=contract_value_yuan,
        )

        return award_in
