/**
 * Serves bench pages on 127.0.0.1 by host and path: Chromium maps every host
 * to this one port (--host-resolver-rules), so a page answers at its own URL,
 * http or https (one port: a TLS handshake's first byte tells them apart; the
 * certificate is a throwaway self-signed one, and the browser is told to
 * accept it). HSTS-preloaded hosts are upgraded to https by the browser, so
 * both must work. Page JavaScript is off (CSP script-src 'none'); content
 * scripts are not subject to a page's CSP. Anything else gets a 404.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, createServer as createNet } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServedPage } from './page-set';

export interface BenchServer {
  port: number;
  close: () => void;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=bench.test',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's path and host, scheme ignored: a page is served under either. */
const keyOf = (u: string) => u.replace(/^https?:\/\//, '');

export async function serve(pages: ServedPage[]): Promise<BenchServer> {
  const byKey = new Map(pages.map((p) => [keyOf(p.url), p]));
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const p = byKey.get(`${(req.headers.host ?? '').replace(/:\d+$/, '')}${req.url ?? '/'}`);
    if (!p) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end();
    }
    res.writeHead(200, {
      'content-type': 'text/html',
      'content-security-policy': "script-src 'none'",
      'cache-control': 'no-store',
    });
    res.end(p.html());
  };
  const http = createHttp(handle);
  const https = createHttps(selfSigned(), handle);
  await Promise.all([http, https].map((s) => new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok))));
  const portOf = (s: { address: () => unknown }) => (s.address() as { port: number }).port;
  // TLS reads the socket's native handle, so the peeked byte cannot be pushed back: relay to the right server instead.
  const front = createNet((socket) => {
    socket.once('data', (chunk) => {
      const up = connect(portOf(chunk[0] === 0x16 ? https : http), '127.0.0.1');
      up.write(chunk);
      socket.pipe(up).pipe(socket);
      const end = () => (socket.destroy(), up.destroy());
      socket.on('error', end);
      up.on('error', end);
    });
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
  return {
    port: (front.address() as { port: number }).port,
    close: () => {
      front.close();
      http.close();
      https.close();
    },
  };
}
