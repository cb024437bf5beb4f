import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { contentSecurityPolicy, hashSource } from './csp';

test('hashSource is the base64 SHA-256 of the exact script text', () => {
  const expected = createHash('sha256').update('alert(1)').digest('base64');
  expect(hashSource('alert(1)')).toBe(`'sha256-${expected}'`);
  expect(hashSource('alert(1) ')).not.toBe(hashSource('alert(1)'));
});

test('the policy allows only our origin and the hashed inline scripts', () => {
  const policy = contentSecurityPolicy(['x()'], 'meta');
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashSource('x()')}`);
  expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
  expect(policy).not.toContain('frame-ancestors');
});

test('only the header form carries frame-ancestors (ignored in <meta>)', () => {
  expect(contentSecurityPolicy([], 'header')).toContain("frame-ancestors 'none'");
});
