"use server";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { runSave } from "@/app/_server/save-form";
import { assertImportAllowed, importAnnotations } from "@/db/queries/import-annotations";
import { describeImportSummary } from "@/lib/annotation-import/import-summary";
import { readWebAnnotations } from "@/lib/annotation-import/read-web-annotations";

/** Largest file the form accepts (server actions take at most 5 MB); the API takes larger ones. */
const importFormMaxBytes = 4.5 * 1024 * 1024;

const ImportAnnotationsArgs = z.tuple([idArgument, formArgument]);

/** Imports a W3C Web Annotation JSON-LD file (ours or Hypothesis-style) into the investigation. */
export async function importAnnotationsAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(ImportAnnotationsArgs, [investigationId, formData])) return malformedArguments;
  const allowed = await runSave({}, () => assertImportAllowed(actor));
  if (allowed.status !== "saved") return allowed;
  const t = await getTranslations("Investigations");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "invalid", fieldErrors: { file: t("import.chooseFile") } };
  if (file.size > importFormMaxBytes) return { status: "invalid", fieldErrors: { file: t("import.tooLarge") } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { status: "invalid", fieldErrors: { file: t("import.notJson") } };
  }
  let lines: string[] = [];
  const state = await runSave({}, async () => {
    lines = describeImportSummary(await importAnnotations({ actor, investigationId, plan: readWebAnnotations(parsed) }), await getLocale());
  });
  if (state.status !== "saved") return { ...state, fieldErrors: state.fieldErrors ?? { file: state.message ?? t("import.failed") } };
  revalidatePath(`/investigations/${investigationId}`);
  return { ...state, message: lines.join("\n") };
}
