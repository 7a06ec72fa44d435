import { describe, expect, it } from "vitest";
import { CAPTURE_FAILURES } from "../capture/capture-error";
import { catalogues } from "../i18n/messages";
import { captureFailureReasonOf } from "./failure-reason";

describe("captureFailureReasonOf", () => {
  it("reads the reason at the start of a stored error", () => {
    expect(captureFailureReasonOf("timeout: The page did not finish loading within 30000 ms.")).toBe("timeout");
    expect(captureFailureReasonOf("too-large: The page's responses passed 26214400 bytes.")).toBe("too-large");
    expect(captureFailureReasonOf("refused-address: 10.0.0.1 is a private address.")).toBe("refused-address");
  });

  it("calls anything else unknown rather than showing English text to a Spanish reader", () => {
    expect(captureFailureReasonOf(null)).toBe("unknown");
    expect(captureFailureReasonOf("")).toBe("unknown");
    expect(captureFailureReasonOf("Error: something broke")).toBe("unknown");
    expect(captureFailureReasonOf("meteor-strike: a new reason")).toBe("unknown");
  });

  it("has words for every reason in both languages", () => {
    for (const locale of ["en", "es"] as const) {
      for (const reason of [...CAPTURE_FAILURES, "unknown"]) expect(catalogues[locale].Captures.failure).toHaveProperty([reason]);
    }
  });
});
