// A static server on 127.0.0.1 for the browser bench: a fixed map of paths to files or strings,
// nothing else (no directory listing, no path from the request reaches the file system).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/**
 * Serves `routes` (`'/a.js' -> { file } | { body }`, optional `headers`), read once up front so
 * page loads measure the browser, not the disk. Resolves to `{ origin, close }`.
 */
export async function serve(routes) {
  const table = new Map();
  for (const [path, route] of Object.entries(routes)) {
    const body = route.file ? readFileSync(route.file) : Buffer.from(route.body);
    const ext = path.endsWith('.js') ? 'js' : 'html';
    table.set(path, { body, type: TYPES[ext], headers: route.headers ?? {} });
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const hit = table.get(path);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // No caching between loads: every "fresh page load" fetches and compiles the script again.
    res
      .writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store', ...hit.headers })
      .end(hit.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
