// A local HTTP server on 127.0.0.1 (port 0) for the watch tests: routes are plain handlers, every
// request is recorded. Test support only (no production code imports it).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export type TestServer = {
  /** http://127.0.0.1:PORT */
  base: string;
  port: number;
  /** Requests received, in order (path and headers). */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** Adds or replaces the handler for a path (exact match on the path without the query). */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
};

export async function startTestServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    requests,
    route: (path, handler) => table.set(path, handler),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
}
