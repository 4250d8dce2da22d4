"""Who may do what: roles, the scope each role is given, and the two questions every request asks.

A principal is the person or system behind a request. Its role says which kinds of thing it may
do (``may``); its scope says which compounds it may do them to (``covers``): a district officer
works on the compounds of their districts, a street officer on those of their streets. Adapters
ask these two questions and never decide access themselves.
"""

import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.register.geography import division_code, is_division_code, is_local_code
from renovation_core.register.regions import Level, level_of, within
from renovation_core.validators import MAX_DISTRICTS, Validator, not_blank
from renovation_core.validators import code as code_text

MAX_STREETS = 1000


class Role(Labelled):
    CITY_ADMIN = ("city_admin", "市级管理员")
    DISTRICT_OFFICER = ("district_officer", "区级工作人员")
    STREET_OFFICER = ("street_officer", "街道工作人员")
    FINANCE_OFFICER = ("finance_officer", "区财政部门工作人员")
    UTILITY_OPERATOR = ("utility_operator", "专营单位")
    AUDITOR = ("auditor", "审计人员")
    PROVINCE_OFFICER = ("province_officer", "省级工作人员")
    NATIONAL_VIEWER = ("national_viewer", "国家级查看人员")
    RESIDENT = ("resident", "居民代表")
    PUBLIC = ("public", "公众")


class Permission(enum.Enum):
    """A kind of action, independent of which compound it touches."""

    READ_PUBLISHED = "read_published"  # programmes, geography, catalogue, targets, aggregates
    READ_REGISTER = "read_register"  # compounds and their plans, within the principal's scope
    WRITE_REGISTER = "write_register"  # add, change, remove them, within the principal's scope
    READ_FINDINGS = "read_findings"  # consistency findings over the whole register
    LOAD_PROGRAMME = "load_programme"
    READ_AUDIT_LOG = "read_audit_log"
    READ_HANDOVERS = "read_handovers"  # networks handed to operators: an operator sees its own
    READ_FUNDING = "read_funding"  # funding plans, reviews, the ledger, flags and funding reports
    WRITE_FUNDING = "write_funding"  # draft a compound's funding plan and submit it for review
    REVIEW_FUNDING = "review_funding"  # approve or return a budget, for the reviewer's bureau
    WRITE_LEDGER = "write_ledger"  # post payments and their reversals
    READ_STATISTICS = "read_statistics"  # the survey's figures rolled up, and declarations
    DECLARE_FIGURES = "declare_figures"  # submit a region's own figures, where none are kept here
    SUBSCRIBE = "subscribe"  # webhooks of the events the caller may read, to its own systems


_REGISTER_WORK = frozenset(
    {
        Permission.SUBSCRIBE,
        Permission.READ_PUBLISHED,
        Permission.READ_REGISTER,
        Permission.WRITE_REGISTER,
        Permission.READ_HANDOVERS,
        Permission.READ_FUNDING,
        Permission.WRITE_FUNDING,
    }
)
_READ_ALL = frozenset(
    {
        Permission.SUBSCRIBE,
        Permission.READ_PUBLISHED,
        Permission.READ_REGISTER,
        Permission.READ_FINDINGS,
        Permission.READ_HANDOVERS,
        Permission.READ_FUNDING,
        Permission.READ_STATISTICS,
    }
)
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CITY_ADMIN: frozenset(Permission),
    # The district housing bureau (区住建局) also reviews its districts' budgets.
    Role.DISTRICT_OFFICER: _REGISTER_WORK
    | {Permission.REVIEW_FUNDING, Permission.READ_STATISTICS, Permission.DECLARE_FIGURES},
    Role.STREET_OFFICER: _REGISTER_WORK,
    # The district finance bureau reviews budgets and pays; it changes no register entry.
    Role.FINANCE_OFFICER: frozenset(
        {
            Permission.SUBSCRIBE,
            Permission.READ_PUBLISHED,
            Permission.READ_REGISTER,
            Permission.READ_FUNDING,
            Permission.REVIEW_FUNDING,
            Permission.WRITE_LEDGER,
        }
    ),
    Role.UTILITY_OPERATOR: frozenset(
        {Permission.SUBSCRIBE, Permission.READ_PUBLISHED, Permission.READ_HANDOVERS}
    ),
    # Reads everything, writes nothing.
    Role.AUDITOR: _READ_ALL | {Permission.READ_AUDIT_LOG},
    # Reads everything in its province; writes only the province's own figures.
    Role.PROVINCE_OFFICER: _READ_ALL | {Permission.DECLARE_FIGURES},
    Role.NATIONAL_VIEWER: _READ_ALL,
    # A household's representative reads what is published, and its own compound's brief.
    Role.RESIDENT: frozenset({Permission.READ_PUBLISHED}),
    Role.PUBLIC: frozenset({Permission.READ_PUBLISHED}),
}
# Roles whose scope is the whole register rather than a list of places.
_CITY_WIDE = frozenset({Role.CITY_ADMIN, Role.AUDITOR, Role.PROVINCE_OFFICER, Role.NATIONAL_VIEWER})
# Roles a region bounds: a province officer its province (always); a city administrator or
# an auditor a city or province, or, unbounded, the whole deployment.
_REGIONS = {
    Role.PROVINCE_OFFICER: (True, {Level.PROVINCE}),
    Role.CITY_ADMIN: (False, {Level.CITY, Level.PROVINCE}),
    Role.AUDITOR: (False, {Level.CITY, Level.PROVINCE}),
}


def _code_set(codes: Iterable[str]) -> frozenset[str]:
    if isinstance(codes, str):
        raise TypeError("must be a list of codes, not one string")
    return frozenset(codes)


def _codes(check: Callable[[str], bool], each: str, limit: int) -> Validator:
    def validate(_instance: Any, attribute: "attrs.Attribute[Any]", codes: Iterable[str]) -> None:
        codes = list(codes)
        if len(codes) > limit:
            raise FieldValueError(attribute.name, f"must have at most {limit} codes")
        for code in codes:
            if not (isinstance(code, str) and check(code)):
                raise FieldValueError(attribute.name, f"{code!r} is not {each}")

    return validate


@attrs.frozen(kw_only=True)
class CompoundRef:
    """One compound of one programme: what a resident's credential is scoped to. Written
    ``<programme>/<compound>`` (a code holds no ``/``)."""

    programme: str = attrs.field(validator=code_text)
    code: str = attrs.field(validator=code_text)

    @classmethod
    def parse(cls, text: str) -> "CompoundRef":
        programme, slash, compound = text.partition("/")
        if not slash:
            raise FieldValueError("compound", f"{text!r} is not <programme>/<compound>")
        try:
            return cls(programme=programme, code=compound)
        except FieldValueError as error:
            raise FieldValueError("compound", f"{text!r}: {error}") from None

    def __str__(self) -> str:
        return f"{self.programme}/{self.code}"


@attrs.frozen(kw_only=True)
class Principal:
    """The person or system a request acts for.

    ``actor`` names it in the audit log (``key:…`` for an API key, ``user:…`` for a person).
    Each role carries exactly the scope it needs, so a scope cannot be granted by accident: a
    district or finance officer has districts and nothing else, a street officer streets, a utility
    operator its organisation, a resident its compound; the city-wide roles and the public have
    none.
    """

    actor: str = attrs.field(validator=not_blank)
    role: Role
    districts: frozenset[str] = attrs.field(
        default=frozenset(),
        converter=_code_set,
        validator=_codes(is_division_code, "a six-digit district code", MAX_DISTRICTS),
    )
    streets: frozenset[str] = attrs.field(
        default=frozenset(),
        converter=_code_set,
        validator=_codes(is_local_code, "a street code of 7 to 32 digits", MAX_STREETS),
    )
    organisation: str | None = None
    compound: CompoundRef | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(CompoundRef))
    )
    region: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(division_code)
    )

    def __attrs_post_init__(self) -> None:
        required, levels = _REGIONS.get(self.role, (False, set()))
        if self.region is None and required:
            raise FieldValueError("region", f"the role {self.role.code} needs its province")
        if self.region is not None and level_of(self.region) not in levels:
            raise FieldValueError(
                "region",
                f"the role {self.role.code} takes "
                + (" or ".join(sorted(f"a {x.code}'s code" for x in levels)) or "none"),
            )
        needs = {
            Role.DISTRICT_OFFICER: "districts",
            Role.FINANCE_OFFICER: "districts",
            Role.STREET_OFFICER: "streets",
            Role.UTILITY_OPERATOR: "organisation",
            Role.RESIDENT: "compound",
        }.get(self.role)
        for field in ("districts", "streets", "organisation", "compound"):
            given = bool(getattr(self, field))
            if field == needs and not given:
                what = "its compound" if field == "compound" else "at least one"
                raise FieldValueError(field, f"the role {self.role.code} needs {what}")
            if field != needs and given:
                raise FieldValueError(field, f"the role {self.role.code} takes none")
        if self.organisation is not None:
            not_blank(self, attrs.fields(Principal).organisation, self.organisation)

    def may(self, permission: Permission) -> bool:
        """Whether the role allows this kind of action at all."""
        return permission in GRANTS[self.role]

    @property
    def city_wide(self) -> bool:
        """Whether the scope is the whole register (no place filter applies)."""
        return self.role in _CITY_WIDE

    def reaches(self, code: str) -> bool:
        """Whether a region (a programme's city, a district) lies within the principal's region;
        everything does for a principal no region bounds."""
        return self.region is None or within(code, self.region)

    def covers(self, district: str, street: str) -> bool:
        """Whether a compound in ``district`` and ``street`` is within the principal's scope."""
        return self.reaches(district) and (
            self.city_wide or district in self.districts or street in self.streets
        )

    def answers_for(self, district: str) -> bool:
        """Whether the principal answers for a whole district (its reports, its contract): the
        city-wide roles and the district's own officers; a street officer sees only part."""
        return self.reaches(district) and (self.city_wide or district in self.districts)

    def declares_for(self, region: str) -> bool:
        """Whether the principal may submit ``region``'s own figures: a province officer its
        province's, an administrator any region it reaches, a district officer its district's."""
        if self.role is Role.PROVINCE_OFFICER:
            return region == self.region
        return self.may(Permission.DECLARE_FIGURES) and self.answers_for(region)

    def receives(self, operator: str) -> bool:
        """Whether what is handed to ``operator`` is the principal's own: a utility operator
        sees the networks handed to it, wherever they are."""
        return self.role is Role.UTILITY_OPERATOR and self.organisation == operator

    def represents(self, programme: str, compound: str) -> bool:
        """Whether the principal speaks for the households of this compound: a resident's
        credential is its compound's alone."""
        return self.compound == CompoundRef(programme=programme, code=compound)


PUBLIC = Principal(actor="public", role=Role.PUBLIC)
