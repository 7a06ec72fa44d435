/** The capture test site (see capture-site.ts) and the words on its pages, for tests and benchmarks. */
export { startCaptureSite, HUGE_BYTES, type CaptureSite } from "./capture-site";
export type { Canary } from "./canary";
export { BENCH_SUBRESOURCES, NOTE_TEXT } from "./pages";
export * from "./texts";
