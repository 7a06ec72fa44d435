import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A server that must never be reached: it listens on the private loopback address 127.0.0.2
 * (and on 127.0.0.1, on another port) and counts every TCP connection and request. The
 * capture test site points subresources, frames, redirects, preconnects and WebSockets at it;
 * a capture that lets any of them through shows up here.
 */
export type Canary = {
  /** "http://127.0.0.2:PORT": never in allowHosts. */
  origin: string;
  /** "http://127.0.0.1:PORT2": loopback again, on a port that is not allow-listed either. */
  loopbackOrigin: string;
  /** "localhost:PORT2": a name that resolves to loopback. */
  localhostOrigin: string;
  connections: number;
  requests: string[];
  close(): Promise<void>;
};

export async function startCanary(): Promise<Canary> {
  const state = { connections: 0, requests: [] as string[] };
  const servers = await Promise.all(["127.0.0.2", "127.0.0.1"].map((host) => listen(host, state)));
  const [privatePort, loopbackPort] = servers.map((server) => (server.address() as AddressInfo).port);
  return {
    origin: `http://127.0.0.2:${privatePort}`,
    loopbackOrigin: `http://127.0.0.1:${loopbackPort}`,
    localhostOrigin: `http://localhost:${loopbackPort}`,
    get connections() {
      return state.connections;
    },
    get requests() {
      return state.requests;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        ),
      );
    },
  };
}

function listen(host: string, state: { connections: number; requests: string[] }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    state.requests.push(`${req.method} ${req.url}`);
    res.end("canary");
  });
  server.on("connection", () => state.connections++);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve(server));
  });
}
