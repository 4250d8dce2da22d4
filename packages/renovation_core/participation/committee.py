"""The residents' renovation committee (小区改造委员会): who speaks for a compound's residents.

Its members are households of the compound, not names; one chairs it. A project leaves
consultation for design only once the committee is formed, and the committee confirms the plan
the residents' orders propose.
"""

import datetime

import attrs

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.participation.households import HouseholdRegister, household_key
from renovation_core.validators import at_most, not_after, unique_by

MIN_MEMBERS = 3
MAX_MEMBERS = 50


class CommitteeRole(Labelled):
    CHAIR = ("chair", "主任")
    VICE_CHAIR = ("vice_chair", "副主任")
    MEMBER = ("member", "委员")


@attrs.frozen(kw_only=True)
class CommitteeMember:
    household: str = attrs.field(validator=household_key)
    role: CommitteeRole


def _members(_instance: object, _attribute: object, value: tuple[CommitteeMember, ...]) -> None:
    if len(value) < MIN_MEMBERS:
        raise FieldValueError("members", f"a committee has at least {MIN_MEMBERS} members")
    chairs = sum(m.role is CommitteeRole.CHAIR for m in value)
    if chairs != 1:
        raise FieldValueError("members", f"a committee has one chair, not {chairs}")


@attrs.frozen(kw_only=True)
class Committee:
    formed_on: datetime.date
    members: tuple[CommitteeMember, ...] = attrs.field(
        validator=[
            at_most(MAX_MEMBERS, "members"),
            unique_by(lambda m: m.household, "household"),
            _members,
        ]
    )

    def formed_by(self, day: datetime.date) -> bool:
        return self.formed_on <= day

    def check(
        self,
        register: HouseholdRegister,
        today: datetime.date,
        relied_on: datetime.date | None = None,
    ) -> None:
        """Refuse a committee formed in the future, after the day something relied on it being
        formed (``relied_on``: the design's start, the plan's confirmation), or with a member
        who is not a household of the compound."""
        not_after("formed_on", self.formed_on, today)
        if relied_on is not None and self.formed_on > relied_on:
            raise RuleViolation(
                "committee-relied-on",
                f"the committee acted as formed on {relied_on}; it cannot be re-dated to "
                f"{self.formed_on}",
            )
        for i, member in enumerate(self.members):
            if not register.holds(member.household):
                raise FieldValueError(
                    f"members[{i}].household",
                    f"{member.household} is not a household of the compound",
                )


def require_formed(committee: Committee | None, on: datetime.date, needed_for: str) -> None:
    """Refuse what only a committee formed by ``on`` may do or allow."""
    if committee is None or not committee.formed_by(on):
        raise RuleViolation(
            "committee-missing",
            f"{needed_for} once the residents' renovation committee is formed; none was by {on}",
        )
