import "server-only";
import { canManagePeople, type Actor } from "@/lib/permissions";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { getSetting, setSetting } from "./settings";
import { writeTransaction } from "../connection";

/** Settings keys of the publishing organisation (the `author` of exported ClaimReviews). */
const nameKey = "organisation.name";
const urlKey = "organisation.url";
const defaultName = "Corroborate";

export async function getOrganisation(): Promise<{ name: string; url: string | null }> {
  return { name: (await getSetting(nameKey)) || defaultName, url: (await getSetting(urlKey)) || null };
}

/** Admins name the organisation that publishes the workspace's reviews. */
export async function updateOrganisation({ actor, name, url }: { actor: Actor; name: string; url: string | null }) {
  assertAllowed(canManagePeople(actor), "Only admins can change the organisation.");
  const before = await getOrganisation();
  await writeTransaction(async () => {
    await setSetting(nameKey, name);
    await setSetting(urlKey, url ?? "");
    await recordEvent({
      actorId: actor.id,
      action: "organisation.changed",
      subjectType: "settings",
      subjectId: "organisation",
      data: { name: [before.name, name], url: [before.url, url] },
    });
  });
}
