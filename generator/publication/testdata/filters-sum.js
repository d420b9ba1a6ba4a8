// Runs the amount algebra of site/static/js/filters.js in Node on the cases
// TestFiltersSum writes (usage: node filters-sum.js filters.js cases.json):
// each case is every commitment's piece, the pieces shown, and the
// oracle's interval for them (hi -1: unbounded). Prints "ok: N cases".
"use strict";
const fs = require("fs");
const [filtersPath, casesPath] = process.argv.slice(2);
const { sum } = require(filtersPath);
const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
let failed = 0;
cases.forEach((c, k) => {
  const t = sum(c.all, c.shown), hi = t.hi === null ? -1 : t.hi;
  if (t.lo !== c.lo || hi !== c.hi) {
    console.error(`case ${k}: filters.js sums [${t.lo}, ${hi}], the oracle [${c.lo}, ${c.hi}]: ${JSON.stringify(c)}`);
    failed++;
  }
});
if (failed) process.exit(1);
console.log(`ok: ${cases.length} cases`);
