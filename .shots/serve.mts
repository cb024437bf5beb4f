import { serveSite } from '../tests/support/server.ts';
const server = await serveSite('.test-builds/subpath', '/zhima-guide/');
console.log(server.url);
setInterval(() => {}, 1 << 30);
