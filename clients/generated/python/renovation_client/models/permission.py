from enum import StrEnum


class Permission(StrEnum):
    DECLARE_FIGURES = "declare_figures"
    LOAD_PROGRAMME = "load_programme"
    READ_AUDIT_LOG = "read_audit_log"
    READ_FINDINGS = "read_findings"
    READ_FUNDING = "read_funding"
    READ_HANDOVERS = "read_handovers"
    READ_PUBLISHED = "read_published"
    READ_REGISTER = "read_register"
    READ_STATISTICS = "read_statistics"
    REVIEW_FUNDING = "review_funding"
    SUBSCRIBE = "subscribe"
    WRITE_FUNDING = "write_funding"
    WRITE_LEDGER = "write_ledger"
    WRITE_REGISTER = "write_register"

    def __str__(self) -> str:
        return str(self.value)
