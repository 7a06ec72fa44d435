"use client";
import { useId } from "react";

/**
 * The pieces every form field shares, so that an error is always tied to its field: the
 * control gets `aria-invalid` and an `aria-describedby` naming its hint and its error, and
 * the error is shown right under it. Field, SelectField and FileField are built from these;
 * a form with an unusual layout uses `useFieldIds` and `FieldError` directly.
 */

export type FieldIds = {
  hintId: string | undefined;
  errorId: string | undefined;
  /** Spread onto the input, select or textarea. */
  control: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
};

/** Ids for a field, its hint (when it has one) and its error (when there is one). */
export function useFieldIds({ hint, error }: { hint?: boolean; error?: string }): FieldIds {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, control: { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } };
}

/** A field's error, under the field; renders nothing without one. */
export function FieldError({ id, error, className = "mt-1 text-sm" }: { id: string | undefined; error: string | undefined; className?: string }) {
  if (!error) return null;
  return (
    <p id={id} className={`${className} font-medium text-red-700`}>
      {error}
    </p>
  );
}

/** The border of a text box or select: red while it has an error. */
export function controlClass(error: string | undefined, extra = "") {
  return `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-xs focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-600/30 ${error ? "border-red-600" : "border-stone-300"} ${extra}`;
}

/** Label, optional hint, the control (children) and the error, in that order. */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={ids.control.id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}
