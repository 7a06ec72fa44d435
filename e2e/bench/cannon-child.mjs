/**
 * Runs one autocannon load in its own process and sends the result back over IPC, so a
 * measuring client (the concurrency bench's reader) does not share an event loop with the
 * client generating the write load: its latencies are then the server's, not our queue's.
 * Usage: fork this file, send it autocannon options (no functions), await one message.
 */
import autocannon from "autocannon";

process.once("message", async (options) => {
  const result = await autocannon(options);
  process.send(result, () => process.exit(0));
});
