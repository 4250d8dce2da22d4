"""The schema. SQLAlchemy Core tables, not ORM classes: the domain's frozen attrs objects are
mapped to and from rows explicitly (see ``mapping``), never instrumented.

Every row clients may update carries a ``revision``: a random token replaced on each write, so
an ETag names one version of one resource and never matches another (not even a deleted and
re-created one). Money is stored as integer fen and areas as integer hundredths of a m², so sums
are exact on every backend (SQLite has no decimal type). Columns computed by the core
(eligibility, priority, urgency) are caches of core results, written with the row, so lists can
filter and sort in SQL and reads run no rule again.
"""

from typing import Any

import sqlalchemy as sa

from renovation_api.services.unit_of_work import MAX_ACTOR_LENGTH, MAX_RESOURCE_LENGTH
from renovation_core.delivery import Stage
from renovation_core.register.regions import prefix
from renovation_core.validators import MAX_CODE_LENGTH, MAX_TEXT_LENGTH

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _programme_fk() -> sa.Column[int]:
    return sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    )


def _created_at() -> sa.Column[object]:
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
    )


programmes = sa.Table(
    "programmes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(MAX_CODE_LENGTH), nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("city_code", sa.String(6), nullable=False),
    sa.Column("city_name", sa.Text, nullable=False),
    sa.Column("city_name_en", sa.Text),
    sa.Column("published_on", sa.Date),
    sa.Column("start_year", sa.Integer, nullable=False),
    sa.Column("end_year", sa.Integer, nullable=False),
    sa.Column("eligibility_cutoff_year", sa.Integer, nullable=False),
    sa.Column("first_year_cutoff_year", sa.Integer),
    sa.Column("partial_annual_rows", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("total_compounds", sa.Integer),
    sa.Column("total_buildings", sa.Integer),
    sa.Column("total_floor_area_centi", sa.BigInteger),
    sa.Column("total_households", sa.Integer),
    sa.Column("total_investment_fen", sa.BigInteger),
    sa.Column("provenance_source", sa.Text),
    sa.Column("provenance_synthetic", sa.Boolean),
    sa.Column("provenance_note", sa.Text),
    # The programme's policy as its file gives it (null: the defaults, Wuhai's).
    sa.Column("policy", sa.JSON(none_as_null=True)),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

districts = sa.Table(
    "districts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("code", sa.String(6), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text),
    sa.UniqueConstraint("programme_id", "code"),
)

streets = sa.Table(
    "streets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("district_code", sa.String(6), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("code", sa.String(32), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.UniqueConstraint("programme_id", "code"),
)

communities = sa.Table(
    "communities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("street_code", sa.String(32), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("code", sa.String(32), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.UniqueConstraint("programme_id", "code"),
)

catalogue_items = sa.Table(
    "catalogue_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("code", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("category", sa.String(16), nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("label_en", sa.Text, nullable=False),
    sa.UniqueConstraint("programme_id", "code"),
)

annual_targets = sa.Table(
    "annual_targets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("district_code", sa.String(6)),
    # Null where the published table leaves the figure out.
    sa.Column("compounds", sa.Integer),
    sa.Column("buildings", sa.Integer),
    sa.Column("households", sa.Integer),
    sa.Column("floor_area_centi", sa.BigInteger),
    sa.Column("investment_fen", sa.BigInteger),
)

coverage_targets = sa.Table(
    "coverage_targets",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("category", sa.String(16), nullable=False),
    sa.Column("district_code", sa.String(6)),
    sa.Column("rate", sa.String(16), nullable=False),  # as published: "0.32" keeps its rounding
    sa.Column("compounds", sa.Integer),
)

compounds = sa.Table(
    "compounds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("code", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("district_code", sa.String(6), nullable=False),
    sa.Column("street_code", sa.String(32), nullable=False),
    sa.Column("community_code", sa.String(32)),
    sa.Column("built_year", sa.Integer, nullable=False),
    sa.Column("buildings", sa.Integer, nullable=False),
    sa.Column("households", sa.Integer, nullable=False),
    sa.Column("floor_area_centi", sa.BigInteger, nullable=False),
    sa.Column("property_type", sa.String(32), nullable=False),
    sa.Column("original_property_unit", sa.Text),
    sa.Column("previously_renovated_in", sa.Integer),
    sa.Column("infrastructure", sa.String(16)),
    sa.Column("management", sa.String(16)),
    sa.Column("safety", sa.String(16)),
    sa.Column("assessed_on", sa.Date),
    sa.Column("eligible", sa.Boolean, nullable=False),
    sa.Column("ineligibility", sa.String(128), nullable=False),  # reason codes, comma-separated
    sa.Column("first_year_required", sa.Boolean, nullable=False),
    # core.text_findings: names recorded before the text rule was kept, for the summary's count
    sa.Column("text_findings", sa.SmallInteger, nullable=False, server_default="0"),
    sa.Column("priority_level", sa.String(16)),
    sa.Column("priority_score", sa.Integer),
    sa.Column("urgency", sa.Integer, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "code"),
    sa.Index("ix_compounds_programme_district", "programme_id", "district_code", "code"),
    sa.Index("ix_compounds_programme_urgency", "programme_id", "urgency", "built_year", "code"),
)

plans = sa.Table(
    "plans",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # RESTRICT: a compound with a plan cannot be deleted out from under it.
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
        unique=True,
    ),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("investment_fen", sa.BigInteger, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

plan_items = sa.Table(
    "plan_items",
    metadata,
    sa.Column(
        "plan_id", sa.Integer, sa.ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("item_code", sa.String(MAX_CODE_LENGTH), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
)

idempotency_keys = sa.Table(
    "idempotency_keys",
    metadata,
    # Keys belong to the caller that sent them: one caller can never replay another's answer.
    sa.Column("actor", sa.String(MAX_ACTOR_LENGTH), primary_key=True),
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("status_code", sa.Integer, nullable=False),
    sa.Column("body", sa.LargeBinary, nullable=False),
    sa.Column("location", sa.Text),
    sa.Column("etag", sa.Text),
    # Unix seconds, set by the app: compared the same way on every backend when keys expire.
    sa.Column("stored_at", sa.BigInteger, nullable=False, index=True),
)

instance_settings = sa.Table(
    "instance_settings",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # The key's public half: shown in listings, named in the audit log (``key:<key_id>``).
    sa.Column("key_id", sa.String(32), nullable=False, unique=True),
    # SHA-256 of the secret half; the secret itself is shown once and never stored.
    sa.Column("secret_sha256", sa.String(64), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("districts", sa.Text, nullable=False),  # codes, comma-separated
    sa.Column("streets", sa.Text, nullable=False),
    sa.Column("organisation", sa.Text),
    sa.Column("compound", sa.Text),  # a resident's compound: <programme>/<compound>
    sa.Column("region", sa.String(6)),  # the province or city bounding the key, if any
    sa.Column("created_by", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    _created_at(),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
)

audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    sa.Column("role", sa.String(32), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("resource", sa.String(MAX_RESOURCE_LENGTH), nullable=False),
    # The resource as the API shows it, before and after the write (null when absent).
    sa.Column("before", sa.JSON(none_as_null=True)),
    sa.Column("after", sa.JSON(none_as_null=True)),
    sa.Column("request_id", sa.String(128)),
    sa.Index("ix_audit_events_resource", "resource", "id"),
    sa.Index("ix_audit_events_actor", "actor", "id"),
    sa.Index("ix_audit_events_at", "at"),
)

# The feed of domain events, appended with the write that made them (``storage.events``).
# ``txid`` is the writing transaction's id on PostgreSQL (0 on SQLite, whose writes commit one
# at a time in id order): the feed is ordered by (txid, id) and read only below the oldest
# transaction still running, so no event can appear behind a reader's position.
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column("txid", sa.BigInteger, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("programme", sa.String(MAX_CODE_LENGTH)),
    # The city (or, for a region's events, the region) that bounds who reads it.
    sa.Column("region", sa.String(6)),
    sa.Column("district", sa.String(6)),
    sa.Column("street", sa.String(32)),
    sa.Column("operator", sa.String(MAX_TEXT_LENGTH)),
    sa.Column("resource", sa.String(MAX_RESOURCE_LENGTH), nullable=False),
    sa.Column("etag", sa.String(34)),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Index("ix_events_txid", "txid", "id"),
    sa.Index("ix_events_occurred_at", "occurred_at"),
    # Never reuse an id (SQLite would, once pruning empties the table): a position is for good.
    sqlite_autoincrement=True,
)

# Webhook subscriptions (``webhooks``): an integrator's URL and the event types it wants,
# delivered with the scope of the caller who subscribed (``principal``). ``position`` is how
# far into the feed its deliveries have been queued; ``failures`` the failed attempts in a row.
webhook_subscriptions = sa.Table(
    "webhook_subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("owner", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    sa.Column("principal", sa.JSON, nullable=False),
    sa.Column("url", sa.String(2048), nullable=False),
    sa.Column("types", sa.JSON(none_as_null=True)),
    sa.Column("description", sa.Text),
    sa.Column("enabled", sa.Boolean, nullable=False),
    sa.Column("disabled_reason", sa.Text),
    sa.Column("disabled_at", sa.DateTime(timezone=True)),
    # Encrypted (``webhooks.secrets``): signing needs the secret itself, so it cannot be hashed.
    sa.Column("secret", sa.Text, nullable=False),
    sa.Column("previous_secret", sa.Text),
    sa.Column("previous_until", sa.DateTime(timezone=True)),
    sa.Column("position_txid", sa.BigInteger, nullable=False),
    sa.Column("position_id", sa.BigInteger, nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sqlite_autoincrement=True,  # a number (the audit log's) is one subscription's for good
)

# One event owed to one subscription: queued, leased by a worker while it is attempted,
# and finished (delivered, or failed once its attempts are spent).
webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column(
        "subscription_id",
        sa.Integer,
        sa.ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "event_id", sa.BigInteger, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lease_until", sa.DateTime(timezone=True)),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    _created_at(),
    sa.Index("ix_webhook_deliveries_status", "status", "next_attempt_at"),
    sa.Index("ix_webhook_deliveries_subscription_id", "subscription_id", "id"),
)

# The delivery log: every attempt, its answer's status and latency, and a short excerpt of the
# answer (never the whole of it).
webhook_attempts = sa.Table(
    "webhook_attempts",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column(
        "delivery_id",
        sa.BigInteger,
        sa.ForeignKey("webhook_deliveries.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "subscription_id",
        sa.Integer,
        sa.ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("event_id", sa.BigInteger, nullable=False),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("attempt", sa.Integer, nullable=False),
    sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status_code", sa.Integer),
    sa.Column("latency_ms", sa.Integer, nullable=False),
    sa.Column("delivered", sa.Boolean, nullable=False),
    sa.Column("error", sa.String(200)),
    sa.Column("excerpt", sa.String(256)),
    sa.Index("ix_webhook_attempts_subscription_id", "subscription_id", "id"),
)

tender_packages = sa.Table(
    "tender_packages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    sa.Column("code", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    # The core's TenderPackage, whole: written and read only through the core's converter.
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "code"),
)

projects = sa.Table(
    "projects",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    # RESTRICT: a compound with a project cannot be deleted out from under it.
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
    ),
    sa.Column("year", sa.Integer, nullable=False),
    # Copies of the record's stage and package, so lists filter in SQL; of the days it first
    # reached construction, completion and acceptance, so the survey sums in SQL; of its
    # budget and the day its works were let, so the database finds works let beyond the money
    # approved (core.funding.supervise); and of the day its design was approved and its first
    # acceptance meeting's day and outcome, so the city's assessment counts in SQL.
    sa.Column("stage", sa.String(32), nullable=False),
    sa.Column("started_on", sa.Date),
    sa.Column("completed_on", sa.Date),
    sa.Column("accepted_on", sa.Date),
    sa.Column("let_on", sa.Date),
    sa.Column("budget_fen", sa.BigInteger, nullable=False),
    sa.Column("approved_on", sa.Date),
    sa.Column("first_acceptance_on", sa.Date),
    sa.Column("first_acceptance_passed", sa.Boolean),
    sa.Column(
        "tender_package_id",
        sa.Integer,
        sa.ForeignKey("tender_packages.id", ondelete="RESTRICT"),
    ),
    # The core's Project, whole, history included: one aggregate, read and written as one.
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("compound_id", "year"),
    # A compound is renovated once: at most one project that is not cancelled.
    sa.Index(
        "ix_projects_live_compound",
        "compound_id",
        unique=True,
        sqlite_where=sa.text("stage != 'cancelled'"),
        postgresql_where=sa.text("stage != 'cancelled'"),
    ),
    sa.Index("ix_projects_programme_stage", "programme_id", "stage"),
    # The works let and not cancelled, with their budget: what the gap flag sets against the
    # money approved, read without the records.
    sa.Index(
        "ix_projects_let",
        "programme_id",
        "compound_id",
        "budget_fen",
        sqlite_where=sa.text("let_on IS NOT NULL AND stage != 'cancelled'"),
        postgresql_where=sa.text("let_on IS NOT NULL AND stage != 'cancelled'"),
    ),
)


def live(stage: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
    """A project not cancelled, its stage set against a literal as the partial indexes'
    conditions are: SQLite uses such an index for a statement only where it can see the
    condition holds, which a bound parameter hides (the funding flags' choice took 250 ms for
    70 at 220,000 compounds)."""
    return stage != sa.literal_column(f"'{Stage.CANCELLED.code}'")


def in_region(code: sa.ColumnElement[str], region: str) -> sa.ColumnElement[bool]:
    """A GB/T 2260 code within ``region`` (``core.within``: it begins with the region's
    digits), the digits a literal: a deployment has few regions, and a statement built for one
    is reused."""
    return code.startswith(sa.literal_column(f"'{prefix(region)}'"), autoescape=False)


def flagged(money_flags: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
    """A funding whose money raises a flag by itself, written as ix_fundings_flagged's
    condition is (a literal, for the same reason)."""
    return money_flags > sa.literal_column("0")


# The days a project's major events happened (in China), copied from its record on every
# write, so that a month's report reads only the projects with an event in the month.
major_events = sa.Table(
    "major_events",
    metadata,
    sa.Column(
        "project_id",
        sa.Integer,
        sa.ForeignKey("projects.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("number", sa.Integer, primary_key=True),
    sa.Column("occurred_on", sa.Date, nullable=False),
    sa.Index("ix_major_events_occurred_on", "occurred_on"),
)

fundings = sa.Table(
    "fundings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _programme_fk(),
    # RESTRICT: a compound's funding, once reviewed or paid from, is a record to keep.
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
        unique=True,
    ),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    # The core's Funding, whole (plan, submissions, reviews, the approved version).
    sa.Column("record", sa.JSON, nullable=False),
    # core.funding.money_flags of the record and its ledger, counted with each write to either,
    # and the approved version's total: so that the flags are judged only on the compounds
    # whose money raises one or whose works were let beyond the money approved.
    sa.Column("money_flags", sa.Integer, nullable=False, server_default="0"),
    sa.Column("approved_fen", sa.BigInteger, nullable=False, server_default="0"),
    # Replaced on every change, a payment included: payments from one funding are serialised.
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.Index("ix_fundings_programme_year", "programme_id", "year"),
    sa.Index("ix_fundings_approved", "compound_id", "approved_fen"),
    sa.Index(
        "ix_fundings_flagged",
        "programme_id",
        sqlite_where=sa.text("money_flags > 0"),
        postgresql_where=sa.text("money_flags > 0"),
    ),
)

# What each source funds of a funding, as planned and as approved (the sums of its plan's and
# its approved version's lines, copied from its record on every write), so that the funding
# report is summed by the database.
funding_amounts = sa.Table(
    "funding_amounts",
    metadata,
    sa.Column(
        "funding_id",
        sa.Integer,
        sa.ForeignKey("fundings.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("source", sa.String(32), primary_key=True),
    sa.Column("planned_fen", sa.BigInteger, nullable=False),
    sa.Column("approved_fen", sa.BigInteger, nullable=False),
)

# Append-only: the migration adds triggers that refuse UPDATE and DELETE on every backend.
ledger_entries = sa.Table(
    "ledger_entries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "funding_id",
        sa.Integer,
        sa.ForeignKey("fundings.id", ondelete="RESTRICT"),
        nullable=False,
    ),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("line", sa.Integer, nullable=False),
    sa.Column("source", sa.String(32), nullable=False),
    sa.Column("paid_on", sa.Date, nullable=False),
    sa.Column("payee", sa.Text, nullable=False),
    sa.Column("amount_fen", sa.BigInteger, nullable=False),
    sa.Column("purpose", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("document", sa.Text, nullable=False),
    sa.Column("recorded_on", sa.Date, nullable=False),
    sa.Column("recorded_by", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    sa.Column("reverses", sa.Integer),
    sa.Column("reason", sa.Text),
    _created_at(),
    sa.UniqueConstraint("funding_id", "number"),
)

# A compound's households (the core's HouseholdRegister, whole): replaced as one, and gone
# with the compound (a vote keeps its own copy of its electorate).
household_registers = sa.Table(
    "household_registers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

# A consent vote (the core's ConsentVote, with its electorate fixed at opening and its ballots).
consent_votes = sa.Table(
    "consent_votes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
    ),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("compound_id", "number"),
)

# A compound's residents' committee (the core's Committee), replaced whole as members change.
committees = sa.Table(
    "committees",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

# A compound's menu (the core's Menu, with its orders): one per compound, kept as a record.
menus = sa.Table(
    "menus",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
        unique=True,
    ),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

# A programme's survey (the core's Survey: its questions and publication).
surveys = sa.Table(
    "surveys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("code", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "code"),
)

# One household's response to a survey (the core's Response); the unique key is the rule of
# one response per household, which settles a race between two.
survey_responses = sa.Table(
    "survey_responses",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "survey_id", sa.Integer, sa.ForeignKey("surveys.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="RESTRICT"),
        nullable=False,
        index=True,
    ),
    sa.Column("household", sa.String(200), nullable=False),
    sa.Column("answered_on", sa.Date, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    _created_at(),
    sa.UniqueConstraint("survey_id", "compound_id", "household"),
)

# One version of a district's monthly progress report (the core's MonthlyReport); a correction
# is the next version, so the unique key is also the rule of one report per district and month.
monthly_reports = sa.Table(
    "monthly_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("district_code", sa.String(6), nullable=False),
    sa.Column("month", sa.String(7), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "district_code", "month", "version"),
)

# A compound's aftercare record (the core's Aftercare): management modes, elevators, its fund.
aftercare = sa.Table(
    "aftercare",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    # Aftercare.managed_from and .funded_from, kept beside the record for coverage in SQL
    sa.Column("managed_from", sa.Date),
    sa.Column("funded_from", sa.Date),
)

# The city's responsibility contract with a district for a year (the core's
# ResponsibilityContract): its targets, and once signed, the day and the signatories.
responsibility_contracts = sa.Table(
    "responsibility_contracts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("district_code", sa.String(6), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "district_code", "year"),
)

# A city leader's pairing with a district's work (the core's Pairing); ended by deleting it,
# the audit log keeping who answered for what, when.
pairings = sa.Table(
    "pairings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("district_code", sa.String(6), nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.Index("ix_pairings_programme_district", "programme_id", "district_code"),
    sqlite_autoincrement=True,  # a number (the audit log's) is one pairing's for good
)

# The city's assessment of a year (the core's Assessment): facts, weights and pool, as decided.
assessments = sa.Table(
    "assessments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
    sa.UniqueConstraint("programme_id", "year"),
)

# A compound's nomination as a demonstration project (the core's Nomination): one at most.
nominations = sa.Table(
    "nominations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "compound_id",
        sa.Integer,
        sa.ForeignKey("compounds.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("revision", sa.String(32), nullable=False),
    _created_at(),
)

# A bulk import of a compound inventory: who sent which file, how it is to be imported, and,
# once it has run, its report (or why it failed). The file itself is not kept.
imports = sa.Table(
    "imports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(16), nullable=False),
    sa.Column("filename", sa.String(MAX_TEXT_LENGTH)),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("submitted_by", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    sa.Column("report", sa.JSON),
    sa.Column("failure", sa.Text),
    _created_at(),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("sha256", sa.String(64)),  # the file's, hex; none for an import before 0018
)

# What an import wrote, row by row: its audit trail, one event per import (on its resource)
# and this list beside it. A compound created: its fields as the row gave them; replaced: the
# fields that changed, before and after; a plan added: the plan.
import_changes = sa.Table(
    "import_changes",
    metadata,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
    sa.Column(
        "import_id", sa.Integer, sa.ForeignKey("imports.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("row", sa.Integer, nullable=False),
    sa.Column("compound", sa.String(MAX_CODE_LENGTH), nullable=False),
    sa.Column("record", sa.String(16), nullable=False),  # compound | plan
    sa.Column("action", sa.String(16), nullable=False),  # create | replace
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON, nullable=False),
    sa.Index("ix_import_changes_import", "import_id", "id"),
    sa.Index("ix_import_changes_compound", "compound", "id"),
)

# A plan proposal (科学编制): what it was asked, and once the solver answered, what it found.
# ``deadline``: a proposal still running after it was abandoned by the worker running it.
plan_proposals = sa.Table(
    "plan_proposals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "programme_id",
        sa.Integer,
        sa.ForeignKey("programmes.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("inputs", sa.JSON, nullable=False),
    sa.Column("result", sa.JSON),
    sa.Column("failure", sa.Text),
    sa.Column("submitted_by", sa.String(MAX_ACTOR_LENGTH), nullable=False),
    _created_at(),
    sa.Column("deadline", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    # A withdrawn proposal's number is never given again: its solver, stopping, writes to it.
    sqlite_autoincrement=True,
)

# A province as its file describes it (the core's Region, its cities and their districts), kept
# whole: the regions figures roll up along.
provinces = sa.Table(
    "provinces",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(6), nullable=False, unique=True),
    sa.Column("record", sa.JSON, nullable=False),
    _created_at(),
)

# One version of a region's declared figures for a month (the core's Declaration); as for
# monthly reports, the unique key is the rule of one declaration per region and month.
declarations = sa.Table(
    "declarations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("region_code", sa.String(6), nullable=False),
    sa.Column("month", sa.String(7), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    _created_at(),
    sa.UniqueConstraint("region_code", "month", "version"),
)
