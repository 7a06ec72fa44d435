/**
 * Moments something happened, per key, within a sliding window (sign-in failures per
 * address, export starts per account). In memory and bounded: at most `maxKeys` keys, the
 * least recently recorded forgotten first, so a flood of new keys cannot grow it without end.
 */
export class RecentTimes {
  /** Insertion order is recording order: the least recently recorded key comes first. */
  private readonly byKey = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** The key's times less than `windowMs` before `now`, oldest first (older ones are dropped). */
  recent(key: string, now: number): number[] {
    const times = this.byKey.get(key);
    if (!times) return [];
    const kept = times.filter((time) => now - time < this.windowMs);
    if (kept.length === 0) this.byKey.delete(key);
    else if (kept.length !== times.length) this.byKey.set(key, kept);
    return kept;
  }

  /** Records `now` for the key, keeping only its latest `keep` times. */
  record(key: string, now: number, keep = Infinity): void {
    const times = [...this.recent(key, now), now].slice(-keep);
    this.byKey.delete(key); // re-inserted last, as the most recently recorded
    this.byKey.set(key, times);
    for (const oldKey of this.byKey.keys()) {
      if (this.byKey.size <= this.maxKeys) break;
      if (oldKey !== key) this.byKey.delete(oldKey);
    }
  }

  /** Takes back one recorded time (the latest equal to `time`), if the key has it. */
  takeBack(key: string, time: number): void {
    const times = this.byKey.get(key);
    const index = times?.lastIndexOf(time) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.byKey.delete(key);
  }

  forget(key: string): void {
    this.byKey.delete(key);
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.byKey.size;
  }
}
