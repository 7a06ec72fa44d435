/** One measured figure of a benchmark and whether it met its target. */
export interface BenchCheck {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "<= 1.5". */
  target: string;
  passed: boolean;
}

/** A registered benchmark: runs, prints its own details, returns its checks. */
export interface Bench {
  name: string;
  run: () => Promise<BenchCheck[]>;
}
