/** The three roles, from least to most powerful. Order matters: see `hasRole`. */
export const roles = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** True when `role` is at least `minimum` (admin ⊃ editor ⊃ reviewer). */
export function hasRole(role: Role, minimum: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(minimum);
}
