"""The enumerations the API speaks, with their zh-CN labels, so clients never translate."""

from typing import Any

import msgspec
from litestar import Controller, get

import renovation_core as core
from renovation_core.labels import Labelled


class Term(msgspec.Struct, kw_only=True):
    code: str
    label: str


class CategoryTerm(msgspec.Struct, kw_only=True):
    code: core.Category
    label: str
    obligation: str


class Vocabularies(msgspec.Struct, kw_only=True):
    """Every code the API uses and the label to show for it (zh-CN)."""

    categories: list[CategoryTerm]
    property_types: list[Term]
    severities: list[Term]
    priority_levels: list[Term]
    ineligibility_reasons: list[Term]


def _terms(enum: Any) -> list[Term]:
    members: list[Labelled] = list(enum)
    return [Term(code=m.code, label=m.label) for m in members]


class VocabularyController(Controller):
    path = "/v1/vocabularies"
    tags = ("vocabularies",)

    @get(
        "/",
        operation_id="getVocabularies",
        summary="Codes and their labels",
        description="The stable English codes of every enumeration and their zh-CN labels.",
    )
    async def get_vocabularies(self) -> Vocabularies:
        return Vocabularies(
            categories=[
                CategoryTerm(code=c, label=c.label, obligation=c.obligation) for c in core.Category
            ],
            property_types=_terms(core.PropertyType),
            severities=_terms(core.Severity),
            priority_levels=_terms(core.PriorityLevel),
            ineligibility_reasons=_terms(core.Ineligibility),
        )
