"use client";
import { controlClass, FieldFrame, useFieldIds } from "./field-parts";

type FieldProps = {
  label: string;
  name: string;
  /** Shown under the label; for format hints such as "YYYY-MM-DD". */
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url";
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  placeholder?: string;
  /** Shown and sent, but not editable (a value locked for now). */
  readOnly?: boolean;
  className?: string;
  onInput?: (event: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  children?: React.ReactNode;
};

/**
 * A labelled input with its hint and error. The error sits next to the field, is tied to
 * it with aria-describedby and marks it aria-invalid, so screen readers announce both.
 * For choices and files see SelectField and FileField, built the same way.
 */
export function Field({
  label,
  name,
  hint,
  error,
  defaultValue,
  type = "text",
  multiline,
  rows = 12,
  autoComplete,
  placeholder,
  readOnly,
  className,
  onInput,
  children,
}: FieldProps) {
  const ids = useFieldIds({ hint: Boolean(hint), error });
  const common = { ...ids.control, name, defaultValue, placeholder, readOnly, onInput };
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows} className={controlClass(error, "placeholder:text-stone-500 font-serif text-base leading-relaxed")} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} className={controlClass(error, "placeholder:text-stone-500")} />
      )}
      {children}
    </FieldFrame>
  );
}
