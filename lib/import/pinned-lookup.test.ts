import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { pinnedLookup } from "./pinned-lookup";

type Answer = { error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number };

function ask(lookup: ReturnType<typeof pinnedLookup>, options: Parameters<ReturnType<typeof pinnedLookup>>[1]): Answer {
  let answer: Answer | undefined;
  lookup("attacker-controlled.example", options, (error, address, family) => {
    answer = { error, address, family };
  });
  return answer!;
}

describe("pinnedLookup", () => {
  const lookup = pinnedLookup([
    { address: "93.184.215.14", family: 4 },
    { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
  ]);

  it("answers with the pinned address whatever name it is asked about", () => {
    expect(ask(lookup, {})).toEqual({ error: null, address: "93.184.215.14", family: 4 });
  });

  it("returns every pinned address for all: true (Happy Eyeballs)", () => {
    expect(ask(lookup, { all: true }).address).toEqual([
      { address: "93.184.215.14", family: 4 },
      { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
    ]);
  });

  it("honours a requested family and fails when none is pinned", () => {
    expect(ask(lookup, { family: 6 })).toMatchObject({ address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 });
    expect(ask(pinnedLookup([{ address: "93.184.215.14", family: 4 }]), { family: 6 }).error?.code).toBe("ENOTFOUND");
  });
});
