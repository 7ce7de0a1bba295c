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
  var actorsOf = spec.actors_of || {};
  function isLink(trace) { return Boolean(trace.meta && trace.meta.shape === "link"); }
  // hover labels are written once per event: put one back on every item that draws it
  spec.data.forEach(function (trace) {
    if (isLink(trace) || !trace.customdata) { return; }
    trace.hovertext = trace.customdata.map(function (id) {
      return id === null || labels[id] === undefined ? null : labels[id];
    });
  });
  var original = spec.data.map(function (trace) {
    return {x: trace.x, y: trace.y, base: trace.base, customdata: trace.customdata || [],
            hovertext: trace.hovertext};
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
    return Array.isArray(found) && found.indexOf(Number(wanted)) >= 0;
  }
  function filtered(trace, wanted) {
    var out = {x: [], y: [], customdata: []};
    if (trace.base) { out.base = []; }
    if (trace.hovertext) { out.hovertext = []; }
    var keptLast = false;
    var ids = {};
    for (var i = 0; i < trace.customdata.length; i++) {
      var id = trace.customdata[i];
      var gap = id === null || id === undefined;
      var keep = gap ? keptLast : (wanted === "" || hasActor(id, wanted));
      if (keep) {
        out.x.push(trace.x[i]);
        out.y.push(trace.y[i]);
        out.customdata.push(gap ? null : id);
        if (out.base) { out.base.push(trace.base[i]); }
        if (out.hovertext) { out.hovertext.push(trace.hovertext[i]); }
        if (!gap) { ids[id] = true; }
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
      if (!isLink(trace)) { Object.assign(shown, result.ids); }
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
.about code { font-size: .85rem; background: #f2f3f5; padding: 0 .25rem; border-radius: 3px; }
.about details { display: inline-block; vertical-align: top; }
.about details ul { margin: .3rem 0; padding-left: 1.2rem; }
.controls { margin: 1rem 0 .5rem; display: flex; gap: .75rem; align-items: center; }
#shown-count { color: #555; font-size: .9rem; }
/* the range slider: a light veil (not plotly's dark one) over what lies outside the view */
.js-plotly-plot .rangeslider-mask-min, .js-plotly-plot .rangeslider-mask-max { fill: rgba(40, 50, 70, 0.14) !important; }
.js-plotly-plot .rangeslider-grabber-min rect, .js-plotly-plot .rangeslider-grabber-max rect { stroke: #8a93a0 !important; }
#undated li { margin: .3rem 0; }
#undated .quote { color: #555; font-style: italic; }
"""
