/**
 * Builds what the browser tests load when `dist/` lacks it, so `npm run test:e2e` works on its
 * own: the library (`build:lib`), then the demo (`build:demo`, which copies the library's IIFE).
 * CI builds everything first, and this does nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

function build(script: string, outputs: string[]): void {
  if (outputs.every((f) => existsSync(resolve(ROOT, f)))) return;
  console.log(`e2e: running \`npm run ${script}\` (${outputs.join(', ')} missing)`);
  const run = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error(`e2e: \`npm run ${script}\` failed; the browser tests need its output.`);
}

const LIB = ['trtc-doctor.iife.js', 'lazy/panel.js', 'trtc-doctor.full.iife.js', 'trtc-doctor.js'];
const DEMO = ['demo/index.html', 'demo/support.html', 'demo/qa.html'];

export default function setup(): void {
  const other = process.env.E2E_DIST_DIR;
  if (other) {
    // Another build is served as /dist/: test it as it is, never rebuild it.
    const missing = [...LIB, ...DEMO].filter((f) => !existsSync(resolve(other, f)));
    if (missing.length) throw new Error(`e2e: E2E_DIST_DIR=${other} lacks ${missing.join(', ')}.`);
    return;
  }
  build(
    'build:lib',
    LIB.map((f) => `dist/${f}`),
  );
  build(
    'build:demo',
    DEMO.map((f) => `dist/${f}`),
  );
}
