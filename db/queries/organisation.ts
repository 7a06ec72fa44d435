import { canManagePeople, type Actor } from "@/lib/permissions";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";
import { getSetting, setSetting } from "./settings";
import { writeTransaction } from "../client";
import { db } from "../connection";

/** Settings keys of the publishing organisation (the `author` of exported ClaimReviews). */
const nameKey = "organisation.name";
const urlKey = "organisation.url";
const defaultName = "Corroborate";

export function getOrganisation(): { name: string; url: string | null } {
  return { name: getSetting(nameKey) || defaultName, url: getSetting(urlKey) || null };
}

/** Admins name the organisation that publishes the workspace's reviews. */
export function updateOrganisation({ actor, name, url }: { actor: Actor; name: string; url: string | null }) {
  assertAllowed(canManagePeople(actor), "Only admins can change the organisation.");
  const before = getOrganisation();
  writeTransaction(db(), (tx) => {
    setSetting(nameKey, name, tx);
    setSetting(urlKey, url ?? "", tx);
    recordEvent(tx, {
      actorId: actor.id,
      action: "organisation.changed",
      subjectType: "settings",
      subjectId: "organisation",
      data: { name: [before.name, name], url: [before.url, url] },
    });
  });
}
