/**
 * What every drill shares: its result shape (parameters, figures, pass/fail checks in the
 * benchmarks' format), the seeded random numbers that pick its operations, and where its
 * servers and data live (ports 3220–3229 unless DRILL_PORT_BASE says otherwise; data under
 * .drill-data/, which git ignores).
 */
import path from "node:path";
import type { BenchCheck } from "../bench/bench-check";
import { percentile } from "../bench/server";

export type DrillResult = {
  drill: string;
  parameters: Record<string, number | string>;
  figures: Record<string, number | string>;
  checks: BenchCheck[];
};

/** A count that must be zero (lost writes, 5xx, integrity failures…). */
export function mustBeZero(name: string, value: number): BenchCheck {
  return { name, value, unit: "count", target: "= 0", passed: value === 0 };
}

/** A yes/no outcome that must be yes. */
export function mustHold(name: string, holds: boolean): BenchCheck {
  return { name, value: holds ? 1 : 0, unit: "yes=1", target: "= 1", passed: holds };
}

/** mulberry32: a small seeded generator, so a drill's choice of operations can be replayed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n: number) => Math.floor(next() * n),
    between: (low: number, high: number) => low + next() * (high - low),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof seededRandom>;

export function drillPort(offset: number): number {
  return Number(process.env.DRILL_PORT_BASE ?? 3220) + offset;
}

export function drillFolder(name: string): string {
  return path.resolve(".drill-data", name);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** p50/p95/p99/max of a list of milliseconds, rounded for printing. */
export function latencySummary(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)), max: round(percentile(values, 100)) };
}
