"""The HTTP API and the page, on an ephemeral port, against a small in-memory store."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any, Iterator

import pytest

from dateline.web.catalog import Catalog
from dateline.web.server import make_server
from test_export_samples import MemoryStore


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    store = MemoryStore()
    server = make_server("memory:", "127.0.0.1", 0, catalog=Catalog("memory:", opener=lambda: store))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def get(base: str, path: str) -> tuple[int, Any, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as resp:
            body = resp.read().decode("utf-8")
            ctype = resp.headers["Content-Type"]
            status = resp.status
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8")
        ctype = err.headers["Content-Type"]
        status = err.code
    return status, (json.loads(body) if ctype.startswith("application/json") else body), ctype


def test_events_list_and_filters(base_url: str) -> None:
    status, data, _ = get(base_url, "/api/events")
    assert status == 200 and data["total"] == 2
    assert {e["event_id"] for e in data["events"]} == {"1", "2"}
    assert get(base_url, "/api/events?type=battles")[1]["total"] == 1
    assert get(base_url, "/api/events?type=Shelling/artillery/missile%20attack")[1]["events"][0]["event_id"] == "1"
    assert get(base_url, "/api/events?from=2025-03-03")[1]["total"] == 1
    assert get(base_url, "/api/events?to=2025-03")[1]["total"] == 2
    assert get(base_url, "/api/events?bbox=36,34,37,35")[1]["total"] == 1  # the unlocated one is out
    assert get(base_url, "/api/events?q=qarat%20civilians")[1]["total"] == 1
    assert get(base_url, "/api/events?story=s1")[1]["total"] == 2
    assert get(base_url, "/api/events?document=doc-b")[1]["events"][0]["event_id"] == "2"
    assert len(get(base_url, "/api/events?limit=1")[1]["events"]) == 1


@pytest.mark.parametrize("path", ["/api/events?bbox=1,2", "/api/events?limit=x", "/api/events?from=March",
                                  "/api/events?limit=0", "/api/search", "/api/timeline?max_dates=-3"])
def test_bad_requests_are_json_400(base_url: str, path: str) -> None:
    status, data, ctype = get(base_url, path)
    assert status == 400 and ctype.startswith("application/json")
    assert data["status"] == 400 and data["error"]


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/documents/nope", "/api/nothing", "/nope.html",
                                  "/static/../catalog.py"])
def test_unknown_paths_are_404(base_url: str, path: str) -> None:
    status, data, _ = get(base_url, path)
    assert status == 404
    if isinstance(data, dict):
        assert data["status"] == 404


def test_event_detail_has_field_evidence(base_url: str) -> None:
    status, ev, _ = get(base_url, "/api/events/1")
    assert status == 200 and ev["event_id"] == "1" and ev["contested"] is True
    fields = {f["field"]: f for f in ev["fields"]}
    assert fields["actor1"]["span"]["text"] == "Government troops"
    assert fields["date"]["span"]["text"] == "on Monday"
    assert fields["actor2"]["span"] is None  # inferred, no mention
    reports = {r["doc_id"]: r for r in ev["reports"]}
    assert reports["doc-a"]["available"] and reports["doc-a"]["fields"]
    assert reports["doc-c"]["available"] is False  # not stored: shown from its evidence only


def test_document_text_and_mentions(base_url: str) -> None:
    status, doc, _ = get(base_url, "/api/documents/doc-a")
    assert status == 200
    text = doc["text"]
    assert doc["mentions"], "marks expected"
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert {m["kind"] for m in doc["mentions"]} >= {"event", "place"}
    status, docs, _ = get(base_url, "/api/documents")
    assert status == 200 and docs["total"] == 2 and {d["id"] for d in docs["documents"]} == {"doc-a", "doc-b"}


def test_stories_search_and_openapi(base_url: str) -> None:
    stories = get(base_url, "/api/stories")[1]
    assert stories["stories"][0]["story_id"] == "s1" and stories["stories"][0]["events"] == 2
    found = get(base_url, "/api/search?q=Qarat")[1]
    assert found["sentences"][0]["doc_id"] == "doc-a" and found["events"][0]["event_id"] == "1"
    spec = get(base_url, "/api/openapi.json")[1]
    assert spec["openapi"].startswith("3.") and "/api/events/{id}" in spec["paths"]


def test_timeline_and_basemap(base_url: str) -> None:
    status, tl, _ = get(base_url, "/api/timeline?max_dates=5")
    assert status == 200 and tl["entries"]
    assert all(e["date"] and e["sentences"] and e["doc_ids"] for e in tl["entries"])
    assert [e["date"] for e in tl["entries"]] == sorted(e["date"] for e in tl["entries"])
    assert get(base_url, "/api/timeline?story=missing")[0] == 404
    status, bm, _ = get(base_url, "/api/basemap?cells=60")
    assert status == 200 and bm["cells"] and bm["labels"]
    lo_lon, lo_lat, hi_lon, hi_lat = bm["bbox"]
    assert lo_lon < 36.9443 < hi_lon and lo_lat < 34.1501 < hi_lat  # centred on the located event


def test_page_and_static_files(base_url: str) -> None:
    status, html, ctype = get(base_url, "/")
    assert status == 200 and ctype.startswith("text/html") and 'src="/static/app.js"' in html
    status, js, ctype = get(base_url, "/static/app.js")
    assert status == 200 and "javascript" in ctype and "/api/events" in js
    assert "http://" not in js.replace("http://www.w3.org/2000/svg", "")  # nothing from the internet


def test_api_on_a_real_sqlite_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same API functions over the embedded store, with fusion done by the store."""
    from dateline.batch import store_extractions
    from dateline.store import open_store
    from dateline.web import api
    from test_export_samples import sample_extractions

    url = f"sqlite:///{tmp_path / 'web.db'}"
    with open_store(url) as store:
        assert store_extractions(store, sample_extractions()).added == 2
    cat = Catalog(url)
    events = api.list_events(cat, {})["events"]
    assert events and {d for e in events for d in e["documents"]} == {"doc-a", "doc-b"}
    detail = api.get_event(cat, events[0]["event_id"])
    assert detail["reports"] and all(r["available"] and r["fields"] for r in detail["reports"])
    docs = api.list_documents(cat, {})
    assert docs["total"] == 2 and sum(d["events"] for d in docs["documents"]) >= 2
    doc = api.get_document(cat, "doc-a")
    assert doc["text"].startswith("Ridgefield") and doc["mentions"]
    hits = api.search(cat, {"q": ["shelled"]})
    assert hits["sentences"] and hits["sentences"][0]["doc_id"] == "doc-a"
    with pytest.raises(api.ApiError) as err:
        api.get_event(cat, "no-such-event")
    assert err.value.status == 404


def test_read_only_methods_and_head(base_url: str) -> None:
    req = urllib.request.Request(base_url + "/api/events", data=b"{}", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 405 and json.loads(err.value.read())["status"] == 405
    with urllib.request.urlopen(urllib.request.Request(base_url + "/api/stories", method="HEAD"), timeout=10) as r:
        assert r.status == 200 and r.read() == b""
