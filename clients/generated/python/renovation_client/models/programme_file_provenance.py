from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileProvenance")


@_attrs_define
class ProgrammeFileProvenance:
    """Where the data comes from, and whether any of it is made up.

    Attributes:
        source (str):
        synthetic (bool | Unset):
        note (None | str | Unset):
    """

    source: str
    synthetic: bool | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        synthetic = self.synthetic

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
            }
        )
        if synthetic is not UNSET:
            field_dict["synthetic"] = synthetic
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        synthetic = d.pop("synthetic", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        programme_file_provenance = cls(
            source=source,
            synthetic=synthetic,
            note=note,
        )

        return programme_file_provenance
