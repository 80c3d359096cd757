"""Dateline's web interface: ``dateline serve`` and the static report.

- ``server``: the standard library's ThreadingHTTPServer with the JSON API
  (``/api/events``, ``/api/events/<id>``, ``/api/documents``,
  ``/api/documents/<id>``, ``/api/stories``, ``/api/timeline``,
  ``/api/search``, ``/api/basemap``; described at ``/api/openapi.json``;
  errors are ``{"error", "status"}`` with the HTTP status) and the page at ``/``.
- ``api``: the handlers as plain functions, shared by the server and the report.
- ``evidence``: which span of which document backs each field of an event.
- ``basemap``: the offline map background (populated places and labels from
  installed packages; no tiles, nothing fetched).
- ``report``: the page with the API's answers embedded, as one HTML file.
- ``static/``: the page (``index.html``, ``app.js``, ``style.css``), no libraries.
"""
