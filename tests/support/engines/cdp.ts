/**
 * A minimal Chrome DevTools Protocol client over Node's global WebSocket, one
 * connection per page target. playwright-core and puppeteer-core support only
 * current Chromium (measured: puppeteer-core 25 times out connecting to 106;
 * playwright-core 1.65 connects to 92 and 106 today, with no promise for the next
 * release, and QtWebEngine is no browser it knows); the few commands the old-engine
 * adapter needs have been stable since long before Chromium 87.
 */
export interface CdpClient {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Resolves with the params of the next `method` event (listen before the command that causes it). */
  once<T = Record<string, unknown>>(method: string, timeout?: number): Promise<T>;
  close(): void;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string; data?: string };
}

export async function connectCdp(url: string, commandTimeout = 30_000): Promise<CdpClient> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`DevTools: cannot connect to ${url}`)), { once: true });
  });
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.message}${message.error.data ? ` (${message.error.data})` : ''}`));
      else waiter?.resolve((message.result ?? {}) as never);
    } else if (message.method) {
      listeners.get(message.method)?.forEach((listener) => listener(message.params ?? {}));
    }
  });
  socket.addEventListener('close', () => {
    closed = true;
    for (const waiter of pending.values()) waiter.reject(new Error(`DevTools connection ${url} closed (the browser quit or crashed)`));
    pending.clear();
  });

  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      if (closed) return Promise.reject(new Error(`DevTools: ${method} sent after ${url} closed`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`DevTools: ${method} got no answer within ${commandTimeout} ms`));
        }, commandTimeout);
        pending.set(id, {
          resolve: (value) => (clearTimeout(timer), resolve(value)),
          reject: (error) => (clearTimeout(timer), reject(new Error(`DevTools ${method}: ${error.message}`))),
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    once<T>(method: string, timeout = commandTimeout) {
      return new Promise<T>((resolve, reject) => {
        const set = listeners.get(method) ?? new Set();
        listeners.set(method, set);
        const listener = (params: Record<string, unknown>) => {
          clearTimeout(timer);
          set.delete(listener);
          resolve(params as T);
        };
        const timer = setTimeout(() => {
          set.delete(listener);
          reject(new Error(`DevTools: no ${method} within ${timeout} ms`));
        }, timeout);
        set.add(listener);
      });
    },
    close: () => socket.close(),
  };
}
