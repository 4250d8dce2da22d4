from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_body import PoolBody
    from ..models.weights_body import WeightsBody


T = TypeVar("T", bound="AssessmentIn")


@_attrs_define
class AssessmentIn:
    """
    Attributes:
        year (int):
        weights (WeightsBody):
        pool (PoolBody):
        as_of (datetime.date | None | Unset):
        survey (None | str | Unset):
    """

    year: int
    weights: WeightsBody
    pool: PoolBody
    as_of: datetime.date | None | Unset = UNSET
    survey: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        weights = self.weights.to_dict()

        pool = self.pool.to_dict()

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        survey: None | str | Unset
        if isinstance(self.survey, Unset):
            survey = UNSET
        else:
            survey = self.survey

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "weights": weights,
                "pool": pool,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if survey is not UNSET:
            field_dict["survey"] = survey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_body import PoolBody  # noqa: PLC0415
        from ..models.weights_body import WeightsBody  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        weights = WeightsBody.from_dict(d.pop("weights"))

        pool = PoolBody.from_dict(d.pop("pool"))

        def _parse_as_of(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        def _parse_survey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        survey = _parse_survey(d.pop("survey", UNSET))

        assessment_in = cls(
            year=year,
            weights=weights,
            pool=pool,
            as_of=as_of,
            survey=survey,
        )

        return assessment_in
