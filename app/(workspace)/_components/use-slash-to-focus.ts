"use client";
import { useEffect, type RefObject } from "react";

/**
 * True when a key pressed in `target` is typing: text boxes, selects and editable regions
 * (the reader's read-only contenteditable text too, whose keys are its own). `/` there is a
 * character or another shortcut, never "go to search".
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== "object" || !("tagName" in target)) return false;
  const element = target as HTMLElement;
  return element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName);
}

/**
 * `/` anywhere on the page moves the focus to `ref` (the header's search box) and selects what
 * it holds, unless the person is typing in a field or holds Ctrl, Meta or Alt (browser keys).
 */
export function useSlashToFocus(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [ref]);
}
