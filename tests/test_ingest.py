"""Readers, boilerplate and per-item errors of dateline.ingest."""
from __future__ import annotations

import io
import json
from pathlib import Path

from dateline.ingest import read_paths
from dateline.ingest.boilerplate import boilerplate_ranges
from dateline.ingest.html import parse_html


def _docs(tmp_path: Path, name: str, content: bytes | str):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(read_paths([str(p)]))


def test_txt_keeps_offsets_and_marks_boilerplate(tmp_path: Path) -> None:
    text = ("Rebels Take Town In Dawn Raid\n"
            "Fighters seized the town of Qarya on Monday, residents said.\n"
            "A man walks past a burned car in Qarya after the fighting.\n"
            "A man walks past a burned car in Qarya after the fighting.\n"
            "Jane Roe via Getty Images\n"
            "3 min read\n"
            "Share Tweet Email\n"
            "The army said it would retake the town.\n"
            "Also on Example News:\n")
    [doc] = _docs(tmp_path, "raid.txt", text)
    assert doc.id == "raid" and doc.text == text and not doc.errors
    assert doc.title == "Rebels Take Town In Dawn Raid"
    removed = [text[s:e] for s, e in doc.boilerplate]
    assert "3 min read" in removed and "Share Tweet Email" in removed
    assert "Jane Roe via Getty Images" in removed and "Also on Example News:" in removed
    assert removed.count("A man walks past a burned car in Qarya after the fighting.") == 2
    clean = doc.clean_text
    assert len(clean) == len(text)
    assert "Fighters seized the town of Qarya" in clean and "3 min read" not in clean
    assert "The army said it would retake the town." in clean


def test_headline_repeated_below_is_kept_once() -> None:
    text = "Rebels assess gains of offensive\n\nRebels assess gains of offensive\nBody text here."
    ranges = boilerplate_ranges(text)
    assert [text[s:e] for s, e in ranges] == ["Rebels assess gains of offensive"]
    assert ranges[0][0] > 0


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = """<!doctype html><html><head><title>Site | Clashes</title>
    <meta property="og:title" content="Clashes erupt near the border">
    <meta property="article:published_time" content="2023-05-04T08:00:00Z">
    <meta property="og:site_name" content="Example Wire">
    <meta property="og:url" content="https://example.org/a/1">
    <script>var x = "<p>not text</p>";</script></head>
    <body><nav><a>Home</a><a>World</a></nav>
    <article><h1>Clashes erupt near the border</h1>
    <p>Two soldiers were killed on Tuesday in clashes near the border, officials said.</p>
    <div class="share-buttons">Share on Facebook</div>
    <figure><img src="x.jpg"><figcaption>A photo caption.</figcaption></figure>
    <p>The ministry blamed &quot;armed groups&quot; for the attack.</p></article>
    <footer>Copyright Example Wire</footer></body></html>"""
    [doc] = _docs(tmp_path, "page.html", html)
    assert not doc.errors
    assert doc.title == "Clashes erupt near the border"
    assert doc.published == "2023-05-04T08:00:00"
    assert doc.source == "Example Wire" and doc.url == "https://example.org/a/1"
    assert "Two soldiers were killed on Tuesday" in doc.text
    assert 'The ministry blamed "armed groups"' in doc.text
    for junk in ("Home", "Share on Facebook", "A photo caption", "Copyright", "not text"):
        assert junk not in doc.text
    assert doc.derived_text


def test_malformed_html_still_yields_text() -> None:
    page = parse_html("<html><body><p>Unclosed <b>bold <div>Shelling hit the market.</p></span></body>")
    assert "Shelling hit the market." in page.text


def test_jsonl_good_bad_and_missing_text(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "Protesters marched in the capital.", "published": "2020-01-02",
                         "source": "Wire"}),
             "{not json",
             json.dumps({"id": "c", "title": "no text"}),
             "",
             json.dumps({"text": "An unnamed document.", "date": "3 March 2021"})]
    docs = _docs(tmp_path, "batch.jsonl", "\n".join(lines))
    assert [d.id for d in docs] == ["a", "batch-2", "c", "batch-5"]
    assert docs[0].published == "2020-01-02" and docs[0].source == "Wire" and not docs[0].errors
    assert "malformed JSON on line 2" in docs[1].errors[0]
    assert "no 'text'" in docs[2].errors[0]
    assert docs[3].published == "2021-03-03"


def test_csv_rows_and_errors(tmp_path: Path) -> None:
    content = 'id,date,text\nr1,2019-07-01,"Shelling hit the town, killing two."\nr2,2019-07-02,"ok","extra"\n'
    docs = _docs(tmp_path, "rows.csv", content)
    assert docs[0].id == "r1" and docs[0].published == "2019-07-01" and not docs[0].errors
    assert docs[1].errors and "more cells than columns" in docs[1].errors[0]
    [bad] = _docs(tmp_path, "nocol.csv", "a,b\n1,2\n")
    assert "no 'text' column" in bad.errors[0]


def test_binary_undecodable_empty_missing(tmp_path: Path) -> None:
    assert "binary" in _docs(tmp_path, "x.txt", b"\x00\x01\x02PK\x00")[0].errors[0]
    assert "not valid UTF-8" in _docs(tmp_path, "y.txt", b"caf\xe9 au lait \xff\xfe\xfd")[0].errors[0]
    assert "empty" in _docs(tmp_path, "z.txt", b"  \n\n ")[0].errors[0]
    [missing] = list(read_paths([str(tmp_path / "nope.txt")]))
    assert "no such file" in missing.errors[0]


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document text.")
    (tmp_path / "one.txt").write_text("First document text.")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    assert [d.id for d in read_paths([str(tmp_path)])] == ["two", "one"]


def test_stdin_is_sniffed() -> None:
    data = b'{"id": "s1", "text": "Troops withdrew from the village."}\n'
    [doc] = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert doc.id == "s1" and doc.text.startswith("Troops")
    [txt] = list(read_paths(["-"], stdin=io.BytesIO(b"Plain text from a pipe.")))
    assert txt.id == "stdin" and txt.text == "Plain text from a pipe."


def test_content_hash_is_stable(tmp_path: Path) -> None:
    a = _docs(tmp_path, "a.txt", "Same text.")[0]
    b = _docs(tmp_path, "b.txt", "Same text.")[0]
    assert a.content_hash == b.content_hash and len(a.content_hash) == 64


def test_utf16_is_read_and_a_stray_or_broken_mark_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a_real.txt").write_bytes(b"\xff\xfe" + "Shelling hit Hajin on Monday.\n".encode("utf-16-le"))
    (tmp_path / "b_stray.txt").write_bytes(b"\xff\xfeShelling hit Hajin on Monday.")  # UTF-8 behind the mark
    (tmp_path / "c_broken.txt").write_bytes(b"\xff\xfe" + "Hajin".encode("utf-16-le") + b"\x41")
    real, stray, broken = read_paths([str(tmp_path)])
    assert real.text.startswith("Shelling hit Hajin") and not real.errors
    assert stray.text == "" and "UTF-16 byte-order mark" in stray.errors[0]
    assert broken.text == "" and "broken UTF-16" in broken.errors[0]
