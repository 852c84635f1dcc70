import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
};

export interface FixtureServer {
  origin: string;
  url: (path: string) => string;
  /** Every path requested so far (the privacy test reads it). */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port; extra routes return generated HTML. */
export async function startFixtureServer(
  root: string,
  routes: Record<string, () => string> = {},
): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the handler's promise; every path below answers the request itself
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(route());
    }
    const file = resolve(base, `.${path}`);
    if (!file.startsWith(base + sep)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
