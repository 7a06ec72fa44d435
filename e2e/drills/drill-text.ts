/**
 * The drill source's text: a line per shared claim (the statements every simulated reviewer
 * argues over) and lines of each reviewer's own, on which they create and delete claims.
 * Each line's opening words occur once, so they make an unambiguous selector.
 */
export function sharedStatement(index: number): string {
  return `Shared statement ${index}: officials said ${120 + index * 17} people were moved.`;
}

export function reviewerLineWords(reviewer: number, line: number): string {
  return `Line ${reviewer}-${line}: the observers counted`;
}

export function drillSourceText({ sharedClaims, reviewers, linesPerReviewer }: { sharedClaims: number; reviewers: number; linesPerReviewer: number }): string {
  const lines = Array.from({ length: sharedClaims }, (_, index) => sharedStatement(index));
  for (let reviewer = 0; reviewer < reviewers; reviewer++) {
    for (let line = 0; line < linesPerReviewer; line++)
      lines.push(`${reviewerLineWords(reviewer, line)} ${100 + ((reviewer * 31 + line * 7) % 400)} people at checkpoint ${line}.`);
  }
  return lines.join("\n\n");
}
