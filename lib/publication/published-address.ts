/**
 * Where a claim's fact-check is published: the claim's own address when it has one, else the
 * investigation's; null when neither is set (ClaimReview then leaves the claim out, since its
 * `url` is required and must be public).
 */
export function publishedAddressOf(claimUrl: string | null, investigationUrl: string | null): string | null {
  return claimUrl ?? investigationUrl ?? null;
}
