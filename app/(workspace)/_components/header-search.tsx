"use client";
import Form from "next/form";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useSlashToFocus } from "./use-slash-to-focus";

/**
 * The workspace header's search box: a GET form to /search (`?q=`), so results have an
 * address and the back button returns to them; works without JavaScript. `/` focuses it from
 * anywhere but a field (useSlashToFocus), said by `aria-keyshortcuts` and the key shown in it
 * once the page's script runs (before that, the key would do nothing).
 * On the results page it shows the words searched.
 */
export function HeaderSearch() {
  const t = useTranslations("Search.header");
  const ref = useRef<HTMLInputElement>(null);
  useSlashToFocus(ref);
  const hydrated = useHydrated();
  const pathname = usePathname();
  const params = useSearchParams();
  const searched = pathname === "/search" ? (params.get("q") ?? "") : "";
  // Follows the address (a new search, back, forward) unless the person is typing in it;
  // not by remounting, which would take the focus from the box just submitted.
  useEffect(() => {
    if (ref.current && document.activeElement !== ref.current) ref.current.value = searched;
  }, [searched]);
  return (
    <Form action="/search" role="search" aria-label={t("landmark")} className="relative w-full">
      <label htmlFor="header-search" className="sr-only">
        {t("label")}
      </label>
      <input
        ref={ref}
        id="header-search"
        data-search-box=""
        name="q"
        type="search"
        defaultValue={searched}
        placeholder={t("placeholder")}
        aria-keyshortcuts={hydrated ? "/" : undefined}
        autoComplete="off"
        enterKeyHint="search"
        className="peer block w-full rounded-md border border-stone-300 bg-white py-1.5 pl-3 pr-8 text-sm placeholder:text-stone-500 focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-600/30"
      />
      {hydrated ? (
        <kbd
          title={t("shortcut")}
          aria-hidden="true"
          className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-stone-300 px-1.5 font-mono text-xs text-stone-500 peer-placeholder-shown:block peer-focus:hidden pointer-coarse:hidden"
        >
          /
        </kbd>
      ) : null}
    </Form>
  );
}
