"""Which compounds the programme must renovate, and which must go in its first year."""

from collections.abc import Iterable

import attrs

from renovation_core.labels import Labelled
from renovation_core.register.compound import Compound
from renovation_core.register.programme import Programme


class Ineligibility(Labelled):
    """Why a compound is outside the programme."""

    BUILT_AFTER_CUTOFF = ("built_after_cutoff", "建成年代晚于改造范围")
    ALREADY_RENOVATED = ("already_renovated", "已完成改造")


@attrs.frozen(kw_only=True)
class Eligibility:
    """The verdict on one compound: in scope or not (and why), and whether the first year must
    take it."""

    eligible: bool
    first_year_required: bool
    reasons: tuple[Ineligibility, ...] = ()


def eligibility(programme: Programme, compound: Compound) -> Eligibility:
    """In scope: built in or before the cutoff year and not renovated under an earlier programme.
    Of those, the ones built in or before the first-year cutoff must be done in the first year."""
    reasons: list[Ineligibility] = []
    if compound.built_year > programme.eligibility_cutoff_year:
        reasons.append(Ineligibility.BUILT_AFTER_CUTOFF)
    if compound.previously_renovated_in is not None:
        reasons.append(Ineligibility.ALREADY_RENOVATED)
    cutoff = programme.first_year_cutoff_year
    first_year = not reasons and cutoff is not None and compound.built_year <= cutoff
    return Eligibility(eligible=not reasons, first_year_required=first_year, reasons=tuple(reasons))


def in_scope(programme: Programme, compounds: Iterable[Compound]) -> list[Compound]:
    """The eligible compounds: the denominator of coverage and the programme's whole task."""
    return [c for c in compounds if eligibility(programme, c).eligible]
