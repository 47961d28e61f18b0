// Runs a Hono app on a Node HTTP server (@hono/node-server): listen, report the address, close
// gracefully (stop accepting, let in-flight requests finish, then drop idle keep-alive sockets).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './limits.js';

/** Time to receive request headers (slow-loris guard), ms. */
export const HEADERS_TIMEOUT_MS = 20_000;
/** Idle keep-alive connections are closed after this long, ms. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** After close() is asked, connections still busy this long are cut, ms. */
export const SHUTDOWN_GRACE_MS = 10_000;

export type Listening = {
  server: Server;
  host: string;
  port: number;
  /** http://host:port (IPv6 hosts in brackets). */
  url: string;
  /** Stops accepting, waits for in-flight requests (at most SHUTDOWN_GRACE_MS), closes idle sockets. */
  close(): Promise<void>;
};

export type ListenOptions = { port: number; host: string; requestTimeoutMs?: number };

export function listen(app: Hono, options: ListenOptions): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }) as Server;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) + HEADERS_TIMEOUT_MS;
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    const fail = (e: Error): void => {
      reject(e);
    };
    server.once('error', fail);
    server.once('listening', () => {
      server.off('error', fail);
      const { address, port } = server.address() as AddressInfo;
      const shown = address.includes(':') ? `[${address}]` : address;
      let closing: Promise<void> | undefined;
      resolve({
        server,
        host: address,
        port,
        url: `http://${shown}:${String(port)}`,
        close: () => {
          closing ??= new Promise<void>((done) => {
            const force = setTimeout(() => {
              server.closeAllConnections();
            }, SHUTDOWN_GRACE_MS);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          });
          return closing;
        },
      });
    });
  });
}
