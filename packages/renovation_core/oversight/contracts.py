"""Responsibility contracts (责任状) and city leaders' pairings (市级领导包联).

Each year the city and each district sign a contract whose targets are the district's row of the
year's published plan; it is then tracked against what was delivered ("small account each year,
full account after three"). A city-level leader is paired with a district, or with some of its
compounds, and answers for them.
"""

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.oversight.monthly import Progress
from renovation_core.register.geography import division_code
from renovation_core.register.targets import AnnualPlanTarget, Figures
from renovation_core.validators import (
    at_most,
    code,
    not_after,
    not_blank,
    plausible_year,
    unique_by,
)

MAX_SIGNATORIES = 10
MAX_PAIRED_COMPOUNDS = 1000


class Party(Labelled):
    CITY = ("city", "市政府")
    DISTRICT = ("district", "区政府")


@attrs.frozen(kw_only=True)
class Signatory:
    party: Party
    name: str = attrs.field(validator=not_blank)
    title: str = attrs.field(validator=not_blank)


@attrs.frozen(kw_only=True)
class ResponsibilityContract:
    """The city's contract with a district for a year: the district's published targets, and
    once signed, the day and who signed for each party."""

    district: str = attrs.field(validator=division_code)
    year: int = attrs.field(validator=plausible_year)
    targets: Figures
    signed_on: datetime.date | None = None
    signatories: tuple[Signatory, ...] = attrs.field(
        default=(), validator=at_most(MAX_SIGNATORIES, "signatories")
    )

    def __attrs_post_init__(self) -> None:
        if (self.signed_on is None) != (not self.signatories):
            raise FieldValueError("signatories", "a signed contract has its signatories")
        if self.signatories and {s.party for s in self.signatories} != set(Party):
            raise FieldValueError("signatories", "both the city and the district sign")

    @classmethod
    def drawn_from(
        cls, targets: Iterable[AnnualPlanTarget], district: str, year: int
    ) -> "ResponsibilityContract":
        """The contract whose targets are the district's row of the year's plan."""
        row = next((t for t in targets if (t.year, t.district) == (year, district)), None)
        if row is None:
            raise FieldValueError("district", f"the {year} plan has no row for {district}")
        return cls(district=district, year=year, targets=row.figures)

    def sign(
        self, on: datetime.date, signatories: Iterable[Signatory], today: datetime.date
    ) -> "ResponsibilityContract":
        if self.signed_on is not None:
            raise RuleViolation("contract-signed", f"the contract was signed on {self.signed_on}")
        not_after("signed_on", on, today)
        return attrs.evolve(self, signed_on=on, signatories=tuple(signatories))

    def track(self, delivered: Progress) -> "Tracking":
        return Tracking(targets=self.targets, delivered=delivered)


def _share(part: int | Fraction, whole: int | Decimal | None) -> Fraction | None:
    """``part`` of ``whole``; None where the whole is nothing or not published."""
    return Fraction(part) / Fraction(whole) if whole else None


@attrs.frozen(kw_only=True)
class Tracking:
    """Targets (a contract's, or several added up) against what was delivered: the shares
    started, completed and invested (above 1 where a district did more than it signed for)."""

    targets: Figures
    delivered: Progress

    @property
    def compounds_started(self) -> Fraction | None:
        return _share(self.delivered.compounds_started, self.targets.compounds)

    @property
    def compounds_completed(self) -> Fraction | None:
        return _share(self.delivered.compounds_completed, self.targets.compounds)

    @property
    def households_completed(self) -> Fraction | None:
        return _share(self.delivered.households_completed, self.targets.households)

    @property
    def investment_completed(self) -> Fraction | None:
        return _share(
            Fraction(self.delivered.investment_completed_yuan), self.targets.investment_yuan
        )


@attrs.frozen(kw_only=True)
class Pairing:
    """A city-level leader paired with a district's work (包联): the whole district, or the
    compounds named."""

    leader: str = attrs.field(validator=not_blank)
    title: str = attrs.field(validator=not_blank)
    district: str = attrs.field(validator=division_code)
    compounds: tuple[str, ...] = attrs.field(
        default=(),
        validator=[
            at_most(MAX_PAIRED_COMPOUNDS, "compounds"),
            unique_by(lambda c: c, "compound"),
            attrs.validators.deep_iterable(code),
        ],
    )
    since: datetime.date

    def check(self, districts: Mapping[str, str], today: datetime.date) -> None:
        """Each compound named is one of the district's (``districts``: the register's compound
        codes to their districts), and the pairing does not begin in the future."""
        not_after("since", self.since, today)
        for i, compound in enumerate(self.compounds):
            if districts.get(compound) != self.district:
                raise FieldValueError(
                    f"compounds[{i}]", f"{compound} is not a compound of district {self.district}"
                )

    def covers(self, compound: str, district: str) -> bool:
        """Whether the leader answers for this compound of ``district``."""
        return district == self.district and (not self.compounds or compound in self.compounds)
