// Runs site/static/js/filters.js in Node against the cases of
// neutralise.json (usage: node filters-neutralise.js filters.js cases.json):
// first its neutralise function, loaded as a module; then the whole script
// on a minimal stand-in for the commitments page, one row per case, with
// the CSV it offers for download parsed back. Prints "ok: N cases, M cells".
"use strict";
const fs = require("fs");
const vm = require("vm");
const [filtersPath, casesPath] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
const neutralise = require(filtersPath);
let failed = 0;
function fail(msg) { console.error(msg); failed++; }

for (const c of cases) {
  const got = neutralise(c.in);
  if (got !== c.want) fail(`${c.name}: neutralise(${JSON.stringify(c.in)}) = ${JSON.stringify(got)}, want ${JSON.stringify(c.want)}`);
}

// The page: a table with a header and one row per case (its text in the
// first cell), the filter form, and the download link.
function el(props) { return Object.assign({ dataset: {}, addEventListener() {}, getAttribute() { return "/investments/"; } }, props); }
function row(texts) { return { dataset: {}, hidden: false, cells: texts.map((t, i) => ({ textContent: t, querySelector: () => (i === 0 ? { href: "https://example.org/x/" } : null) })) }; }
const table = { tHead: { rows: [row(["title", "amount"])] }, tBodies: [{ rows: cases.map((c) => row([c.in, "1"])) }] };
const elements = {
  filters: el({ dataset: { table: "t", shown: "{shown} of {total}", total: String(cases.length) }, querySelectorAll: () => [] }),
  t: el({ closest: () => table }),
  "filter-status": el({}), "filter-link": el({}), "filter-csv": el({}), "filter-empty": el({}),
};
let csvText = null;
class FakeBlob { constructor(parts) { this.text = parts.join(""); } }
const sandbox = {
  document: { getElementById: (id) => elements[id] || null },
  location: { search: "", pathname: "/investments/" },
  history: { replaceState() {} },
  URLSearchParams, Blob: FakeBlob,
  URL: { createObjectURL(b) { csvText = b.text; return "blob:csv"; }, revokeObjectURL() {} },
  setTimeout,
};
vm.runInNewContext(fs.readFileSync(filtersPath, "utf8"), sandbox, { filename: filtersPath });
if (csvText === null) fail("filters.js made no CSV");

// parseCSV reads RFC 4180 text into rows of cells.
function parseCSV(text) {
  const rows = [[]];
  let cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { rows[rows.length - 1].push(cell); cell = ""; }
    else if (ch === "\r" && text[i + 1] === "\n") { rows[rows.length - 1].push(cell); cell = ""; rows.push([]); i++; }
    else cell += ch;
  }
  rows.pop(); // after the last line break
  return rows;
}

let cells = 0;
if (csvText !== null) {
  const rows = parseCSV(csvText.replace(/^\uFEFF/, ""));
  if (rows.length !== cases.length + 1) fail(`the CSV has ${rows.length} rows, want ${cases.length + 1}`);
  cases.forEach((c, i) => {
    const r = rows[i + 1] || [];
    // The page's text, with its white space folded as a reader sees it.
    const want = neutralise(c.in.replace(/\s+/g, " ").trim());
    if (r[0] !== want) fail(`${c.name}: the CSV cell is ${JSON.stringify(r[0])}, want ${JSON.stringify(want)}`);
    else cells++;
    if (r.some((v) => /^[=+\-@\t\r]/.test(v))) fail(`${c.name}: a cell of ${JSON.stringify(r)} starts a formula`);
  });
}
if (failed) process.exit(1);
console.log(`ok: ${cases.length} cases, ${cells} cells`);
