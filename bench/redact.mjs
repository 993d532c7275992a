// What learning a new secret costs the engine: every kept timeline line is redacted again
// (src/core/doctor.ts `cleanKept`). Times `redactText` over 500 timeline lines
// (MAX_TIMELINE_ENTRIES) with a newly learned secret list (nothing prepared yet), and
// `redactShapes` alone (the field, token and URL rules, which know no secret) beside it.
//
//   node bench/redact.mjs                 the working tree's src/core/redact.ts
//   node bench/redact.mjs --against REV   and the same file at git revision REV, interleaved in
//                                         one run, with the ratio (REV/ours)
//   --secrets N                           N secrets known (default 1)
//
// Each version is bundled from the sources with rolldown into a temporary directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--against');
const against = at > 0 ? process.argv[at + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'trtc-doctor-redact-'));

/** Bundle src/core/redact.ts (of the working tree, or of `rev`) and import it. */
async function load(rev) {
  const dir = join(work, rev ?? 'ours');
  let entry = join(root, 'src/core/redact.ts');
  if (rev) {
    mkdirSync(join(dir, 'src/core'), { recursive: true });
    for (const name of ['redact', 'guard']) {
      const text = execFileSync('git', ['show', `${rev}:src/core/${name}.ts`], { cwd: root });
      writeFileSync(join(dir, `src/core/${name}.ts`), text);
    }
    entry = join(dir, 'src/core/redact.ts');
  }
  const out = join(dir, 'redact.mjs');
  execFileSync(join(root, 'node_modules/.bin/rolldown'), [entry, '-f', 'esm', '-o', out], {
    stdio: 'ignore',
  });
  return import(out);
}

const SIG = 'eJwtzMEKgjAQBuB3mXOKm9U1r4MKbhSGuLYSsWnpDG5K5qZ8QQxGxLBklaaaaaaaaaaabbbbbbbbbccccccc';
const lines = Array.from(
  { length: 500 },
  (_, i) =>
    `client.on('error') #${i} RtcError: uplink reconnection failed, please check your network and publish again. <UPLINK_RECONNECTION_FAILED 0x4007> at https://example.com/app?room=${i}`,
);

const versions = [['ours', await load()]];
if (against) versions.push([against, await load(against)]);
// How many secrets the doctor knows (`--secrets N`, default 1; a page with many clients knows
// one userSig per client, up to MAX_SECRETS).
const n = process.argv.indexOf('--secrets');
const COUNT = n > 0 ? Number(process.argv[n + 1]) : 1;
const ROUNDS = 23;
const WARM = 3;
const times = Object.fromEntries([...versions.map(([name]) => [name, []]), ['shapes', []]]);
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, m] of versions) {
    // A new list each round, as after a new secret: nothing is prepared for it yet.
    const secrets = Array.from({ length: COUNT }, (_, k) => `${SIG}${r}${name}${k}`);
    const t = performance.now();
    for (const line of lines) m.redactText(line, secrets);
    times[name].push(performance.now() - t);
  }
  const t = performance.now();
  for (const line of lines) versions[0][1].redactShapes(line);
  times.shapes.push(performance.now() - t);
}
rmSync(work, { recursive: true, force: true });

const median = (xs) => [...xs.slice(WARM)].sort((a, b) => a - b)[(xs.length - WARM) >> 1];
const ms = (x) => `${x.toFixed(2)} ms`;
console.log(
  `500 timeline lines redacted again with a new secret, ${COUNT} known (median of ${ROUNDS - WARM}):`,
);
for (const [name] of versions) console.log(`  redactText, ${name}: ${ms(median(times[name]))}`);
console.log(`  redactShapes alone, ours: ${ms(median(times.shapes))}`);
if (against) {
  console.log(
    `  ratio ${against}/ours: ${(median(times[against]) / median(times.ours)).toFixed(2)}`,
  );
}
