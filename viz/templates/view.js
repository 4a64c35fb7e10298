/* medatlas view: draws the graph with vis-network, and adds search, filters, legend, tooltips
 * and a details panel. Text from the data is only ever set with textContent / createTextNode
 * (never innerHTML), so a label or quote cannot become markup. */
(function () {
  "use strict";
  var started = performance.now();
  var payload = JSON.parse(document.getElementById("medatlas-data").textContent);
  var records = new Map();
  var edgeRecords = new Map();
  var adjacency = new Map();
  var state = { segment: "", usecase: "", source: "", year: "", hidden: new Set() };
  var visible = new Set();

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function joinNames(rec) {
    var parts = [];
    if (rec.zh) parts.push(rec.zh);
    if (rec.en && rec.en !== rec.zh) parts.push(rec.en);
    return parts.length ? parts.join(" · ") : rec.label;
  }
  function figureText(f) {
    var text = f.measure + ": " + f.value + (f.unit ? " " + f.unit : "");
    if (f.period) text += " (" + f.period + ")";
    return text;
  }
  function sourceLabel(s) {
    return s.title && s.title !== s.file ? s.title + " (" + s.file + ")" : s.file;
  }

  /* ---- hover tooltips: DOM elements, text only ---- */
  function nodeTooltip(rec) {
    var box = el("div");
    box.appendChild(el("div", "t", joinNames(rec)));
    box.appendChild(el("div", "m", rec.typeLabel));
    rec.figures.slice(0, 3).forEach(function (f) {
      box.appendChild(el("div", null, figureText(f)));
    });
    if (rec.sources.length) {
      var line = el("div", "m", "Sources 来源: " + rec.sources.length + " ");
      line.appendChild(el("q", null, rec.sources[0].quote));
      box.appendChild(line);
    }
    return box;
  }
  function edgeTooltip(rec) {
    var box = el("div");
    box.appendChild(el("div", "t", rec.relLabel));
    var from = records.get(rec.from), to = records.get(rec.to);
    box.appendChild(el("div", "m", (from ? from.label : rec.from) + " → " + (to ? to.label : rec.to)));
    if (rec.sources.length) {
      var line = el("div", "m", sourceLabel(rec.sources[0]) + " ");
      line.appendChild(el("q", null, rec.sources[0].quote));
      box.appendChild(line);
    }
    return box;
  }

  /* ---- data ---- */
  payload.nodes.forEach(function (n) {
    records.set(n.id, n);
    adjacency.set(n.id, []);
    n.search = n.names.map(function (x) { return String(x).toLowerCase(); });
  });
  payload.edges.forEach(function (e) {
    edgeRecords.set(e.id, e);
    if (adjacency.has(e.from)) adjacency.get(e.from).push(e.id);
    if (e.to !== e.from && adjacency.has(e.to)) adjacency.get(e.to).push(e.id);
  });
  var nodes = new vis.DataSet(payload.nodes.map(function (n) {
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, value: n.value, color: n.color,
      borderWidth: n.borderWidth, title: nodeTooltip(n)
    };
  }));
  var edges = new vis.DataSet(payload.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTooltip(e) };
  }));

  /* ---- filters ---- */
  function nodeMatches(rec) {
    if (state.hidden.has(rec.cls)) return false;
    if (state.segment && rec.seg.indexOf(state.segment) < 0) return false;
    if (state.usecase && rec.uc.indexOf(state.usecase) < 0) return false;
    if (state.source && rec.docs.indexOf(state.source) < 0) return false;
    if (state.year && rec.years.indexOf(state.year) < 0) return false;
    return true;
  }
  function recompute() {
    visible = new Set();
    payload.nodes.forEach(function (rec) { if (nodeMatches(rec)) visible.add(rec.id); });
  }
  recompute();
  var nodesView = new vis.DataView(nodes, { filter: function (item) { return visible.has(item.id); } });
  var edgesView = new vis.DataView(edges, {
    filter: function (item) {
      var rec = edgeRecords.get(item.id);
      if (!visible.has(rec.from) || !visible.has(rec.to)) return false;
      return !state.source || rec.docs.indexOf(state.source) >= 0;
    }
  });
  function showCount() {
    var text = nodesView.length + " / " + payload.nodes.length + " nodes 节点 · " +
      edgesView.length + " / " + payload.edges.length + " edges 关系";
    var totals = payload.meta.totals;
    if (totals.allNodes > payload.nodes.length) {
      text += " · " + totals.allNodes + " nodes in all 总计";
    }
    document.getElementById("count").textContent = text;
  }
  function applyFilters() {
    recompute();
    nodesView.refresh();
    edgesView.refresh();
    showCount();
  }

  document.querySelectorAll("select[data-facet]").forEach(function (select) {
    var facet = select.getAttribute("data-facet");
    select.appendChild(new Option("— all 全部 —", ""));
    (payload.facets[facet] || []).forEach(function (f) {
      select.appendChild(new Option(f.label + " (" + f.count + ")", f.value));
    });
    select.disabled = !(payload.facets[facet] || []).length;
    select.addEventListener("change", function () {
      state[facet] = select.value;
      applyFilters();
    });
  });

  var legend = document.getElementById("legend");
  payload.legend.forEach(function (item) {
    var li = el("li");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "cls-" + item.cls;
    box.setAttribute("data-cls", item.cls);
    box.addEventListener("change", function () {
      if (box.checked) state.hidden.delete(item.cls); else state.hidden.add(item.cls);
      applyFilters();
    });
    var swatch = el("span", "swatch");
    swatch.style.backgroundColor = item.color;
    var label = el("label", null, item.label);
    label.htmlFor = box.id;
    li.appendChild(box);
    li.appendChild(swatch);
    li.appendChild(label);
    li.appendChild(el("span", "n", item.count));
    legend.appendChild(li);
  });

  function resetFilters() {
    state.segment = state.usecase = state.source = state.year = "";
    state.hidden.clear();
    document.querySelectorAll("select[data-facet]").forEach(function (s) { s.value = ""; });
    document.querySelectorAll("#legend input").forEach(function (b) { b.checked = true; });
    applyFilters();
  }
  document.getElementById("reset").addEventListener("click", resetFilters);

  /* ---- the network ---- */
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, payload.options);
  var api = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    records: records, ready: false, drawMs: null, meta: payload.meta
  };
  window.medatlas = api;
  network.once("afterDrawing", function () {
    api.drawMs = performance.now() - started;
    api.ready = true;
    document.body.setAttribute("data-ready", "1");
  });

  /* ---- details panel ---- */
  var details = document.getElementById("details");
  function sourceList(sources) {
    var ul = el("ul", "sources");
    sources.forEach(function (s) {
      var li = el("li");
      li.appendChild(el("div", "file", sourceLabel(s) + (s.start !== null ? " @" + s.start : "")));
      li.appendChild(el("q", null, s.quote));
      ul.appendChild(li);
    });
    return ul;
  }
  function showNode(id) {
    var rec = records.get(id);
    if (!rec) return;
    clear(details);
    details.appendChild(el("h2", null, joinNames(rec)));
    details.appendChild(el("p", "type", rec.typeLabel));
    var names = el("ul", "names");
    if (rec.zh) names.appendChild(el("li", null, "中文: " + rec.zh));
    if (rec.en) names.appendChild(el("li", null, "English: " + rec.en));
    if (rec.aliases.length) names.appendChild(el("li", null, "Aliases 别名: " + rec.aliases.join(", ")));
    if (rec.slug) names.appendChild(el("li", null, "slug: " + rec.slug));
    rec.attributes.forEach(function (a) { names.appendChild(el("li", null, a[0] + ": " + a[1])); });
    details.appendChild(names);
    details.appendChild(el("p", "iri", rec.id));
    if (rec.figures.length) {
      details.appendChild(el("h3", null, "Key figures 关键数据 (" + rec.figures.length + ")"));
      var figs = el("ul", "figures");
      rec.figures.forEach(function (f) {
        var li = el("li", null, figureText(f));
        if (f.text) li.appendChild(el("span", "file", " “" + f.text + "”"));
        li.appendChild(sourceList(f.sources));
        figs.appendChild(li);
      });
      details.appendChild(figs);
    }
    details.appendChild(el("h3", null, "Sources 来源 (" + rec.sources.length + ")"));
    details.appendChild(sourceList(rec.sources));
    var links = adjacency.get(id) || [];
    details.appendChild(el("h3", null, "Relations 关系 (" + links.length + ")"));
    var ul = el("ul", "relations");
    links.slice(0, 200).forEach(function (eid) {
      var e = edgeRecords.get(eid);
      var outgoing = e.from === id;
      var other = records.get(outgoing ? e.to : e.from);
      var li = el("li");
      var button = el("button", "rel", (outgoing ? "→ " : "← ") + e.label + " " + (other ? other.label : ""));
      button.type = "button";
      button.addEventListener("click", function () { select(other.id); });
      li.appendChild(button);
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }
  function showEdge(id) {
    var rec = edgeRecords.get(id);
    if (!rec) return;
    var from = records.get(rec.from), to = records.get(rec.to);
    clear(details);
    details.appendChild(el("h2", null, rec.relLabel));
    details.appendChild(el("p", "type", (from ? joinNames(from) : rec.from) + " → " + (to ? joinNames(to) : rec.to)));
    details.appendChild(el("h3", null, "Stated in 出处 (" + rec.sources.length + ")"));
    details.appendChild(sourceList(rec.sources));
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  /* ---- search ---- */
  function search(text) {
    var needle = String(text).trim().toLowerCase();
    if (!needle) return [];
    var hits = [];
    payload.nodes.forEach(function (rec) {
      var best = 3;
      rec.search.forEach(function (name) {
        if (name === needle) best = Math.min(best, 0);
        else if (name.indexOf(needle) === 0) best = Math.min(best, 1);
        else if (name.indexOf(needle) > 0) best = Math.min(best, 2);
      });
      if (best < 3) hits.push([best, -rec.value, rec.label, rec.id]);
    });
    hits.sort(function (a, b) {
      for (var i = 0; i < 3; i++) { if (a[i] < b[i]) return -1; if (a[i] > b[i]) return 1; }
      return 0;
    });
    return hits.map(function (h) { return h[3]; });
  }
  function select(id) {
    if (!records.has(id)) return false;
    if (!visible.has(id)) resetFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showNode(id);
    return true;
  }
  var input = document.getElementById("search");
  var results = document.getElementById("results");
  function listResults() {
    clear(results);
    search(input.value).slice(0, 20).forEach(function (id) {
      var rec = records.get(id);
      var li = el("li");
      var button = el("button", null, joinNames(rec) + " — " + rec.typeLabel);
      button.type = "button";
      button.addEventListener("click", function () { select(id); });
      li.appendChild(button);
      results.appendChild(li);
    });
  }
  input.addEventListener("input", listResults);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var hits = search(input.value);
      if (hits.length) select(hits[0]);
    }
  });

  api.search = search;
  api.select = select;
  api.showNode = showNode;
  api.showEdge = showEdge;
  api.resetFilters = resetFilters;
  api.setFilter = function (facet, value) {
    var select_ = document.querySelector('select[data-facet="' + facet + '"]');
    select_.value = value;
    select_.dispatchEvent(new Event("change"));
  };
  if (payload.meta.focus && records.has(payload.meta.focus)) {
    network.selectNodes([payload.meta.focus]);
    showNode(payload.meta.focus);
  }
  showCount();
})();
