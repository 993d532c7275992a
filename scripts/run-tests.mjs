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

/** Counts from Vitest's JSON report; a missing report counts as one failure. */
function counts() {
  if (!existsSync(out)) {
    console.error('No test report was written: Vitest did not run.');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails to load has no failed test in it: count it, so it cannot hide.
  const brokenSuites = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenSuites,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}
const { passed, failed, skipped } = counts();
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? run.status || 1 : (run.status ?? 1));
