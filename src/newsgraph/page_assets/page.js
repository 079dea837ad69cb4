// newsgraph actor network page.
// Every piece of article text reaches the screen through textContent or the vis canvas,
// never through innerHTML: the data comes from untrusted news text.
"use strict";

// pyvis's page globals, kept so users' scripts and tests can reach the graph.
var network;
var nodes;
var edges;

(function () {
  performance.mark("ng-start");  // marks let benchmarks see where load time goes
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  performance.mark("ng-parsed");
  var container = document.getElementById("mynetwork");
  var tooltip = document.getElementById("ng-tooltip");
  var details = document.getElementById("ng-details");
  var showOthersBox = document.getElementById("ng-show-others");
  var showIsolatedBox = document.getElementById("ng-show-isolated");
  var colorBySelect = document.getElementById("ng-color-by");
  var bins = data.months || [];

  var state = {showOthers: false, showIsolated: false, showCandidates: false, families: {},
               colorBy: data.colorBy,
               from: 0, to: Math.max(bins.length - 1, 0)};
  data.families.forEach(function (f) {
    state.families[f.family] = true;
  });

  // colour by community or by entity type: the kind colour is what the data carries
  var kindColor = {};
  data.nodes.forEach(function (n) { kindColor[n.id] = n.color; });
  function nodeColor(n, by) {
    if (by !== "community") { return kindColor[n.id]; }
    var c = n.ngCommunityColor;
    return {background: c, border: "#333333", highlight: {background: c, border: "#111111"},
            hover: {background: c, border: "#111111"}};
  }
  data.nodes.forEach(function (n) { n.color = nodeColor(n, state.colorBy); });
  colorBySelect.value = state.colorBy;

  nodes = new vis.DataSet(data.nodes);
  edges = new vis.DataSet(data.edges);

  var isActor = {};
  var relationCount = {};
  data.nodes.forEach(function (n) { isActor[n.id] = n.ngActor; relationCount[n.id] = 0; });
  data.edges.forEach(function (e) {
    relationCount[e.from] = (relationCount[e.from] || 0) + 1;
    if (e.to !== e.from) { relationCount[e.to] = (relationCount[e.to] || 0) + 1; }
  });

  var actorTotal = data.nodes.filter(function (n) { return n.ngActor; }).length;
  if (actorTotal === 0 && data.nodes.length > 0) {
    state.showOthers = true;  // nothing else to show
    showOthersBox.checked = true;
  }

  // What is drawn: edges of the chosen families and time range between shown kinds of
  // node; a node is drawn when one of those edges touches it (or isolated ones are asked for).
  function kindShown(id) { return state.showOthers || isActor[id] === true; }
  function inRange(e) {
    if (!bins.length || !e.ngMonths.length) { return true; }  // undated: always shown
    var lo = bins[state.from].start;
    var hi = bins[state.to].end;
    for (var i = 0; i < e.ngMonths.length; i++) {
      if (e.ngMonths[i] >= lo && e.ngMonths[i] <= hi) { return true; }
    }
    return false;
  }
  var edgeOn = {};
  var linked = {};
  function recompute() {
    edgeOn = {};
    linked = {};
    data.edges.forEach(function (e) {
      if ((e.ngAsserted || state.showCandidates) && state.families[e.ngFamily] !== false &&
          kindShown(e.from) && kindShown(e.to) && inRange(e)) {
        edgeOn[e.id] = true;
        if (e.from !== e.to) { linked[e.from] = true; linked[e.to] = true; }
      }
    });
  }
  recompute();
  function nodeShown(id) { return kindShown(id) && (state.showIsolated || linked[id] === true); }

  var nodeView = new vis.DataView(nodes, {filter: function (n) { return nodeShown(n.id); }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return edgeOn[e.id] === true; }});
  var isolatedLabel = document.getElementById("ng-isolated-label");
  function updateIsolatedLabel() {
    var count = 0;
    data.nodes.forEach(function (n) { if (kindShown(n.id) && !linked[n.id]) { count++; } });
    isolatedLabel.textContent = "show " + count + (count === 1 ? " entity" : " entities") +
      " without a shown relation";
  }
  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    updateIsolatedLabel();
    if (nodeView.length > 0 && data.nodes.length > 0) {
      document.getElementById("ng-empty").hidden = true;
    }
  }
  updateIsolatedLabel();

  // ---- small DOM helpers (text only) ----
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null && text !== "") { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function fmt(x) { return (Math.round(Number(x) * 1000) / 1000).toString(); }

  // ---- header controls, legend ----
  var kindList = document.getElementById("ng-kinds");
  data.kinds.forEach(function (k) {
    var item = el("li", k.actor ? "ng-kind" : "ng-kind ng-non-actor");
    var swatch = el("span", "ng-swatch ng-dot");
    swatch.style.background = k.color;
    item.appendChild(swatch);
    item.appendChild(el("span", "", k.label + (k.actor ? "" : " (non-actor)")));
    item.appendChild(el("span", "ng-kind-count", String(k.count)));
    kindList.appendChild(item);
  });

  var familyBox = document.getElementById("ng-families");
  data.families.forEach(function (f) {
    var label = el("label", "ng-family");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = state.families[f.family];
    box.value = f.family;
    box.disabled = f.count === 0;
    box.addEventListener("change", function () {
      state.families[f.family] = box.checked;
      refresh();
    });
    var swatch = el("span", "ng-swatch ng-line");
    swatch.style.background = f.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", "", f.label + " (" + f.count + ")"));
    familyBox.appendChild(label);
  });

  var names = document.getElementById("ng-names");
  data.nodes.slice().sort(function (a, b) { return a.ngLabel.localeCompare(b.ngLabel); })
    .forEach(function (n) {
      var option = document.createElement("option");
      option.value = n.ngLabel;
      names.appendChild(option);
    });

  // ---- content builders for tooltips and the details panel ----
  function nodeContent(id, withTimeline) {
    var n = nodes.get(id);
    var box = el("div", "ng-card");
    if (!n) { return box; }
    box.appendChild(el("h3", "", n.ngLabel));
    box.appendChild(el("p", "ng-kind-line", n.ngKindLabel + (n.ngActor ? "" : " · not an actor")));
    if (n.ngNames.length) {
      var also = el("p", "ng-names");
      also.appendChild(el("span", "ng-key", "Also named: "));
      also.appendChild(document.createTextNode(n.ngNames.join("; ")));
      box.appendChild(also);
    }
    var c = relationCount[id] || 0;
    box.appendChild(el("p", "ng-meta",
      c + (c === 1 ? " relation" : " relations") + " · degree centrality " + fmt(n.ngDegree) +
      " · betweenness " + fmt(n.ngBetweenness) + " · community " + n.ngCommunity));
    if (n.ngIri) { box.appendChild(el("p", "ng-meta ng-iri", n.ngIri)); }
    if (withTimeline) { box.appendChild(timeline(id)); }
    return box;
  }

  // an actor's relations in time order, each with its sentence, article and date
  var TIMELINE_LIMIT = 200;
  function timeline(id) {
    var items = [];
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) { return; }
      e.ngEvidence.forEach(function (s) {
        items.push({when: s.date || s.articleDate || "", edge: e, s: s});
      });
    });
    items.sort(function (a, b) {
      if (!a.when !== !b.when) { return a.when ? -1 : 1; }  // undated last
      return a.when < b.when ? -1 : a.when > b.when ? 1 :
        (a.s.article + a.s.sentence).localeCompare(b.s.article + b.s.sentence);
    });
    var section = el("section", "ng-timeline");
    section.appendChild(el("h4", "", "Relations in time order"));
    if (!items.length) { section.appendChild(el("p", "ng-hint", "No relations.")); }
    var list = el("ol", "ng-statements");
    items.slice(0, TIMELINE_LIMIT).forEach(function (item) {
      var row = el("li", "ng-statement");
      row.appendChild(el("p", "ng-when", item.when || "undated"));
      row.appendChild(el("p", "ng-edge-head",
        item.edge.ngFrom + " → " + item.edge.ngPredicate + " → " + item.edge.ngTo));
      row.appendChild(el("blockquote", "", item.s.sentence));
      if (item.s.article) { row.appendChild(el("p", "ng-meta ng-article", item.s.article)); }
      list.appendChild(row);
    });
    section.appendChild(list);
    if (items.length > TIMELINE_LIMIT) {
      section.appendChild(el("p", "ng-hint", "The first " + TIMELINE_LIMIT + " of " +
        items.length + " statements."));
    }
    return section;
  }

  function edgeContent(id) {
    var e = edges.get(id);
    var box = el("div", "ng-card");
    if (!e) { return box; }
    var head = el("h3", "ng-edge-head");
    head.appendChild(el("span", "", e.ngFrom));
    head.appendChild(el("span", "ng-arrow", " → " + e.ngPredicate + " → "));
    head.appendChild(el("span", "", e.ngTo));
    box.appendChild(head);
    var summary = e.ngCount + (e.ngCount === 1 ? " statement" : " statements");
    if (!e.ngAsserted) { summary += " · not asserted: confidence below the threshold"; }
    if (e.ngNegated) { summary += " (" + e.ngNegated + " negated)"; }
    var fam = data.families.filter(function (f) { return f.family === e.ngFamily; })[0];
    box.appendChild(el("p", "ng-kind-line", summary + " · " + (fam ? fam.label : e.ngFamily)));
    var list = el("ol", "ng-statements");
    e.ngEvidence.forEach(function (s) {
      var item = el("li", s.negated ? "ng-statement ng-negated" : "ng-statement");
      item.appendChild(el("blockquote", "", s.sentence));
      var meta = el("p", "ng-meta");
      var bits = [];
      if (s.negated) { bits.push(["ng-badge", "negated"]); }
      if (s.modality) { bits.push(["ng-badge ng-modality", s.modality]); }
      var when = s.date && s.time && s.date !== s.time ? s.time + " (" + s.date + ")" : (s.time || s.date);
      if (when) { bits.push(["", "time: " + when]); }
      if (s.place) { bits.push(["", "place: " + s.place]); }
      if (s.attributed_to) { bits.push(["", "according to " + s.attributed_to]); }
      if (s.confidence !== "") { bits.push(["", "confidence " + fmt(s.confidence)]); }
      if (s.article) { bits.push(["ng-article", s.article]); }
      bits.forEach(function (b, i) {
        if (i) { meta.appendChild(document.createTextNode(" · ")); }
        meta.appendChild(el("span", b[0], b[1]));
      });
      item.appendChild(meta);
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function showDetails(content) {
    clear(details);
    details.appendChild(el("h2", "", "Details"));
    details.appendChild(content);
  }

  // ---- tooltip: our own element, filled with text nodes ----
  var hideTimer = null;
  function showTip(content, pointer) {
    if (hideTimer) { clearTimeout(hideTimer); hideTimer = null; }
    clear(tooltip);
    tooltip.appendChild(content);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + window.scrollX + pointer.x + 14;
    var y = box.top + window.scrollY + pointer.y + 14;
    var width = tooltip.offsetWidth;
    var height = tooltip.offsetHeight;
    if (x + width > window.scrollX + window.innerWidth - 8) { x = Math.max(8, x - width - 28); }
    if (y + height > window.scrollY + window.innerHeight - 8) {
      y = Math.max(window.scrollY + 8, window.scrollY + window.innerHeight - height - 8);
    }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTip(delay) {
    if (hideTimer) { clearTimeout(hideTimer); }
    hideTimer = setTimeout(function () { tooltip.hidden = true; hideTimer = null; }, delay || 0);
  }
  // the pointer may move into a long tooltip to scroll it
  tooltip.addEventListener("mouseenter", function () {
    if (hideTimer) { clearTimeout(hideTimer); hideTimer = null; }
  });
  tooltip.addEventListener("mouseleave", function () { hideTip(100); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(0); }
  });
  // vis sends no blur event when the pointer leaves the canvas
  container.addEventListener("mouseleave", function () { hideTip(250); });

  // ---- the network ----
  window.newsgraph = {
    settled: false,
    drawnNodeIds: function () { return network.body.nodeIndices.slice(); },
    drawnEdgeIds: function () { return network.body.edgeIndices.slice(); }
  };
  var progress = el("div", "ng-progress");
  progress.hidden = true;
  container.appendChild(progress);

  var layoutStart = performance.now();
  performance.mark("ng-network");
  network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  performance.mark("ng-drawn");

  // The most central actors' labels stay readable at any zoom: their font grows as the
  // view zooms out (the page opens zoomed out on a big network) and shrinks back in.
  var majors = data.nodes.filter(function (n) { return n.ngMajor; }).map(function (n) { return n.id; });
  var majorFont = 0;
  function sizeMajorLabels() {
    var scale = network.getScale() || 1;
    var size = Math.round(Math.min(Math.max(data.majorLabelPx / scale, 14), 400));
    if (!majors.length || size === majorFont) { return; }
    majorFont = size;
    nodes.update(majors.map(function (id) { return {id: id, font: {size: size}}; }));
  }
  var labelFrame = null;
  network.on("zoom", function () {
    if (labelFrame === null) {
      labelFrame = requestAnimationFrame(function () { labelFrame = null; sizeMajorLabels(); });
    }
  });

  function settle() {
    performance.mark("ng-settled");
    sizeMajorLabels();
    // physics stops once the layout is stable, so the page stays still and cheap
    network.setOptions({physics: {enabled: false}});
    progress.hidden = true;
    document.body.setAttribute("data-settled", "true");
    window.newsgraph.settled = true;
    if (pendingFocus !== null) { focusNode(pendingFocus); pendingFocus = null; }
  }
  network.on("stabilizationProgress", function (p) {
    if (performance.now() - layoutStart > data.layoutTimeLimitMs) {
      network.stopSimulation();  // a slow machine: keep the layout as it is now
    }
    progress.hidden = false;
    progress.textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.on("stabilizationIterationsDone", settle);

  network.on("hoverNode", function (p) { showTip(nodeContent(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeContent(p.edge), p.pointer.DOM); });
  network.on("blurNode", function () { hideTip(250); });
  network.on("blurEdge", function () { hideTip(250); });
  network.on("dragStart", function () { hideTip(0); });
  network.on("zoom", function () { hideTip(0); });
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails(nodeContent(p.nodes[0], true)); }
    else if (p.edges.length) { showDetails(edgeContent(p.edges[0])); }
  });

  function relayout() {
    document.body.removeAttribute("data-settled");
    window.newsgraph.settled = false;
    layoutStart = performance.now();
    if (nodeView.length === 0) { settle(); return; }  // nothing to lay out: no event comes
    network.setOptions({physics: {enabled: true}});
    network.stabilize(data.options.physics.stabilization.iterations);
  }

  showOthersBox.addEventListener("change", function () {
    state.showOthers = showOthersBox.checked;
    refresh();
    relayout();
  });
  // statements below the confidence threshold: not asserted, drawn dashed on request
  var candidatesToggle = document.getElementById("ng-candidates-toggle");
  var showCandidatesBox = document.getElementById("ng-show-candidates");
  if (data.candidateCount > 0) {
    candidatesToggle.hidden = false;
    document.getElementById("ng-candidates-label").textContent = "show " + data.candidateCount +
      (data.candidateCount === 1 ? " relation" : " relations") +
      " below the confidence threshold (not asserted, dashed)";
  }
  showCandidatesBox.addEventListener("change", function () {
    state.showCandidates = showCandidatesBox.checked;
    refresh();
  });
  showIsolatedBox.addEventListener("change", function () {
    state.showIsolated = showIsolatedBox.checked;
    refresh();
  });
  colorBySelect.addEventListener("change", function () {
    state.colorBy = colorBySelect.value;
    nodes.update(data.nodes.map(function (n) {
      return {id: n.id, color: nodeColor(n, state.colorBy)};
    }));
    communityBox.hidden = state.colorBy !== "community" || !data.communities.length;
  });

  // ---- communities ----
  var communityBox = document.getElementById("ng-communities");
  var communityList = document.getElementById("ng-community-list");
  data.communities.forEach(function (c) {
    var item = el("li", "ng-community");
    var button = el("button", "ng-community-button");
    button.type = "button";
    var swatch = el("span", "ng-swatch ng-dot");
    swatch.style.background = c.color;
    button.appendChild(swatch);
    button.appendChild(el("span", "", c.name));
    button.appendChild(el("span", "ng-kind-count", String(c.size)));
    button.addEventListener("click", function () {
      var members = data.nodes.filter(function (n) {
        return n.ngCommunity === c.id && nodeShown(n.id);
      }).map(function (n) { return n.id; });
      network.selectNodes(members);
      if (members.length) { network.fit({nodes: members, animation: {duration: 400}}); }
    });
    item.appendChild(button);
    communityList.appendChild(item);
  });
  communityBox.hidden = state.colorBy !== "community" || !data.communities.length;

  // ---- time: statements per period, and a range that filters the relations ----
  var timeBox = document.getElementById("ng-time");
  var strip = document.getElementById("ng-strip");
  var fromInput = document.getElementById("ng-from");
  var toInput = document.getElementById("ng-to");
  var rangeLabel = document.getElementById("ng-range-label");
  var stripFamilies = data.families.filter(function (f) { return f.family !== "other"; });
  var bars = [];
  if (bins.length > 1) {
    timeBox.hidden = false;
    var top = 1;
    bins.forEach(function (b) {
      var total = 0;
      stripFamilies.forEach(function (f) { total += b.counts[f.family] || 0; });
      top = Math.max(top, total);
    });
    bins.forEach(function (b) {
      var bar = el("div", "ng-bar");
      var parts = [];
      stripFamilies.forEach(function (f) {
        var n = b.counts[f.family] || 0;
        if (!n) { return; }
        var seg = el("div", "ng-seg");
        seg.style.height = (100 * n / top) + "%";
        seg.style.background = f.color;
        bar.appendChild(seg);
        parts.push(n + " " + f.label.toLowerCase());
      });
      bar.title = b.label + (parts.length ? ": " + parts.join(", ") : ": none");
      strip.appendChild(bar);
      bars.push(bar);
    });
    fromInput.max = toInput.max = String(bins.length - 1);
    fromInput.value = "0";
    toInput.value = String(bins.length - 1);
  }
  function showRange() {
    if (!bins.length) { return; }
    rangeLabel.textContent = bins[state.from].label + " – " + bins[state.to].label;
    bars.forEach(function (bar, i) {
      bar.className = i >= state.from && i <= state.to ? "ng-bar ng-in-range" : "ng-bar";
    });
  }
  function onRange(moved) {
    var lo = Number(fromInput.value);
    var hi = Number(toInput.value);
    if (lo > hi) {  // the handle being moved pushes the other one
      if (moved === fromInput) { hi = lo; toInput.value = String(hi); }
      else { lo = hi; fromInput.value = String(lo); }
    }
    state.from = lo;
    state.to = hi;
    showRange();
    refresh();
  }
  fromInput.addEventListener("input", function () { onRange(fromInput); });
  toInput.addEventListener("input", function () { onRange(toInput); });
  showRange();

  // ---- search ----
  var search = document.getElementById("ng-search");
  var status = document.getElementById("ng-search-status");
  var lastQuery = "";
  var matchIndex = 0;
  function matches(query) {
    var q = query.toLowerCase();
    var scored = [];
    nodes.forEach(function (n) {
      var label = n.ngLabel.toLowerCase();
      var score = label === q ? 0 : label.indexOf(q) === 0 ? 1 : label.indexOf(q) >= 0 ? 2 :
        n.ngNames.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }) ? 3 : -1;
      if (score >= 0) { scored.push([score + (n.ngActor ? 0 : 0.5), n.ngLabel, n.id]); }
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1].localeCompare(b[1]); });
    return scored.map(function (s) { return s[2]; });
  }
  var pendingFocus = null;
  function focusNode(id) {
    network.focus(id, {scale: 1.2, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
  }
  function runSearch() {
    var query = search.value.trim();
    if (!query) { status.textContent = ""; network.unselectAll(); return; }
    var found = matches(query);
    if (!found.length) { status.textContent = "No match for “" + query + "”"; return; }
    matchIndex = query === lastQuery ? (matchIndex + 1) % found.length : 0;
    lastQuery = query;
    var id = found[matchIndex];
    if (!nodeShown(id)) {
      if (!kindShown(id)) { showOthersBox.checked = true; state.showOthers = true; }
      state.showIsolated = state.showIsolated || !linked[id];
      showIsolatedBox.checked = state.showIsolated;
      refresh();
      relayout();
      pendingFocus = id;  // the layout is moving: focus once it has settled
    } else {
      focusNode(id);
    }
    network.selectNodes([id]);
    showDetails(nodeContent(id, true));
    status.textContent = found.length > 1 ? (matchIndex + 1) + " of " + found.length + " matches" : "";
  }
  document.getElementById("ng-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    runSearch();
  });
  search.addEventListener("input", function (event) {
    // picking a name from the suggestion list searches at once
    if (!event.inputType || event.inputType === "insertReplacementText") { runSearch(); }
  });

  // ---- empty graphs ----
  var empty = document.getElementById("ng-empty");
  if (data.nodes.length === 0) {
    empty.textContent = "No statements were found in the article(s).";
    empty.hidden = false;
  } else if (actorTotal === 0) {
    empty.textContent = "No actors were found; showing the other entities.";
    empty.hidden = false;
  } else if (nodeView.length === 0) {
    empty.textContent = "No relation between actors is asserted; the toggles above show " +
      "the entities without one.";
    empty.hidden = false;
  }

  if (nodeView.length === 0) { settle(); }
})();
