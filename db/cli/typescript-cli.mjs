/**
 * How to run one of the project's TypeScript scripts with Node: tsx as the loader, and the
 * `react-server` export condition, under which `import "server-only"` (which marks every
 * db/queries module, so that a client component importing one fails the build) is the empty
 * module it is inside Next's server. `node ${typescriptCli.join(" ")} db/cli/users.ts …`.
 */
export const typescriptCli = ["--conditions=react-server", "--import", "tsx"];
