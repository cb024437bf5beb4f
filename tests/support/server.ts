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
  /** Serves another build from now on, at the same origin (a new deployment). */
  replaceSite(outDir: string): void;
  /** Down: every request fails as a cut network does, for the page and its service worker alike. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: gzip compression, the site
 * under its base path, and 404.html (status 404) for anything unknown.
 * Listens on 127.0.0.1 only, on a free port.
 */
export async function serveSite(outDir: string, base = '/'): Promise<StaticServer> {
  const load = (dir: string) => ({ files: sirv(dir, { dev: false, etag: true, extensions: ['html'] }), notFound: fs.readFileSync(path.join(dir, '404.html')) });
  let site = load(outDir);
  const compress = compression({ threshold: 0 });
  let down = false;
  const server = http.createServer((req, res) => {
    if (down) return void req.socket.destroy();
    compress(req as never, res as never, () => {
      const url = req.url ?? '/';
      const sendNotFound = () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(site.notFound);
      };
      if (!url.startsWith(base)) return sendNotFound();
      req.url = `/${url.slice(base.length)}`;
      site.files(req, res, sendNotFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    replaceSite: (dir) => (site = load(dir)),
    setDown: (value) => {
      down = value;
      if (down) server.closeAllConnections();
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
