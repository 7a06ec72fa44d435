"use client";
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from "react";

/** Space kept between a menu and the edges of the screen, in CSS pixels. */
const edgeMargin = 8;

/**
 * Where a drop-down panel that hangs under its trigger goes so that all of it is on screen
 * (as a popover's collision handling would): its right edge under the trigger's right edge
 * when there is room to its left (the usual place: header buttons sit at the right); else its
 * left edge under the trigger's left edge (a long title wraps the buttons to the left edge);
 * else shifted just enough to stay `edgeMargin` inside the screen, never wider than the
 * screen less the margins. Measured each time the panel opens and
 * when the window is resized while it is open; `undefined` (the stylesheet's placement)
 * until then, so a panel opened before the page's scripts run is still drawn.
 *
 * @param triggerRef the positioned element the panel is absolutely placed in
 * @param width the panel's preferred width in CSS pixels
 */
export function useMenuPlacement(triggerRef: RefObject<HTMLElement | null>, isOpen: boolean, width: number): CSSProperties | undefined {
  const [placement, setPlacement] = useState<CSSProperties | undefined>(undefined);
  useLayoutEffect(() => {
    if (!isOpen) return;
    const place = () => {
      const trigger = triggerRef.current?.getBoundingClientRect();
      if (!trigger) return;
      const screenWidth = document.documentElement.clientWidth;
      const fitted = Math.min(width, screenWidth - 2 * edgeMargin);
      const endAligned = trigger.right - fitted;
      const preferred = endAligned >= edgeMargin ? endAligned : trigger.left;
      const left = Math.min(Math.max(preferred, edgeMargin), screenWidth - edgeMargin - fitted);
      setPlacement({ left: left - trigger.left, right: "auto", width: fitted });
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [triggerRef, isOpen, width]);
  return placement;
}
