from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.signatory_body import SignatoryBody


T = TypeVar("T", bound="SignatureIn")


@_attrs_define
class SignatureIn:
    """
    Attributes:
        on (datetime.date):
        signatories (list[SignatoryBody]):
    """

    on: datetime.date
    signatories: list[SignatoryBody]

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "signatories": signatories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signatory_body import SignatoryBody  # noqa: PLC0415

        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in _signatories:
            signatories_item = SignatoryBody.from_dict(signatories_item_data)

            signatories.append(signatories_item)

        signature_in = cls(
            on=on,
            signatories=signatories,
        )

        return signature_in
