/** How the reader names a claim's place on the shown version. */
export const anchorStatusLabels = { exact: "in place", moved: "moved", fuzzy: "matched approximately", orphan: "orphaned" } as const;
