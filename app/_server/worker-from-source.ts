import { Worker } from "node:worker_threads";

/**
 * Starts a worker on a TypeScript entry file, for runs from source (vitest, `node --import tsx`
 * scripts); a production build runs the entry Turbopack bundled instead. On Node 20 a worker
 * does not inherit the parent's `--import tsx` loader, so a tiny bootstrap registers tsx in
 * the worker first. tsx (a dependency) is resolved from the working directory: the project
 * root, as for every npm script.
 */
const bootstrap = `
const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ register }) => { register(); return import(workerData.entry); });
`;

export function startWorkerFromSource(entryHref: string): Worker {
  return new Worker(bootstrap, { eval: true, workerData: { entry: entryHref } });
}
