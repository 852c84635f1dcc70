/**
 * One server on 127.0.0.1 that answers for every host name: Chromium reaches it through
 * --host-resolver-rules, Firefox through its HTTP proxy settings (then the request line carries
 * the absolute URL). Pages get a CSP without scripts, so what runs is the page's markup and our
 * content script only, and nothing a page loads leaves the machine: every other request is a 404,
 * every TLS tunnel is refused.
 */
import { createServer, type Server } from 'node:http';
import type { PageCase } from './synthetic';

export interface HostServer {
  port: number;
  /** Requests for hosts and paths we do not serve (subresources of the real pages). */
  misses: number;
  close: () => Promise<void>;
}

const keyOf = (u: URL) => `${u.host}${u.pathname}${u.search}`;

export async function startHostServer(pages: PageCase[]): Promise<HostServer> {
  const byKey = new Map(pages.map((p) => [keyOf(new URL(p.url)), p]));
  const state = { misses: 0 };
  const server: Server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown.invalid'}`);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const page = byKey.get(keyOf(url));
    if (!page) {
      state.misses++;
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' });
      return res.end();
    }
    res.writeHead(200, {
      // No charset: the page declares its own (Shift_JIS, windows-1251…), as on the real site.
      'content-type': typeof page.body === 'string' ? 'text/html; charset=utf-8' : 'text/html',
      'content-security-policy': "script-src 'none'; object-src 'none'",
    });
    res.end(page.body);
  });
  server.on('connect', (_req, socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    port: address.port,
    get misses() {
      return state.misses;
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
