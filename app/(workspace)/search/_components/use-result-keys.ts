"use client";
import { useEffect, type RefObject } from "react";

/** The links of the results under `root`, in reading order (groups top to bottom). */
const resultLinks = (root: HTMLElement | null) => [...(root?.querySelectorAll<HTMLAnchorElement>("a[data-search-result]") ?? [])];

/**
 * The results' keyboard: inside the list, ↓ and ↑ move the focus to the next and previous
 * result (Home and End to the first and last), and Enter opens the focused one (it is a
 * link). From a search box (`data-search-box`: the header's and the page's), ↓ moves to the
 * first result, so typing, Enter, ↓, Enter opens one. Keys with a modifier are the browser's.
 */
export function useResultKeys(rootRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    function fromSearchBox(event: KeyboardEvent) {
      if (event.key !== "ArrowDown" || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (!(event.target instanceof HTMLElement) || !event.target.hasAttribute("data-search-box")) return;
      const first = resultLinks(rootRef.current)[0];
      if (!first) return;
      event.preventDefault();
      first.focus();
    }
    document.addEventListener("keydown", fromSearchBox);
    return () => document.removeEventListener("keydown", fromSearchBox);
  }, [rootRef]);

  return function onKeyDown(event: React.KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = resultLinks(rootRef.current);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target =
      event.key === "ArrowDown"
        ? links[at + 1]
        : event.key === "ArrowUp"
          ? links[at - 1]
          : event.key === "Home"
            ? links[0]
            : event.key === "End"
              ? links.at(-1)
              : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}
