import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROBE_SOURCE } from './probe';

/**
 * An HTTP forward proxy that puts the probe into every HTML document it passes,
 * as the first script of <head>, for a browser that offers no way to add a script
 * before the page's own (cog, under WPEWebDriver). Before the page's CSP <meta>,
 * so the policy does not apply to it. Plain HTTP only: the tests serve on 127.0.0.1.
 */
export async function startProbeProxy(): Promise<{ url: string; close(): Promise<void> }> {
  const script = `<script>${PROBE_SOURCE}</script>`;
  const server = http.createServer((request, response) => {
    const headers: http.OutgoingHttpHeaders = { ...request.headers, 'accept-encoding': 'identity' };
    delete headers['proxy-connection'];
    const upstream = http.request(request.url!, { method: request.method, headers }, (answer) => {
      if (!/^text\/html/.test(answer.headers['content-type'] ?? '')) {
        response.writeHead(answer.statusCode!, answer.headers);
        return void answer.pipe(response);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8').replace(/<head[^>]*>(\s*<meta charset[^>]*>)?/i, (head) => head + script);
        const { 'content-length': _length, etag: _etag, ...rest } = answer.headers;
        response.writeHead(answer.statusCode!, { ...rest, 'content-length': Buffer.byteLength(html) });
        response.end(html);
      });
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  // https would come as CONNECT: refuse it rather than tunnel it unprobed.
  server.on('connect', (_request, socket) => socket.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
