// Runs the amount wording of site/static/js/filters.js in Node on the cases
// TestFiltersInterval writes (usage: node filters-interval.js filters.js
// cases.json): each case is a language, an interval (hi null: unbounded),
// the word for undisclosed and Interval's text. Prints "ok: N cases".
"use strict";
const fs = require("fs");
const [filtersPath, casesPath] = process.argv.slice(2);
const { interval } = require(filtersPath);
const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
let failed = 0;
for (const c of cases) {
  const got = interval(c.lang, c.lo, c.hi, c.about, c.undisclosed);
  if (got !== c.want) { console.error(`${c.lang} [${c.lo}, ${c.hi}] about=${c.about}: ${JSON.stringify(got)}, want ${JSON.stringify(c.want)}`); failed++; }
}
if (failed) process.exit(1);
console.log(`ok: ${cases.length} cases`);
