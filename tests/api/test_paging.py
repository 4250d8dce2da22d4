"""Every list is paged alike: page_size, an opaque cursor, next_cursor until the last page."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem


def survey(code: str) -> dict[str, Any]:
    question = {"code": "q", "text": "总体满意度", "kind": "rating"}
    return {"code": code, "title": "满意度", "opened_on": "2022-11-20", "questions": [question]}


def test_a_list_is_read_a_page_at_a_time_to_its_end(client: TestClient[Any]) -> None:
    for code in ("s-1", "s-2", "s-3"):
        assert client.post(f"{WUHAI}/surveys", json=survey(code)).status_code == 201
    seen, params = [], {"page_size": 2}
    while True:
        page = client.get(f"{WUHAI}/surveys", params=params)
        assert page.status_code == 200, page.text
        seen += [item["code"] for item in page.json()["items"]]
        assert len(page.json()["items"]) <= 2
        if not (cursor := page.json()["next_cursor"]):
            break
        params = {"page_size": 2, "cursor": cursor}
    assert seen == ["s-1", "s-2", "s-3"]


def test_a_cursor_serves_only_the_list_it_was_issued_for(client: TestClient[Any]) -> None:
    for code in ("s-1", "s-2"):
        client.post(f"{WUHAI}/surveys", json=survey(code))
    cursor = client.get(f"{WUHAI}/surveys", params={"page_size": 1}).json()["next_cursor"]
    assert cursor
    elsewhere = client.get(f"{WUHAI}/assessments", params={"cursor": cursor})
    problem(elsewhere, 400, "invalid-cursor")


def test_a_record_added_between_two_pages_moves_none_across_the_edge(
    client: TestClient[Any],
) -> None:
    for code in ("s-2", "s-3", "s-4"):
        client.post(f"{WUHAI}/surveys", json=survey(code)).raise_for_status()
    first = client.get(f"{WUHAI}/surveys", params={"page_size": 2}).json()
    assert [item["code"] for item in first["items"]] == ["s-2", "s-3"]
    client.post(f"{WUHAI}/surveys", json=survey("s-1")).raise_for_status()  # sorts first
    params = {"page_size": 2, "cursor": first["next_cursor"]}
    rest = client.get(f"{WUHAI}/surveys", params=params).json()
    assert ([item["code"] for item in rest["items"]], rest["next_cursor"]) == (["s-4"], None)
