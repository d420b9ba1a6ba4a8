// Filters for the commitments list: narrows the table's rows by the values
// in their data-facets attribute ("region:KR-11 sector:cloud …"), counts
// each option among the rows the other filters leave, keeps the choice in
// the address so a view can be shared, and offers the visible rows as CSV.
// A list in several pages (data-pages) is filtered whole: the first filter
// chosen fetches the other pages and moves their rows into this table.
// No framework; the page works without this file (facet pages are links).
(function () {
  "use strict";
  // neutralise quotes a cell a spreadsheet would run as a formula: the rule
  // of the CSV downloads (generator/export's neutralise), held to the same
  // cases (generator/tabular/testdata/neutralise.json).
  function neutralise(s) {
    return /^'?[=+\-@\t\r]|^''/.test(s) ? "'" + s : s;
  }
  if (typeof document === "undefined") { // Node, in generator/export's test
    module.exports = neutralise;
    return;
  }
  var form = document.getElementById("filters");
  if (!form) return;
  var caption = document.getElementById(form.dataset.table);
  var table = caption && caption.closest("table");
  if (!table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");
  var link = document.getElementById("filter-link");
  var csv = document.getElementById("filter-csv");
  var csvURL = "";
  var d = form.dataset, pages = +d.pages || 1, current = +d.current || 1;
  var first = link.getAttribute("href"), loaded = pages < 2, loading = false;

  // facets[i] maps a facet key to the row's values for it.
  function facetsOf(tr) {
    var m = {};
    (tr.dataset.facets || "").split(" ").forEach(function (kv) {
      var at = kv.indexOf(":");
      if (at > 0) (m[kv.slice(0, at)] = m[kv.slice(0, at)] || []).push(kv.slice(at + 1));
    });
    return m;
  }
  var facets = rows.map(facetsOf);

  // loadAll moves the other pages' rows, in order, into this table; on
  // failure the filters keep to this page.
  function loadAll() {
    loading = true;
    status.textContent = d.loading.replace("{total}", d.total);
    var nums = [];
    for (var n = 1; n <= pages; n++) if (n !== current) nums.push(n);
    Promise.all(nums.map(function (n) {
      return fetch(n === 1 ? first : d.pageBase + n + "/").then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(function (html) {
        var c = new DOMParser().parseFromString(html, "text/html").getElementById(form.dataset.table);
        return Array.prototype.slice.call(c.closest("table").tBodies[0].rows);
      });
    })).then(function (lists) {
      var all = [];
      lists.splice(current - 1, 0, rows);
      lists.forEach(function (l) { all = all.concat(l); });
      var frag = document.createDocumentFragment();
      all.forEach(function (tr) { frag.appendChild(document.importNode(tr, true)); });
      table.tBodies[0].replaceChildren(frag);
      rows = Array.prototype.slice.call(table.tBodies[0].rows);
      facets = rows.map(facetsOf);
      var pager = document.querySelector(".pager");
      if (pager) pager.hidden = true;
    }).catch(function () {}).then(function () { loaded = true; apply(); });
  }

  function chosen() {
    var c = {};
    selects.forEach(function (s) { if (s.value) c[s.name] = s.value; });
    return c;
  }

  // fromURL selects the address's values, adding an option for a value the
  // list leaves out (the long tail of companies) so any value can be shared.
  function fromURL() {
    var q = new URLSearchParams(location.search);
    selects.forEach(function (s) {
      var v = q.get(s.name) || "";
      if (v && !Array.prototype.some.call(s.options, function (o) { return o.value === v; })) {
        var o = new Option(v, v);
        o.dataset.label = v;
        s.add(o);
      }
      s.value = v;
    });
  }

  function apply() {
    var c = chosen(), keys = Object.keys(c), shown = 0;
    if (!loaded && keys.length) {
      if (!loading) loadAll();
      return;
    }
    var counts = {};
    selects.forEach(function (s) { counts[s.name] = {}; });
    facets.forEach(function (f, i) {
      // The filters this row fails: none, it is shown and counts everywhere;
      // one, it counts only for that filter's other options.
      var failed = keys.filter(function (k) { return (f[k] || []).indexOf(c[k]) < 0; });
      rows[i].hidden = failed.length > 0;
      if (!failed.length) shown++;
      if (failed.length > 1) return;
      selects.forEach(function (s) {
        if (failed.length === 1 && failed[0] !== s.name) return;
        (f[s.name] || []).forEach(function (v) { counts[s.name][v] = (counts[s.name][v] || 0) + 1; });
      });
    });
    // Until then the options keep the whole list's counts.
    if (loaded) selects.forEach(function (s) {
      Array.prototype.forEach.call(s.options, function (o) {
        if (o.value) o.textContent = o.dataset.label + " (" + (counts[s.name][o.value] || 0) + ")";
      });
    });
    status.textContent = d.shown.replace("{shown}", shown).replace("{total}", loaded ? rows.length : d.total);
    empty.hidden = shown > 0;
    var q = new URLSearchParams(c).toString();
    var url = (q ? first + "?" + q : location.pathname);
    history.replaceState(null, "", url);
    link.href = url;
    updateCSV();
  }

  function cell(td) {
    var s = neutralise(td.textContent.replace(/\s+/g, " ").trim());
    return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  // updateCSV makes the visible rows, with each commitment's address, a
  // CSV file (with a byte-order mark so that spreadsheets read Korean).
  function updateCSV() {
    var head = Array.prototype.map.call(table.tHead.rows[0].cells, cell);
    head.push("url");
    var lines = [head.join(",")];
    rows.forEach(function (tr) {
      if (tr.hidden) return;
      var cells = Array.prototype.map.call(tr.cells, cell);
      var a = tr.cells[0].querySelector("a");
      cells.push(a ? a.href : "");
      lines.push(cells.join(","));
    });
    if (csvURL) URL.revokeObjectURL(csvURL);
    csvURL = URL.createObjectURL(new Blob(["\uFEFF" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" }));
    csv.href = csvURL;
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.hidden = false;
  fromURL();
  apply();
})();
