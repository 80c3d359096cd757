"""``dateline serve``: the web page and its JSON API on the standard library's HTTP server."""
from __future__ import annotations

import json
import logging
import mimetypes
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from dateline.web import api
from dateline.web.api import ApiError, Params
from dateline.web.basemap import BBox, basemap, view_for
from dateline.web.catalog import Catalog
from dateline.web.openapi import openapi_spec

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"

Handler = Callable[[Catalog, Params], dict[str, Any]]
ItemHandler = Callable[[Catalog, str], dict[str, Any]]


def basemap_handler(cat: Catalog, params: Params) -> dict[str, Any]:
    raw = api._one(params, "bbox")
    if raw:
        try:
            a, b, c, d = (float(x) for x in raw.split(","))
        except ValueError:
            raise ApiError(400, "'bbox' must be min_lon,min_lat,max_lon,max_lat") from None
        if a >= c or b >= d:
            raise ApiError(400, "'bbox' must be min_lon,min_lat,max_lon,max_lat")
        view = BBox(a, b, c, d)
    else:
        view = view_for([(fe.event.location.lon, fe.event.location.lat) for fe in cat.snapshot().events
                         if fe.event.location and fe.event.location.lat is not None
                         and fe.event.location.lon is not None])
    cells = api._int(params, "cells", 120, 20, 400) or 120
    return basemap(view, cells_across=cells)


COLLECTIONS: dict[str, Handler] = {
    "events": api.list_events,
    "documents": api.list_documents,
    "stories": api.list_stories,
    "timeline": api.timeline,
    "search": api.search,
    "basemap": basemap_handler,
    "openapi.json": lambda cat, params: openapi_spec(),
}
ITEMS: dict[str, ItemHandler] = {
    "events": api.get_event,
    "documents": api.get_document,
}


class DatelineHandler(BaseHTTPRequestHandler):
    server_version = "Dateline/1"
    catalog: Catalog  # set on the subclass made by make_server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.info("%s %s", self.address_string(), format % args)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = url.path
        try:
            if path == "/api" or path.startswith("/api/"):
                self._api(path, parse_qs(url.query, keep_blank_values=True))
            else:
                self._static(path)
        except ApiError as exc:
            self._json({"error": exc.message, "status": exc.status}, exc.status)
        except BrokenPipeError:
            pass
        except Exception as exc:  # a bug must answer 500, not drop the connection
            log.exception("error serving %s", self.path)
            self._json({"error": f"{type(exc).__name__}: {exc}", "status": 500}, 500)

    def do_POST(self) -> None:
        self._json({"error": "method not allowed: the API is read-only", "status": 405}, 405)

    do_PUT = do_DELETE = do_PATCH = do_POST

    def _api(self, path: str, params: Params) -> None:
        parts = [unquote(p) for p in path.split("/")[2:] if p]
        if len(parts) == 1 and parts[0] in COLLECTIONS:
            self._json(COLLECTIONS[parts[0]](self.catalog, params))
        elif len(parts) == 2 and parts[0] in ITEMS:
            self._json(ITEMS[parts[0]](self.catalog, parts[1]))
        else:
            raise ApiError(404, f"no such API path {path!r}; see /api/openapi.json")

    def _static(self, path: str) -> None:
        name = "index.html" if path in ("", "/") else path.lstrip("/")
        if name.startswith("static/"):
            name = name[len("static/"):]
        target = (STATIC_DIR / name).resolve()
        if STATIC_DIR not in target.parents or not target.is_file():
            raise ApiError(404, f"not found: {path}")
        body = target.read_bytes()
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        self._send(body, ctype, 200)

    def _json(self, payload: Any, status: int = 200) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(body, "application/json; charset=utf-8", status)

    def _send(self, body: bytes, ctype: str, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(db_url: str, host: str = "127.0.0.1", port: int = 8000,
                catalog: Optional[Catalog] = None) -> ThreadingHTTPServer:
    """A ready server (port 0 picks a free one: read ``server.server_address``)."""
    handler = type("BoundDatelineHandler", (DatelineHandler,), {"catalog": catalog or Catalog(db_url)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    try:
        server = make_server(db_url, host, port)
    except OSError as exc:  # port taken, address not local, ...
        raise SystemExit(f"dateline serve: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    bound_host, bound_port = server.server_address[:2]
    print(f"dateline: serving {db_url} on http://{bound_host}:{bound_port}/ (API: /api/openapi.json)",
          file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
