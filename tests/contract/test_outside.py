"""The bar an integrator's tool sets (issue 23): schemathesis, given only the published spec and
a city administrator's key on a deployment in use, finds nothing wrong and reaches a success on
at least nine operations in ten."""

from pathlib import Path

from tests.contract.outside import run


def test_an_outside_contract_tool_finds_its_way(tmp_path: Path) -> None:
    outcome = run(tmp_path)
    print(outcome.report())
    assert outcome.returncode == 0, outcome.output[-20000:]
    assert len(outcome.succeeded) >= 0.9 * len(outcome.statuses), outcome.report()
