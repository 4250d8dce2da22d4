"""A programme with its compound register, plans and funding plans: what one data file holds.

The reference checks here are the ones the API also runs on a single write, so a compound or plan
is judged the same whether it arrives in a file or over HTTP.
"""

from collections.abc import Iterable, Iterator

import attrs

from renovation_core.errors import DataError, FieldError
from renovation_core.funding import FundingPlan
from renovation_core.policy import Policy
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme
from renovation_core.validators import MAX_NOTE_LENGTH, at_most, not_blank


@attrs.frozen(kw_only=True)
class Provenance:
    """Where the data comes from, and whether any of it is made up."""

    source: str = attrs.field(validator=not_blank)
    synthetic: bool = False
    note: str | None = attrs.field(default=None, validator=at_most(MAX_NOTE_LENGTH, "characters"))


def compound_reference_errors(programme: Programme, compound: Compound) -> Iterator[FieldError]:
    """A compound must sit in one of the programme's districts, in a street of that district and
    a community of that street."""
    try:
        district = programme.district(compound.district)
    except KeyError:
        yield FieldError(
            path="district",
            message=f"unknown district {compound.district!r}: the programme has "
            f"{', '.join(d.code for d in programme.districts)}",
        )
        return
    street = programme.street(district.code, compound.street)
    if street is None:
        yield FieldError(
            path="street",
            message=f"street {compound.street!r} is not in district "
            f"{district.code} {district.name}",
        )
        return
    if compound.community is not None and all(
        c.code != compound.community for c in street.communities
    ):
        yield FieldError(
            path="community",
            message=f"community {compound.community!r} is not in street "
            f"{street.code} {street.name}",
        )


def plan_reference_errors(programme: Programme, plan: RenovationPlan) -> Iterator[FieldError]:
    """A plan's year must be a programme year, and its items must be in the catalogue."""
    if plan.year not in programme.years:
        yield FieldError(
            path="year",
            message=f"year {plan.year} is outside the programme "
            f"({programme.start_year}–{programme.end_year})",
        )
    for i, code in enumerate(plan.items):
        if code not in programme.catalogue:
            yield FieldError(path=f"items[{i}]", message=f"unknown catalogue item {code!r}")


def _located(prefix: str, errors: Iterable[FieldError]) -> Iterator[FieldError]:
    for error in errors:
        yield FieldError(path=f"{prefix}.{error.path}", message=error.message)


@attrs.frozen(kw_only=True)
class Dataset:
    """A programme, its compound register, the compounds' plans and their funding plans, checked
    against each other."""

    programme: Programme
    compounds: tuple[Compound, ...] = ()
    plans: tuple[RenovationPlan, ...] = ()
    fundings: tuple[FundingPlan, ...] = ()
    provenance: Provenance | None = None
    policy: Policy = attrs.field(factory=Policy)

    def __attrs_post_init__(self) -> None:
        errors = list(self._reference_errors())
        if errors:
            raise DataError(errors)

    def _reference_errors(self) -> Iterator[FieldError]:
        for i, item in enumerate(self.policy.provident_fund_items or ()):
            if item not in self.programme.catalogue:
                yield FieldError(
                    path=f"policy.provident_fund_items[{i}]",
                    message=f"unknown catalogue item {item!r}",
                )
        codes: set[str] = set()
        for i, compound in enumerate(self.compounds):
            if compound.code in codes:
                yield FieldError(
                    path=f"compounds[{i}].code",
                    message=f"duplicate compound code {compound.code!r}",
                )
            codes.add(compound.code)
            yield from _located(
                f"compounds[{i}]", compound_reference_errors(self.programme, compound)
            )
        planned: set[str] = set()
        for i, plan in enumerate(self.plans):
            if plan.compound not in codes:
                yield FieldError(
                    path=f"plans[{i}].compound", message=f"unknown compound {plan.compound!r}"
                )
            elif plan.compound in planned:
                yield FieldError(
                    path=f"plans[{i}].compound",
                    message=f"compound {plan.compound!r} already has a plan (一小区一方案)",
                )
            planned.add(plan.compound)
            yield from _located(f"plans[{i}]", plan_reference_errors(self.programme, plan))
        years = {plan.compound: plan.year for plan in self.plans}
        funded: set[str] = set()
        for i, funding in enumerate(self.fundings):
            if funding.compound not in years:
                yield FieldError(
                    path=f"fundings[{i}].compound",
                    message=f"compound {funding.compound!r} has no plan to fund",
                )
            elif funding.compound in funded:
                yield FieldError(
                    path=f"fundings[{i}].compound",
                    message=f"compound {funding.compound!r} already has a funding plan",
                )
            elif funding.year != years[funding.compound]:
                yield FieldError(
                    path=f"fundings[{i}].year",
                    message=f"compound {funding.compound!r} is planned for "
                    f"{years[funding.compound]}, not {funding.year}",
                )
            funded.add(funding.compound)
