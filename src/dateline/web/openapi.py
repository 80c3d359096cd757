"""The OpenAPI 3 description of the HTTP API, served at ``/api/openapi.json``."""
from __future__ import annotations

from typing import Any


def _param(name: str, desc: str, typ: str = "string", required: bool = False,
           where: str = "query") -> dict[str, Any]:
    return {"name": name, "in": where, "required": required or where == "path",
            "description": desc, "schema": {"type": typ}}


def _ok(desc: str, ref: str) -> dict[str, Any]:
    return {"200": {"description": desc, "content": {"application/json": {"schema": {"$ref": ref}}}},
            "400": {"$ref": "#/components/responses/Error"}}


def openapi_spec() -> dict[str, Any]:
    obj = {"type": "object"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Dateline API", "version": "1",
                 "description": "Events coded from news reports, with the documents and spans behind them. "
                                "Errors are JSON objects {error, status}."},
        "paths": {
            "/api/events": {"get": {
                "summary": "Fused events, filtered",
                "parameters": [
                    _param("type", "event type or sub-event type (ACLED names)"),
                    _param("from", "earliest date, YYYY[-MM[-DD]]"),
                    _param("to", "latest date, inclusive, YYYY[-MM[-DD]]"),
                    _param("bbox", "min_lon,min_lat,max_lon,max_lat"),
                    _param("q", "words that must all appear in the evidence, actors or place"),
                    _param("story", "story id"), _param("document", "document id"),
                    _param("limit", "page size (1-5000, default 1000)", "integer"),
                    _param("offset", "first row (default 0)", "integer")],
                "responses": _ok("a page of events", "#/components/schemas/EventPage")}},
            "/api/events/{id}": {"get": {
                "summary": "One event with each field's evidence and every source's own report",
                "parameters": [_param("id", "event id", where="path")],
                "responses": {**_ok("the event", "#/components/schemas/EventDetail"),
                              "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/documents": {"get": {
                "summary": "Stored documents",
                "parameters": [_param("limit", "page size", "integer"), _param("offset", "first row", "integer")],
                "responses": _ok("a page of documents", "#/components/schemas/DocumentPage")}},
            "/api/documents/{id}": {"get": {
                "summary": "One document: its text, the spans found in it and its events",
                "parameters": [_param("id", "document id", where="path")],
                "responses": {**_ok("the document", "#/components/schemas/Document"),
                              "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/stories": {"get": {"summary": "Documents grouped by episode",
                                     "responses": _ok("stories", "#/components/schemas/StoryList")}},
            "/api/timeline": {"get": {
                "summary": "Dated summary sentences",
                "parameters": [_param("story", "story id"), _param("query", "keep what is relevant to these words"),
                               _param("max_dates", "number of dates", "integer"),
                               _param("sentences_per_date", "sentences per date", "integer")],
                "responses": {**_ok("the timeline", "#/components/schemas/Timeline"),
                              "404": {"$ref": "#/components/responses/Error"}}}},
            "/api/search": {"get": {
                "summary": "Sentences (full-text search) and events matching words",
                "parameters": [_param("q", "words", required=True), _param("limit", "most hits", "integer")],
                "responses": _ok("hits", "#/components/schemas/SearchResult")}},
            "/api/basemap": {"get": {
                "summary": "Offline map background: populated grid cells and labels",
                "parameters": [_param("bbox", "min_lon,min_lat,max_lon,max_lat (default: around the events)"),
                               _param("cells", "grid cells across (20-400)", "integer")],
                "responses": _ok("cells and labels", "#/components/schemas/Basemap")}},
        },
        "components": {
            "schemas": {
                "Event": {"type": "object", "description": "a fused event (the `dateline events` JSON line)",
                          "properties": {"event_id": {"type": "string"}, "event_type": {"type": "string"},
                                         "sub_event_type": {"type": "string"}, "date": {"type": "string"},
                                         "source_count": {"type": "integer"},
                                         "documents": {"type": "array", "items": {"type": "string"}}}},
                "EventPage": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
                    "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
                "EventDetail": {"allOf": [{"$ref": "#/components/schemas/Event"}, {"type": "object", "properties": {
                    "fields": {"type": "array", "items": obj}, "reports": {"type": "array", "items": obj}}}]},
                "DocumentPage": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "documents": {"type": "array", "items": obj}}},
                "Document": {"type": "object", "properties": {
                    "id": {"type": "string"}, "text": {"type": "string"},
                    "mentions": {"type": "array", "items": obj}, "events": {"type": "array", "items": obj}}},
                "StoryList": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "stories": {"type": "array", "items": obj}}},
                "Timeline": {"type": "object", "properties": {"entries": {"type": "array", "items": obj}}},
                "SearchResult": {"type": "object", "properties": {
                    "q": {"type": "string"}, "sentences": {"type": "array", "items": obj},
                    "events": {"type": "array", "items": obj}}},
                "Basemap": {"type": "object", "properties": {
                    "bbox": {"type": "array", "items": {"type": "number"}},
                    "cells": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
                    "labels": {"type": "array", "items": obj}}},
                "Error": {"type": "object", "properties": {"error": {"type": "string"},
                                                           "status": {"type": "integer"}}},
            },
            "responses": {"Error": {"description": "bad request or not found",
                                    "content": {"application/json": {
                                        "schema": {"$ref": "#/components/schemas/Error"}}}}},
        },
    }
