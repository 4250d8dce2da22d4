from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pin_in import PinIn
    from ..models.target_in import TargetIn
    from ..models.weights_in import WeightsIn


T = TypeVar("T", bound="ProposalIn")


@_attrs_define
class ProposalIn:
    """
    Attributes:
        time_limit_seconds (int | Unset):  Default: 30.
        pinned (list[PinIn] | Unset):
        groups (list[list[str]] | Unset):
        weights (WeightsIn | Unset):
        budget_factor (None | str | Unset): A what-if: every budget times this factor (0.9: a tenth cut), more than 0
            and under 10, to 4 places.
        targets (list[TargetIn] | Unset):
    """

    time_limit_seconds: int | Unset = 30
    pinned: list[PinIn] | Unset = UNSET
    groups: list[list[str]] | Unset = UNSET
    weights: WeightsIn | Unset = UNSET
    budget_factor: None | str | Unset = UNSET
    targets: list[TargetIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        time_limit_seconds = self.time_limit_seconds

        pinned: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pinned, Unset):
            pinned = []
            for pinned_item_data in self.pinned:
                pinned_item = pinned_item_data.to_dict()
                pinned.append(pinned_item)

        groups: list[list[str]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data

                groups.append(groups_item)

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        budget_factor: None | str | Unset
        if isinstance(self.budget_factor, Unset):
            budget_factor = UNSET
        else:
            budget_factor = self.budget_factor

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if time_limit_seconds is not UNSET:
            field_dict["time_limit_seconds"] = time_limit_seconds
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if groups is not UNSET:
            field_dict["groups"] = groups
        if weights is not UNSET:
            field_dict["weights"] = weights
        if budget_factor is not UNSET:
            field_dict["budget_factor"] = budget_factor
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pin_in import PinIn  # noqa: PLC0415
        from ..models.target_in import TargetIn  # noqa: PLC0415
        from ..models.weights_in import WeightsIn  # noqa: PLC0415

        d = dict(src_dict)
        time_limit_seconds = d.pop("time_limit_seconds", UNSET)

        _pinned = d.pop("pinned", UNSET)
        pinned: list[PinIn] | Unset = UNSET
        if _pinned is not UNSET:
            pinned = []
            for pinned_item_data in _pinned:
                pinned_item = PinIn.from_dict(pinned_item_data)

                pinned.append(pinned_item)

        _groups = d.pop("groups", UNSET)
        groups: list[list[str]] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = cast(list[str], groups_item_data)

                groups.append(groups_item)

        _weights = d.pop("weights", UNSET)
        weights: WeightsIn | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = WeightsIn.from_dict(_weights)

        def _parse_budget_factor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_factor = _parse_budget_factor(d.pop("budget_factor", UNSET))

        _targets = d.pop("targets", UNSET)
        targets: list[TargetIn] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = TargetIn.from_dict(targets_item_data)

                targets.append(targets_item)

        proposal_in = cls(
            time_limit_seconds=time_limit_seconds,
            pinned=pinned,
            groups=groups,
            weights=weights,
            budget_factor=budget_factor,
            targets=targets,
        )

        return proposal_in
