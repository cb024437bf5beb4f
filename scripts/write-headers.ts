/**
 * Rewrites public/_headers and the headers part of deploy/nginx.conf from
 * src/lib/security-headers.ts (`npm run headers`). A unit test fails while they differ.
 */
import fs from 'node:fs';
import { renderHeadersFile, withNginxHeaders } from '../src/lib/security-headers.ts';

fs.writeFileSync('public/_headers', renderHeadersFile());
fs.writeFileSync('deploy/nginx.conf', withNginxHeaders(fs.readFileSync('deploy/nginx.conf', 'utf8')));
console.log('Wrote public/_headers and deploy/nginx.conf.');
