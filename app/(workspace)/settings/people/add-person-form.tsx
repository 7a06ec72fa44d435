"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { roles } from "@/lib/roles";
import { createUserAction } from "./actions";

export function AddPersonForm() {
  const [state, action] = useActionState(createUserAction, idleFormState);
  const values = state.status === "saved" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  const t = useTranslations("Settings.peoplePage");
  const common = useTranslations("Common");
  const roleOptions = roles.map((role) => ({ value: role, label: common(`roles.${role}`) }));
  return (
    <form action={action} noValidate aria-label={t("addPerson")} className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
      <h2 className="font-semibold">{t("addPersonHeading")}</h2>
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-4">
        <Field label={t("email")} name="email" type="email" defaultValue={values.email} error={errors.email} key={`email-${state.status}`} />
        <Field label={t("name")} name="name" defaultValue={values.name} error={errors.name} key={`name-${state.status}`} />
        <SelectField label={t("role")} name="role" options={roleOptions} defaultValue={values.role || "reviewer"} error={errors.role} />
        <Field
          label={t("password")}
          name="password"
          type="password"
          placeholder={t("passwordPlaceholder")}
          autoComplete="new-password"
          error={errors.password}
        />
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("adding")}>{t("addPerson")}</SubmitButton>
      </div>
    </form>
  );
}
