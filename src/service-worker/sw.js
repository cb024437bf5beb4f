/*
 * Offline after one visit (issue 10). Hand-written: it precaches this build's
 * files in a cache named by the build's hash (filled in by
 * src/integrations/service-worker.ts), deletes older caches on activation,
 * answers content-hashed files from the cache and everything else — pages,
 * pagefind-entry.json — from the network first, so online readers always get
 * the newest text and search index; what it fetches it keeps, so a page beside
 * the guide (not precached) is readable offline once read. Scope-relative, so
 * it works under any base.
 */
const VERSION = '__VERSION__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `guide-${VERSION}`;
const scope = self.registration.scope;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: straight from the server; the HTTP cache may still hold the previous build's unhashed files.
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(new URL(url, scope), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('guide-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Files whose name changes with their content: a cached copy is always right. */
const isHashed = (path) => path.startsWith('_astro/') || /^pagefind\/(?:index|fragment|filter)\//.test(path) || path.endsWith('.pf_meta');

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length);
  event.respondWith(isHashed(path) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? keep(cache, request, await fetch(request));
}

/** What was not precached (pages beside the guide, their index fragments) stays readable offline once read. */
function keep(cache, request, response) {
  // A redirected response cannot answer a navigation later, and queries (search/?q=) would pile up.
  if (response.ok && !response.redirected && !new URL(request.url).search) cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    // `no-cache`: revalidate with the server, never a copy the HTTP cache thinks is fresh enough.
    return keep(await caches.open(CACHE), request, await fetch(request, { cache: 'no-cache' }));
  } catch (error) {
    const cache = await caches.open(CACHE);
    const isPage = request.mode === 'navigate';
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (isPage ? await cache.match(new URL('404.html', scope)) : undefined);
    if (!cached) throw error;
    return isPage ? markOffline(cached) : cached;
  }
}

/** A page from the cache says so: <html data-offline> shows the 「离线可读」 note (src/styles/companion.css). */
async function markOffline(response) {
  const html = (await response.text()).replace('<html', '<html data-offline');
  return new Response(html, { status: response.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
