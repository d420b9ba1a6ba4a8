// Read-only SQL over the published SQLite file, in the reader's browser.
// sql.js-httpvfs (copied into the site by generator/sqljs) runs SQLite in
// a Web Worker and reads the database by HTTP range requests, page by
// page, so a query fetches only what it reads. The query is in the address
// (?sql=), so that a result can be shared; the results download as CSV.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  if (!form) return;
  var d = form.dataset;
  var input = document.getElementById("query-sql");
  var box = document.getElementById("query-results");
  var status = document.getElementById("query-status");
  var table = document.getElementById("query-table");
  var csv = document.getElementById("query-csv");
  var shownMax = 1000;
  var worker = null, seq = 0;

  var asked = new URLSearchParams(location.search).get("sql");
  if (asked) input.value = asked;
  if (typeof window.createDbWorker !== "function") {
    document.getElementById("query-unavailable").hidden = false;
    form.querySelector("button").disabled = true;
    return;
  }

  // open starts the worker once; the database's first page is read then.
  function open() {
    if (!worker) {
      worker = window.createDbWorker([{ from: "inline", config: { serverMode: "full", requestChunkSize: 4096, url: d.database } }],
        d.engine + "sqlite.worker.js", d.engine + "sql-wasm.wasm").then(function (w) {
        return w.db.exec("PRAGMA query_only = 1").then(function () { return w; });
      });
    }
    return worker;
  }

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  function kilobytes(n) {
    return new Intl.NumberFormat(d.lang, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 }).format(n / 1000);
  }

  function cell(tag, text) {
    var c = document.createElement(tag);
    if (tag === "th") c.scope = "col";
    c.textContent = text === null ? "" : String(text);
    if (typeof text === "number") c.className = "num";
    return c;
  }

  // show fills the table with the first shownMax rows of the last result.
  function show(r) {
    var head = table.tHead, body = table.tBodies[0];
    head.textContent = ""; body.textContent = "";
    var tr = document.createElement("tr");
    r.columns.forEach(function (c) { tr.appendChild(cell("th", c)); });
    head.appendChild(tr);
    r.values.slice(0, shownMax).forEach(function (row) {
      var tr = document.createElement("tr");
      row.forEach(function (v) { tr.appendChild(cell("td", v)); });
      body.appendChild(tr);
    });
  }

  // toCSV writes RFC 4180 CSV: a field with a comma, quote or line break is quoted; NULL is empty.
  function toCSV(r) {
    function field(v) {
      var s = v === null ? "" : String(v);
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }
    return [r.columns].concat(r.values).map(function (row) { return row.map(field).join(","); }).join("\r\n") + "\r\n";
  }

  function offerCSV(r) {
    if (csv.href) URL.revokeObjectURL(csv.href);
    csv.href = URL.createObjectURL(new Blob([toCSV(r)], { type: "text/csv;charset=utf-8" }));
    csv.hidden = false;
  }

  function run(sql) {
    var mine = ++seq;
    history.replaceState(null, "", location.pathname + "?sql=" + encodeURIComponent(sql));
    box.hidden = false;
    csv.hidden = true;
    status.textContent = d.running;
    open().then(function (w) {
      w.worker.bytesRead = 0;
      return w.db.exec(sql).then(function (results) {
        return w.worker.bytesRead.then(function (bytes) { return { results: results, bytes: bytes }; });
      });
    }).then(function (out) {
      if (mine !== seq) return;
      var r = out.results.length ? out.results[out.results.length - 1] : { columns: [], values: [] };
      show(r);
      offerCSV(r);
      var text = say(d.rows, { rows: r.values.length, bytes: kilobytes(out.bytes) });
      if (r.values.length > shownMax) text += " " + say(d.shown, { shown: shownMax });
      status.textContent = text;
      table.dataset.bytes = out.bytes;
    }, function (err) {
      if (mine !== seq) return;
      table.tHead.textContent = ""; table.tBodies[0].textContent = "";
      status.textContent = say(d.error, { error: err && err.message ? err.message : String(err) });
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var sql = input.value.trim();
    if (sql) run(sql);
  });
  if (asked) run(asked.trim());
})();
