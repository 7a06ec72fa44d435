/**
 * The users command line's commands (`npm run users -- --help`), run in-process: `out` gets
 * each line of output, `err` the reason for a refusal. Returns the exit code: 0 done, 1 refused
 * or failed, 2 a usage error. db/cli/users.ts is the command line; the browser tests' account
 * service (e2e/setup/users-service.ts) runs the same commands without a process each.
 */
import { parseArgs } from "node:util";
import { isAppError, localizeAppError } from "@/lib/errors";
import { isRole, roles } from "@/lib/roles";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { CreateUserInput } from "@/lib/validation/user";
import { openWorkspaceDatabase } from "./workspace-database";
import { createApiToken, listApiTokensOfPeople, revokeApiTokensOfPerson } from "../queries/api-tokens";
import { createUser, getUserByEmail, getUserIdByEmail, listUsers, resetUserPassword, setUserDisabled, setUserRole } from "../queries/users";

const help = `Manage Corroborate accounts.

Usage: npm run users -- <command> [options]

Commands:
  add <email> --role <role> [--name <name>] [--password <pw>]
                              Create an account; prints a generated password when none is given.
  list                        List accounts: email, role, status, name.
  set-role <email> <role>     Change a role (${roles.join(", ")}); signs the account out.
  disable <email>             Refuse the account from its next request on, and revoke its API tokens.
  enable <email>              Allow a disabled account again.
  reset-password <email> [--password <pw>]
                              Set a new password (printed when generated); signs the account out
                              and revokes its API tokens.
  token <email> [--name <label>]
                              Create a personal API token for the account; the token alone is
                              printed on the last line (shown once).
  tokens <email>              List the account's API tokens: name, created, last used, status.
  revoke-tokens <email>       Revoke all of the account's API tokens.

Options:
  -h, --help                  Show this help.

The database is PostgreSQL at DATABASE_URL when set, else DATA_DIR/corroborate.db (DATA_DIR defaults to ./data).`;

class UsageError extends Error {}

function revokedTokensLine(count: number): string {
  return count === 0 ? "No API token was active." : `${count} API token${count === 1 ? " was" : "s were"} revoked.`;
}

function requireArg(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`Missing ${what}.`);
  return value;
}

async function run(argv: string[], out: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: "string" }, name: { type: "string" }, password: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(help);
    return;
  }
  await openWorkspaceDatabase();
  const operator = "command-line" as const;
  switch (command) {
    case "add": {
      const parsed = CreateUserInput.safeParse({
        email: requireArg(rest[0], "email"),
        role: requireArg(values.role, "--role"),
        name: values.name,
        password: values.password,
      });
      if (!parsed.success)
        throw new UsageError(
          Object.entries(fieldErrorsOf(parsed.error))
            .map(([field, message]) => `${field}: ${message}`)
            .join("\n"),
        );
      const { user, generatedPassword } = await createUser({ operator, input: parsed.data });
      out(`Created ${user.email} (${user.role}).`);
      if (generatedPassword) out(`Password (shown once): ${generatedPassword}`);
      return;
    }
    case "list": {
      for (const user of await listUsers({ operator })) {
        out([user.email, user.role, user.isDisabled ? "disabled" : "active", user.name].join("\t"));
      }
      return;
    }
    case "set-role": {
      const role = requireArg(rest[1], "role");
      if (!isRole(role)) throw new UsageError(`Unknown role "${role}". Roles: ${roles.join(", ")}.`);
      const user = await setUserRole({ operator, userId: await getUserIdByEmail(requireArg(rest[0], "email")), role });
      out(`${user.email} is now ${user.role}.`);
      return;
    }
    case "disable":
    case "enable": {
      const user = await setUserDisabled({ operator, userId: await getUserIdByEmail(requireArg(rest[0], "email")), disabled: command === "disable" });
      out(`${user.email} is ${user.isDisabled ? "disabled" : "enabled"}.`);
      if (user.isDisabled) out(revokedTokensLine(user.revokedTokenCount));
      return;
    }
    case "reset-password": {
      const { user, password, revokedTokenCount } = await resetUserPassword({
        operator,
        userId: await getUserIdByEmail(requireArg(rest[0], "email")),
        password: values.password,
      });
      out(`Password reset for ${user.email}; signed out everywhere.`);
      out(revokedTokensLine(revokedTokenCount));
      if (!values.password) out(`New password (shown once): ${password}`);
      return;
    }
    case "token": {
      const user = await getUserByEmail({ operator, email: requireArg(rest[0], "email") });
      if (user.isDisabled) throw new UsageError(`${user.email} is disabled; enable it before creating a token.`);
      const { token, summary } = await createApiToken({
        actor: { id: user.id, email: user.email, name: user.name, role: user.role },
        name: values.name ?? "Command line",
      });
      out(`Created API token "${summary.name}" for ${user.email}. It is shown only once:`);
      out(token);
      return;
    }
    case "tokens": {
      const userId = await getUserIdByEmail(requireArg(rest[0], "email"));
      for (const token of (await listApiTokensOfPeople({ operator })).get(userId) ?? []) {
        out([token.name, token.createdAt, token.lastUsedAt ?? "never used", token.isRevoked ? "revoked" : "active"].join("\t"));
      }
      return;
    }
    case "revoke-tokens": {
      const email = requireArg(rest[0], "email");
      out(`${email}: ${revokedTokensLine(await revokeApiTokensOfPerson({ operator, userId: await getUserIdByEmail(email) }))}`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

export async function runUsersCommand(argv: string[], { out, err }: { out: (line: string) => void; err: (line: string) => void }): Promise<number> {
  try {
    await run(argv, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n\nRun: npm run users -- --help`);
      return 2;
    }
    if (isAppError(error)) {
      const { message, fields } = localizeAppError(error, "en");
      err(fields ? Object.values(fields).join("\n") : message);
      return 1;
    }
    throw error;
  }
}
