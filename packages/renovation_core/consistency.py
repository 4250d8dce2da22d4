"""Does a programme agree with itself, and does its register follow its rules?

Published plans are typed up by hand, and their tables can disagree with their own totals. The
checks here report every disagreement as a :class:`Finding` and never raise, so a user can load
the plan as published and see exactly where it does not add up.
"""

from collections.abc import Iterable, Iterator
from fractions import Fraction

import attrs

from renovation_core.register.compound import Compound
from renovation_core.register.eligibility import eligibility
from renovation_core.register.geography import District
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.priority import (
    ConditionAssessment,
    PriorityLevel,
    Severity,
    priority_of,
    rank_key,
)
from renovation_core.register.programme import Programme
from renovation_core.register.targets import MEASURES, AnnualPlanTarget, CoverageTarget, Figures
from renovation_core.text import problem as text_problem
from renovation_core.text import visible
from renovation_core.units import round_fraction


@attrs.frozen(kw_only=True)
class Finding:
    """One inconsistency: a stable ``code``, a sentence for people, and where it is."""

    code: str
    message: str
    location: str


def check_targets(programme: Programme) -> tuple[Finding, ...]:
    """Rows sum to each year's total, years sum to the programme's total, coverage counts match
    their published rates, and districts lie in the city."""
    return (
        *_district_codes(programme),
        *_annual_rows(programme),
        *_programme_total(programme),
        *_coverage(programme),
    )


def explain_targets(programme: Programme) -> tuple[Finding, ...]:
    """What the programme says of itself that accounts for a difference it would otherwise be
    flagged for: a year whose table publishes some districts' rows only (the rest of its
    total is the other districts')."""
    return tuple(_partial_rows(programme))


def check_register(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> tuple[Finding, ...]:
    """Plans only for compounds in scope; every compound the first year must take is in it;
    names hold only what a recorded text may (one recorded before that rule was kept is named
    here, to be corrected)."""
    return tuple(_register(programme, compounds, plans))


def check_schedule(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> tuple[Finding, ...]:
    """先急后缓: each compound planned for a later year than a less urgent compound of its
    district, with its grounds and the compounds that go before it. Only assessed compounds
    are compared (an unassessed one has shown no urgency either way), and a compound the
    first-year rule puts in the first year goes first by rule, not by choice."""
    return tuple(_schedule(programme, compounds, plans))


def _schedule(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> Iterator[Finding]:
    year_of = {plan.compound: plan.year for plan in plans}
    assessed = [
        (compound, condition, priority_of(condition), year_of[compound.code])
        for compound in sorted(compounds, key=rank_key)
        if (condition := compound.condition) is not None and compound.code in year_of
    ]
    # district → (year, level) → the compounds chosen (not placed by rule) for that year
    chosen: dict[str, dict[tuple[int, PriorityLevel], list[Compound]]] = {}
    for compound, _, priority, year in assessed:
        if year != programme.start_year or not eligibility(programme, compound).first_year_required:
            cells = chosen.setdefault(compound.district, {})
            cells.setdefault((year, priority.level), []).append(compound)
    for compound, condition, priority, year in assessed:
        before = sorted(
            (
                (-level.rank, earlier, other.code, level)
                for (earlier, level), others in chosen.get(compound.district, {}).items()
                if earlier < year and level.rank > priority.level.rank
                for other in others
            ),
            key=lambda b: b[:3],
        )
        if not before:
            continue
        named = ", ".join(
            f"{code} ({level.code}, {earlier})" for _, earlier, code, level in before[:3]
        )
        more = f" and {len(before) - 3} more" if len(before) > 3 else ""
        yield Finding(
            code="plan.scheduled_after_less_urgent",
            message=f"compound {compound.code} {visible(compound.name)}, "
            f"{priority.level.code} ({_grounds(condition)}), is planned for {year} after "
            f"{len(before)} less urgent compound(s) of district {compound.district}: "
            f"{named}{more}",
            location=f"compounds[{compound.code}]",
        )


def _grounds(condition: ConditionAssessment) -> str:
    """The grounds that make a compound urgent, worst first: "safety critical, …"."""
    rated = [
        ("safety", condition.safety),
        ("infrastructure", condition.infrastructure),
        ("management", condition.management),
    ]
    bad = sorted(
        (r for r in rated if r[1].weight >= Severity.POOR.weight), key=lambda r: -r[1].weight
    )
    return ", ".join(f"{ground} {severity.code}" for ground, severity in bad) or "no ground poor"


def _district_codes(programme: Programme) -> Iterator[Finding]:
    for i, district in enumerate(programme.districts):
        if not programme.city.contains(district.code):
            yield Finding(
                code="district.outside_city",
                message=f"district {district.code} {district.name} is not a division of "
                f"city {programme.city.code} {programme.city.name}",
                location=f"districts[{i}].code",
            )


def _indexed(programme: Programme) -> dict[tuple[int, str | None], tuple[int, AnnualPlanTarget]]:
    return {(t.year, t.district): (i, t) for i, t in enumerate(programme.annual_targets)}


def _annual_rows(programme: Programme) -> Iterator[Finding]:
    rows = _indexed(programme)
    for year in programme.years:
        present = [d for d in programme.districts if (year, d.code) in rows]
        if (year, None) not in rows and not present:
            yield Finding(
                code="annual.year_missing",
                message=f"no annual plan target for {year}",
                location="annual_targets",
            )
            continue
        if (year, None) not in rows or not present:
            continue
        index, total = rows[year, None]
        summed = Figures.total(rows[year, d.code][1].figures for d in present)
        for measure in MEASURES:
            published, derived = getattr(total.figures, measure), getattr(summed, measure)
            if published is None or derived is None:
                continue  # compared only where the table publishes the figure throughout
            if published != derived and not (_partial(programme, present) and derived < published):
                yield Finding(
                    code="annual.rows_differ_from_total",
                    message=f"{year}: districts add up to {derived} {measure}, "
                    f"the published total is {published}",
                    location=f"annual_targets[{index}].figures.{measure}",
                )


def _partial(programme: Programme, present: list[District]) -> bool:
    """Whether the year's rows are some districts' only, as the programme says it publishes."""
    return programme.partial_annual_rows and len(present) < len(programme.districts)


def _partial_rows(programme: Programme) -> Iterator[Finding]:
    rows = _indexed(programme)
    for year in programme.years:
        present = [d for d in programme.districts if (year, d.code) in rows]
        if (year, None) not in rows or not present or not _partial(programme, present):
            continue
        index, total = rows[year, None]
        rest = total.figures - Figures.total(rows[year, d.code][1].figures for d in present)
        known = [m for m in MEASURES if getattr(rest, m) is not None]
        if any(getattr(rest, m) < 0 for m in known):
            continue  # rows above their total: flagged, not explained
        others = [d for d in programme.districts if d not in present]
        yield Finding(
            code="annual.rows_partial",
            message=f"{year}: the table publishes rows for {len(present)} of "
            f"{len(programme.districts)} districts; the rest of its total ("
            + ", ".join(f"{getattr(rest, m)} {m}" for m in known)
            + f") is the other districts' ({'、'.join(d.name for d in others)})",
            location=f"annual_targets[{index}]",
        )


def _year_totals(programme: Programme) -> Figures:
    """Each year's published total, or the sum of its district rows where no total is given."""
    rows = _indexed(programme)
    totals = []
    for year in programme.years:
        if (year, None) in rows:
            totals.append(rows[year, None][1].figures)
        else:
            totals += [
                rows[year, d.code][1].figures for d in programme.districts if (year, d.code) in rows
            ]
    return Figures.total(totals)


def _programme_total(programme: Programme) -> Iterator[Finding]:
    total = programme.total_target
    if total is None or not programme.annual_targets:
        return
    years = _year_totals(programme)
    for measure in MEASURES:
        published = getattr(total, measure)
        derived = getattr(years, measure)
        if published is not None and derived is not None and published != derived:
            yield Finding(
                code="programme.years_differ_from_total",
                message=f"the years add up to {derived} {measure}, "
                f"the published programme total is {published}",
                location=f"total_target.{measure}",
            )


def _scope(programme: Programme, district: str | None) -> int | None:
    """Compounds the targets put in a district (or the city) over the whole programme."""
    if district is None:
        if programme.total_target is not None:
            return programme.total_target.compounds
        return _year_totals(programme).compounds or None
    rows = [t for t in programme.annual_targets if t.district == district]
    return Figures.total(t.figures for t in rows).compounds or None


def _coverage(programme: Programme) -> Iterator[Finding]:
    targets = list(enumerate(programme.coverage_targets))
    for i, target in targets:
        count = target.compounds
        if count is None and target.district is None:
            districts = [
                t for _, t in targets if t.category is target.category and t.district is not None
            ]
            if districts and len(districts) == len(programme.districts):
                count = sum(t.compounds for t in districts if t.compounds is not None)
        if count is None:
            continue
        yield from _coverage_rate(programme, i, target, count)
    yield from _coverage_city_sum(targets)


def _coverage_rate(
    programme: Programme, index: int, target: CoverageTarget, count: int
) -> Iterator[Finding]:
    scope = _scope(programme, target.district)
    where = "the city" if target.district is None else f"district {target.district}"
    if scope is None:
        return
    if count > scope:
        yield Finding(
            code="coverage.count_exceeds_scope",
            message=f"{target.category.code} coverage of {where} counts {count} compounds, "
            f"but only {scope} are in the programme there",
            location=f"coverage_targets[{index}].compounds",
        )
        return
    rounded = round_fraction(Fraction(count, scope), like=target.rate)
    if rounded != target.rate:
        yield Finding(
            code="coverage.count_differs_from_rate",
            message=f"{target.category.code} coverage of {where}: {count}/{scope} rounds to "
            f"{rounded}, the published rate is {target.rate}",
            location=f"coverage_targets[{index}].rate",
        )


def _coverage_city_sum(targets: list[tuple[int, CoverageTarget]]) -> Iterator[Finding]:
    for i, city in targets:
        if city.district is not None or city.compounds is None:
            continue
        parts = [
            t.compounds
            for _, t in targets
            if t.category is city.category and t.district is not None
        ]
        if parts and None not in parts:
            derived = sum(p for p in parts if p is not None)
            if derived != city.compounds:
                yield Finding(
                    code="coverage.districts_differ_from_city",
                    message=f"{city.category.code} coverage: districts count {derived} "
                    f"compounds, the city target counts {city.compounds}",
                    location=f"coverage_targets[{i}].compounds",
                )


def _register(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> Iterator[Finding]:
    plan_of = {plan.compound: plan for plan in plans}
    for compound in compounds:
        verdict = eligibility(programme, compound)
        plan = plan_of.get(compound.code)
        location = f"compounds[{compound.code}]"
        named = f"{compound.code} {visible(compound.name)}"
        if plan is not None and not verdict.eligible:
            reasons = ", ".join(r.code for r in verdict.reasons)
            yield Finding(
                code="plan.compound_not_eligible",
                message=f"compound {named} has a plan but is out of scope ({reasons})",
                location=location,
            )
        if verdict.first_year_required and (plan is None or plan.year != programme.start_year):
            when = "has no plan" if plan is None else f"is planned for {plan.year}"
            yield Finding(
                code="plan.first_year_required",
                message=f"compound {named}, built {compound.built_year}, must be renovated"
                f" in {programme.start_year} but {when}",
                location=location,
            )
        yield from text_findings(compound)


def text_findings(compound: Compound) -> tuple[Finding, ...]:
    """The compound's names that hold what a recorded text may not (one recorded before that
    rule was kept): a finding each. A store keeps their number with the compound, so that its
    summary counts them without reading the names."""
    return tuple(
        Finding(
            code="compound.text",
            message=f"compound {compound.code}'s {field.replace('_', ' ')}: {why}",
            location=f"compounds[{compound.code}].{field}",
        )
        for field in ("name", "original_property_unit")
        if (value := getattr(compound, field)) is not None and (why := text_problem(value))
    )
