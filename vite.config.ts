/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { SHARED_MODULES, sharedKey } from './src/core/shared-handoff.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The subpath exports beside the main entry, one `src/<name>.ts` each (`trtc-doctor/<name>`). */
const INTEGRATIONS = ['react', 'vue', 'sentry', 'vconsole', 'eruda'];

/**
 * `diagnose` in one language (`trtc-doctor/diagnose`, `trtc-doctor/diagnose/zh`), and `explain`,
 * which imports only the words a diagnosis reads (`trtc-doctor/explain`).
 */
const DIAGNOSE_ENTRIES = ['src/lang/en/diagnose.ts', 'src/lang/zh/diagnose.ts', 'src/explain.ts'];

/** The script-tag builds: the small entry, the single-file build, and the entry's lazy part. */
const SCRIPT_BUILDS: Record<string, { entry: string; file: string; lazy?: boolean }> = {
  iife: { entry: 'src/global.ts', file: 'trtc-doctor.iife.js' },
  full: { entry: 'src/global-full.ts', file: 'trtc-doctor.full.iife.js' },
  lazy: { entry: 'src/script-part.ts', file: 'lazy/panel.js', lazy: true },
};

const SHARED_ID = '\0trtc-doctor-shared:';

/**
 * The script tag's lazy part reads the modules it shares with the entry file from the entry
 * (src/core/shared-handoff.ts) instead of bundling them again: each import of one of them becomes
 * a module that re-exports, by name, what the entry put on the global object. The names are the
 * module's own `export const|function|let|class` declarations; a name the lazy part imports and
 * the module does not declare so fails the build.
 */
function sharedFromEntry(version: string): Plugin {
  const source = (name: string) => fileURLToPath(new URL(`./src/${name}.ts`, import.meta.url));
  const byFile = new Map<string, string>(SHARED_MODULES.map((name) => [source(name), name]));
  return {
    name: 'trtc-doctor:shared-from-entry',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || importer.startsWith(SHARED_ID)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      const name = resolved && byFile.get(resolved.id);
      return name ? SHARED_ID + name : null;
    },
    load(id) {
      if (!id.startsWith(SHARED_ID)) return null;
      const name = id.slice(SHARED_ID.length);
      const code = readFileSync(source(name), 'utf8');
      const names = [
        ...code.matchAll(/^export (?:async )?(?:const|function|let|class) (\w+)/gm),
      ].map((m) => m[1]!);
      const key = JSON.stringify(sharedKey(version).description);
      return (
        `const m = globalThis[Symbol.for(${key})][${JSON.stringify(name)}];\n` +
        names.map((n) => `export const ${n} = m.${n};`).join('\n')
      );
    },
  };
}

/**
 * The script tag's lazy part has a second entry: the userSig decoder (`lazy/usersig.js`), which
 * the entry file loads with the first userSig it sees (not with the page); panel.js imports it.
 */
const LAZY_ENTRIES: Record<string, string> = {
  panel: SCRIPT_BUILDS.lazy!.entry,
  usersig: 'src/core/usersig.ts',
};

/**
 * Four library builds from one config:
 * - default mode: the ESM entry `dist/trtc-doctor.js`, one file per module (Preact stays
 *   external: the host's bundler dedupes it; the engine, the panel and each language are reached
 *   by dynamic `import()` only, so a bundler splits them off);
 * - `--mode iife`: the script-tag entry `dist/trtc-doctor.iife.js`, global `TRTCDoctor`: the
 *   recorder, which loads the rest from beside itself:
 * - `--mode lazy`: that rest, `dist/lazy/panel.js` (ES module, Preact inside) and its chunks (one
 *   per language);
 * - `--mode full`: the single-file `dist/trtc-doctor.full.iife.js`, everything inside.
 */
export default defineConfig(({ mode }) => {
  const script = SCRIPT_BUILDS[mode];
  return {
    define: {
      __TRTC_DOCTOR_VERSION__: JSON.stringify(pkg.version),
      __TRTC_DOCTOR_DEBUG__: JSON.stringify(mode === 'development' || mode === 'test'),
      // The single-file build adds every word up front: it loads none (src/lang/registry.ts).
      __TRTC_DOCTOR_ALL_WORDS__: JSON.stringify(mode === 'full'),
    },
    plugins: script?.lazy ? [sharedFromEntry(pkg.version)] : [],
    // The script tag's lazy part uses the entry file's signals (src/core/signals-handoff.ts).
    resolve: script?.lazy
      ? {
          alias: {
            '@preact/signals-core': fileURLToPath(
              new URL('./src/core/signals-handoff.ts', import.meta.url),
            ),
          },
        }
      : {},
    build: {
      target: 'es2020',
      sourcemap: true,
      emptyOutDir: !script,
      minify: true,
      lib: script
        ? script.lazy
          ? {
              entry: LAZY_ENTRIES,
              formats: ['es'],
              fileName: (_, name) => (name === 'panel' ? script.file : `lazy/${name}.js`),
            }
          : {
              entry: script.entry,
              name: 'TRTCDoctor',
              formats: ['iife'],
              fileName: () => script.file,
            }
        : {
            // The integrations and the one-language diagnose are entries of their own
            // (`trtc-doctor/react`, `trtc-doctor/diagnose`...), so each is a subpath export that
            // loads only what it needs.
            entry: [
              'src/index.ts',
              ...INTEGRATIONS.map((name) => `src/${name}.ts`),
              ...DIAGNOSE_ENTRIES,
            ],
            formats: ['es'],
            fileName: () => 'trtc-doctor.js',
          },
      rolldownOptions: script
        ? {
            // The lazy part's own chunks may import what panel.js already holds (the panel, the
            // engine): otherwise those shared modules would be split into chunks of their own.
            ...(script.lazy && { preserveEntrySignatures: 'allow-extension' as const }),
            // Library mode keeps an ES build's whitespace; the lazy part is shipped as it is, so
            // it is minified whole.
            output: script.lazy
              ? {
                  // A language's part is named for both (`en-sdk-<hash>.js`): the browser tests
                  // and bench/lib/chunks.mjs find the parts a first problem loads by name.
                  chunkFileNames: ({ name, moduleIds }) => {
                    const lang = /[\\/]src[\\/]lang[\\/](\w+)[\\/]/.exec(moduleIds[0] ?? '');
                    const own = lang && moduleIds.every((id) => id.includes(lang[0]));
                    return own ? `lazy/${lang[1]}-${name}-[hash].js` : 'lazy/[name]-[hash].js';
                  },
                  minify: true,
                  codeSplitting: {
                    groups: [
                      {
                        name: 'panel',
                        tags: ['$initial'],
                        includeDependenciesRecursively: false,
                        // Not the userSig decoder: the second entry, loaded before panel.js,
                        // must not import it (it imports nothing itself).
                        test: (id: string) =>
                          !/[\\/]src[\\/](lang[\\/](en|zh)[\\/]|core[\\/]usersig\.ts)/.test(id),
                      },
                    ],
                  },
                }
              : // A classic script is decoded in the page's charset (a GBK page, a page without
                // one): escaped, its Chinese words read right in any.
                { inlineDynamicImports: true, charset: 'ascii' as const },
          }
        : {
            // React and Vue are the host's (optional peer dependencies), never bundled.
            external: [
              /^preact(\/|$)/,
              /^@preact\/signals/,
              /^react(\/|$)/,
              /^react-dom(\/|$)/,
              /^vue$/,
            ],
            // One file per module, so a bundler that imports only `diagnose` never evaluates
            // (nor ships) the panel, Preact or the engine: package.json declares them free of
            // side effects.
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: (chunk) =>
                chunk.name === 'index' ? 'trtc-doctor.js' : 'esm/[name].js',
            },
          },
    },
    test: {
      environment: 'happy-dom',
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      restoreMocks: true,
    },
  };
});
