import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Why the process ended (exit code and stderr), or null while it runs. */
  exited(): string | null;
  /** Ends the process and everything it started (its process group). */
  stop(): void;
}

/**
 * Starts a browser or driver detached, in its own process group, so stopping it
 * also ends what it started (xvfb-run's Xvfb, the driver's browsers, Chromium's
 * helpers); a test run that ends early leaves none of them behind. With `pipes`,
 * its stdin and stdout are the caller's to use; with `xvfb`, it runs on a private
 * X display (`xvfb-run -a` picks a free one).
 */
export function start(command: string, args: string[], options: SpawnOptions & { pipes?: boolean; xvfb?: boolean } = {}): Started {
  const { pipes, xvfb, ...spawnOptions } = options;
  // xvfb-run removes its own temporary folder only when its command ends by itself, not when its group is stopped.
  const authDir = xvfb ? fs.mkdtempSync(path.join(os.tmpdir(), 'xvfb-')) : null;
  if (authDir) [command, args] = ['xvfb-run', ['-a', '-f', path.join(authDir, 'Xauthority'), '-s', '-screen 0 1920x1080x24', command, ...args]];
  const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: pipes ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let exit: string | null = null;
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  child.on('error', (error) => (exit = `${command}: ${error.message}`));
  child.on('exit', (code, signal) => (exit = `${command} exited (${signal ?? `code ${code}`}); stderr: ${stderr.trim().slice(-2000) || '(empty)'}`));
  const stop = () => {
    try {
      if (exit === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (authDir) fs.rmSync(authDir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return { child, stderr: () => stderr, exited: () => exit, stop };
}

/** Polls `ready` every 100 ms until it returns a value; fails with the process's stderr if it ends first. */
export async function waitUntil<T>(what: string, child: Started, ready: () => Promise<T | undefined>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const failure = child.exited();
    if (failure) throw new Error(`${what}: stopped before it was ready: ${failure}`);
    const value = await ready().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      child.stop();
      throw new Error(`${what}: not ready within ${timeout / 1000} s; stderr: ${child.stderr().trim().slice(-2000) || '(empty)'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
