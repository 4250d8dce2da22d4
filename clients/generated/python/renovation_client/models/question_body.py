from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.question_kind import QuestionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionBody")


@_attrs_define
class QuestionBody:
    """
    Attributes:
        code (str):
        text (str): One line of text: no control characters.
        kind (QuestionKind):
        options (list[str] | Unset):
    """

    code: str
    text: str
    kind: QuestionKind
    options: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        text = self.text

        kind = self.kind.value

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "text": text,
                "kind": kind,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        text = d.pop("text")

        kind = QuestionKind(d.pop("kind"))

        options = cast(list[str], d.pop("options", UNSET))

        question_body = cls(
            code=code,
            text=text,
            kind=kind,
            options=options,
        )

        return question_body
