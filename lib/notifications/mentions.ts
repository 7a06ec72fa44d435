/**
 * Mentions in comments: `@[Full Name]`. People's names have spaces and are not unique words,
 * so a bare `@word` cannot say where a name ends; the brackets can. The autocomplete inserts
 * this form with the member's name exactly as stored, and the server notifies each active
 * member whose stored name equals the one written (compared after `normaliseMentionName`).
 * A `]` or `\` inside a name is escaped with a backslash, so every name has one written form.
 * The form reads well as plain text (API, exports, history); rendered Markdown shows it as
 * the name (lib/checking/markdown.ts), as text: a mention is never a link or markup.
 */

/** Longest name a mention may carry (the longest name an account may have). */
export const mentionNameMaxLength = 120;

/** A name as mentions compare it: Unicode NFC, runs of whitespace as one space, trimmed. */
export function normaliseMentionName(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The text that mentions the person called `name`: `@[Ana Ruiz]`. */
export function mentionText(name: string): string {
  return `@[${normaliseMentionName(name).replace(/[\\\]]/g, (character) => `\\${character}`)}]`;
}

export type Mention = { start: number; end: number; name: string };

/**
 * The mention that starts at `index` of `text` (`@[` … unescaped `]`, on one line, with a
 * name of 1 to {@link mentionNameMaxLength} characters), or null. A `@` right after a letter,
 * digit or `_` is part of a word (an address like `desk@[10.0.0.1]`), not a mention.
 */
export function readMentionAt(text: string, index: number): Mention | null {
  if (text[index] !== "@" || text[index + 1] !== "[") return null;
  if (index > 0 && /[\p{L}\p{N}_]/u.test(text[index - 1]!)) return null;
  let name = "";
  for (let position = index + 2; position < text.length; position += 1) {
    const character = text[position]!;
    if (character === "\n" || character === "\r") return null;
    if (character === "]") {
      const normalised = normaliseMentionName(name);
      return normalised && normalised.length <= mentionNameMaxLength ? { start: index, end: position + 1, name: normalised } : null;
    }
    if (character === "\\" && (text[position + 1] === "]" || text[position + 1] === "\\")) {
      name += text[position + 1];
      position += 1;
    } else name += character;
    if (name.length > mentionNameMaxLength * 2) return null;
  }
  return null;
}

/** Every mention in `text`, in order. */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (let index = text.indexOf("@["); index !== -1; index = text.indexOf("@[", index + 1)) {
    const mention = readMentionAt(text, index);
    if (!mention) continue;
    found.push(mention);
    index = mention.end - 1;
  }
  return found;
}

/** The distinct names mentioned in `text`, in order of first mention. */
export function mentionedNames(text: string): string[] {
  return [...new Set(findMentions(text).map((mention) => mention.name))];
}

/** The names `after` mentions that `before` did not (an edited comment notifies only whom it newly mentions). */
export function newlyMentionedNames(before: string, after: string): string[] {
  const earlier = new Set(mentionedNames(before));
  return mentionedNames(after).filter((name) => !earlier.has(name));
}

/** `text` with each mention written as the name it names (`@Ana Ruiz`), for plain-text previews. */
export function showMentionsAsNames(text: string): string {
  let shown = "";
  let from = 0;
  for (const mention of findMentions(text)) {
    shown += `${text.slice(from, mention.start)}@${mention.name}`;
    from = mention.end;
  }
  return shown + text.slice(from);
}
