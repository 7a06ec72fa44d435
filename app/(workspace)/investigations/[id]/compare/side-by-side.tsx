"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Segment } from "@/lib/reader/segments";
import { UserText } from "@/app/_components/user-text";

export type Mark = { start: number; end: number; id: string; factNumber: number | null };
export type Column = { sourceId: string; title: string; outlet: string | null; segments: Segment<Mark>[] };

/**
 * Two source texts in columns. Claims linked to a fact carry the fact's number; choosing one
 * marks every claim of that fact in both columns and brings its partner into view.
 */
export function SideBySide({ columns, facts }: { columns: Column[]; facts: { id: string; title: string; number: number }[] }) {
  const [selected, setSelected] = useState<number | null>(null);
  const t = useTranslations("Investigations.compare");
  const choose = (factNumber: number | null, from: string) => {
    setSelected(factNumber);
    if (factNumber === null) return;
    const partner = document.querySelector<HTMLElement>(`[data-fact="${factNumber}"]:not([data-column="${from}"])`);
    partner?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  const selectedFact = facts.find((fact) => fact.number === selected);
  return (
    <div className="space-y-3">
      <p role="status" className="min-h-5 text-sm text-stone-600" data-testid="selected-fact">
        {selectedFact ? t.rich("fact", { number: selectedFact.number, title: () => <UserText>{selectedFact.title}</UserText> }) : t("choose")}
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        {columns.map((column, index) => (
          <section key={`${column.sourceId}-${index}`} aria-label={column.title} className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 className="font-serif text-lg font-semibold">
              <UserText>{column.title}</UserText>
            </h2>
            {column.outlet ? <p className="text-xs text-stone-500">{column.outlet}</p> : null}
            {/* The text scrolls inside its column: it takes focus so the keyboard can scroll it too, even when none of its claims is a button. */}
            <div
              role="group"
              aria-label={t("textOf", { title: column.title })}
              tabIndex={0}
              className="reader-text mt-3 max-h-[70vh] overflow-y-auto text-base"
            >
              {column.segments.map((segment, i) =>
                segment.item ? (
                  segment.item.factNumber !== null ? (
                    <button
                      key={i}
                      type="button"
                      data-fact={segment.item.factNumber}
                      data-column={index}
                      aria-pressed={selected === segment.item.factNumber}
                      onClick={() => choose(segment.item!.factNumber, String(index))}
                      className={`rounded-sm px-0.5 text-left ${selected === segment.item.factNumber ? "bg-accent-100 ring-2 ring-accent-600" : "bg-yellow-200/70 hover:bg-yellow-300/70"}`}
                    >
                      <sup className="mr-0.5 font-sans text-[10px] font-semibold text-accent-800">{segment.item.factNumber}</sup>
                      {segment.text}
                    </button>
                  ) : (
                    <mark key={i} className="bg-yellow-100 text-inherit">
                      {segment.text}
                    </mark>
                  )
                ) : (
                  <span key={i}>{segment.text}</span>
                ),
              )}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
