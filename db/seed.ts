import { eq } from "drizzle-orm";
import { CreateSourceInput } from "@/lib/validation/source";
import { CreateUserInput } from "@/lib/validation/user";
import type { Actor } from "@/lib/permissions";
import { db, writeTransaction } from "./connection";
import { demoClaims, demoFacts, demoInvestigationTitle, demoSources } from "./demo-content";
import { createClaimFromSelector } from "./queries/claims";
import { createFact } from "./queries/facts";
import { createInvestigation } from "./queries/investigations";
import { getSetting, setSetting } from "./queries/settings";
import { createSource } from "./queries/sources";
import { countUsers, createUser } from "./queries/users";
import { users } from "./schema";

/**
 * Creates the first admin when the workspace has no accounts. Uses ADMIN_EMAIL and
 * ADMIN_PASSWORD when given; otherwise generates a password, which the caller prints once.
 * Returns null when accounts already exist.
 */
export async function ensureFirstAdmin(environment: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }) {
  if ((await countUsers()) > 0) return null;
  const input = CreateUserInput.parse({
    email: environment.ADMIN_EMAIL || "admin@corroborate.local",
    name: "Admin",
    role: "admin",
    password: environment.ADMIN_PASSWORD || undefined,
  });
  const { user, generatedPassword } = await createUser({ operator: "command-line", input });
  return { email: user.email, generatedPassword };
}

const demoSeededKey = "demo.seeded";

/**
 * Seeds the demo investigation once, as the first admin, in one transaction. Never again
 * after that, so a user who deletes it does not see it come back. Returns whether it seeded now.
 */
export async function seedDemoOnce(): Promise<boolean> {
  if (await getSetting(demoSeededKey)) return false;
  const [admin] = await db().select().from(users).where(eq(users.role, "admin")).orderBy(users.createdAt).limit(1);
  if (!admin) return false;
  const actor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  return writeTransaction(async () => {
    if (await getSetting(demoSeededKey)) return false;
    await setSetting(demoSeededKey, new Date().toISOString());
    const investigation = await createInvestigation({ actor, input: { title: demoInvestigationTitle } });
    const sourceIds = new Map<string, string>();
    for (const source of demoSources) {
      sourceIds.set(source.title, (await createSource({ actor, investigationId: investigation.id, input: CreateSourceInput.parse(source) })).id);
    }
    // Highlight the demo's figures and link them into facts, so the comparison shows from the start.
    const highlight = async ({ source, exact }: { source: string; exact: string }) =>
      (await createClaimFromSelector({ actor, sourceId: sourceIds.get(source)!, selector: { exact } })).id;
    for (const claim of demoClaims) await highlight(claim);
    for (const fact of demoFacts) {
      const claimIds: string[] = [];
      for (const claim of fact.claims) claimIds.push(await highlight(claim));
      await createFact({ actor, investigationId: investigation.id, title: fact.title, claimIds });
    }
    return true;
  });
}
