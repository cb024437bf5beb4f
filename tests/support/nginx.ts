import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxServer {
  origin: string;
  close(): Promise<void>;
}

/** A port that was free a moment ago on 127.0.0.1 (nginx cannot be told to pick one). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The shipped deploy/nginx.conf with only its two marked lines changed, the way
 * a deployer edits it: `listen` on a loopback port and `root` at a build.
 */
export function editedServerBlock(config: string, port: number, root: string): string {
  const edited = config
    .replace(/^(\s*)listen\s[^;]*;.*$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s[^;]*;.*$/m, `$1root ${root};`);
  if (!edited.includes(`listen 127.0.0.1:${port};`) || !edited.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf: expected one `listen` and one `root` line to edit');
  }
  return edited;
}

/**
 * Runs Debian's nginx, unprivileged, on a free loopback port with the shipped
 * server block inside the same http { } context Debian's nginx.conf provides.
 */
export async function startNginx(outDir: string): Promise<NginxServer> {
  const port = await freePort();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  const main = [
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
    editedServerBlock(fs.readFileSync('deploy/nginx.conf', 'utf8'), port, path.resolve(outDir)),
    '}',
  ].join('\n');
  const configFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(configFile, main);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', configFile, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
