import { createHash } from 'node:crypto';

/** The CSP source expression allowing exactly this inline script text. */
export function hashSource(scriptText: string): string {
  return `'sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}'`;
}

/**
 * The site's Content-Security-Policy: everything from our own origin, no inline
 * script but the hashed ones, no third-party origin at all. `'wasm-unsafe-eval'`
 * lets Pagefind compile its WebAssembly search core (it evaluates no JavaScript).
 * `frame-ancestors` only works as an HTTP header, so the <meta> form leaves it out.
 */
export function contentSecurityPolicy(inlineScripts: readonly string[], form: 'meta' | 'header'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(hashSource).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(form === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}
