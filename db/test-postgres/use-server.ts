import { inject } from "vitest";

// Runs before each test file of the "postgres" project, before lib/env reads the environment.
process.env.DATABASE_URL = inject("postgresTemplateUrl");
