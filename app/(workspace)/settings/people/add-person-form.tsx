"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { roleLabels, roles } from "@/lib/roles";
import { createUserAction } from "./actions";

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

export function AddPersonForm() {
  const [state, action] = useActionState(createUserAction, idleFormState);
  const values = state.status === "saved" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate aria-label="Add person" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
      <h2 className="font-semibold">Add a person</h2>
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-4">
        <Field label="Email" name="email" type="email" defaultValue={values.email} error={errors.email} key={`email-${state.status}`} />
        <Field label="Name" name="name" defaultValue={values.name} error={errors.name} key={`name-${state.status}`} />
        <SelectField label="Role" name="role" options={roleOptions} defaultValue={values.role || "reviewer"} error={errors.role} />
        <Field label="Password" name="password" type="password" placeholder="Leave empty to generate one" autoComplete="new-password" error={errors.password} />
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Adding…">Add person</SubmitButton>
      </div>
    </form>
  );
}
