import type { TestProject } from "vitest/node";
import { startPostgres } from "@/e2e/setup/postgres-server.mjs";
import { openPostgres } from "../engines/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplateUrl: string;
  }
}

/**
 * Starts the throw-away server once for the run and migrates a template database; each test
 * file copies it (db/test-database.ts). Stopped and removed when the run ends.
 */
export default async function setup(project: TestProject) {
  const server = await startPostgres({ database: "corroborate_template" });
  const template = openPostgres(server.url, 2);
  await template.migrate();
  await template.close();
  project.provide("postgresTemplateUrl", server.url);
  return () => server.stop();
}
