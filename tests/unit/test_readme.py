"""The README's Python example runs and prints the 2022 table it shows."""

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).parents[2] / "README.md"


def test_the_readme_example_prints_the_2022_table():
    text = README.read_text("utf-8")
    code = re.search(
        r"```python\n(from renovation_core import actual_annual_plan.*?)```", text, re.S
    )
    shown = re.search(r"```text\n(区.*?)```", text, re.S)
    assert code
    assert shown
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), "README.md", "exec"), {})
    assert out.getvalue() == shown.group(1)
