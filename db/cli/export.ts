/**
 * `npm run export -- --investigation <id> --format <fmt> [--out file]` (or `--source <id>`):
 * an export from the server's shell, the same bytes the Export menu and the API give.
 * Without --out it writes to standard output. The operator holds the database file, so the
 * export shows everything, as to an admin. Exit code 0 on success, 1 on a refused or failed
 * export (reason on stderr), 2 on a usage error.
 */
import { createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors";
import { exportFormats, isExportFormat } from "@/lib/export/model";
import { writeExport } from "@/lib/export/write-export";
import type { Actor } from "@/lib/permissions";
import { closeWorkspaceDatabase, openWorkspaceDatabase } from "./workspace-database";
import { getExportDocument } from "../queries/export";
import { env } from "@/lib/env";

const help = `Export an investigation or a source.

Usage: npm run export -- (--investigation <id> | --source <id>) --format <format> [--out <file>]

Formats: ${exportFormats.join(", ")}
  html         the report as a standalone web page
  pdf          the report as PDF (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)
  md           the report as Markdown
  csv          one row per claim
  w3c          W3C Web Annotation JSON-LD (importable)
  claimreview  schema.org ClaimReview JSON-LD for approved claims

Options:
  --out <file>        Write to this file instead of standard output.
  --url <base>        Workspace address for links back to claims (default AUTH_URL or http://localhost:3000).
  -h, --help          Show this help.

The database is DATA_DIR/corroborate.db (DATA_DIR defaults to ./data).`;

class UsageError extends Error {}

/** The command line acts with an admin's view; it is not a user and records nothing. */
const operator: Actor = { id: "command-line", email: "", name: "Command line", role: "admin" };

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      investigation: { type: "string" },
      source: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      url: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(help);
    return;
  }
  if (Boolean(values.investigation) === Boolean(values.source)) throw new UsageError("Give either --investigation <id> or --source <id>.");
  if (!isExportFormat(values.format)) throw new UsageError(`Give --format, one of: ${exportFormats.join(", ")}.`);
  await openWorkspaceDatabase();
  const scope = values.investigation ? { investigationId: values.investigation } : { sourceId: values.source! };
  const workspaceUrl = values.url ?? env.workspaceUrl ?? "http://localhost:3000";
  const doc = await getExportDocument({ actor: operator, scope, workspaceUrl });
  const output = writeExport(doc, values.format);
  for (const [name, value] of Object.entries(output.notes)) console.error(`${name}: ${value}`);
  if (output.kind === "binary") {
    const bytes = await output.render();
    if (values.out) writeFileSync(values.out, bytes);
    else process.stdout.write(bytes);
  } else {
    const sink = values.out ? createWriteStream(values.out) : process.stdout;
    for (const chunk of output.chunks) if (!sink.write(chunk)) await once(sink, "drain");
    if (values.out) {
      sink.end();
      await once(sink, "finish");
    }
  }
  if (values.out) console.error(`Exported ${doc.claims.length} claims as ${values.format} to ${values.out}.`);
}

try {
  await main(process.argv.slice(2));
  await closeWorkspaceDatabase();
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
    console.error(`${error.message}\n\n${help}`);
    process.exit(2);
  }
  console.error(isAppError(error) ? error.message : error);
  process.exit(1);
}
