import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { setOwnLocale } from "./profile";
import { getActorBySession } from "./users";

beforeEach(async () => {
  await installTestDatabase();
});

describe("a person's interface language", () => {
  it("is kept on their own account only, and null follows the browser again", async () => {
    const [me, other] = [await createTestActor("reviewer"), await createTestActor("reviewer")];
    await setOwnLocale({ actor: me, locale: "es" });
    expect((await getActorBySession({ userId: me.id, sessionVersion: 1 }))?.locale).toBe("es");
    expect((await getActorBySession({ userId: other.id, sessionVersion: 1 }))?.locale).toBeNull();
    await setOwnLocale({ actor: me, locale: null });
    expect((await getActorBySession({ userId: me.id, sessionVersion: 1 }))?.locale).toBeNull();
  });
});
