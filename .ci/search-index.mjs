// Builds the site's search index from the records the generator hands it
// (generator/search: one JSON object per line, {"url", "html"}, where the
// html is a small page of the record's words, meta and filters), through
// Pagefind's Node API, rather than crawling every rendered page.
//
//   node .ci/search-index.mjs RECORDS.jsonl OUTPUT_DIR
//
// Pagefind splits the index by each record's <html lang>. Exit status 1
// with Pagefind's errors on standard error when it fails.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import * as pagefind from "pagefind";

const [records, output] = process.argv.slice(2);
if (!records || !output) {
  console.error("usage: node search-index.mjs RECORDS.jsonl OUTPUT_DIR");
  process.exit(2);
}

function check(what, res) {
  if (res.errors && res.errors.length) {
    throw new Error(what + ": " + res.errors.join("; "));
  }
  return res;
}

try {
  const { index } = check("creating the index", await pagefind.createIndex({}));
  const lines = createInterface({ input: createReadStream(records), crlfDelay: Infinity });
  const pending = [];
  for await (const line of lines) {
    if (!line) continue;
    const r = JSON.parse(line);
    pending.push(index.addHTMLFile({ url: r.url, content: r.html }).then((res) => check(r.url, res)));
  }
  await Promise.all(pending);
  check("writing the index", await index.writeFiles({ outputPath: output }));
  await pagefind.close();
} catch (e) {
  console.error(String(e && e.message || e));
  await pagefind.close();
  process.exit(1);
}
