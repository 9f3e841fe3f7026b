// Draws the page's chart from the JSON in <script id="chart-data"> (no inline script:
// the Content-Security-Policy allows only scripts served from this origin).
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  var target = document.getElementById("chart");
  if (!holder || !target || typeof Plotly === "undefined") { return; }
  var chart = JSON.parse(holder.textContent);
  var layout = { margin: { t: 30, r: 60, b: 60, l: 50 }, xaxis: { type: "category" }, legend: { orientation: "h" } };
  var config = { displaylogo: false, responsive: true };
  var traces = [];
  function column(rows, key) { return rows.map(function (r) { return r[key]; }); }
  if (chart.kind === "dyad") {
    var periods = column(chart.series, "period");
    [["verbal_cooperation", "verbal cooperation", "#8fc98f"], ["material_cooperation", "material cooperation", "#2e8b57"],
     ["verbal_conflict", "verbal conflict", "#f4a261"], ["material_conflict", "material conflict", "#c0392b"]]
      .forEach(function (q) {
        traces.push({ type: "bar", x: periods, y: column(chart.series, q[0]), name: q[1], marker: { color: q[2] } });
      });
    traces.push({ type: "scatter", mode: "lines+markers", x: periods, y: column(chart.series, "goldstein_sum"),
                  name: "Goldstein sum", yaxis: "y2", line: { color: "#222" } });
    layout.barmode = "stack";
    layout.yaxis = { title: { text: "events" } };
    layout.yaxis2 = { title: { text: "Goldstein" }, overlaying: "y", side: "right", zeroline: true };
  } else if (chart.kind === "issue") {
    ["articles", "quotes", "events"].forEach(function (k) {
      traces.push({ type: "scatter", mode: "lines+markers", x: column(chart.timeline, "period"), y: column(chart.timeline, k), name: k });
    });
  } else if (chart.kind === "actor") {
    ["articles", "quotes", "events_as_source", "events_as_target"].forEach(function (k) {
      traces.push({ type: "bar", x: column(chart.timeline, "period"), y: column(chart.timeline, k), name: k.replace(/_/g, " ") });
    });
  }
  if (!traces.length || !traces[0].x.length) { target.textContent = "No data to chart."; return; }
  Plotly.newPlot(target, traces, layout, config);
})();
