"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/app/_components/field";

/** Within this share of the limit, the count is also announced to screen readers. */
const nearShare = 0.9;

/**
 * "1,234 / 20,000" under a text box, as the person types. Screen readers hear it (politely)
 * only near the limit, not at every keystroke. Counts UTF-16 units, as the server's check does.
 */
export function LengthCounter({ length, max }: { length: number; max: number }) {
  const t = useTranslations("Checking.length");
  const format = useFormatter();
  const isNear = length >= max * nearShare;
  const isOver = length > max;
  const count = `${format.number(length)} / ${format.number(max)}`;
  return (
    <>
      <p
        className={`mt-1 text-right text-xs tabular-nums ${isOver ? "font-medium text-red-700" : isNear ? "text-amber-800" : "text-stone-500"}`}
        data-testid="length-counter"
        aria-hidden="true"
      >
        {count}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="length-announcement">
        {isNear ? `${t("announcement", { length, max })}${isOver ? t("over") : ""}` : ""}
      </p>
    </>
  );
}

/** A Field with its LengthCounter, counting from the value it opens with. */
export function CountedField({ max, ...props }: React.ComponentProps<typeof Field> & { max: number }) {
  const [length, setLength] = useState((props.defaultValue ?? "").length);
  return (
    <Field {...props} onInput={(event) => setLength(event.currentTarget.value.length)}>
      <LengthCounter length={length} max={max} />
    </Field>
  );
}
