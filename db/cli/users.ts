/**
 * `npm run users -- <command>`: account management from the server's shell.
 * Run `npm run users -- --help` for the commands. Exit code 0 on success, 1 on a refused
 * or failed command (with the reason on stderr), 2 on a usage error.
 */
import { runUsersCommand } from "./users-command";
import { closeWorkspaceDatabase } from "./workspace-database";

const code = await runUsersCommand(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
await closeWorkspaceDatabase();
process.exitCode = code;
