"""The inline script and style of the exported HTML page (no server, no network)."""

from __future__ import annotations

#: draws the figure from the page's one JSON blob and filters it by actor in the page.
PAGE_SCRIPT = r"""
(function () {
  "use strict";
  var spec = JSON.parse(document.getElementById("timeline-figure").textContent);
  var chart = document.getElementById("timeline");
  var select = document.getElementById("actor-filter");
  var count = document.getElementById("shown-count");
  var config = {responsive: true, displaylogo: false, scrollZoom: true};
  var actors = (spec.layout.meta && spec.layout.meta.actors) || [];
  var labels = spec.labels || {};
  spec.data.forEach(function (trace) {
    (trace.customdata || []).forEach(function (row) {
      if (row && row[0] !== null && row[1] === null && labels[row[0]] !== undefined) {
        row[1] = labels[row[0]];
      }
    });
  });
  var actorsOf = {};
  var original = spec.data.map(function (trace) {
    var rows = trace.customdata || [];
    if (!trace.meta || trace.meta.shape !== "link") {
      rows.forEach(function (row) { if (row && row[0] !== null) { actorsOf[row[0]] = row[2]; } });
    }
    return {x: trace.x, y: trace.y, base: trace.base, customdata: rows};
  });
  var total = Object.keys(actorsOf).length;
  actors.forEach(function (name, index) {
    var option = document.createElement("option");
    option.value = String(index);
    option.textContent = name;
    select.appendChild(option);
  });
  function hasActor(id, wanted) {
    var found = actorsOf[id];
    return typeof found === "string" && found !== "" && found.split(",").indexOf(wanted) >= 0;
  }
  function filtered(trace, wanted) {
    var out = {x: [], y: [], customdata: []};
    if (trace.base) { out.base = []; }
    var keptLast = false;
    var ids = {};
    for (var i = 0; i < trace.customdata.length; i++) {
      var row = trace.customdata[i];
      var gap = !row || row[0] === null;
      var keep = gap ? keptLast : (wanted === "" || hasActor(row[0], wanted));
      if (keep) {
        out.x.push(trace.x[i]);
        out.y.push(trace.y[i]);
        out.customdata.push(row);
        if (out.base) { out.base.push(trace.base[i]); }
        if (!gap) { ids[row[0]] = true; }
      }
      keptLast = keep && !gap;
    }
    return {arrays: out, ids: ids};
  }
  function show() {
    var wanted = select.value;
    var shown = {};
    var data = spec.data.map(function (trace, index) {
      var result = filtered(original[index], wanted);
      if (!trace.meta || trace.meta.shape !== "link") { Object.assign(shown, result.ids); }
      return Object.assign({}, trace, result.arrays);
    });
    var layout = chart.layout || spec.layout;
    count.textContent = "Showing " + Object.keys(shown).length + " of " + total + " dated events";
    chart.setAttribute("data-shown", String(Object.keys(shown).length));
    return Plotly.react(chart, data, layout, config);
  }
  select.addEventListener("change", show);
  Plotly.newPlot(chart, spec.data, spec.layout, config).then(function () {
    count.textContent = "Showing " + total + " of " + total + " dated events";
    chart.setAttribute("data-shown", String(total));
    document.body.setAttribute("data-ready", "true");
  });
})();
"""

PAGE_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.5rem; margin: 0 0 .4rem; }
h2 { font-size: 1.15rem; margin-top: 1.5rem; }
.about { color: #555; font-size: .9rem; margin: .15rem 0; }
.controls { margin: 1rem 0 .5rem; display: flex; gap: .75rem; align-items: center; }
#shown-count { color: #555; font-size: .9rem; }
#undated li { margin: .3rem 0; }
#undated .quote { color: #555; font-style: italic; }
"""
