from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proposal_out_status import ProposalOutStatus

if TYPE_CHECKING:
    from ..models.proposal_in import ProposalIn
    from ..models.result_out import ResultOut


T = TypeVar("T", bound="ProposalOut")


@_attrs_define
class ProposalOut:
    """
    Attributes:
        id (int):
        status (ProposalOutStatus):
        inputs (ProposalIn):
        submitted_by (str): One line of text: no control characters.
        submitted_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        result (None | ResultOut):
        failure (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
    """

    id: int
    status: ProposalOutStatus
    inputs: ProposalIn
    submitted_by: str
    submitted_at: datetime.datetime
    finished_at: datetime.datetime | None
    result: None | ResultOut
    failure: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.result_out import ResultOut  # noqa: PLC0415

        id = self.id

        status = self.status.value

        inputs = self.inputs.to_dict()

        submitted_by = self.submitted_by

        submitted_at = self.submitted_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        result: dict[str, Any] | None
        if isinstance(self.result, ResultOut):
            result = self.result.to_dict()
        else:
            result = self.result

        failure: None | str
        failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "inputs": inputs,
                "submitted_by": submitted_by,
                "submitted_at": submitted_at,
                "finished_at": finished_at,
                "result": result,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposal_in import ProposalIn  # noqa: PLC0415
        from ..models.result_out import ResultOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = ProposalOutStatus(d.pop("status"))

        inputs = ProposalIn.from_dict(d.pop("inputs"))

        submitted_by = d.pop("submitted_by")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_result(data: object) -> None | ResultOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ResultOut.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResultOut, data)

        result = _parse_result(d.pop("result"))

        def _parse_failure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure = _parse_failure(d.pop("failure"))

        proposal_out = cls(
            id=id,
            status=status,
            inputs=inputs,
            submitted_by=submitted_by,
            submitted_at=submitted_at,
            finished_at=finished_at,
            result=result,
            failure=failure,
        )

        proposal_out.additional_properties = d
        return proposal_out

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
