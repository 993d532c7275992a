// Runs Vitest (unit tests, or the browser tests with --e2e), then prints one closing line
// `N passed, N failed` read from Vitest's JSON report, and exits with Vitest's code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const e2e = process.argv.includes('--e2e');
const extra = process.argv.slice(2).filter((a) => a !== '--e2e');
mkdirSync('test-results', { recursive: true });
const out = `test-results/${e2e ? 'e2e' : 'unit'}.json`;
if (existsSync(out)) rmSync(out);

const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
if (e2e) args.push('--config', 'test/e2e/vitest.config.ts');
const run = spawnSync('npx', [...args, ...extra], { stdio: 'inherit' });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no failed test in it: count it, so it cannot hide.
  const brokenSuites = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  failed += brokenSuites;
} else {
  failed = 1;
  console.error('No test report was written: Vitest did not run.');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
