/**
 * The capture site in a process of its own: `node --import tsx e2e/capture-site/serve.ts [port]`
 * prints one JSON line `{ "origin", "hostPort" }` when it listens, and stops on SIGTERM. The
 * benchmark uses it so that serving the site does not share an event loop with the capture
 * being measured (a real site never does).
 */
import { startCaptureSite } from "./capture-site";

const site = await startCaptureSite({ port: Number(process.argv[2] ?? 0) });
process.stdout.write(`${JSON.stringify({ origin: site.origin, hostPort: site.hostPort })}\n`);
process.once("SIGTERM", () => {
  void site.close().then(() => process.exit(0));
});
