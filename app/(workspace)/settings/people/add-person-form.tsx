"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_server/form-state";
import { roleLabels, roles } from "@/lib/roles";
import { createUserAction } from "./actions";

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
        <div>
          <label htmlFor="new-person-role" className="block text-sm font-medium text-stone-800">
            Role
          </label>
          <select id="new-person-role" name="role" defaultValue={values.role || "reviewer"} key={`role-${state.status}`} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          {errors.role ? <p className="mt-1 text-sm font-medium text-red-700">{errors.role}</p> : null}
        </div>
        <Field label="Password" name="password" type="password" placeholder="Leave empty to generate one" autoComplete="new-password" error={errors.password} />
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Adding…">Add person</SubmitButton>
      </div>
    </form>
  );
}
