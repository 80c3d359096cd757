/* Dateline's page: map, timeline, event table and the evidence behind each field.
 *
 * One renderer for both uses: served by `dateline serve` it asks the JSON API;
 * inside the static report (`python -m dateline.demo`) the same answers are
 * embedded as `window.DATELINE_DATA` and read from there. No network access
 * beyond the page's own server, no libraries.
 */
(function () {
  "use strict";

  var EMBEDDED = window.DATELINE_DATA || null;
  var TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4"
  };
  var FIELD_COLORS = {
    event_type: "#fff3c4", date: "#cde8ff", location: "#d4f2d0", actor1: "#ffd9d0",
    actor2: "#f1dcff", fatalities: "#ffc9c9", source_attribution: "#e3e3e3"
  };
  var MARK_COLORS = { time: "#cde8ff", place: "#d4f2d0", actor: "#ffd9d0", figure: "#ffc9c9", event: "#fff3c4" };
  var SVGNS = "http://www.w3.org/2000/svg";

  var state = { events: [], shown: [], selected: null, stories: [], story: "", basemap: null };

  function typeColor(t) { return TYPE_COLORS[t] || "#7f7f7f"; }

  // A claim's value is a number, a text, or for control claims {actor, place}.
  function claimValue(v) {
    if (v && typeof v === "object") {
      if (v.actor || v.place) return (v.actor || "?") + " holds " + (v.place || "?");
      return JSON.stringify(v);
    }
    return v;
  }

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function el(tag, attrs, html) {
    var node = document.createElement(tag);
    for (var k in (attrs || {})) node.setAttribute(k, attrs[k]);
    if (html != null) node.innerHTML = html;
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVGNS, tag);
    for (var k in (attrs || {})) node.setAttribute(k, attrs[k]);
    if (text != null) node.textContent = text;
    return node;
  }

  /* ---- data: the live API or the embedded snapshot, same shapes ---- */

  function embeddedAnswer(path, params) {
    var parts = path.replace(/^\/api\//, "").split("/");
    var d = EMBEDDED;
    if (parts[0] === "events" && parts.length === 1) return { total: d.events.length, events: d.events };
    if (parts[0] === "events") return d.eventDetails[parts[1]] || { error: "no such event", status: 404 };
    if (parts[0] === "documents" && parts.length === 1) return { total: d.documentList.length, documents: d.documentList };
    if (parts[0] === "documents" && parts.length > 1) return d.documents[parts[1]] || { error: "document not included in this report", status: 404 };
    if (parts[0] === "stories") return { total: d.stories.length, stories: d.stories };
    if (parts[0] === "timeline") return (d.timelines || {})[(params && params.story) || ""] || { entries: [] };
    if (parts[0] === "basemap") return d.basemap;
    return { error: "not in this report", status: 404 };
  }

  function api(path, params) {
    if (EMBEDDED) return Promise.resolve(embeddedAnswer(path, params));
    var qs = [];
    for (var k in (params || {})) if (params[k] !== "" && params[k] != null) qs.push(encodeURIComponent(k) + "=" + encodeURIComponent(params[k]));
    return fetch(path + (qs.length ? "?" + qs.join("&") : "")).then(function (r) { return r.json(); });
  }

  /* ---- layout ---- */

  function layout(root) {
    root.innerHTML =
      '<header class="dl-top"><h1>Dateline</h1><span class="dl-stats" id="dl-stats"></span>' +
      '<div class="dl-filters">' +
      '<select id="dl-type"><option value="">all event types</option></select>' +
      '<label>from <input id="dl-from" type="date"></label><label>to <input id="dl-to" type="date"></label>' +
      '<select id="dl-story"><option value="">all stories</option></select>' +
      '<input id="dl-q" type="search" placeholder="search evidence, actors, places">' +
      "</div></header>" +
      '<main class="dl-main">' +
      '<section class="dl-panel"><h2>Map</h2><div id="dl-map"></div><div class="dl-legend" id="dl-legend"></div></section>' +
      '<section class="dl-panel" id="dl-detail-panel"><h2>Evidence</h2><div id="dl-detail" class="dl-muted">Click an event on the map, the timeline or the table to see each field with the words of the report it was read from.</div></section>' +
      '<section class="dl-panel dl-wide"><h2>Timeline</h2><div id="dl-tl"></div><ul class="dl-timeline-text" id="dl-tl-text"></ul></section>' +
      '<section class="dl-panel dl-wide"><h2>Events</h2><div class="dl-scroll"><table class="dl-table" id="dl-table"></table></div></section>' +
      '<section class="dl-panel"><h2>Stories</h2><ul class="dl-stories" id="dl-stories"></ul></section>' +
      '<section class="dl-panel"><h2>Documents</h2><div class="dl-scroll"><table class="dl-table" id="dl-docs"></table></div><ul class="dl-claims dl-error" id="dl-errors"></ul></section>' +
      "</main>";
    var legend = document.getElementById("dl-legend");
    Object.keys(TYPE_COLORS).forEach(function (t) {
      legend.appendChild(el("span", { style: "--c:" + TYPE_COLORS[t] }, esc(t)));
    });
    ["dl-type", "dl-from", "dl-to", "dl-q"].forEach(function (id) {
      document.getElementById(id).addEventListener("input", applyFilters);
    });
    document.getElementById("dl-story").addEventListener("change", function (e) { selectStory(e.target.value); });
  }

  /* ---- filters ---- */

  function applyFilters() {
    var type = document.getElementById("dl-type").value;
    var from = document.getElementById("dl-from").value;
    var to = document.getElementById("dl-to").value;
    var words = document.getElementById("dl-q").value.toLowerCase().split(/\s+/).filter(Boolean);
    state.shown = state.events.filter(function (e) {
      if (type && e.event_type !== type && e.sub_event_type !== type) return false;
      if (from && (!e.date || (e.date_end || e.date) < from)) return false;
      if (to && (!e.date || e.date > to)) return false;
      if (state.story && e.story_id !== state.story) return false;
      if (words.length) {
        var hay = [e.evidence && e.evidence.text, e.actor1, e.actor2, e.event_type, e.sub_event_type,
          e.location && e.location.name].concat((e.sources || []).map(function (s) { return (s.evidence && s.evidence.text) + " " + (s.source || ""); }))
          .join(" ").toLowerCase();
        for (var i = 0; i < words.length; i++) if (hay.indexOf(words[i]) < 0) return false;
      }
      return true;
    });
    renderAll();
  }

  function selectStory(storyId) {
    state.story = storyId || "";
    document.getElementById("dl-story").value = state.story;
    applyFilters();
    loadTimeline();
  }

  /* ---- map ---- */

  function renderMap() {
    var box = document.getElementById("dl-map");
    box.innerHTML = "";
    var bm = state.basemap;
    if (!bm) { box.textContent = "map background unavailable"; return; }
    var b = bm.bbox, minLon = b[0], minLat = b[1], maxLon = b[2], maxLat = b[3];
    var midLat = (minLat + maxLat) / 2 * Math.PI / 180;
    var W = 800, H = Math.max(240, Math.min(700, W * (maxLat - minLat) / ((maxLon - minLon) * Math.cos(midLat))));
    function x(lon) { return (lon - minLon) / (maxLon - minLon) * W; }
    function y(lat) { return (maxLat - lat) / (maxLat - minLat) * H; }
    var s = svg("svg", { "class": "dl-map", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "map of events" });
    var step = niceStep(maxLon - minLon);
    for (var lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
      s.appendChild(svg("line", { "class": "grat", x1: x(lon), x2: x(lon), y1: 0, y2: H }));
      s.appendChild(svg("text", { "class": "tick", x: x(lon) + 2, y: H - 3 }, fmtDeg(lon, "E", "W")));
    }
    for (var lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
      s.appendChild(svg("line", { "class": "grat", x1: 0, x2: W, y1: y(lat), y2: y(lat) }));
      s.appendChild(svg("text", { "class": "tick", x: 2, y: y(lat) - 2 }, fmtDeg(lat, "N", "S")));
    }
    var cw = Math.max(1.5, bm.cell / (maxLon - minLon) * W * 0.9);
    var land = svg("g", { "class": "land" });
    bm.cells.forEach(function (c) {
      land.appendChild(svg("rect", { x: x(c[0]) - cw / 2, y: y(c[1]) - cw / 2, width: cw, height: cw, rx: cw / 3 }));
    });
    s.appendChild(land);
    var byPlace = {};
    state.shown.forEach(function (e) {
      var loc = e.location;
      if (!loc || loc.lat == null || loc.lon == null) return;
      var key = loc.lat.toFixed(3) + "," + loc.lon.toFixed(3);
      (byPlace[key] = byPlace[key] || []).push(e);
    });
    // Labels never overlap: event places are labelled first (largest groups first),
    // then the towns of the background wherever there is still room.
    var boxes = [];
    function free(bx) {
      return boxes.every(function (o) { return bx[0] > o[2] || bx[2] < o[0] || bx[1] > o[3] || bx[3] < o[1]; });
    }
    var keys = Object.keys(byPlace).sort(function (a, b) { return byPlace[b].length - byPlace[a].length; });
    var eventLabels = [];
    keys.forEach(function (key) {
      var loc = byPlace[key][0].location, cx = x(loc.lon), cy = y(loc.lat);
      boxes.push([cx - 12, cy - 12, cx + 12, cy + 12]);
    });
    keys.forEach(function (key) {
      var evs = byPlace[key], loc = evs[0].location, cx = x(loc.lon), cy = y(loc.lat);
      var text = loc.name + (evs.length > 1 ? " (" + evs.length + ")" : ""), w = text.length * 6.6;
      var spots = [[cx + 13, cy - 6], [cx + 13, cy + 14], [cx - 13 - w, cy - 6], [cx - 13 - w, cy + 14], [cx - w / 2, cy - 16], [cx - w / 2, cy + 26]];
      for (var i = 0; i < spots.length; i++) {
        var bx = [spots[i][0], spots[i][1] - 11, spots[i][0] + w, spots[i][1] + 3];
        if (free(bx)) { boxes.push(bx); eventLabels.push([spots[i][0], spots[i][1], text]); break; }
      }
    });
    bm.labels.forEach(function (l) {
      var lx = x(l.lon), ly = y(l.lat), w = l.name.length * 6;
      var bx = [lx - 3, ly - 7, lx + 5 + w, ly + 6];
      if (!free(bx)) return;
      boxes.push(bx);
      s.appendChild(svg("circle", { "class": "town", cx: lx, cy: ly, r: 2 }));
      s.appendChild(svg("text", { "class": "label", x: lx + 4, y: ly + 4 }, l.name));
    });
    keys.forEach(function (key) {
      var evs = byPlace[key], loc = evs[0].location;
      var cx = x(loc.lon), cy = y(loc.lat);
      evs.forEach(function (e, i) {
        // Events at one place are fanned out on a small ring so each stays clickable.
        var a = evs.length > 1 ? (2 * Math.PI * i / evs.length) : 0, rr = evs.length > 1 ? 9 : 0;
        var r = 5 + Math.min(6, 2 * Math.sqrt(e.source_count || 1));
        var c = svg("circle", { "class": "ev" + (state.selected === e.event_id ? " sel" : ""), cx: cx + rr * Math.cos(a),
          cy: cy + rr * Math.sin(a), r: r, fill: typeColor(e.event_type), "data-id": e.event_id });
        c.appendChild(svg("title", {}, (e.date || "undated") + " " + e.sub_event_type + " at " + loc.name));
        c.addEventListener("click", function () { selectEvent(e.event_id); });
        s.appendChild(c);
      });
    });
    eventLabels.forEach(function (l) { s.appendChild(svg("text", { "class": "evlabel", x: l[0], y: l[1] }, l[2])); });
    box.appendChild(s);
    var unlocated = state.shown.filter(function (e) { return !e.location || e.location.lat == null; }).length;
    if (unlocated) box.appendChild(el("div", { "class": "dl-muted" }, unlocated + " event(s) without coordinates are in the table only."));
  }

  function niceStep(span) {
    var steps = [0.25, 0.5, 1, 2, 5, 10, 15, 30, 45];
    for (var i = 0; i < steps.length; i++) if (span / steps[i] <= 10) return steps[i];
    return 60;
  }

  function fmtDeg(v, pos, neg) { return Math.abs(Math.round(v * 100) / 100) + "°" + (v >= 0 ? pos : neg); }

  /* ---- timeline ---- */

  function dayNumber(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000; }
  function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

  function renderTimelineStrip() {
    var box = document.getElementById("dl-tl");
    box.innerHTML = "";
    var dated = state.shown.filter(function (e) { return e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date); });
    if (!dated.length) { box.appendChild(el("div", { "class": "dl-muted" }, "No dated events.")); return; }
    var days = dated.map(function (e) { return dayNumber(e.date); });
    var lo = Math.min.apply(null, days) - 1, hi = Math.max.apply(null, days) + 1;
    var perDay = {};
    dated.forEach(function (e) { perDay[e.date] = (perDay[e.date] || 0) + 1; });
    var maxStack = Math.max.apply(null, Object.keys(perDay).map(function (k) { return perDay[k]; }));
    var W = 1100, rowH = 14, H = 36 + maxStack * rowH;
    function x(d) { return 30 + (d - lo) / (hi - lo) * (W - 60); }
    var s = svg("svg", { "class": "dl-tl", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events by date" });
    var axisY = H - 22;
    s.appendChild(svg("line", { "class": "axis", x1: 20, x2: W - 20, y1: axisY, y2: axisY }));
    var tickEvery = Math.max(1, Math.ceil((hi - lo) / 12));
    for (var d = Math.ceil(lo); d <= hi; d += tickEvery) {
      s.appendChild(svg("line", { "class": "axis", x1: x(d), x2: x(d), y1: axisY, y2: axisY + 4 }));
      s.appendChild(svg("text", { "class": "tick", x: x(d), y: axisY + 16, "text-anchor": "middle" }, isoOf(d).slice(5)));
    }
    var stack = {};
    dated.slice().sort(function (a, b) { return a.event_type < b.event_type ? -1 : 1; }).forEach(function (e) {
      var k = stack[e.date] = (stack[e.date] || 0) + 1;
      var cy = axisY - 4 - k * rowH + rowH / 2;
      if (e.date_end && e.date_end > e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date_end)) {
        // An event known only to a period (a week, a month) spans it, up to the axis' end.
        s.appendChild(svg("line", { x1: x(dayNumber(e.date)), x2: x(Math.min(hi, dayNumber(e.date_end))), y1: cy, y2: cy,
          stroke: typeColor(e.event_type), "stroke-width": 4, "stroke-linecap": "round", opacity: 0.35 }));
      }
      var c = svg("circle", { "class": "ev" + (state.selected === e.event_id ? " sel" : ""), cx: x(dayNumber(e.date)),
        cy: cy, r: 6, fill: typeColor(e.event_type) });
      c.appendChild(svg("title", {}, e.date + " " + e.sub_event_type + (e.location ? " at " + e.location.name : "")));
      c.addEventListener("click", function () { selectEvent(e.event_id); });
      s.appendChild(c);
    });
    box.appendChild(s);
  }

  function loadTimeline() {
    var list = document.getElementById("dl-tl-text");
    api("/api/timeline", { story: state.story, max_dates: 12, sentences_per_date: 2 }).then(function (t) {
      list.innerHTML = "";
      if (t.error) { list.appendChild(el("li", { "class": "dl-muted" }, "Timeline summary unavailable: " + esc(t.error))); return; }
      (t.entries || []).forEach(function (entry) {
        var li = el("li", {}, "<b>" + esc(entry.date) + "</b> " + entry.sentences.map(esc).join(" ") +
          (entry.doc_ids || []).map(function (d) { return ' <a href="#" class="dl-doclink" data-doc="' + esc(d) + '">' + esc(d) + "</a>"; }).join(""));
        Array.prototype.forEach.call(li.querySelectorAll("a.dl-doclink"), function (a) {
          a.addEventListener("click", function (ev) { ev.preventDefault(); showDocument(a.getAttribute("data-doc")); });
        });
        list.appendChild(li);
      });
      if (!(t.entries || []).length) list.appendChild(el("li", { "class": "dl-muted" }, "No dated sentences."));
    });
  }

  /* ---- table ---- */

  function renderTable() {
    var t = document.getElementById("dl-table");
    var rows = state.shown.slice().sort(function (a, b) { return (a.date || "9") < (b.date || "9") ? -1 : (a.date === b.date ? 0 : 1); });
    var html = "<thead><tr><th>Date</th><th>Type</th><th>Actor 1</th><th>Actor 2</th><th>Location</th><th>Fatalities</th><th>Sources</th></tr></thead><tbody>";
    rows.forEach(function (e) {
      html += '<tr data-id="' + esc(e.event_id) + '"' + (state.selected === e.event_id ? ' class="sel"' : "") + ">" +
        "<td>" + esc(e.date || "—") + (e.date_end && e.date_end !== e.date ? " – " + esc(e.date_end) : "") + "</td>" +
        '<td><span class="dl-type" style="background:' + typeColor(e.event_type) + '"></span>' + esc(e.sub_event_type) + '<div class="dl-muted">' + esc(e.event_type) + "</div></td>" +
        "<td>" + esc(e.actor1 || "") + "</td><td>" + esc(e.actor2 || "") + "</td>" +
        "<td>" + esc(e.location ? e.location.name : "") + (e.location && e.location.country_code ? ' <span class="dl-muted">' + esc(e.location.country_code) + "</span>" : "") + "</td>" +
        "<td>" + (e.fatalities == null ? "" : esc(e.fatalities)) + (e.contested ? '<span class="dl-badge warn">contested</span>' : "") + "</td>" +
        "<td>" + esc(e.source_count) + '<div class="dl-muted">' + esc((e.documents || []).join(", ")) + "</div></td></tr>";
    });
    t.innerHTML = html + "</tbody>";
    Array.prototype.forEach.call(t.querySelectorAll("tbody tr"), function (tr) {
      tr.addEventListener("click", function () { selectEvent(tr.getAttribute("data-id")); });
    });
  }

  function renderStories() {
    var ul = document.getElementById("dl-stories");
    ul.innerHTML = "";
    if (!state.stories.length) ul.appendChild(el("li", { "class": "dl-muted" }, "No stories."));
    state.stories.forEach(function (st) {
      var li = el("li", { "class": state.story === st.story_id ? "sel" : "" },
        esc(st.title) + ' <span class="dl-muted">' + esc(st.start || "?") + " – " + esc(st.end || "?") + " · " +
        st.documents.length + " documents · " + (st.events || 0) + " events</span>");
      li.addEventListener("click", function () { selectStory(state.story === st.story_id ? "" : st.story_id); });
      ul.appendChild(li);
    });
  }

  function renderAll() {
    document.getElementById("dl-stats").textContent = state.shown.length + " of " + state.events.length + " events · " + state.stories.length + " stories";
    renderMap();
    renderTimelineStrip();
    renderTable();
    renderStories();
  }

  /* ---- evidence ---- */

  function highlight(text, spans, boiler) {
    // Cut the text at every span boundary and wrap each piece in the marks covering it
    // (the narrowest span wins the colour, so a field inside the evidence sentence shows).
    var cuts = { 0: 1 };
    cuts[text.length] = 1;
    spans.concat(boiler || []).forEach(function (sp) { cuts[Math.max(0, sp.start)] = 1; cuts[Math.min(text.length, sp.end)] = 1; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var out = "";
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1], piece = esc(text.slice(a, b));
      var cover = spans.filter(function (sp) { return sp.start <= a && sp.end >= b; });
      var inBoiler = (boiler || []).some(function (sp) { return sp.start <= a && sp.end >= b; });
      if (inBoiler) piece = '<span class="boiler" title="boilerplate, ignored">' + piece + "</span>";
      if (cover.length) {
        cover.sort(function (p, q) { return (p.end - p.start) - (q.end - q.start); });
        var top = cover[0];
        piece = '<mark class="' + esc(top.cls || "") + '" data-key="' + esc(top.key || "") + '" style="--c:' + (top.color || "#ffe58f") +
          '" title="' + esc(cover.map(function (c) { return c.title; }).join(" | ")) + '">' + piece + "</mark>";
      }
      out += piece;
    }
    return out;
  }

  function fieldsTable(fields, prefix) {
    var html = '<table class="dl-fields">';
    (fields || []).forEach(function (f) {
      var hasSpan = !!f.span;
      html += "<tr" + (hasSpan ? ' class="has-span" data-key="' + esc(prefix + f.field) + '"' : "") + '><td class="k"><span class="sw" style="background:' +
        (FIELD_COLORS[f.field] || "#eee") + '"></span>' + esc(f.field) + "</td><td>" + esc(f.value) +
        (hasSpan ? ' <span class="dl-muted">“' + esc(f.span.text.length > 90 ? f.span.text.slice(0, 90) + "…" : f.span.text) + "”</span>" : ' <span class="dl-muted">(inferred)</span>') + "</td></tr>";
    });
    return html + "</table>";
  }

  function selectEvent(id) {
    state.selected = id;
    renderMap();
    renderTimelineStrip();
    renderTable();
    var box = document.getElementById("dl-detail");
    box.className = "";
    box.innerHTML = "Loading…";
    api("/api/events/" + encodeURIComponent(id)).then(function (ev) {
      if (ev.error) { box.innerHTML = '<span class="dl-error">' + esc(ev.error) + "</span>"; return; }
      var html = "<h3>" + esc(ev.sub_event_type) + ' <span class="dl-muted">' + esc(ev.event_type) + "</span></h3>" +
        '<div class="dl-muted">' + esc(ev.date || "undated") + " · " + esc(ev.location ? ev.location.name : "no place") + " · " +
        ev.source_count + " source(s)" + (ev.contested ? ' <span class="dl-badge warn">contested</span>' : "") + "</div>";
      if ((ev.claims || []).length) {
        html += '<ul class="dl-claims">' + ev.claims.map(function (c) {
          return "<li>" + esc(c.source || c.doc_id) + ": " + esc(c.field) + " = " + esc(claimValue(c.value)) + " <i>(" + esc(c.stance) + ")</i></li>";
        }).join("") + "</ul>";
      }
      (ev.reports || []).forEach(function (r, i) {
        html += '<div class="dl-report" data-doc="' + esc(r.doc_id) + '" data-i="' + i + '"><h3>' + esc(r.title || r.doc_id) +
          ' <span class="dl-muted">' + esc(r.source || "") + " " + esc(r.published || "") + " · " + esc(r.doc_id) + "</span></h3>" +
          fieldsTable(r.fields || ev.fields, "r" + i + ":") + '<div class="dl-doc">Loading document…</div></div>';
      });
      box.innerHTML = html;
      (ev.reports || []).forEach(function (r, i) { loadReportDoc(box, r, i, ev); });
    });
  }

  function loadReportDoc(box, report, i, ev) {
    var holder = box.querySelector('.dl-report[data-i="' + i + '"]');
    var docBox = holder.querySelector(".dl-doc");
    api("/api/documents/" + encodeURIComponent(report.doc_id)).then(function (doc) {
      if (doc.error || doc.text == null) {
        docBox.innerHTML = '<span class="dl-muted">' + esc(doc.error || "text unavailable") + "</span><br>“" + esc(report.evidence.text) + "”";
        return;
      }
      var spans = [];
      var ev0 = report.evidence;
      spans.push({ start: ev0.start, end: ev0.end, cls: "evidence", color: FIELD_COLORS.event_type, title: "evidence of the event", key: "r" + i + ":event_type" });
      (report.fields || ev.fields || []).forEach(function (f) {
        if (!f.span || f.field === "event_type") return;
        spans.push({ start: f.span.start, end: f.span.end, color: FIELD_COLORS[f.field] || "#ffe58f",
          title: f.field + ": " + f.value, key: "r" + i + ":" + f.field });
      });
      docBox.innerHTML = highlight(doc.text, spans, doc.boilerplate);
      var first = docBox.querySelector("mark");
      if (first) docBox.scrollTop = Math.max(0, first.offsetTop - docBox.offsetTop - 40);
      Array.prototype.forEach.call(holder.querySelectorAll("tr.has-span"), function (tr) {
        tr.addEventListener("click", function () {
          var key = tr.getAttribute("data-key");
          var mark = docBox.querySelector('mark[data-key="' + key.replace(/"/g, '\\"') + '"]');
          if (!mark) return;
          docBox.scrollTop = Math.max(0, mark.offsetTop - docBox.offsetTop - 40);
          mark.classList.add("flash");
          setTimeout(function () { mark.classList.remove("flash"); }, 1200);
        });
      });
    });
  }

  /* ---- documents ---- */

  function renderDocuments(docs, errors) {
    var t = document.getElementById("dl-docs");
    var html = "<thead><tr><th>Document</th><th>Outlet</th><th>Published</th><th>Events</th></tr></thead><tbody>";
    docs.forEach(function (d) {
      var when = d.published ? esc(d.published.slice(0, 10)) : (d.published_estimate ? '<span class="dl-muted">~' + esc(d.published_estimate) + " (estimated)</span>" : '<span class="dl-muted">unknown</span>');
      html += '<tr data-id="' + esc(d.id) + '"><td>' + esc(d.title || d.id) + '<div class="dl-muted">' + esc(d.id) + "</div></td><td>" +
        esc(d.source || "") + "</td><td>" + when + "</td><td>" + esc(d.events || 0) + "</td></tr>";
    });
    t.innerHTML = html + "</tbody>";
    Array.prototype.forEach.call(t.querySelectorAll("tbody tr"), function (tr) {
      tr.addEventListener("click", function () { showDocument(tr.getAttribute("data-id")); });
    });
    var ul = document.getElementById("dl-errors");
    ul.innerHTML = "";
    (errors || []).forEach(function (e) { ul.appendChild(el("li", {}, esc(e))); });
  }

  function showDocument(id) {
    var box = document.getElementById("dl-detail");
    box.className = "";
    box.innerHTML = "Loading…";
    api("/api/documents/" + encodeURIComponent(id)).then(function (doc) {
      if (doc.error) { box.innerHTML = '<span class="dl-error">' + esc(doc.error) + "</span>"; return; }
      var spans = (doc.mentions || []).map(function (m) {
        return { start: m.start, end: m.end, color: MARK_COLORS[m.kind] || "#eee", title: m.kind + ": " + m.label, cls: m.kind === "event" ? "evidence" : "" };
      });
      var legend = Object.keys(MARK_COLORS).map(function (k) { return '<span style="--c:' + MARK_COLORS[k] + '">' + k + "</span>"; }).join("");
      box.innerHTML = "<h3>" + esc(doc.title || doc.id) + ' <span class="dl-muted">' + esc(doc.source || "") + " " + esc(doc.published || "") + "</span></h3>" +
        (doc.published_estimate ? '<div class="dl-muted">publication date estimated: ' + esc(doc.published_estimate.value) + " (" + esc(doc.published_estimate.basis) + ")</div>" : "") +
        (doc.errors && doc.errors.length ? '<ul class="dl-claims dl-error">' + doc.errors.map(function (e) { return "<li>" + esc(e) + "</li>"; }).join("") + "</ul>" : "") +
        '<div class="dl-legend">' + legend + '</div><div class="dl-doc" style="max-height:560px">' + highlight(doc.text, spans, doc.boilerplate) + "</div>";
    });
  }

  /* ---- start ---- */

  function start() {
    var root = document.getElementById("dateline-app");
    layout(root);
    if (EMBEDDED && EMBEDDED.meta) {
      document.title = EMBEDDED.meta.title;
      root.querySelector("header h1").textContent = EMBEDDED.meta.title;
      root.querySelector("#dl-stats").setAttribute("data-generated", EMBEDDED.meta.generated);
    }
    Promise.all([api("/api/events", { limit: 5000 }), api("/api/stories"), api("/api/basemap", { cells: 110 }), api("/api/documents")]).then(function (res) {
      if (res[0].error) { root.querySelector("#dl-stats").textContent = res[0].error; return; }
      state.events = res[0].events || [];
      state.stories = res[1].stories || [];
      state.basemap = res[2].error ? null : res[2];
      var types = {};
      state.events.forEach(function (e) { types[e.event_type] = 1; });
      var sel = document.getElementById("dl-type");
      Object.keys(types).sort().forEach(function (t) { sel.appendChild(el("option", { value: t }, esc(t))); });
      var storySel = document.getElementById("dl-story");
      state.stories.forEach(function (s) { storySel.appendChild(el("option", { value: s.story_id }, esc(s.title))); });
      applyFilters();
      loadTimeline();
      renderDocuments(res[3].documents || [], EMBEDDED && EMBEDDED.meta ? EMBEDDED.meta.errors : []);
      // Open on the best-attested event (or the one named in ?event=ID), so the evidence shows at once.
      var wanted = /[?&]event=([^&]+)/.exec(location.search);
      var best = state.shown.reduce(function (a, e) { return !a || (e.source_count || 0) > (a.source_count || 0) ? e : a; }, null);
      if (wanted) selectEvent(decodeURIComponent(wanted[1]));
      else if (EMBEDDED && EMBEDDED.select) selectEvent(EMBEDDED.select);
      else if (best) selectEvent(best.event_id);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
