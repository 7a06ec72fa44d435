import { redirect } from "next/navigation";
import { requireActor } from "@/app/_server/current-actor";
import { canManagePeople } from "@/lib/permissions";

export default async function SettingsPage() {
  const actor = await requireActor();
  redirect(canManagePeople(actor) ? "/settings/people" : "/settings/tokens");
}
