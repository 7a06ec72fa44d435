"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { z } from "zod";
import { createInvestigation, deleteInvestigation, renameInvestigation, updateInvestigationSettings } from "@/db/queries/investigations";
import { setInvestigationReportLanguage } from "@/db/queries/report-language-setting";
import { RatingScaleFormInput } from "@/lib/checking/rating-scale-form";
import { localizeFieldMessage } from "@/lib/i18n/translator";
import { ApproximateToleranceInput, CreateInvestigationInput, RenameInvestigationInput, ReportLanguageInput } from "@/lib/validation/investigation";

const FormArgs = z.tuple([formArgument]);
const IdAndFormArgs = z.tuple([idArgument, formArgument]);
const IdArgs = z.tuple([idArgument]);

export async function createInvestigationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [formData])) return malformedArguments;
  let createdId: string | undefined;
  const state = await handleForm(formData, CreateInvestigationInput, ["title"], async (input) => {
    createdId = (await createInvestigation({ actor, input })).id;
  });
  if (!createdId) return state;
  revalidatePath("/investigations");
  redirect(`/investigations/${createdId}`);
}

export async function renameInvestigationAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, RenameInvestigationInput, ["title", "version"], async (input) => {
    const renamed = await renameInvestigation({ actor, id: investigationId, input });
    return {
      status: "saved",
      message: (await getTranslations("Investigations"))("renamed"),
      values: { title: renamed.title, version: String(renamed.version) },
    };
  });
  revalidatePath("/investigations");
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

export async function deleteInvestigationAction(investigationId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdArgs, [investigationId])) return malformedArguments;
  const state = await runSave({}, async () => await deleteInvestigation({ actor, id: investigationId }));
  if (state.status !== "saved") return state;
  revalidatePath("/investigations");
  redirect("/investigations");
}

const SettingsFormInput = z.object({
  version: z.coerce.number().int().min(1),
  scale: z.string().max(20_000),
  hidesOthersAssessments: z.enum(["on", ""]),
  approximateTolerancePercent: ApproximateToleranceInput,
});

/** Saves the verdict scale (sent as JSON rows) and the review settings of an investigation. */
export async function saveInvestigationSettingsAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, SettingsFormInput, ["version", "scale", "hidesOthersAssessments", "approximateTolerancePercent"], async (input) => {
    const scale = RatingScaleFormInput.safeParse(input.scale);
    const t = await getTranslations("Investigations");
    if (!scale.success) {
      const issue = scale.error.issues[0]?.message;
      const message = issue ? localizeFieldMessage(issue, await getLocale()) : t("scaleInvalid");
      return { status: "invalid", message, fieldErrors: { scale: issue ? message : "" } };
    }
    const { version } = await updateInvestigationSettings({
      actor,
      id: investigationId,
      version: input.version,
      ratingScale: scale.data,
      hidesOthersAssessments: input.hidesOthersAssessments === "on",
      approximateTolerancePercent: input.approximateTolerancePercent,
    });
    return { status: "saved", message: t("settingsSaved"), values: { version: String(version) } };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}

const ReportLanguageFormInput = z.object({ reportLanguage: ReportLanguageInput, version: z.coerce.number().int().min(1) });

/** Sets the language the investigation's reports are written in (editors and admins; the query checks). */
export async function saveReportLanguageAction(investigationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(IdAndFormArgs, [investigationId, formData])) return malformedArguments;
  const state = await handleForm(formData, ReportLanguageFormInput, ["reportLanguage", "version"], async ({ reportLanguage, version }) => {
    const saved = await setInvestigationReportLanguage({ actor, id: investigationId, version, reportLanguage });
    const language = (await getTranslations("Common"))(`languages.${reportLanguage}`);
    return { status: "saved", message: (await getTranslations("ReportSettings"))("saved", { language }), values: { version: String(saved.version) } };
  });
  revalidatePath(`/investigations/${investigationId}`);
  return state;
}
