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

  var state = {showOthers: false, families: {}};
  data.families.forEach(function (f) { state.families[f.family] = true; });

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

  function nodeShown(id) { return state.showOthers || isActor[id] === true; }

  var nodeView = new vis.DataView(nodes, {filter: function (n) { return nodeShown(n.id); }});
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      return state.families[e.ngFamily] !== false && nodeShown(e.from) && nodeShown(e.to);
    }
  });

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
    box.checked = true;
    box.value = f.family;
    box.disabled = f.count === 0;
    box.addEventListener("change", function () {
      state.families[f.family] = box.checked;
      edgeView.refresh();
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
  function nodeContent(id) {
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
    return box;
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

  function settle() {
    performance.mark("ng-settled");
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
    if (p.nodes.length) { showDetails(nodeContent(p.nodes[0])); }
    else if (p.edges.length) { showDetails(edgeContent(p.edges[0])); }
  });

  function relayout() {
    document.body.removeAttribute("data-settled");
    window.newsgraph.settled = false;
    layoutStart = performance.now();
    network.setOptions({physics: {enabled: true}});
    network.stabilize(data.options.physics.stabilization.iterations);
  }

  showOthersBox.addEventListener("change", function () {
    state.showOthers = showOthersBox.checked;
    nodeView.refresh();
    edgeView.refresh();
    relayout();
  });

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
      showOthersBox.checked = true;
      state.showOthers = true;
      nodeView.refresh();
      edgeView.refresh();
      relayout();
      pendingFocus = id;  // the layout is moving: focus once it has settled
    } else {
      focusNode(id);
    }
    network.selectNodes([id]);
    showDetails(nodeContent(id));
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
  }

  if (data.nodes.length === 0) { settle(); }
})();
