/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The subpath exports beside the main entry, one `src/<name>.ts` each (`trtc-doctor/<name>`). */
const INTEGRATIONS = ['react', 'vue', 'sentry', 'vconsole', 'eruda'];

/**
 * Two library builds from one config:
 * - default mode: the ESM entry `dist/trtc-doctor.js` (Preact stays external: the host's bundler
 *   dedupes it);
 * - `--mode iife`: the script-tag build `dist/trtc-doctor.iife.js`, global `TRTCDoctor`, with
 *   Preact and signals inside.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    define: {
      __TRTC_DOCTOR_VERSION__: JSON.stringify(pkg.version),
      __TRTC_DOCTOR_DEBUG__: JSON.stringify(mode === 'development' || mode === 'test'),
    },
    build: {
      target: 'es2020',
      sourcemap: true,
      emptyOutDir: !iife,
      minify: true,
      lib: iife
        ? {
            entry: 'src/global.ts',
            name: 'TRTCDoctor',
            formats: ['iife'],
            fileName: () => 'trtc-doctor.iife.js',
          }
        : {
            // The integrations are entries of their own (`trtc-doctor/react`, ...), so each is a
            // subpath export that loads only what it needs.
            entry: ['src/index.ts', ...INTEGRATIONS.map((name) => `src/${name}.ts`)],
            formats: ['es'],
            fileName: () => 'trtc-doctor.js',
          },
      rolldownOptions: iife
        ? {}
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
