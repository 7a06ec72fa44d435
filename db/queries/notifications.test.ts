import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { Role } from "@/lib/roles";
import { db, writeTransaction } from "../connection";
import { claimFollows, factFollows, notifications } from "../schema";
import { claimOnNewSource, installTestDatabase } from "../test-database";
import { updateClaimReview } from "./claim-review";
import { addComment, updateComment } from "./comments";
import { recordEvent } from "./events";
import { addEvidence } from "./evidence";
import { createFact, linkClaimsToFact, setQuantityCorrection } from "./facts";
import { createInvestigation } from "./investigations";
import { countUnreadNotifications, listNotificationsByUser, markNotificationsRead } from "./notifications";
import { createUser, setUserDisabled } from "./users";

async function member(role: Role, name: string): Promise<Actor> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}-${crypto.randomUUID().slice(0, 6)}@example.test`;
  const { user } = await createUser({ operator: "command-line", input: { email, role, name, password: "correct horse battery" } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function setUp() {
  const editor = await member("editor", "Elena Editor");
  const ana = await member("reviewer", "Ana Ruiz");
  const bo = await member("reviewer", "Bo Li");
  const { id: investigationId } = await createInvestigation({ actor: editor, input: { title: "Flights" } });
  const claim = await claimOnNewSource({ actor: ana, investigationId, text: "Officials counted over 200 deportees.", phrase: "over 200 deportees" });
  return { editor, ana, bo, investigationId, claim };
}

const fixed150 = { low: 150, high: 150, lowInclusive: true, highInclusive: true, hedge: "exact", value: 150, unit: "deportees", text: "150 deportees" };
const kindsOf = async (actor: Actor) => (await listNotificationsByUser({ actor })).items.map((item) => item.kind);
const follow = (table: "claim" | "fact", userId: string, id: string) =>
  writeTransaction(async () => {
    if (table === "claim") await db().insert(claimFollows).values({ userId, claimId: id });
    else await db().insert(factFollows).values({ userId, factId: id });
  });

beforeEach(async () => {
  await installTestDatabase();
});

describe("notifications from events", () => {
  it("tells the new assignee, with who assigned them and the claim, and not someone who assigns themselves", async () => {
    const { editor, ana, bo, claim } = await setUp();
    await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { assigneeId: bo.id } });
    const { items } = await listNotificationsByUser({ actor: bo });
    expect(items).toEqual([
      expect.objectContaining({
        kind: "assigned",
        readAt: null,
        actor: { id: editor.id, name: "Elena Editor" },
        claim: { id: claim.id, sourceId: claim.sourceId, exact: "over 200 deportees" },
        investigation: expect.objectContaining({ title: "Flights" }),
      }),
    ]);
    await updateClaimReview({ actor: bo, id: claim.id, version: 2, changes: { assigneeId: null } });
    await updateClaimReview({ actor: ana, id: claim.id, version: 3, changes: { assigneeId: ana.id } });
    expect(await kindsOf(ana)).toEqual([]);
    expect(await countUnreadNotifications({ actor: bo })).toBe(1);
    expect(await countUnreadNotifications({ actor: editor })).toBe(0);
  });

  it("tells each active member a comment mentions, once, but not its author, a disabled account or a name nobody has", async () => {
    const { editor, ana, bo, claim } = await setUp();
    const gone = await member("reviewer", "Gone Person");
    await setUserDisabled({ operator: "command-line", userId: gone.id, disabled: true });
    await addComment({ actor: ana, claimId: claim.id, body: "@[Bo Li] and @[Elena Editor], see this; @[Bo Li] again; @[Ana Ruiz] @[Gone Person] @[Nobody]" });
    expect(await kindsOf(bo)).toEqual(["mentioned"]);
    expect(await kindsOf(editor)).toEqual(["mentioned"]);
    expect(await kindsOf(ana)).toEqual([]);
    expect(await kindsOf(gone)).toEqual([]);
    expect((await listNotificationsByUser({ actor: bo })).items[0]).toMatchObject({ excerpt: expect.stringContaining("see this"), claim: { id: claim.id } });
  });

  it("tells only the people an edited comment newly mentions", async () => {
    const { editor, ana, bo, claim } = await setUp();
    const comment = await addComment({ actor: ana, claimId: claim.id, body: "@[Bo Li] look" });
    await updateComment({ actor: ana, id: comment.id, version: 1, body: "@[Bo Li] look, and @[Elena Editor] too" });
    expect(await kindsOf(bo)).toEqual(["mentioned"]);
    expect(await kindsOf(editor)).toEqual(["mentioned"]);
  });

  it("tells the claim's creator, assignee and followers of its approval and reopening, each once, never the editor who did it", async () => {
    const { editor, ana, bo, claim } = await setUp();
    const follower = await member("reviewer", "Fay Follower");
    const otherEditor = await member("editor", "Otto Editor");
    await follow("claim", follower.id, claim.id);
    await follow("claim", bo.id, claim.id);
    await follow("claim", otherEditor.id, claim.id);
    await updateClaimReview({ actor: editor, id: claim.id, version: 1, changes: { assigneeId: bo.id, verdictKey: "false", rationale: "The count was 238." } });
    await addEvidence({ actor: ana, claimId: claim.id, fields: { url: "https://example.org/count", stance: "refutes", quote: "238" } });
    await updateClaimReview({ actor: otherEditor, id: claim.id, version: 2, changes: { status: "approved" } });
    expect(await kindsOf(ana)).toEqual(["approved"]);
    expect(await kindsOf(bo)).toEqual(["approved", "assigned"]);
    expect(await kindsOf(follower)).toEqual(["approved"]);
    expect(await kindsOf(otherEditor)).toEqual([]);
    await updateClaimReview({ actor: editor, id: claim.id, version: 3, changes: { status: "in-review" } });
    expect(await kindsOf(ana)).toEqual(["reopened", "approved"]);
    expect(await kindsOf(otherEditor)).toEqual(["reopened"]);
    expect(await kindsOf(editor)).toEqual([]);
  });

  it("tells a fact's followers when a change makes a new conflict between its claims, and not for a link that agrees or a conflict they had", async () => {
    const { editor, ana, bo, investigationId, claim } = await setUp();
    const fact = await createFact({ actor: editor, investigationId, title: "People flown", claimIds: [claim.id] });
    await follow("fact", bo.id, fact.id);
    await follow("fact", ana.id, fact.id);
    const agrees = await claimOnNewSource({ actor: editor, investigationId, text: "They said 238 deportees.", phrase: "238 deportees" });
    await linkClaimsToFact({ actor: editor, factId: fact.id, claimIds: [agrees.id] });
    expect(await kindsOf(bo)).toEqual([]);
    const conflicting = await claimOnNewSource({ actor: editor, investigationId, text: "Just 150 deportees, said another.", phrase: "150 deportees" });
    await linkClaimsToFact({ actor: ana, factId: fact.id, claimIds: [conflicting.id] });
    const [notification] = (await listNotificationsByUser({ actor: bo })).items;
    expect(notification).toMatchObject({
      kind: "conflict",
      fact: { id: fact.id, title: "People flown" },
      claim: { id: conflicting.id },
      actor: { id: ana.id },
    });
    expect(notification!.excerpt).toMatch(/150/);
    expect(await kindsOf(ana)).toEqual([]); // the follower who linked it
    // Correcting the agreeing claim's figure to 150 makes a new conflict with "over 200" and ends one with 150: one notification.
    await setQuantityCorrection({ actor: editor, claimId: agrees.id, correction: fixed150 });
    expect(await kindsOf(bo)).toEqual(["conflict", "conflict"]);
    expect(await kindsOf(ana)).toEqual(["conflict"]);
    // The same correction again makes nothing new.
    await setQuantityCorrection({ actor: editor, claimId: agrees.id, correction: fixed150 });
    expect(await kindsOf(bo)).toHaveLength(2);
  });

  it("writes nothing for a change that rolls back, and nothing for events nobody listens to", async () => {
    const { editor, bo, investigationId, claim } = await setUp();
    await expect(
      writeTransaction(async () => {
        await recordEvent({
          actorId: editor.id,
          action: "claim.assigned",
          subjectType: "claim",
          subjectId: claim.id,
          investigationId,
          data: { assigneeId: [null, bo.id] },
        });
        throw new Error("the change failed after its event");
      }),
    ).rejects.toThrow("the change failed");
    await claimOnNewSource({ actor: bo, investigationId, text: "Another 90 people.", phrase: "90 people" });
    expect(await db().select().from(notifications)).toEqual([]);
  });
});

describe("reading and marking notifications", () => {
  it("pages newest first with a cursor, filters unread, and marks only the person's own", async () => {
    const { editor, ana, bo, claim } = await setUp();
    for (let index = 0; index < 5; index += 1) await addComment({ actor: ana, claimId: claim.id, body: `@[Bo Li] note ${index}` });
    await addComment({ actor: bo, claimId: claim.id, body: "@[Elena Editor] one for you" });
    const first = await listNotificationsByUser({ actor: bo, limit: 2 });
    expect(first.items.map((item) => item.excerpt)).toEqual(["@[Bo Li] note 4", "@[Bo Li] note 3"]);
    const second = await listNotificationsByUser({ actor: bo, limit: 2, cursor: first.nextCursor });
    const third = await listNotificationsByUser({ actor: bo, limit: 2, cursor: second.nextCursor });
    expect([...second.items, ...third.items].map((item) => item.excerpt)).toEqual(["@[Bo Li] note 2", "@[Bo Li] note 1", "@[Bo Li] note 0"]);
    expect(third.nextCursor).toBeNull();
    await expect(listNotificationsByUser({ actor: bo, cursor: "not-ours" })).rejects.toThrowError(expect.objectContaining({ code: "INVALID" }));

    const editorsOwn = (await listNotificationsByUser({ actor: editor })).items[0]!.id;
    await expect(markNotificationsRead({ actor: bo, ids: [first.items[0]!.id, editorsOwn] })).rejects.toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(await countUnreadNotifications({ actor: bo })).toBe(5);
    expect(await markNotificationsRead({ actor: bo, ids: [first.items[0]!.id] })).toEqual([first.items[0]!.id]);
    expect(await markNotificationsRead({ actor: bo, ids: [first.items[0]!.id] })).toEqual([]);
    expect(await countUnreadNotifications({ actor: editor })).toBe(1);
    expect(await countUnreadNotifications({ actor: bo })).toBe(4);
    expect((await listNotificationsByUser({ actor: bo, unreadOnly: true })).items.map((item) => item.excerpt)).toEqual([
      "@[Bo Li] note 3",
      "@[Bo Li] note 2",
      "@[Bo Li] note 1",
      "@[Bo Li] note 0",
    ]);
    expect(await markNotificationsRead({ actor: bo, all: true })).toHaveLength(4);
    expect(await countUnreadNotifications({ actor: bo })).toBe(0);
    expect(await countUnreadNotifications({ actor: editor })).toBe(1);
    expect((await listNotificationsByUser({ actor: bo })).items.every((item) => item.readAt !== null)).toBe(true);
  });
});
