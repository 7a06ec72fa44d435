"use client";
import { FieldFrame, useFieldIds } from "./field-parts";

/**
 * A labelled file input with its hint and error, tied to it like Field's. The file is not
 * kept after a refusal (the form resets, and the refused file is what needs changing):
 * the error says why, and the person chooses again.
 */
export function FileField({
  label,
  name,
  accept,
  hint,
  error,
  className,
}: {
  label: string;
  name: string;
  accept: string;
  hint?: string;
  error?: string;
  className?: string;
}) {
  const ids = useFieldIds({ hint: Boolean(hint), error });
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <input {...ids.control} name={name} type="file" accept={accept} className={`mt-1 block text-sm ${error ? "rounded-md ring-2 ring-red-600/40" : ""}`} />
    </FieldFrame>
  );
}
