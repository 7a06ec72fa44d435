/** The reader's address that opens a claim (shared by server and client lists). */
export const claimHref = (claim: { id: string; source: { id: string } }) => `/sources/${claim.source.id}?claim=${claim.id}`;
