/**
 * Sends one users command (a JSON array of arguments on standard input) to the account service
 * at the socket named by the argument (e2e/setup/users-service.ts), waiting up to a minute for
 * the service to start, and prints its answer and exits with its code, like `npm run users`.
 * Plain JavaScript, so that a synchronous call from a spec costs a bare Node start.
 */
import fs from "node:fs";
import net from "node:net";

const socketPath = process.argv[2];
const request = fs.readFileSync(0, "utf8");

function ask() {
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = net.connect(socketPath);
    socket.setEncoding("utf8");
    socket.on("error", reject);
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.end(request);
  });
}

for (let waited = 0; ; waited += 50) {
  try {
    const { code, stdout, stderr } = JSON.parse(await ask());
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
    break;
  } catch (error) {
    if (waited > 60_000 || !["ENOENT", "ECONNREFUSED"].includes(error.code)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
