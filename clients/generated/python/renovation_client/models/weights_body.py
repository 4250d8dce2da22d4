from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WeightsBody")


@_attrs_define
class WeightsBody:
    """
    Attributes:
        preparation (str): An exact share from 0 to 1: a decimal (at most 6 places) or a fraction (read back as a
            fraction in lowest terms).
        progress (str): An exact share from 0 to 1: a decimal (at most 6 places) or a fraction (read back as a fraction
            in lowest terms).
        acceptance (str): An exact share from 0 to 1: a decimal (at most 6 places) or a fraction (read back as a
            fraction in lowest terms).
        management (str): An exact share from 0 to 1: a decimal (at most 6 places) or a fraction (read back as a
            fraction in lowest terms).
    """

    preparation: str
    progress: str
    acceptance: str
    management: str

    def to_dict(self) -> dict[str, Any]:
        preparation = self.preparation

        progress = self.progress

        acceptance = self.acceptance

        management = self.management

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preparation": preparation,
                "progress": progress,
                "acceptance": acceptance,
                "management": management,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preparation = d.pop("preparation")

        progress = d.pop("progress")

        acceptance = d.pop("acceptance")

        management = d.pop("management")

        weights_body = cls(
            preparation=preparation,
            progress=progress,
            acceptance=acceptance,
            management=management,
        )

        return weights_body
