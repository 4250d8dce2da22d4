"""Joint completion acceptance (联合竣工验收): who must be present for it to count.

The responsible parties (client, contractor, supervisor), the operator of every utility network the
works touched, the street, the community and the residents' representatives. A meeting without one
of them is not a joint acceptance, whatever its outcome.
"""

import datetime
from collections.abc import Iterable

import attrs

from renovation_core.delivery.networks import Network
from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.validators import at_most, not_blank, note

MAX_ATTENDEES = 200


class AttendeeRole(Labelled):
    CLIENT = ("client", "建设单位")
    CONTRACTOR = ("contractor", "施工单位")
    SUPERVISOR = ("supervisor", "监理单位")
    DESIGNER = ("designer", "设计单位")
    UTILITY_OPERATOR = ("utility_operator", "专营单位")
    STREET = ("street", "街道")
    COMMUNITY = ("community", "社区")
    RESIDENTS = ("residents", "居民代表")


MANDATORY = (
    AttendeeRole.CLIENT,
    AttendeeRole.CONTRACTOR,
    AttendeeRole.SUPERVISOR,
    AttendeeRole.STREET,
    AttendeeRole.COMMUNITY,
    AttendeeRole.RESIDENTS,
)


@attrs.frozen(kw_only=True)
class Attendee:
    """One person at the acceptance, for one party; a utility operator's names its network."""

    role: AttendeeRole
    name: str = attrs.field(validator=not_blank)
    organisation: str = attrs.field(validator=not_blank)
    network: Network | None = None

    def __attrs_post_init__(self) -> None:
        operator = self.role is AttendeeRole.UTILITY_OPERATOR
        if operator and self.network is None:
            raise FieldValueError("network", "a utility operator attends for its network")
        if not operator and self.network is not None:
            raise FieldValueError("network", "only a utility operator attends for a network")


@attrs.frozen(kw_only=True)
class Acceptance:
    """The record of one acceptance meeting; a failed one is kept, and the works accepted later."""

    number: int
    held_on: datetime.date
    attendees: tuple[Attendee, ...] = attrs.field(validator=at_most(MAX_ATTENDEES, "people"))
    passed: bool
    remarks: str | None = attrs.field(default=None, validator=attrs.validators.optional(note))

    def absent(self, networks: Iterable[Network]) -> tuple[str, ...]:
        """The mandatory parties nobody attended for, as ``role`` or ``utility_operator:network``
        codes, in the order the rule lists them."""
        roles = {a.role for a in self.attendees}
        served = {a.network for a in self.attendees}
        return tuple(r.code for r in MANDATORY if r not in roles) + tuple(
            f"{AttendeeRole.UTILITY_OPERATOR.code}:{n.code}" for n in networks if n not in served
        )
