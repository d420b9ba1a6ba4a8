// Filters for the commitments list: narrows the table's rows by the values
// in their data-facets attribute ("region:KR-11 sector:cloud …"), counts
// each option among the rows the other filters leave, adds up the rows
// shown by the counting rules (their data-sum pieces), keeps the choice in
// the address so a view can be shared, and offers the rows shown as CSV:
// their lines of the published spreadsheet copy of investments.csv.
// A list in several pages (data-pages) is filtered whole: the first filter
// chosen fetches the other pages and moves their rows into this table.
// No framework; the page works without this file (facet pages are links).
(function () {
  "use strict";
  // The amount algebra of generator/publication (interval.go, summary.go),
  // for the rows shown: commitments alone add end to end; the pieces of one
  // package (its parts, its remainder) are bounded by the package.
  function acc() { return { lo: 0, hi: 0, open: 0, about: 0 }; }
  function add(a, x) { a.lo += x.lo; if (x.open) a.open++; else a.hi += x.hi; if (x.about) a.about++; }
  function minus(a, b) { return { lo: a.lo - b.lo, hi: a.hi - b.hi, open: a.open - b.open, about: a.about - b.about }; }
  function iv(a) { return { lo: a.lo, hi: a.hi, open: a.open > 0, about: a.about > 0 }; }
  function plus(a, b) { return { lo: a.lo + b.lo, hi: a.hi + b.hi, open: a.open || b.open, about: a.about || b.about }; }
  // take is the interval of the pieces c takes of package g (group.take).
  function take(g, c) {
    var t = iv(c.parts), u = iv(minus(g.parts, c.parts)), w = g.whole;
    if (c.rest) {
      return { lo: u.open ? t.lo : Math.max(t.lo, w.lo - u.hi), hi: w.hi - u.lo, open: w.open, about: t.about || w.about || u.about };
    }
    if (!w.open && (t.open || w.hi - u.lo <= t.hi)) return { lo: t.lo, hi: w.hi - u.lo, open: false, about: t.about || w.about || u.about };
    return t;
  }
  // piece reads a row's data-sum: "role package lo hi about count".
  function piece(s) {
    var f = (s || "outside - 0 0 0 counted").split(" ");
    return { role: f[0], pkg: f[1], lo: +f[2], hi: f[3] === "-" ? 0 : +f[3], open: f[3] === "-", about: f[4] === "1", count: f[5] };
  }
  // sum adds up the pieces shown, all being every row's piece (for the
  // packages' parts that are not shown); it returns the interval
  // {lo, hi (null: unbounded), about} and the counts.
  function sum(all, shown) {
    var groups = {}, alone = acc(), chosen = {}, n = { counted: 0, undisclosed: 0, unconverted: 0, outside: 0 };
    all.forEach(function (p) {
      if (p.role !== "package" && p.role !== "part") return;
      var g = groups[p.pkg] = groups[p.pkg] || { whole: { lo: 0, hi: 0, open: true }, parts: acc() };
      if (p.role === "package") g.whole = p; else add(g.parts, p);
    });
    shown.forEach(function (p) {
      if (p.role === "outside") { n.outside++; return; }
      n[p.count]++;
      if (p.role === "alone") { add(alone, p); return; }
      var c = chosen[p.pkg] = chosen[p.pkg] || { parts: acc(), rest: false };
      if (p.role === "package") c.rest = true; else add(c.parts, p);
    });
    var total = iv(alone);
    Object.keys(chosen).forEach(function (k) { total = plus(total, take(groups[k], chosen[k])); });
    return { lo: total.lo, hi: total.open ? null : Math.max(total.hi, total.lo), about: total.about, n: n };
  }

  // Amounts in words, as generator/locale writes a total (Interval): "$9.5
  // billion", "at least …", "up to …", "between … and …", "about …";
  // Korean in 조, 억 and 만: "50억~90억 달러", "50억 달러 이상", "최대 …", "약 …".
  function group(v) { return String(v).replace(/\B(?=(\d{3})+$)/g, ","); }
  function number(v) {
    var scales = [["trillion", 1e12], ["billion", 1e9], ["million", 1e6]];
    for (var i = 0; i < scales.length; i++) {
      var size = scales[i][1];
      if (v < size) continue;
      var whole = Math.floor(v / size), frac = v % size;
      if (!frac) return whole + " " + scales[i][0];
      var digits = String(frac).padStart(String(size).length - 1, "0").replace(/0+$/, "");
      if (digits.length <= 2) return whole + "." + digits + " " + scales[i][0];
      break;
    }
    return group(v);
  }
  function koNumber(v) {
    if (!v) return "0";
    var parts = [];
    [["조", 1e12], ["억", 1e8], ["만", 1e4]].forEach(function (u) {
      var q = Math.floor(v / u[1]);
      if (q > 0) { parts.push(group(q) + u[0]); v %= u[1]; }
    });
    if (v > 0) parts.push(group(v));
    return parts.join(" ");
  }
  function interval(lang, lo, hi, about, undisclosed) {
    var ko = lang === "ko";
    var money = function (v) { return ko ? koNumber(v) + " 달러" : "$" + number(v); };
    var abt = function (s) { return about ? (ko ? "약 " : "about ") + s : s; };
    if (hi === null && lo === 0) return undisclosed;
    if (hi === null) return ko ? abt(money(lo)) + " 이상" : "at least " + abt(money(lo));
    if (hi === lo) return abt(money(lo));
    if (lo === 0) return (ko ? "최대 " : "up to ") + abt(money(hi));
    return abt(ko ? koNumber(lo) + "~" + koNumber(hi) + " 달러" : "between " + money(lo) + " and " + money(hi));
  }
  if (typeof document === "undefined") { // Node, in generator/view's test
    module.exports = { sum: sum, piece: piece, interval: interval };
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
  var totalLine = document.getElementById("filter-total");
  var wholeTotal = totalLine ? totalLine.innerHTML : "";
  var csvURL = "", source = null, lang = document.documentElement.lang;
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
  var pieces = rows.map(function (tr) { return piece(tr.dataset.sum); });

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
      pieces = rows.map(function (tr) { return piece(tr.dataset.sum); });
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
    showTotal(keys.length > 0);
    var q = new URLSearchParams(c).toString();
    var url = (q ? first + "?" + q : location.pathname);
    history.replaceState(null, "", url);
    link.href = url;
    updateCSV(keys.length > 0);
  }

  // showTotal says what the rows shown add up to by the counting rules,
  // and how many of them have no amount or are outside Korea's total;
  // without a filter, the page's own sentence on Korea's total.
  function showTotal(filtered) {
    if (!totalLine) return;
    if (!filtered) { totalLine.innerHTML = wholeTotal; return; }
    var t = sum(pieces, pieces.filter(function (p, i) { return !rows[i].hidden; })), n = t.n;
    var words = n.counted + n.undisclosed + n.unconverted === 0 ? d.none : interval(lang, t.lo, t.hi, t.about, d.undisclosed);
    var parts = [d.sumTotal.replace("{total}", words)];
    if (n.undisclosed + n.unconverted) parts.push(d.sumUndisclosed.replace("{n}", n.undisclosed + n.unconverted));
    if (n.outside) parts.push(d.sumOutside.replace("{n}", n.outside));
    totalLine.textContent = parts.join(" ");
  }

  // records splits a CSV file into its records, each with its line
  // break, keeping quoted line breaks inside a record.
  function records(text) {
    var out = [], start = 0, quoted = false;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === "\n" && !quoted) { out.push(text.slice(start, i + 1)); start = i + 1; }
    }
    if (start < text.length) out.push(text.slice(start));
    return out;
  }

  // updateCSV offers the rows shown as CSV: their records of the published
  // spreadsheet copy of investments.csv (data-csv), byte for byte, so the
  // file has its columns, plain numbers, one language a cell, the
  // byte-order mark and the formula rule. Without a filter the link is the
  // whole file's; until the copy is read, too.
  function updateCSV(filtered) {
    if (!filtered) { csv.href = d.csv; return; }
    if (!source) {
      csv.href = d.csv;
      source = fetch(d.csv).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(function (text) {
        var byID = {}, all = records(text);
        all.slice(1).forEach(function (rec) { byID[rec.slice(0, rec.indexOf(","))] = rec; });
        var head = all[0].charCodeAt(0) === 0xFEFF ? all[0] : "\uFEFF" + all[0]; // text() drops the mark
        return { head: head, byID: byID };
      });
      source.catch(function () {}).then(function () { apply(); });
      return;
    }
    source.then(function (src) {
      var lines = [src.head];
      rows.forEach(function (tr) {
        var a = tr.cells[0].querySelector("a"), id = a && a.pathname.split("/").filter(Boolean).pop();
        if (!tr.hidden && src.byID[id]) lines.push(src.byID[id]);
      });
      if (csvURL) URL.revokeObjectURL(csvURL);
      csvURL = URL.createObjectURL(new Blob(lines, { type: "text/csv;charset=utf-8" }));
      csv.href = csvURL;
    }, function () {});
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.hidden = false;
  // On a phone the filters start folded behind their summary.
  var fold = form.querySelector("details");
  if (fold && matchMedia("(max-width: 40rem)").matches) fold.open = false;
  fromURL();
  apply();
})();
