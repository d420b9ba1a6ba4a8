// Validates a data package with the Frictionless datapackage library
// (npm "datapackage"), offline: the descriptor against the tabular data
// package profile, then every resource read with its types cast, its
// constraints checked and its foreign keys resolved; a resource that is not
// CSV (Parquet, the workbook) is checked to be a file of its stated size.
// Prints one line per CSV resource, "name rows", and exits non-zero on the
// first problem.
// Usage: node validate-datapackage.js DIR (NODE_PATH points at node_modules).
const fs = require('fs');
const path = require('path');
const { Package } = require('datapackage');

async function main(dir) {
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), dir, true);
  if (!pkg.valid) {
    throw new Error('invalid descriptor: ' + pkg.errors.map(String).join('; '));
  }
  for (const resource of pkg.resources) {
    if (resource.descriptor.format !== 'csv') {
      const size = fs.statSync(path.join(dir, resource.descriptor.path)).size;
      if (size !== resource.descriptor.bytes) {
        throw new Error(resource.name + ' has ' + size + ' bytes, not ' + resource.descriptor.bytes);
      }
      continue;
    }
    if (!resource.tabular) {
      throw new Error(resource.name + ' is not tabular');
    }
    const rows = await resource.read({ keyed: true, cast: true, relations: true });
    console.log(resource.name + ' ' + rows.length);
  }
}

main(process.argv[2]).catch((err) => {
  const extra = (err.errors || []).map(String).join('; ');
  console.error('datapackage: ' + err.message + (extra ? ': ' + extra : ''));
  process.exit(1);
});
