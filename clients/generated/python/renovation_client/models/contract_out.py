from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figures_out import FiguresOut
    from ..models.progress_out import ProgressOut
    from ..models.signatory_body import SignatoryBody
    from ..models.tracking_out import TrackingOut


T = TypeVar("T", bound="ContractOut")


@_attrs_define
class ContractOut:
    """
    Attributes:
        district (str):
        year (int):
        targets (FiguresOut):
        signed_on (datetime.date | None):
        signatories (list[SignatoryBody]):
        as_of (datetime.date):
        delivered (ProgressOut):
        tracking (TrackingOut):
    """

    district: str
    year: int
    targets: FiguresOut
    signed_on: datetime.date | None
    signatories: list[SignatoryBody]
    as_of: datetime.date
    delivered: ProgressOut
    tracking: TrackingOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district = self.district

        year = self.year

        targets = self.targets.to_dict()

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)

        as_of = self.as_of.isoformat()

        delivered = self.delivered.to_dict()

        tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "year": year,
                "targets": targets,
                "signed_on": signed_on,
                "signatories": signatories,
                "as_of": as_of,
                "delivered": delivered,
                "tracking": tracking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figures_out import FiguresOut  # noqa: PLC0415
        from ..models.progress_out import ProgressOut  # noqa: PLC0415
        from ..models.signatory_body import SignatoryBody  # noqa: PLC0415
        from ..models.tracking_out import TrackingOut  # noqa: PLC0415

        d = dict(src_dict)
        district = d.pop("district")

        year = d.pop("year")

        targets = FiguresOut.from_dict(d.pop("targets"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in _signatories:
            signatories_item = SignatoryBody.from_dict(signatories_item_data)

            signatories.append(signatories_item)

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        delivered = ProgressOut.from_dict(d.pop("delivered"))

        tracking = TrackingOut.from_dict(d.pop("tracking"))

        contract_out = cls(
            district=district,
            year=year,
            targets=targets,
            signed_on=signed_on,
            signatories=signatories,
            as_of=as_of,
            delivered=delivered,
            tracking=tracking,
        )

        contract_out.additional_properties = d
        return contract_out

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
