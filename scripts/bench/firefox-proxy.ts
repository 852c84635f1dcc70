/**
 * Firefox has no --host-resolver-rules: its bench:page run reaches the bench
 * server through this proxy (network.proxy.* prefs), so a page still answers
 * at its own URL. Plain http arrives as an absolute URL and is passed on with
 * its Host; https arrives as CONNECT and is relayed as bytes (the bench server
 * tells TLS from http by the first byte). Every request ends at 127.0.0.1:
 * nothing leaves the machine.
 */
import { createServer, request } from 'node:http';
import { connect } from 'node:net';

export interface BenchProxy {
  port: number;
  close: () => void;
}

export async function proxyTo(serverPort: number): Promise<BenchProxy> {
  const proxy = createServer((req, res) => {
    let path = req.url ?? '/';
    try {
      const u = new URL(path);
      path = u.pathname + u.search;
    } catch {
      // Already a path.
    }
    const up = request(
      { host: '127.0.0.1', port: serverPort, path, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  proxy.on('connect', (_req, socket, head) => {
    const up = connect(serverPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      socket.pipe(up).pipe(socket);
    });
    const end = () => (socket.destroy(), up.destroy());
    up.on('error', end);
    socket.on('error', end);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as { port: number }).port,
    close: () => {
      proxy.closeAllConnections();
      proxy.close();
    },
  };
}
