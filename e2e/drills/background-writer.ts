/**
 * A second OS process writing to the drill's database beside the server, as a background
 * job would: comments through the app's own queries on its own connection, one short
 * IMMEDIATE transaction every 5 ms or so, so the two processes queue on the busy
 * timeout. Usage: `node --import tsx e2e/drills/background-writer.ts '<actor JSON>' '<claim ids JSON>'`
 * with DATA_DIR set. Prints `{"id","marker"}` per committed comment; on SIGTERM prints
 * `{"done":true,"busy":n,"failed":n}` (SQLITE_BUSY errors and other failures) and exits.
 */
import { getEngine } from "@/db/client";
import { addComment } from "@/db/queries/comments";
import type { Actor } from "@/lib/permissions";

const actor = JSON.parse(process.argv[2]!) as Actor;
const claimIds = JSON.parse(process.argv[3]!) as string[];
let written = 0;
let busy = 0;
let failed = 0;
let stopping = false;

process.on("SIGTERM", () => {
  stopping = true;
});

/** Whether `error` or one of its causes (Drizzle wraps the driver's error) is SQLITE_BUSY. */
function isBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (String((current as { code?: string }).code ?? current).includes("SQLITE_BUSY")) return true;
  }
  return false;
}

async function writeOne() {
  if (stopping) {
    await getEngine().close();
    process.stdout.write(`${JSON.stringify({ done: true, written, busy, failed })}\n`, () => process.exit(0));
    return;
  }
  const marker = `bg-${process.pid}-${written + busy + failed}`;
  try {
    const row = await addComment({ actor, claimId: claimIds[written % claimIds.length]!, body: `Background comment ${marker}` });
    written++;
    process.stdout.write(`${JSON.stringify({ id: row.id, marker })}\n`);
  } catch (error) {
    if (isBusy(error)) busy++;
    else failed++;
    process.stderr.write(`background writer: ${String(error)}\n`);
  }
  setTimeout(() => void writeOne(), 5);
}

void writeOne();
