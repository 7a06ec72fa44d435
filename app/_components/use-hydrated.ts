"use client";
import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server-rendered HTML and during hydration, true once React owns the page.
 * Buttons whose handlers live in JavaScript stay disabled until then, so a click that
 * lands before hydration is not silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
