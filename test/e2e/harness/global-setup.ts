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

export default function setup(): void {
  build('build:lib', ['dist/trtc-doctor.iife.js', 'dist/trtc-doctor.js']);
  build('build:demo', ['dist/demo/index.html', 'dist/demo/support.html', 'dist/demo/qa.html']);
}
