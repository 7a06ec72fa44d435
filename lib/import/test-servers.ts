import http from "node:http";
import type { AddressInfo } from "node:net";

/** A throwaway HTTP server on a loopback address and a random port, for tests only. */
export type TestServer = {
  port: number;
  /** "http://127.0.0.1:PORT" (IPv6 hosts in brackets). */
  origin: string;
  /** "127.0.0.1:PORT", the form `allowHosts` takes. */
  hostPort: string;
  /** TCP connections accepted so far: a canary must stay at 0. */
  connections: number;
  /** Requests received so far, in order. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
};

/**
 * Starts a server that counts every connection and request before handing the request to
 * `handler`. Rejects if the address cannot be bound (e.g. no IPv6 loopback).
 */
export function startTestServer(handler: http.RequestListener, host = "127.0.0.1"): Promise<TestServer> {
  const server = http.createServer();
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      const name = host.includes(":") ? `[${host}]` : host;
      const state: TestServer = {
        port,
        origin: `http://${name}:${port}`,
        hostPort: `${name}:${port}`,
        connections: 0,
        requests: [],
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      };
      server.on("connection", () => state.connections++);
      server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
        state.requests.push(req);
        handler(req, res);
      });
      resolve(state);
    });
  });
}
