// Side by side with Pagefind (BENCHMARKS.md, issue 24): the same search
// entries (generator/search's JSONL files of one language) indexed with
// MiniSearch or FlexSearch, whose index is one file that a reader's browser
// downloads whole. Prints the time to index and serialize, the file's size
// raw, gzipped and in Brotli, the time to load it in Node and a query's hits.
//
//   npm install --prefix /tmp/alt minisearch@7.2.0 flexsearch@0.8.212
//   cp search-alternatives.mjs /tmp/alt/   # ES modules resolve packages beside the script
//   node /tmp/alt/search-alternatives.mjs minisearch OUT.json QUERY ENTRIES.jsonl...
//
// The entries: `generator build -q --shard 0/1 -out S` writes every one of
// them into S/.kit-search.jsonl, as a shard hands them to merge; one
// language's: grep '"lang":"en"' S/.kit-search.jsonl > en.jsonl.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import MiniSearch from "minisearch";
import { Document } from "flexsearch";

const [lib, out, query, ...files] = process.argv.slice(2);
const unesc = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const one = (re, s) => { const m = re.exec(s); return m ? unesc(m[1]) : ""; };

function record(line, id) {
  const e = JSON.parse(line);
  const h = e.html;
  const text = [...h.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => unesc(m[1])).join("\n");
  return {
    id, url: e.url, title: one(/<h1>(.*?)<\/h1>/s, h), keys: one(/<p data-pagefind-weight="7">(.*?)<\/p>/s, h), text,
    kind: one(/data-pagefind-meta="kind">(.*?)</, h), amount: one(/data-pagefind-meta="amount">(.*?)</, h),
  };
}

const t0 = performance.now();
const docs = [];
for (const f of files) for (const line of readFileSync(f, "utf8").split("\n")) if (line) docs.push(record(line, docs.length));
const t1 = performance.now();

let json, hits, nhits, t2, t3;
if (lib === "minisearch") {
  const opts = { fields: ["title", "keys", "text"], storeFields: ["url", "title", "kind", "amount"], searchOptions: { boost: { title: 3, keys: 7 }, prefix: true } };
  const ms = new MiniSearch(opts);
  ms.addAll(docs);
  json = JSON.stringify(ms);
  t2 = performance.now();
  const loaded = MiniSearch.loadJSON(json, opts);
  t3 = performance.now();
  const res = loaded.search(query);
  nhits = res.length;
  hits = res.slice(0, 5).map((r) => r.title);
} else {
  const opts = { document: { id: "id", index: ["title", "keys", "text"], store: ["url", "title", "kind", "amount"] }, tokenize: "forward" };
  const idx = new Document(opts);
  for (const d of docs) idx.add(d);
  const parts = {};
  await idx.export((key, data) => { parts[key] = data; });
  json = JSON.stringify(parts);
  t2 = performance.now();
  const loaded = new Document(opts);
  for (const [k, v] of Object.entries(JSON.parse(json))) loaded.import(k, v);
  t3 = performance.now();
  const res = loaded.search(query, { limit: 100000, merge: true, enrich: true });
  nhits = res.length;
  hits = res.slice(0, 5).map((r) => r.doc.title);
}
writeFileSync(out, json);
const kb = (n) => (n / 1024).toFixed(0) + " KB";
console.log(JSON.stringify({
  lib, docs: docs.length, read_s: ((t1 - t0) / 1000).toFixed(2), index_and_serialize_s: ((t2 - t1) / 1000).toFixed(2),
  raw: kb(json.length), gzip: kb(gzipSync(json).length), brotli: kb(brotliCompressSync(json).length),
  load_in_node_s: ((t3 - t2) / 1000).toFixed(2), query, hits: nhits, top: hits,
  rss_mb: (process.memoryUsage().rss / 1e6).toFixed(0),
}));
