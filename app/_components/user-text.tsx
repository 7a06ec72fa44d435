/**
 * Text someone typed (a title, an outlet, a name) shown inside other words: it sits in its
 * own <bdi>, so a right-to-left override (U+202E) in it cannot reorder what is around it.
 * For a plain string (a page title), use `isolateBidi` from lib/bidi-isolate.
 */
export function UserText({ children }: { children: string }) {
  return <bdi>{children}</bdi>;
}
