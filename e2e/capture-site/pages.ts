import {
  ARTICLE_PARAGRAPHS,
  ARTICLE_TITLE,
  BENCH_PARAGRAPH,
  BENCH_TITLE,
  COOKIE_SET_PARAGRAPH,
  NEVER_LOADS_PARAGRAPH,
  PRIVATE_PARAGRAPH,
  PRIVATE_TITLE,
  REDIRECT_PARAGRAPH,
  REDIRECT_TITLE,
} from "./texts";

/** How many subresources the benchmark article loads. */
export const BENCH_SUBRESOURCES = 30;

export function htmlPage({ title, head = "", body }: { title: string; head?: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>${body}</body>
</html>
`;
}

const paragraphs = (texts: readonly string[]) => texts.map((text) => `<p>${text}</p>`).join("\n");

/** An article with two images (one behind a redirect), a stylesheet and a script that fetches a note and adds it to the page. */
export function articlePage(): string {
  return htmlPage({
    title: ARTICLE_TITLE,
    head: `<link rel="stylesheet" href="/static/article.css"><script src="/static/article.js" defer></script>`,
    body: `<article><h1>${ARTICLE_TITLE}</h1>
<p class="byline">By Ines Marlow, harbour correspondent</p>
<img src="/static/harbour.png" alt="The ferry at the quay" width="320" height="160">
${paragraphs(ARTICLE_PARAGRAPHS)}
<img src="/static/moved-map.png" alt="Map of the crossing" width="160" height="160">
<p id="note">The council's note has not loaded.</p>
</article>`,
  });
}

export const ARTICLE_CSS = "body { font-family: serif; max-width: 40rem; margin: 2rem auto; } .byline { color: #555; } #note { font-style: italic; }";

/** Fetches /api/note.json and writes its text into #note: the capture must have recorded that fetch. */
export const ARTICLE_JS = `fetch("/api/note.json").then((r) => r.json()).then((note) => { document.getElementById("note").textContent = note.text; });`;

export const NOTE_TEXT = "Note from the council clerk: the six-week delay was agreed by seven votes to two.";

export function redirectEndPage(): string {
  return htmlPage({ title: REDIRECT_TITLE, body: `<h1>${REDIRECT_TITLE}</h1><p>${REDIRECT_PARAGRAPH}</p>` });
}

/** Everything here points at the canary's private addresses; none of it may reach them. */
export function privatePage(canary: { origin: string; loopbackOrigin: string; localhostOrigin: string }): string {
  const { origin, loopbackOrigin, localhostOrigin } = canary;
  return htmlPage({
    title: PRIVATE_TITLE,
    head: `<link rel="preconnect" href="${origin}"><link rel="preconnect" href="${loopbackOrigin}"><link rel="dns-prefetch" href="${localhostOrigin}">
<link rel="prefetch" href="${origin}/prefetch"><link rel="stylesheet" href="${origin}/style.css">
<script src="${loopbackOrigin}/script.js"></script>`,
    body: `<h1>${PRIVATE_TITLE}</h1><p>${PRIVATE_PARAGRAPH}</p>
<img src="${origin}/pixel.png" alt=""><img src="${localhostOrigin}/pixel.png" alt=""><img src="/to-canary.png" alt="">
<iframe src="${origin}/frame" title="private frame"></iframe>
<script>
fetch("${origin}/api").catch(() => {});
navigator.sendBeacon && navigator.sendBeacon("${loopbackOrigin}/beacon", "x");
try { new WebSocket("${origin.replace("http", "ws")}/socket"); } catch (e) {}
new Worker(URL.createObjectURL(new Blob(['fetch("${origin}/from-worker").catch(() => {})'], { type: "text/javascript" })));
</script>`,
  });
}

/** The document arrives; one image never finishes, so "load" never fires. */
export function neverLoadsPage(): string {
  return htmlPage({
    title: "A page that never finishes loading",
    body: `<h1>Still loading</h1><p>${NEVER_LOADS_PARAGRAPH}</p><img src="/slow/forever.png" alt="">`,
  });
}

export function changingPage(text: string): string {
  return htmlPage({ title: "A page that changes", body: `<article><h1>A page that changes</h1><p>${text}</p></article>` });
}

/** Sets a cookie by header and one by script, stores a value, then loads /cookie/pixel.png (which the site notes the cookies of). */
export function cookieSetPage(): string {
  return htmlPage({
    title: "Cookie set",
    body: `<p>${COOKIE_SET_PARAGRAPH}</p><script>localStorage.setItem("capture-probe", "left by an earlier capture"); document.cookie = "script_probe=left-by-script; path=/";</script>
<img src="/cookie/pixel.png" alt="">`,
  });
}

/** Shows the Cookie header the server received and what localStorage holds: both must be empty in a fresh context. */
export function cookieShowPage(cookieHeader: string): string {
  return htmlPage({
    title: "Cookie check",
    body: `<p id="header">Cookies received: ${cookieHeader ? escapeHtml(cookieHeader) : "none"}.</p><p id="storage">Stored value: pending.</p>
<script>document.getElementById("storage").textContent = "Stored value: " + (localStorage.getItem("capture-probe") ?? "none") + ".";</script>`,
  });
}

/** The benchmark article: BENCH_SUBRESOURCES subresources (images, stylesheets, scripts). */
export function benchArticlePage(): string {
  const images = Array.from({ length: 14 }, (_, i) => `<img src="/bench/image-${i}.png" alt="Chart ${i + 1}" width="200" height="120">`);
  const styles = Array.from({ length: 8 }, (_, i) => `<link rel="stylesheet" href="/bench/style-${i}.css">`);
  const scripts = Array.from({ length: 8 }, (_, i) => `<script src="/bench/script-${i}.js"></script>`);
  const body = Array.from(
    { length: 14 },
    (_, i) => `<p>${BENCH_PARAGRAPH} Section ${i + 1} of the count covers one more stretch of the river.</p>\n${images[i]}`,
  ).join("\n");
  return htmlPage({ title: BENCH_TITLE, head: styles.join("") + scripts.join(""), body: `<article><h1>${BENCH_TITLE}</h1>${body}</article>` });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
