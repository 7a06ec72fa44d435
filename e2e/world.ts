import { createAccount, createApiToken, type Account } from "./accounts";
import { apiClient, type ApiClient, type ApiRow } from "./api-client";

/**
 * Test data, built the way a client of the public API would build it: a person is a fresh
 * account (users CLI) with an API token, and says what they add. Every step throws with the
 * server's answer unless it succeeded, so a spec never runs on half-built data.
 */
export class Person implements Account {
  readonly email: string;
  readonly password: string;
  readonly role: Account["role"];
  /** Their API token, made with the account (made later, its row would be a write in the middle of a test). */
  readonly token: string;

  /** `from`: the loopback address this person's API requests are sent from. */
  constructor(
    account: Account,
    readonly from?: string,
  ) {
    ({ email: this.email, password: this.password, role: this.role } = account);
    this.token = createApiToken(account);
  }

  get api(): ApiClient {
    return apiClient(this.token, { from: this.from });
  }

  createInvestigation(title: string) {
    return this.api.json("POST", "investigations", { title });
  }

  addSource(investigationId: string, fields: SourceFields) {
    return this.api.json("POST", `investigations/${investigationId}/sources`, fields);
  }

  addClaim(sourceId: string, exact: string) {
    return this.api.json("POST", `sources/${sourceId}/claims`, { selector: { exact } });
  }

  addEvidence(claimId: string, fields: { stance: "supports" | "refutes" | "adds-context"; outlet?: string; url?: string; quote?: string }) {
    return this.api.json("POST", `claims/${claimId}/evidence`, fields);
  }

  addComment(claimId: string, body: string) {
    return this.api.json("POST", `claims/${claimId}/comments`, { body });
  }

  /** Records this person's independent verdict on a claim. */
  addAssessment(claimId: string, fields: { verdictKey: string; note?: string }) {
    return this.api.json("POST", `claims/${claimId}/assessments`, fields);
  }

  /** Changes a claim's verdict, rationale or status at the version the caller last saw; returns the claim as saved. */
  reviewClaim(claim: { id: string; version: number }, changes: Record<string, unknown>) {
    return this.api.json("PATCH", `claims/${claim.id}`, changes, { "If-Match": `"v${claim.version}"` });
  }

  addFact(investigationId: string, title: string, claimIds: string[]) {
    return this.api.json("POST", `investigations/${investigationId}/facts`, { title, claimIds });
  }
}

/** A fresh account of `role` as a Person. */
export function newPerson(role: Account["role"], { from }: { from?: string } = {}): Person {
  return new Person(createAccount(role), from);
}

/** The wire copy most checking specs read: two paragraphs, two figures. */
export const wireCopy = {
  title: "Wire copy",
  url: "https://example.org/wire-copy",
  text: `The United States sent over 200 deportees to El Salvador, officials said.

A later government count gave 238 Venezuelans and 23 Salvadorans.`,
};

export type World = { investigationId: string; title: string; sourceId: string; claim: ApiRow; path: string };

/**
 * The world a checking spec starts from: `owner`'s investigation (an editor's, so reviewers can
 * work in it), holding the wire copy and a claim on "over 200 deportees", both added by `author`.
 * `path` opens the reader on that claim.
 */
export async function seedWorld(owner: Person, author: Person, title = "Checking test"): Promise<World> {
  const investigation = await owner.createInvestigation(title);
  const source = await author.addSource(investigation.id, wireCopy);
  const claim = await author.addClaim(source.id, "over 200 deportees");
  return { investigationId: investigation.id, title, sourceId: source.id, claim, path: `/sources/${source.id}?claim=${claim.id}` };
}

export type SourceFields = { title: string; text: string; outlet?: string; url?: string; publishedAt?: string; language?: string };

/** A fresh investigation of `owner`'s (so no other test's counts move) holding one source, added by `author` (default: the owner). */
export async function seedSource(owner: Person, fields: SourceFields, author = owner): Promise<ApiRow & { investigationId: string }> {
  const investigation = await owner.createInvestigation(fields.title);
  return { ...(await author.addSource(investigation.id, fields)), investigationId: investigation.id };
}
