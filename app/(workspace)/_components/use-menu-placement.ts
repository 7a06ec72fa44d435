"use client";
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from "react";

/** Space kept between a menu and the edges of the screen, in CSS pixels. */
const edgeMargin = 8;

/**
 * Where a drop-down panel that hangs under its trigger goes so that all of it is on screen.
 * Its right edge lines up with the trigger's when there is room to its left (the usual place:
 * header buttons sit at the right); otherwise it is shifted just far enough to start
 * `edgeMargin` from the left edge (a long title wraps the buttons to the left edge), and it
 * is never wider than the screen less the margins. Measured each time the panel opens and
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
      const left = Math.min(Math.max(trigger.right - fitted, edgeMargin), screenWidth - edgeMargin - fitted);
      setPlacement({ left: left - trigger.left, right: "auto", width: fitted });
    };
    place();
    window.addEventListener("resize", place);
    return () => window.removeEventListener("resize", place);
  }, [triggerRef, isOpen, width]);
  return placement;
}
