/**
 * The framework-free peer of the concurrency bench: node:http + better-sqlite3 (WAL,
 * synchronous NORMAL, one IMMEDIATE transaction per request) inserting a claim-like row per
 * POST and answering it as JSON. Usage: node bare-insert-server.mjs <port> <db file>.
 */
import Database from "better-sqlite3";
import { createServer } from "node:http";

const [port, file] = process.argv.slice(2);
const database = new Database(file);
database.pragma("journal_mode = WAL");
database.pragma("synchronous = NORMAL");
database.exec("create table if not exists claims (id text primary key, source_id text, exact text, start integer, end integer, created_at text)");
const insert = database.prepare("insert into claims values (?, ?, ?, ?, ?, ?) returning *");
let counter = 0;
const create = database.transaction((body) =>
  insert.get(crypto.randomUUID(), body.sourceId ?? "s", "over 200 deportees", counter, ++counter + 18, new Date().toISOString()),
);

createServer((request, response) => {
  let raw = "";
  request.on("data", (chunk) => (raw += chunk));
  request.on("end", () => {
    const row = create.immediate(JSON.parse(raw || "{}"));
    response.writeHead(201, { "Content-Type": "application/json" });
    response.end(JSON.stringify(row));
  });
}).listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
