// Runs each SQL statement given in DuckDB (npm's @duckdb/node-api, found
// through NODE_PATH) and prints, as one JSON array, each one's row count
// and column types, for duckdb_test.go. One process serves many
// statements: loading DuckDB takes most of a second.
const { DuckDBInstance } = require("@duckdb/node-api");

(async () => {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const out = [];
  for (const sql of process.argv.slice(2)) {
    const r = await con.runAndReadAll(sql);
    const types = {};
    r.columnNames().forEach((c, i) => { types[c] = r.columnTypes()[i].toString(); });
    out.push({ rows: r.currentRowCount, types });
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e.message); process.exit(1); });
