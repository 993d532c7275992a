/**
 * The demo: six pages served by Vite (`npm run demo`) and built as static files into
 * `dist/demo/` (`npm run build:demo`, part of `npm run build`).
 *
 * - `index.html`   the script-tag overlay: plain `<script>` tags, the SDK's `trtc.js`, then the
 *                  built `trtc-doctor.iife.js` (so `npm run demo` builds the library first);
 * - `support.html` the inline support panel: ESM `createDoctor()`, imported from the sources (edits
 *                  show at once), end-user wording;
 * - `qa.html`      the QA view: developer wording, timeline, environment, report, simulated errors;
 * - `v5.html`, `v5-support.html`, `v5-qa.html`: the same three uses with the SDK v5
 *                  (`trtc-sdk-v5`; the script-tag page loads its `trtc.js` as `vendor/trtc-v5.js`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Classic scripts the script-tag page loads as they are, not bundled: `/vendor/<name>`. */
const VENDOR: Record<string, string> = {
  'trtc.js': resolve(ROOT, 'node_modules/trtc-js-sdk/trtc.js'),
  'trtc-v5.js': resolve(ROOT, 'node_modules/trtc-sdk-v5/trtc.js'),
  'trtc-doctor.iife.js': resolve(ROOT, 'dist/trtc-doctor.iife.js'),
  // Its lazy part, which it loads from beside itself.
  ...Object.fromEntries(
    lazyFiles().map((name) => [`lazy/${name}`, resolve(ROOT, 'dist/lazy', name)]),
  ),
};

/** The script-tag entry's lazy part (`dist/lazy/*.js`), empty before the library is built. */
function lazyFiles(): string[] {
  try {
    return readdirSync(resolve(ROOT, 'dist/lazy')).filter((name) => name.endsWith('.js'));
  } catch {
    return [];
  }
}

function readVendor(name: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `demo: ${file} is missing (for /vendor/${name}); run \`npm run build:lib\` first.`,
    );
  }
}

/** Serves the vendor scripts in development and copies them into the build. */
function vendorScripts(): Plugin {
  return {
    name: 'trtc-doctor-demo-vendor',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /^\/vendor\/((?:lazy\/)?[\w.-]+)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        const file = name ? VENDOR[name] : undefined;
        if (!name || !file) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(readVendor(name, file));
      });
    },
    generateBundle() {
      for (const [name, file] of Object.entries(VENDOR)) {
        this.emitFile({
          type: 'asset',
          fileName: `vendor/${name}`,
          source: readVendor(name, file),
        });
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Relative URLs: the built demo works from any folder of any static server.
  base: './',
  define: {
    __TRTC_DOCTOR_VERSION__: JSON.stringify(pkg.version),
    __TRTC_DOCTOR_DEBUG__: 'false',
  },
  plugins: [vendorScripts()],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2020',
    outDir: resolve(ROOT, 'dist/demo'),
    emptyOutDir: true,
    // The SDK alone is a ~1 MB chunk; that is the SDK's size, not something to split here.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        support: resolve(import.meta.dirname, 'support.html'),
        qa: resolve(import.meta.dirname, 'qa.html'),
        v5: resolve(import.meta.dirname, 'v5.html'),
        'v5-support': resolve(import.meta.dirname, 'v5-support.html'),
        'v5-qa': resolve(import.meta.dirname, 'v5-qa.html'),
      },
    },
  },
});
