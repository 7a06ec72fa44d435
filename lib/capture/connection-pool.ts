import http from "node:http";
import https from "node:https";

/** Connections kept open to one host during a capture, as many as a browser opens per host. */
const SOCKETS_PER_HOST = 6;

/**
 * The keep-alive connections of ONE capture, never shared with another capture or anything
 * else, destroyed when the capture ends. Reusing a connection to the same host and port
 * saves a connect per resource (a page's thirty resources come from a few hosts). Safe with
 * the guard: a connection is opened only to an address the guard checked for that host (the
 * pinned lookup is passed with each request), so a reused one still goes where a check
 * allowed; a later DNS answer for the host cannot redirect it.
 */
export class ConnectionPool {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_HOST });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_HOST });

  agentFor(url: URL): http.Agent {
    return url.protocol === "https:" ? this.httpsAgent : this.httpAgent;
  }

  destroy(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
