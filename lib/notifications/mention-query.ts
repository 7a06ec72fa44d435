import { mentionText } from "./mentions";

/**
 * What the comment box's autocomplete works from: the `@…` being typed at the caret, the
 * members it matches, and the text once one is chosen. Pure, so it is tested without a browser.
 */

/** Longest query the list follows; past it the `@` is taken as ordinary text. */
const maxQueryLength = 40;

export type MentionQuery = { start: number; end: number; query: string };

/**
 * The mention being typed just before `caret`: an `@` at the start of a line or after a space
 * or an opening bracket, then up to 40 characters on that line with no `@`, no `]` and no two
 * spaces in a row. `@[` may open it (a mention typed by hand). Null when the caret is not in one.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const lineStart = text.lastIndexOf("\n", caret - 1) + 1;
  const at = text.lastIndexOf("@", caret - 1);
  if (at < lineStart) return null;
  if (at > 0 && !/[\s([{"'“‘]/u.test(text[at - 1]!)) return null;
  let query = text.slice(at + 1, caret);
  if (query.startsWith("[")) query = query.slice(1);
  if (query.length > maxQueryLength || /[@\]]|\s\s|^\s/u.test(query)) return null;
  return { start: at, end: caret, query };
}

/** Lower case without accents, for matching "jose" to "José". */
const foldForMatch = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The members whose name matches `query`, best first, at most `limit`: names that start with
 * it, then names with a word that starts with it, each in the order given. An empty query
 * lists the first `limit` members.
 */
export function matchMembers<Member extends { name: string }>(members: readonly Member[], query: string, limit = 8): Member[] {
  const wanted = foldForMatch(query.trim());
  const starts: Member[] = [];
  const wordStarts: Member[] = [];
  for (const member of members) {
    const name = foldForMatch(member.name);
    if (name.startsWith(wanted)) starts.push(member);
    else if (name.split(/[\s\-'’.]+/u).some((word) => word.startsWith(wanted)) || name.includes(` ${wanted}`)) wordStarts.push(member);
  }
  return [...starts, ...wordStarts].slice(0, limit);
}

/** `text` with the typed `@query` replaced by the mention of `name` and a space; `caret` goes after that space. */
export function insertMention(text: string, query: MentionQuery, name: string): { text: string; caret: number } {
  const inserted = `${mentionText(name)} `;
  const rest = text.slice(query.end).replace(/^ /, "");
  return { text: text.slice(0, query.start) + inserted + rest, caret: query.start + inserted.length };
}
