"""Tender packages: one or several compounds' works let as one contract.

A city may bundle a year's projects into one tender for one contractor (e.g. a state-owned firm);
a single compound is a package of one. Every project in a package belongs to the same programme
year, and the package's award names the contractor for all of them.
"""

import datetime
from decimal import Decimal

import attrs

from renovation_core.delivery.participants import Unit, UnitRole
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.validators import code, not_blank, plausible_year, quantity, unique_by

MAX_PACKAGE_PROJECTS = 500


class ProcurementMethod(Labelled):
    """How the contractor was chosen; each maps to the OCDS method codelist."""

    OPEN = ("open", "公开招标")
    INVITED = ("invited", "邀请招标")
    NEGOTIATED = ("negotiated", "竞争性谈判或磋商")
    DIRECT = ("direct", "直接委托")


def _compounds(
    _instance: object, attribute: "attrs.Attribute[tuple[str, ...]]", value: tuple[str, ...]
) -> None:
    if not value:
        raise FieldValueError(attribute.name, "a package holds at least one compound's project")
    if len(value) > MAX_PACKAGE_PROJECTS:
        raise FieldValueError(attribute.name, f"must hold at most {MAX_PACKAGE_PROJECTS} projects")
    for compound in value:
        code(_instance, attribute, compound)


@attrs.frozen(kw_only=True)
class Award:
    """The tender's result: the contractor, how it was chosen, when, and the contract value."""

    contractor: Unit
    method: ProcurementMethod
    awarded_on: datetime.date
    contract_value_yuan: Decimal = attrs.field(validator=quantity(2, positive=True))

    def __attrs_post_init__(self) -> None:
        why = self.contractor.unqualified_for(UnitRole.CONSTRUCTION, self.awarded_on)
        if why is not None:
            raise FieldValueError("contractor", f"cannot be awarded construction work: {why}")


@attrs.frozen(kw_only=True)
class TenderPackage:
    """标段: the compounds whose projects are let together, for the programme year ``year``."""

    code: str = attrs.field(validator=code)
    name: str = attrs.field(validator=not_blank)
    year: int = attrs.field(validator=plausible_year)
    compounds: tuple[str, ...] = attrs.field(
        validator=[_compounds, unique_by(lambda compound: compound, "compound")]
    )
    award: Award | None = None

    def awarded(self, award: Award, today: datetime.date) -> "TenderPackage":
        """The package with its award; a package is awarded once."""
        if self.award is not None:
            raise RuleViolation(
                "already-awarded",
                f"tender package {self.code} was awarded on {self.award.awarded_on}",
            )
        if award.awarded_on > today:
            raise FieldValueError("awarded_on", f"must not be after today ({today})")
        return attrs.evolve(self, award=award)
