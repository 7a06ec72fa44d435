import http from "node:http";
import type { AddressInfo } from "node:net";
import { startCanary, type Canary } from "./canary";
import {
  ARTICLE_CSS,
  ARTICLE_JS,
  NOTE_TEXT,
  articlePage,
  benchArticlePage,
  changingPage,
  cookieSetPage,
  cookieShowPage,
  neverLoadsPage,
  privatePage,
  redirectEndPage,
} from "./pages";
import { solidPng } from "./png";

/** Size of the /huge response. */
export const HUGE_BYTES = 50 * 1024 * 1024;

/**
 * The local web site captures are tested and measured against, on 127.0.0.1 and a random
 * port (allow-list it with `allowHosts`, the "127.0.0.1:PORT" form), with its canary:
 * - `/article`: an article with two images (`/static/moved-map.png` redirects to the real
 *   one), a stylesheet and a script that fetches `/api/note.json` into the page;
 * - `/redirect/1` → `/redirect/2` → `/redirect/3` → `/redirect/end` (301, 302, 307);
 * - `/private`: subresources, a frame, preconnects, a WebSocket, a worker's fetch and a
 *   redirect (`/to-canary.png`) all aimed at the canary, which must see nothing;
 * - `/never-loads`: the document arrives, an image never finishes; `/never-ends`: the
 *   document itself never finishes;
 * - `/huge` (and `/huge-declared`, with Content-Length): 50 MB of HTML, streamed with
 *   back-pressure; `hugeBytesSent` says how much left before the client hung up;
 * - `/changing`: a page whose text is `setChangingText(...)`;
 * - `/cookie/set` and `/cookie/show`: a cookie (header and script) and a localStorage value,
 *   then `/cookie/pixel.png` (its Cookie header noted in `cookiesSeen`); `/cookie/show`
 *   shows the Cookie header and the stored value it finds;
 * - `/bench`: the benchmark article with 30 subresources;
 * - `/missing` (404) and `/report.pdf` (not a page).
 */
export type CaptureSite = {
  origin: string;
  /** "127.0.0.1:PORT", for allowHosts. */
  hostPort: string;
  canary: Canary;
  /** Requests the site received, "METHOD /path", in order. */
  requests: string[];
  /** The Cookie header of each /cookie/pixel.png request. */
  cookiesSeen: { path: string; cookie: string }[];
  /** Bytes of /huge written before the client closed the connection (or all of them). */
  hugeBytesSent(): number;
  setChangingText(text: string): void;
  close(): Promise<void>;
};

/**
 * `port`: a fixed port for the site (0, the default, picks a free one), for an app server
 * that must be started with IMPORT_ALLOW_HOSTS=127.0.0.1:PORT before the site runs.
 */
export async function startCaptureSite({ port: wantedPort = 0 }: { port?: number } = {}): Promise<CaptureSite> {
  const canary = await startCanary();
  const requests: string[] = [];
  const cookiesSeen: { path: string; cookie: string }[] = [];
  let changingText = "The first version of this page says the bridge opens in March.";
  let hugeSent = 0;
  const pngs = {
    harbour: solidPng(320, 160, [30, 90, 140]),
    map: solidPng(160, 160, [40, 140, 60]),
  };
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://site").pathname;
    requests.push(`${req.method} ${path}`);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers });
      res.end(body);
    };
    const html = (body: string, headers: Record<string, string> = {}) => send(200, "text/html; charset=utf-8", body, headers);
    const redirect = (status: number, location: string) => {
      res.writeHead(status, { location, "content-length": "0" });
      res.end();
    };

    if (path === "/article") return html(articlePage());
    if (path === "/static/article.css") return send(200, "text/css", ARTICLE_CSS);
    if (path === "/static/article.js") return send(200, "text/javascript", ARTICLE_JS);
    if (path === "/api/note.json") return send(200, "application/json", JSON.stringify({ text: NOTE_TEXT }));
    if (path === "/static/harbour.png") return send(200, "image/png", pngs.harbour);
    if (path === "/static/moved-map.png") return redirect(302, "/static/map.png");
    if (path === "/static/map.png") return send(200, "image/png", pngs.map);

    if (path === "/redirect/1") return redirect(301, "/redirect/2");
    if (path === "/redirect/2") return redirect(302, `${origin}/redirect/3`);
    if (path === "/redirect/3") return redirect(307, "end");
    if (path === "/redirect/end") return html(redirectEndPage());

    if (path === "/private") return html(privatePage(canary));
    if (path === "/to-canary.png") return redirect(302, `${canary.origin}/redirected.png`);

    if (path === "/never-loads") return html(neverLoadsPage());
    if (path === "/slow/forever.png") {
      res.writeHead(200, { "content-type": "image/png" });
      res.write(pngs.map.subarray(0, 16));
      hanging.add(res);
      return;
    }
    if (path === "/never-ends") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write("<!DOCTYPE html><html><head><title>Never ends</title></head><body><p>The first words arrive, and then nothing more.");
      hanging.add(res);
      return;
    }

    if (path === "/huge" || path === "/huge-declared") {
      hugeSent = 0;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(path === "/huge-declared" ? { "content-length": String(HUGE_BYTES) } : {}) });
      const block = Buffer.alloc(64 * 1024, "<p>filler text that goes on and on</p>\n");
      const pump = () => {
        while (hugeSent < HUGE_BYTES && !res.destroyed) {
          hugeSent += block.length;
          if (!res.write(block)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      res.on("close", () => undefined);
      pump();
      return;
    }

    if (path === "/changing") return html(changingPage(changingText));

    if (path === "/cookie/set") return html(cookieSetPage(), { "set-cookie": "header_probe=left-by-header; Path=/" });
    if (path === "/cookie/pixel.png") {
      cookiesSeen.push({ path, cookie: req.headers.cookie ?? "" });
      return send(200, "image/png", pngs.map);
    }
    if (path === "/cookie/show") return html(cookieShowPage(req.headers.cookie ?? ""));

    if (path === "/bench") return html(benchArticlePage());
    const bench = /^\/bench\/(image|style|script)-(\d+)\.(png|css|js)$/.exec(path);
    if (bench) {
      const n = Number(bench[2]);
      if (bench[1] === "image") return send(200, "image/png", solidPng(200, 120, [(n * 37) % 256, (n * 71) % 256, (n * 113) % 256]));
      if (bench[1] === "style") return send(200, "text/css", `p:nth-of-type(${n + 1}) { line-height: 1.${n + 3}; }`);
      return send(200, "text/javascript", `window.benchScripts = (window.benchScripts || 0) + 1;`);
    }

    if (path === "/report.pdf") return send(200, "application/pdf", "%PDF-1.4\n% not really a report\n");
    return send(404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title><p>No such page.</p>");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wantedPort, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hostPort: `127.0.0.1:${port}`,
    canary,
    requests,
    cookiesSeen,
    hugeBytesSent: () => hugeSent,
    setChangingText: (text) => {
      changingText = text;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await canary.close();
    },
  };
}
