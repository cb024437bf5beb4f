import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:40123/zhima-guide/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: gzip compression, the site
 * under its base path, and 404.html (status 404) for anything unknown.
 * Listens on 127.0.0.1 only, on a free port.
 */
export async function serveSite(outDir: string, base = '/'): Promise<StaticServer> {
  const files = sirv(outDir, { dev: false, etag: true, extensions: ['html'] });
  const compress = compression({ threshold: 0 });
  const notFound = fs.readFileSync(path.join(outDir, '404.html'));
  const server = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      const url = req.url ?? '/';
      const sendNotFound = () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound);
      };
      if (!url.startsWith(base)) return sendNotFound();
      req.url = `/${url.slice(base.length)}`;
      files(req, res, sendNotFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
