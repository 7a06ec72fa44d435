"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/app/_components/form-state";
import { fits, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import { runSave } from "@/app/_server/save-form";
import { markNotificationsRead } from "@/db/queries/notifications";

/** A notification's id (a UUID, or one joined to the recipient's: longer than other ids). */
const MarkOneArgs = z.tuple([z.string().min(1).max(200)]);

/** Marks one of the caller's own notifications read (the bell and the list, when it is opened or marked). */
export async function markNotificationReadAction(notificationId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(MarkOneArgs, [notificationId])) return malformedArguments;
  const state = await runSave({}, async () => void (await markNotificationsRead({ actor, ids: [notificationId] })));
  revalidatePath("/", "layout");
  return state;
}

/** Marks every notification of the caller read. */
export async function markAllNotificationsReadAction(): Promise<FormState> {
  const actor = await requireActor();
  const state = await runSave({}, async () => void (await markNotificationsRead({ actor, all: true })));
  revalidatePath("/", "layout");
  return state;
}
