/**
 * The browser tests' account service: `npm run users -- …` commands run in one long-lived
 * process per Playwright worker instead of a Node process each (loading the query layer costs
 * about 1.5 s a time, and the specs make hundreds of accounts and tokens). Started by
 * e2e/accounts.ts with the test server's environment; listens on the Unix socket named by its
 * argument, takes one JSON array of arguments per connection and answers with
 * `{ code, stdout, stderr }`. Runs one command at a time, as separate processes would. Ends
 * when its parent closes its standard input.
 */
import fs from "node:fs";
import net from "node:net";
import { runUsersCommand } from "../../db/cli/users-command";

const socketPath = process.argv[2]!;
fs.rmSync(socketPath, { force: true });

let queue = Promise.resolve();

async function answer(request: string): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await runUsersCommand(JSON.parse(request) as string[], { out: (line) => out.push(line), err: (line) => err.push(line) });
    return JSON.stringify({ code, stdout: out.map((line) => `${line}\n`).join(""), stderr: err.map((line) => `${line}\n`).join("") });
  } catch (error) {
    return JSON.stringify({ code: 1, stdout: out.join("\n"), stderr: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  let request = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk) => (request += chunk));
  socket.on("end", () => {
    queue = queue.then(async () => {
      socket.end(await answer(request));
    });
  });
});
server.listen(socketPath);

process.stdin.resume();
process.stdin.on("end", () => {
  server.close();
  fs.rmSync(socketPath, { force: true });
  process.exit(0);
});
