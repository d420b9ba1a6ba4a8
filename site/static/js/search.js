// Search with Pagefind's JavaScript API (no prebuilt UI: it injects styles,
// which the Content-Security-Policy forbids). Pagefind picks the index of
// the page's language from <html lang>; a large site has further indexes
// of a language (indexes.json lists them), merged into the first. Results show the kind of page and
// its amount, which the build's search records carry as Pagefind meta (generator/search).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var box = document.getElementById("search-results");
  if (!form || !box) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-list");
  var pagefind = null, seq = 0, timer = 0;

  function say(template, q, n) {
    return template.replace("{query}", q).replace("{count}", n);
  }

  function item(r) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = r.url;
    a.textContent = (r.meta && r.meta.title) || r.url;
    li.appendChild(a);
    var meta = [r.meta && r.meta.kind, r.meta && r.meta.amount].filter(Boolean).join(" · ");
    if (meta) {
      var m = document.createElement("span");
      m.className = "result-meta";
      m.textContent = " " + meta;
      li.appendChild(m);
    }
    var p = document.createElement("p");
    // Pagefind's excerpt is the page's own text, escaped, with <mark> around matches.
    p.innerHTML = r.excerpt;
    li.appendChild(p);
    return li;
  }

  function run(q) {
    var mine = ++seq;
    var url = location.pathname + (q ? "?q=" + encodeURIComponent(q) : "");
    history.replaceState(null, "", url);
    if (!q) { box.hidden = true; return; }
    box.hidden = false;
    pagefind.search(q).then(function (s) {
      return Promise.all(s.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (data) {
        if (mine !== seq) return;
        list.textContent = "";
        data.forEach(function (r) { list.appendChild(item(r)); });
        status.textContent = data.length ? say(form.dataset.count, q, s.results.length) : say(form.dataset.none, q, 0);
      });
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (pagefind) run(input.value.trim());
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (pagefind) run(input.value.trim()); }, 200);
  });

  var bundle = form.dataset.bundle, options = { excerptLength: 24 };
  import(bundle + "pagefind.js").then(function (pf) {
    return pf.options(options).then(function () {
      return fetch(bundle + "indexes.json");
    }).then(function (r) {
      return r.ok ? r.json() : {};
    }).then(function (more) {
      var lang = document.documentElement.lang.toLowerCase();
      return Promise.all((more[lang] || []).map(function (dir) { return pf.mergeIndex(bundle + dir, options); }));
    }).then(function () { pagefind = pf; });
  }).then(function () {
    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    if (q) run(q);
    form.dataset.ready = "true";
  }).catch(function () {
    box.hidden = false;
    status.textContent = form.dataset.unavailable;
  });
})();
