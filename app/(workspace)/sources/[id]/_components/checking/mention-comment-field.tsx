"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { controlClass, FieldFrame, useFieldIds } from "@/app/_components/field-parts";
import { insertMention, matchMembers, mentionQueryAt, type MentionQuery } from "@/lib/notifications/mention-query";
import { LengthCounter } from "./length-counter";

type Member = { id: string; name: string };

/**
 * The comment box, with @mention autocomplete: typing `@` and letters lists the matching
 * active members; ↑/↓ move, Enter or Tab choose, Escape closes; a click chooses too. Choosing
 * writes `@[Full Name]` (lib/notifications/mentions.ts), which notifies that person when the
 * comment is saved. The combobox pattern on a text box: the textarea keeps its role (ARIA in
 * HTML allows none other on it) and names the list (`aria-controls`) and the highlighted
 * member (`aria-activedescendant`); a live region says how many match.
 */
export function MentionCommentField({
  label,
  name,
  max,
  defaultValue,
  error,
  members,
}: {
  label: string;
  name: string;
  max: number;
  defaultValue?: string;
  error?: string;
  members: readonly Member[];
}) {
  const t = useTranslations("Checking.comments");
  const ids = useFieldIds({ error });
  const listId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [length, setLength] = useState((defaultValue ?? "").length);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const matches = query ? matchMembers(members, query.query) : [];
  const isOpen = matches.length > 0;

  const follow = (element: HTMLTextAreaElement) => {
    setLength(element.value.length);
    const next = element.selectionStart === element.selectionEnd ? mentionQueryAt(element.value, element.selectionStart) : null;
    setQuery(next);
    if (next?.query !== query?.query || next?.start !== query?.start) setActive(0);
  };

  const choose = (member: Member) => {
    const element = box.current;
    if (!element || !query) return;
    const chosen = insertMention(element.value, query, member.name);
    // Through the native setter and an input event, so React's onChange (the draft) sees the change.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(element, chosen.text);
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.setSelectionRange(chosen.caret, chosen.caret);
    element.focus();
    setQuery(null);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!isOpen) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => (index + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <FieldFrame ids={ids} label={label} error={error}>
      <div className="relative">
        <textarea
          {...ids.control}
          ref={box}
          name={name}
          rows={3}
          defaultValue={defaultValue}
          aria-autocomplete="list"
          aria-controls={isOpen ? listId : undefined}
          aria-activedescendant={isOpen ? optionId(Math.min(active, matches.length - 1)) : undefined}
          onInput={(event) => follow(event.currentTarget)}
          onKeyDown={onKeyDown}
          onKeyUp={(event) =>
            (event.key === "ArrowLeft" || event.key === "ArrowRight" || event.key === "Home" || event.key === "End") && follow(event.currentTarget)
          }
          onClick={(event) => follow(event.currentTarget)}
          onBlur={() => setQuery(null)}
          className={controlClass(error, "placeholder:text-stone-500 font-serif text-base leading-relaxed")}
        />
        {isOpen ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={t("members")}
            className="absolute left-0 z-20 mt-1 max-h-56 w-64 max-w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg"
          >
            {matches.map((member, index) => (
              <li
                key={member.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(member)}
                className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-accent-100 text-accent-800" : "text-stone-800 hover:bg-stone-100"}`}
              >
                <bdi>{member.name}</bdi>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {isOpen ? t("matches", { count: matches.length }) : ""}
      </p>
      <LengthCounter length={length} max={max} />
    </FieldFrame>
  );
}
