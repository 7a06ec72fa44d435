"use client";
import { useLayoutEffect, useRef } from "react";
import { controlClass, FieldFrame, useFieldIds } from "./field-parts";

export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  label: string;
  name: string;
  options: readonly SelectOption[];
  hint?: string;
  error?: string;
  /** The choice shown at first and after a refused save (pass what was submitted). */
  defaultValue?: string;
  disabled?: boolean;
  className?: string;
  onChange?: (event: React.ChangeEvent<HTMLSelectElement>) => void;
};

/** A labelled select with its hint and error, tied to it like Field's; keeps the submitted choice after a refusal. */
export function SelectField({ label, name, options, hint, error, defaultValue, disabled, className, onChange }: SelectFieldProps) {
  const ids = useFieldIds({ hint: Boolean(hint), error });
  const ref = useDefaultSelection(defaultValue);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <select
        ref={ref}
        {...ids.control}
        name={name}
        defaultValue={defaultValue}
        disabled={disabled}
        onChange={onChange}
        className={controlClass(error, "disabled:bg-stone-100")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * React applies a select's defaultValue only when it mounts, yet resets the form to its
 * defaults after every action: a refused form would show the first choice again instead of
 * the one submitted. This keeps the options' default in step with `defaultValue` and, like
 * a text input, moves the selection along unless the person has changed it since (so a
 * live update never overwrites an unsaved choice). Runs after React's form reset.
 */
export function useDefaultSelection(defaultValue: string | undefined) {
  const ref = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const select = ref.current;
    const options = select ? [...select.options] : [];
    if (!select || defaultValue === undefined || !options.some((option) => option.value === defaultValue)) return;
    // What the form's reset shows: the option marked default, else the first.
    const resetValue = (options.find((option) => option.defaultSelected) ?? options[0])?.value;
    const chosen = select.value;
    for (const option of options) option.defaultSelected = option.value === defaultValue;
    select.value = chosen === resetValue ? defaultValue : chosen;
  }, [defaultValue]);
  return ref;
}
