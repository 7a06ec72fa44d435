/**
 * `npm run search -- --rebuild`: rewrites the whole search index from the workspace's claims,
 * sources, facts, evidence and comments, a batch per transaction (the server may keep running:
 * searches answer from the rows not yet rewritten), and prints the rows written by kind.
 * `npm run search -- --count` prints how many rows the index holds. Exit code 0 on success,
 * 2 on a usage error.
 */
import { parseArgs } from "node:util";
import { closeWorkspaceDatabase, databaseDescription, openWorkspaceDatabase } from "./workspace-database";
import { countSearchDocuments, rebuildSearchIndex } from "../queries/search-rebuild";

const help = `Maintain the search index.

Usage: npm run search -- --rebuild [--batch <n>]
       npm run search -- --count

Options:
  --rebuild      Rewrite every row of the index, <n> things per transaction (default 500).
  --count        Print how many rows the index holds, by kind.
  -h, --help     Show this help.

The database is PostgreSQL at DATABASE_URL when set, else DATA_DIR/corroborate.db (DATA_DIR defaults to ./data).`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { rebuild: { type: "boolean" }, count: { type: "boolean" }, batch: { type: "string" }, help: { type: "boolean", short: "h" } },
});
const batchSize = values.batch === undefined ? 500 : Number(values.batch);
if (values.help || (!values.rebuild && !values.count) || !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 10_000)) {
  console.log(help);
  process.exit(values.help ? 0 : 2);
}

await openWorkspaceDatabase();
const started = performance.now();
const counts = values.rebuild
  ? await rebuildSearchIndex({ batchSize, onBatch: (kind, written) => process.stderr.write(`\r${kind}: ${written.toLocaleString("en")}   `) })
  : await countSearchDocuments();
if (values.rebuild) process.stderr.write("\n");
const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
console.log(`${values.rebuild ? "Rebuilt the search index of" : "The search index of"} ${databaseDescription()}:`);
for (const [kind, n] of Object.entries(counts)) console.log(`  ${kind.padEnd(9)} ${n.toLocaleString("en")}`);
console.log(`  ${"total".padEnd(9)} ${total.toLocaleString("en")}${values.rebuild ? ` rows in ${((performance.now() - started) / 1000).toFixed(1)} s` : ""}`);
await closeWorkspaceDatabase();
