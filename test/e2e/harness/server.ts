/**
 * A tiny static server on 127.0.0.1 for the browser tests: the built library, the real SDK, the
 * test pages, and a sink for the SDK's log and stat uploads, so nothing needs the network.
 *
 * Routes:
 * - `/dist/*`      the library build (`dist/`)
 * - `/sdk/trtc.js` the real SDK 4.x (`node_modules/trtc-js-sdk/trtc.js`)
 * - `/sdk/v5/trtc.js` the real SDK v5 (`node_modules/trtc-sdk-v5/trtc.js`)
 * - `/axe.min.js`  axe-core
 * - `/pages/*`     `test/e2e/pages/`
 * - `/sink/*`      any method, any body: 200 (counted in `sinkHits`)
 *
 * A page asked with `?csp=strict` is sent with {@link STRICT_CSP}, as a header, as a real host would;
 * `?lang=zh` fills the `data-lang` of the pages' trtc-doctor script tag.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The strict CSP of the issue, exactly. The SDK runs every offline scenario under it without
 * additions (its own inline `style` attributes on the player are refused and reported as
 * `style-src-attr` violations from trtc.js; the csp test tells them apart). A real call would
 * add the SDK's hosts to `connect-src` (https and wss), which an offline test cannot exercise.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** What the tests can read back from the server. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** How many requests reached the log sink (the SDK's log/stat uploads). */
  readonly sinkHits: () => number;
  close(): Promise<void>;
}

/** Maps a URL path to a file under one of the served folders, or undefined. */
function fileFor(
  pathname: string,
  distDir: string,
  extra: Record<string, string>,
): string | undefined {
  const mounts: Record<string, string> = {
    ...extra,
    '/dist/': distDir,
    '/pages/': join(ROOT, 'test/e2e/pages'),
  };
  if (pathname === '/sdk/trtc.js') return join(ROOT, 'node_modules/trtc-js-sdk/trtc.js');
  if (pathname === '/sdk/v5/trtc.js') return join(ROOT, 'node_modules/trtc-sdk-v5/trtc.js');
  if (pathname === '/axe.min.js') return join(ROOT, 'node_modules/axe-core/axe.min.js');
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    // No `..` escapes from the served folder.
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

/** Test pages say `data-lang="__LANG__"`: `?lang=zh` or `?lang=en` (the default) fills it. */
function fillPage(body: Buffer, url: URL): string {
  const lang = url.searchParams.get('lang') === 'zh' ? 'zh' : 'en';
  return body.toString('utf8').replaceAll('__LANG__', lang);
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** The folder served as `/dist/`. Default: the repository's `dist/`. */
  distDir?: string;
  /** More folders to serve, by URL prefix (`{ '/apps/': dir }`), e.g. apps a test built. */
  mounts?: Record<string, string>;
}

/** Starts the server on a random loopback port. */
export async function startServer({
  distDir = join(ROOT, 'dist'),
  mounts = {},
}: ServerOptions = {}): Promise<TestServer> {
  let sinkHits = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/sink')) {
      sinkHits += 1;
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
        });
        res.end('{}');
      });
      return;
    }
    const file = fileFor(url.pathname, distDir, mounts);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        };
        if (url.searchParams.get('csp') === 'strict') {
          headers['content-security-policy'] = STRICT_CSP;
        }
        res.writeHead(200, headers).end(file.endsWith('.html') ? fillPage(body, url) : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sinkHits: () => sinkHits,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
