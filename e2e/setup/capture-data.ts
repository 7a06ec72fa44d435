import path from "node:path";
import Database from "better-sqlite3";
import { e2eEnvironment } from "./environment.mjs";

/**
 * Breaks the stored checks of a capture in the e2e server's database, as a bad migration or
 * a hand edit could: their word diff is no longer a list. For the test that a capture the
 * page cannot show stops only its own part of the page. Nothing else writes behind the server.
 */
export function corruptCaptureChecks(captureId: string): void {
  const database = new Database(path.join(e2eEnvironment.DATA_DIR, "corroborate.db"), { fileMustExist: true });
  try {
    database.prepare("UPDATE capture_checks SET changed = 1, diff = ? WHERE capture_id = ?").run(JSON.stringify({ not: "a list" }), captureId);
  } finally {
    database.close();
  }
}
