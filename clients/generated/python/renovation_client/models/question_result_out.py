from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_kind import QuestionKind

if TYPE_CHECKING:
    from ..models.option_count import OptionCount


T = TypeVar("T", bound="QuestionResultOut")


@_attrs_define
class QuestionResultOut:
    """
    Attributes:
        question (str):
        kind (QuestionKind):
        answered (int):
        counts (list[OptionCount]):
        ratings (list[int]):
        mean_rating (None | str):
        texts (int):
    """

    question: str
    kind: QuestionKind
    answered: int
    counts: list[OptionCount]
    ratings: list[int]
    mean_rating: None | str
    texts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        kind = self.kind.value

        answered = self.answered

        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)

        ratings = self.ratings

        mean_rating: None | str
        mean_rating = self.mean_rating

        texts = self.texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "kind": kind,
                "answered": answered,
                "counts": counts,
                "ratings": ratings,
                "mean_rating": mean_rating,
                "texts": texts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_count import OptionCount  # noqa: PLC0415

        d = dict(src_dict)
        question = d.pop("question")

        kind = QuestionKind(d.pop("kind"))

        answered = d.pop("answered")

        counts = []
        _counts = d.pop("counts")
        for counts_item_data in _counts:
            counts_item = OptionCount.from_dict(counts_item_data)

            counts.append(counts_item)

        ratings = cast(list[int], d.pop("ratings"))

        def _parse_mean_rating(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mean_rating = _parse_mean_rating(d.pop("mean_rating"))

        texts = d.pop("texts")

        question_result_out = cls(
            question=question,
            kind=kind,
            answered=answered,
            counts=counts,
            ratings=ratings,
            mean_rating=mean_rating,
            texts=texts,
        )

        question_result_out.additional_properties = d
        return question_result_out

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
