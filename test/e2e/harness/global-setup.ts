/**
 * Builds the library once when `dist/` lacks it, so `npm run test:e2e` works on its own (CI
 * builds before and skips this).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export default function setup(): void {
  const built = ['dist/trtc-doctor.iife.js', 'dist/trtc-doctor.js'].every((f) =>
    existsSync(resolve(ROOT, f)),
  );
  if (built) return;
  console.log('e2e: building the library (dist/ is missing)');
  const run = spawnSync('npm', ['run', 'build:lib'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error('e2e: `npm run build:lib` failed; the browser tests need dist/.');
}
