import { describe, expect, it } from "vitest";
import { canAddSource, canChangeAccount, canDeleteSource, canEditSourceDetails, canManageInvestigations, canManagePeople, type Actor } from "./permissions";
import type { Role } from "./roles";

const actorWith = (role: Role): Actor => ({ id: `${role}-id`, email: `${role}@example.test`, name: role, role });

describe("permissions", () => {
  it.each([
    ["reviewer", { investigations: false, addSource: true, deleteSource: false, people: false }],
    ["editor", { investigations: true, addSource: true, deleteSource: true, people: false }],
    ["admin", { investigations: true, addSource: true, deleteSource: true, people: true }],
  ] as const)("a %s has exactly the expected powers", (role, expected) => {
    const actor = actorWith(role);
    expect({
      investigations: canManageInvestigations(actor),
      addSource: canAddSource(actor),
      deleteSource: canDeleteSource(actor),
      people: canManagePeople(actor),
    }).toEqual(expected);
  });

  it("an admin cannot change their own account (the workspace must keep an admin)", () => {
    const admin = actorWith("admin");
    expect(canChangeAccount(admin, admin.id)).toBe(false);
    expect(canChangeAccount(admin, "someone-else")).toBe(true);
    expect(canChangeAccount(actorWith("editor"), "someone-else")).toBe(false);
  });

  it("a source's details may be edited by its creator or by any editor or admin, not by another reviewer", () => {
    const reviewer = actorWith("reviewer");
    expect(canEditSourceDetails(reviewer, { createdBy: reviewer.id })).toBe(true);
    expect(canEditSourceDetails(reviewer, { createdBy: "someone-else" })).toBe(false);
    expect(canEditSourceDetails(actorWith("editor"), { createdBy: "someone-else" })).toBe(true);
    expect(canEditSourceDetails(actorWith("admin"), { createdBy: "someone-else" })).toBe(true);
  });
});
