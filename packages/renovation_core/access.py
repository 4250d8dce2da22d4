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
from renovation_core.register.geography import is_division_code, is_local_code
from renovation_core.validators import MAX_DISTRICTS, Validator, not_blank

MAX_STREETS = 1000


class Role(Labelled):
    CITY_ADMIN = ("city_admin", "市级管理员")
    DISTRICT_OFFICER = ("district_officer", "区级工作人员")
    STREET_OFFICER = ("street_officer", "街道工作人员")
    FINANCE_OFFICER = ("finance_officer", "区财政部门工作人员")
    UTILITY_OPERATOR = ("utility_operator", "专营单位")
    AUDITOR = ("auditor", "审计人员")
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


_REGISTER_WORK = frozenset(
    {
        Permission.READ_PUBLISHED,
        Permission.READ_REGISTER,
        Permission.WRITE_REGISTER,
        Permission.READ_HANDOVERS,
        Permission.READ_FUNDING,
        Permission.WRITE_FUNDING,
    }
)
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CITY_ADMIN: frozenset(Permission),
    # The district housing bureau (区住建局) also reviews its districts' budgets.
    Role.DISTRICT_OFFICER: _REGISTER_WORK | {Permission.REVIEW_FUNDING},
    Role.STREET_OFFICER: _REGISTER_WORK,
    # The district finance bureau reviews budgets and pays; it changes no register entry.
    Role.FINANCE_OFFICER: frozenset(
        {
            Permission.READ_PUBLISHED,
            Permission.READ_REGISTER,
            Permission.READ_FUNDING,
            Permission.REVIEW_FUNDING,
            Permission.WRITE_LEDGER,
        }
    ),
    Role.UTILITY_OPERATOR: frozenset({Permission.READ_PUBLISHED, Permission.READ_HANDOVERS}),
    # Reads everything, writes nothing.
    Role.AUDITOR: frozenset(
        {
            Permission.READ_PUBLISHED,
            Permission.READ_REGISTER,
            Permission.READ_FINDINGS,
            Permission.READ_AUDIT_LOG,
            Permission.READ_HANDOVERS,
            Permission.READ_FUNDING,
        }
    ),
    Role.PUBLIC: frozenset({Permission.READ_PUBLISHED}),
}
# Roles whose scope is the whole register rather than a list of places.
_CITY_WIDE = frozenset({Role.CITY_ADMIN, Role.AUDITOR})


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
class Principal:
    """The person or system a request acts for.

    ``actor`` names it in the audit log (``key:…`` for an API key, ``user:…`` for a person).
    Each role carries exactly the scope it needs, so a scope cannot be granted by accident: a
    district or finance officer has districts and nothing else, a street officer streets, a utility
    operator its organisation; the city-wide roles and the public have none.
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

    def __attrs_post_init__(self) -> None:
        needs = {
            Role.DISTRICT_OFFICER: "districts",
            Role.FINANCE_OFFICER: "districts",
            Role.STREET_OFFICER: "streets",
            Role.UTILITY_OPERATOR: "organisation",
        }.get(self.role)
        for field in ("districts", "streets", "organisation"):
            given = bool(getattr(self, field))
            if field == needs and not given:
                raise FieldValueError(field, f"the role {self.role.code} needs at least one")
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

    def covers(self, district: str, street: str) -> bool:
        """Whether a compound in ``district`` and ``street`` is within the principal's scope."""
        return self.city_wide or district in self.districts or street in self.streets

    def answers_for(self, district: str) -> bool:
        """Whether the principal answers for a whole district (its reports, its contract): the
        city-wide roles and the district's own officers; a street officer sees only part."""
        return self.city_wide or district in self.districts

    def receives(self, operator: str) -> bool:
        """Whether what is handed to ``operator`` is the principal's own: a utility operator
        sees the networks handed to it, wherever they are."""
        return self.role is Role.UTILITY_OPERATOR and self.organisation == operator


PUBLIC = Principal(actor="public", role=Role.PUBLIC)
