import { describe, expect, it } from "vitest";
import { untilAborted } from "./api-client";

const never = new Promise<string>(() => {});

describe("untilAborted", () => {
  it("rejects with the abort reason when the read never settles", async () => {
    const controller = new AbortController();
    const racing = untilAborted(never, controller.signal);
    controller.abort(new Error("gave up"));
    await expect(racing).rejects.toThrow("gave up");
  });

  it("rejects at once when the signal has already aborted", async () => {
    await expect(untilAborted(never, AbortSignal.abort(new Error("too late")))).rejects.toThrow("too late");
  });

  it("gives the read's value when it comes first, and a later abort changes nothing", async () => {
    const controller = new AbortController();
    const racing = untilAborted(Promise.resolve("body"), controller.signal);
    await expect(racing).resolves.toBe("body");
    controller.abort();
    await expect(racing).resolves.toBe("body");
  });

  it("passes on the read's own failure", async () => {
    await expect(untilAborted(Promise.reject(new Error("reset")), new AbortController().signal)).rejects.toThrow("reset");
  });
});
