/**
 * PostgreSQL for the benchmarks: a throw-away server (e2e/setup/postgres-server.mjs), the CPU
 * its processes use (postmaster and backends, from /proc), and the "bare `pg` client" peer:
 * the statements one request sends, captured from the server's statement log, then sent
 * again by a plain node-postgres pool with nothing else around them, to measure what the
 * statements alone cost a client in CPU.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startPostgres } from "../setup/postgres-server.mjs";
import { cpuMsOf } from "./server";

export type BenchPostgres = {
  url: string;
  adminUrl: string;
  /** CPU (user + system) used so far by the server's processes, in ms. */
  cpuMs: () => number;
  /** Runs `request` with every statement logged, and returns the statements it sent. */
  capture: (request: () => Promise<void>) => Promise<Statement[]>;
  stop: () => void;
};

/** A statement as sent: a named prepared statement, an unnamed one, or a simple query. */
export type Statement = { name: string | null; text: string; values: Array<string | null> };

export async function startBenchPostgres(database: string): Promise<BenchPostgres> {
  const server = await startPostgres({ database });
  const logFile = path.join(path.dirname(server.dataDir), "log");
  const postmasterPid = Number(fs.readFileSync(path.join(server.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const processes = () => {
    const children = fs
      .readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1] === String(postmasterPid);
        } catch {
          return false; // ended meanwhile
        }
      })
      .map(Number);
    return [postmasterPid, ...children];
  };
  // A backend that ends (a pool closing an idle connection) takes its CPU out of /proc: its
  // last reading is kept, so the sum never goes back (it misses at most what the backend
  // used since the previous reading).
  const lastSeen = new Map<number, number>();
  const cpuMs = () => {
    for (const pid of processes()) {
      try {
        lastSeen.set(pid, cpuMsOf(pid));
      } catch {
        // ended meanwhile: keep its last reading
      }
    }
    return [...lastSeen.values()].reduce((sum, ms) => sum + ms, 0);
  };

  async function setLogging(on: boolean) {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`alter system set log_statement = '${on ? "all" : "none"}'`);
    await admin.query("select pg_reload_conf()");
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 300)); // backends read the setting between statements
  }

  async function capture(request: () => Promise<void>): Promise<Statement[]> {
    await setLogging(true);
    const from = fs.statSync(logFile).size;
    await request();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await setLogging(false);
    const log = fs.readFileSync(logFile).subarray(from).toString("utf8"); // `from` counts bytes
    // Without the two statements that turned the log off again.
    return parseStatementLog(log).filter((statement) => !/^(alter system|select pg_reload_conf)/.test(statement.text));
  }

  return { url: server.url, adminUrl: server.adminUrl, cpuMs, capture, stop: () => server.stop() };
}

const entryStart = /^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[(\d+)\] (\w+):  /m;

/** Statements from a log written with `log_statement = all` (default prefix `%m [%p] `). */
export function parseStatementLog(log: string): Statement[] {
  const entries: Array<{ pid: string; level: string; message: string }> = [];
  const parts = log.split(new RegExp(`(?=${entryStart.source})`, "m"));
  for (const part of parts) {
    const match = entryStart.exec(part);
    if (match) entries.push({ pid: match[1]!, level: match[2]!, message: part.slice(match[0].length).replace(/\n$/, "") });
  }
  const statements: Statement[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry.level !== "LOG") continue;
    const simple = /^statement: ([\s\S]*)$/.exec(entry.message);
    const executed = /^execute ([^:]+): ([\s\S]*)$/.exec(entry.message);
    if (simple) statements.push({ name: null, text: simple[1]!, values: [] });
    else if (executed) {
      const detail = entries[i + 1];
      const values: Array<string | null> = [];
      if (detail?.level === "DETAIL" && detail.pid === entry.pid && detail.message.startsWith("parameters: ")) {
        for (const value of detail.message.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
          values[Number(value[1]) - 1] = value[2] === "NULL" ? null : value[3]!.replaceAll("''", "'");
        }
      }
      statements.push({ name: executed[1] === "<unnamed>" ? null : executed[1]!, text: executed[2]!, values });
    }
  }
  return statements;
}

/** `statements` without one occurrence of each of `others` (the same text): what a request sends beyond another. */
export function statementsBeyond(statements: Statement[], others: Statement[]): Statement[] {
  const rest = [...statements];
  for (const other of others) {
    const at = rest.findIndex((statement) => statement.text === other.text);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/**
 * Sends `statements` again and again from `connections` pooled clients for `durationMs`, each
 * sequence on one client as the app sends it (named statements prepared once per connection,
 * as node-postgres does). `fresh` values are replaced by a new UUID in every sequence (the
 * ids the request created). Returns this process's CPU and the server's per sequence.
 */
export async function replayStatements({
  url,
  statements,
  fresh,
  connections,
  durationMs,
  serverCpuMs,
}: {
  url: string;
  statements: Statement[];
  fresh: string[];
  connections: number;
  durationMs: number;
  serverCpuMs: () => number;
}): Promise<{ sequences: number; clientCpuMsPerSequence: number; serverCpuMsPerSequence: number }> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  const once = async (client: pg.PoolClient) => {
    const renamed = new Map(fresh.map((id) => [id, crypto.randomUUID()]));
    for (const statement of statements) {
      const values = statement.values.map((value) => (value !== null && renamed.has(value) ? renamed.get(value)! : value));
      if (statement.name) await client.query({ name: statement.name, text: statement.text, values });
      else if (values.length) await client.query(statement.text, values);
      else await client.query(statement.text);
    }
  };
  for (const client of clients) await once(client); // prepares the named statements on each connection
  let sequences = 0;
  const cpuBefore = process.cpuUsage();
  const serverBefore = serverCpuMs();
  const deadline = performance.now() + durationMs;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        await once(client);
        sequences++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const serverCpu = serverCpuMs() - serverBefore;
  for (const client of clients) client.release();
  await pool.end();
  return { sequences, clientCpuMsPerSequence: (cpu.user + cpu.system) / 1000 / sequences, serverCpuMsPerSequence: serverCpu / sequences };
}
