from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_mode import ImportMode
from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_report import ImportReport


T = TypeVar("T", bound="ImportOut")


@_attrs_define
class ImportOut:
    """
    Attributes:
        id (int):
        status (ImportStatus):
        mode (ImportMode): all_or_nothing (the default): one bad row, nothing imported; valid_rows: import the valid
            rows and report the rest.
        filename (None | str): One line of text: no control characters.
        size_bytes (int):
        submitted_by (str): One line of text: no control characters.
        submitted_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        report (ImportReport | None):
        failure (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        sha256 (None | str | Unset): The file's SHA-256, in lowercase hexadecimal.
    """

    id: int
    status: ImportStatus
    mode: ImportMode
    filename: None | str
    size_bytes: int
    submitted_by: str
    submitted_at: datetime.datetime
    finished_at: datetime.datetime | None
    report: ImportReport | None
    failure: None | str
    sha256: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_report import ImportReport  # noqa: PLC0415

        id = self.id

        status = self.status.value

        mode = self.mode.value

        filename: None | str
        filename = self.filename

        size_bytes = self.size_bytes

        submitted_by = self.submitted_by

        submitted_at = self.submitted_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        report: dict[str, Any] | None
        if isinstance(self.report, ImportReport):
            report = self.report.to_dict()
        else:
            report = self.report

        failure: None | str
        failure = self.failure

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "mode": mode,
                "filename": filename,
                "size_bytes": size_bytes,
                "submitted_by": submitted_by,
                "submitted_at": submitted_at,
                "finished_at": finished_at,
                "report": report,
                "failure": failure,
            }
        )
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_report import ImportReport  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = ImportStatus(d.pop("status"))

        mode = ImportMode(d.pop("mode"))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(d.pop("filename"))

        size_bytes = d.pop("size_bytes")

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

        def _parse_report(data: object) -> ImportReport | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ImportReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReport | None, data)

        report = _parse_report(d.pop("report"))

        def _parse_failure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure = _parse_failure(d.pop("failure"))

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))

        import_out = cls(
            id=id,
            status=status,
            mode=mode,
            filename=filename,
            size_bytes=size_bytes,
            submitted_by=submitted_by,
            submitted_at=submitted_at,
            finished_at=finished_at,
            report=report,
            failure=failure,
            sha256=sha256,
        )

        import_out.additional_properties = d
        return import_out

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
