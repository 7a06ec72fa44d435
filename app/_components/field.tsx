"use client";
import { useId } from "react";

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
  className?: string;
  onInput?: (event: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  children?: React.ReactNode;
};

/**
 * A labelled input with its hint and error. The error sits next to the field, is tied to
 * it with aria-describedby and marks it aria-invalid, so screen readers announce both.
 */
export function Field({ label, name, hint, error, defaultValue, type = "text", multiline, rows = 12, autoComplete, placeholder, className, onInput, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const inputClass = `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-xs placeholder:text-stone-500 focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-600/30 ${
    error ? "border-red-600" : "border-stone-300"
  }`;
  const common = { id, name, defaultValue, placeholder, onInput, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} className={`${inputClass} font-serif text-base leading-relaxed`} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} className={inputClass} />
      )}
      {children}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
