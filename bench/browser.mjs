// Browser figures and budgets (issues 6 and 10), in Debian's Chromium sealed to loopback.
//
//   node bench/browser.mjs            print load, idle and storm figures
//   node bench/browser.mjs --check    also fail (exit 1) when a budget is broken
//   node bench/browser.mjs --json     print JSON instead of tables
//   options: --dist DIR (default dist/), --runs N (page loads per variant, default 7),
//            --events N (errors per storm, default 100000), --only load,idle,storm,
//            --sdk v4,v5 (the storm's SDKs), --attempts N (fresh storm pages at most, default 3),
//            --profile (a CPU profile of each SDK's first loaded storm: its hottest source lines
//            printed, the profile saved to bench/results/storm-<sdk>.cpuprofile; with a build
//            that is not minified, e.g. `--dist` of one, the lines say something)
//
// Load: script tag to ready, median of fresh page loads, with and without the real SDK before it.
// Idle: no timer, interval, animation frame, idle callback or observer of the widget's is live
// while nothing happens, before the lazy part is loaded and after (on a page with the real SDK,
// and on one where nothing else runs).
// Storm: for the real v4 SDK and the real v5 SDK, `error` events carrying new error objects of
// the SDK's own class: before the lazy part loads, loaded with the panel open (problems tab twice,
// then the timeline tab), spread over many tasks from new sources with the panel closed, then
// errors from 120 distinct clients (users); each beside a no-listener and a no-op-listener baseline;
// best of 3 fresh pages when a timing budget is missed.
// A copy of the figures goes to bench/results/browser.json (ignored by git).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/chromium.mjs';
import { idleClientScript, measureIdle } from './lib/idle.mjs';
import { measureLoad } from './lib/load.mjs';
import { hostPage, LAZY_PATH, SDK_PATHS, stormPage, WIDGET_PATH } from './lib/pages.mjs';
import { serve } from './lib/server.mjs';
import { firstIntlMs, launchForStorm, measureStormBestOf } from './lib/storm.mjs';
import { judge } from './lib/checks.mjs';
import { print } from './lib/print.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const check = args.includes('--check');
const asJson = args.includes('--json');
const dist = resolve(root, option('--dist', 'dist'));
const runs = Number(option('--runs', 7));
const events = Number(option('--events', 100_000));
/** `--only storm` (or `load,idle`) runs only those parts: for working on one of them. */
const only = option('--only', 'load,idle,storm').split(',');
const sdks = option('--sdk', 'v4,v5').split(',');
const profile = args.includes('--profile');
const widget = join(dist, 'trtc-doctor.iife.js');

function fail(message) {
  console.error(`bench/browser: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got ${runs}`);
if (!Number.isInteger(events) || events < 1)
  fail(`--events must be a positive integer, got ${events}`);
if (sdks.some((sdk) => sdk !== 'v4' && sdk !== 'v5')) fail(`--sdk takes v4 and/or v5`);
if (!existsSync(widget)) {
  if (args.includes('--dist')) fail(`${widget} does not exist.`);
  console.error('dist/ is missing: running `npm run build:lib` first.');
  const run = spawnSync('npm', ['run', 'build:lib'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(widget))
    fail('`npm run build:lib` did not produce dist/trtc-doctor.iife.js.');
}

/** The engine's named limits as written in its source, for when the bundle does not export them. */
function sourceLimits() {
  const dir = join(root, 'src', 'core');
  if (!existsSync(dir)) return null;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const read = (constant) => {
      const m = text.match(new RegExp(`export const ${constant}\\s*=\\s*([\\d_]+)`));
      return m ? Number(m[1].replaceAll('_', '')) : null;
    };
    const found = {
      MAX_PROBLEMS: read('MAX_PROBLEMS'),
      MAX_TIMELINE_ENTRIES: read('MAX_TIMELINE_ENTRIES'),
    };
    if (found.MAX_PROBLEMS != null || found.MAX_TIMELINE_ENTRIES != null)
      return { ...found, file: `src/core/${name}` };
  }
  return null;
}

const require = createRequire(join(root, 'package.json'));

// Real userSigs (the SDK's own algorithm, a key of the bench's), valid for a day: a client made
// with one is not a problem, so nothing loads the lazy part before the storm.
const TLSSigAPIv2 = require('tls-sig-api-v2');
const APP = 1400000000;
const config = (userId) => ({
  mode: 'rtc',
  sdkAppId: APP,
  userId,
  userSig: new TLSSigAPIv2.Api(APP, 'trtc-doctor-bench-key-'.repeat(3)).genSig(userId, 86400),
});
const configs = {
  quiet: config('bench-quiet'),
  noop: config('bench-noop'),
  watched: config('bench-watched'),
  spread: Array.from({ length: 10 }, (_, i) => config(`bench-spread-${i}`)),
};
/** More distinct sources than MAX_PROBLEMS, each a user of its own. */
const distinct = Array.from({ length: 120 }, (_, i) => config(`bench-distinct-${i}`));

// The entry loads its lazy part from beside itself: `lazy/*.js` next to WIDGET_PATH.
const lazyDir = join(dist, 'lazy');
const lazyRoutes = Object.fromEntries(
  (existsSync(lazyDir) ? readdirSync(lazyDir) : [])
    .filter((name) => name.endsWith('.js'))
    .map((name) => [`${LAZY_PATH}${name}`, { file: join(lazyDir, name) }]),
);
const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};
const idleScript = idleClientScript(config('bench-user'));
const server = await serve({
  [WIDGET_PATH]: { file: widget },
  ...lazyRoutes,
  [SDK_PATHS.v4]: { file: require.resolve('trtc-js-sdk/trtc.js') },
  [SDK_PATHS.v5]: { file: join(root, 'node_modules', 'trtc-sdk-v5', 'trtc.js') },
  '/blank.html': { body: '<!doctype html><title>blank</title>' },
  '/load-no-sdk.html': { body: hostPage({ sdk: 'none' }) },
  '/load-real-sdk.html': { body: hostPage({ sdk: 'real' }) },
  '/idle.html': { body: hostPage({ sdk: 'real', clientScript: idleScript }) },
  '/idle-fake.html': { body: hostPage({ sdk: 'fake', clientScript: idleScript }) },
  // Cross-origin isolated (every script is same-origin): performance.now() to 5 us, not 100 us.
  '/storm-v4.html': { body: stormPage('v4', configs), headers: ISOLATED },
  '/storm-v5.html': { body: stormPage('v5', configs), headers: ISOLATED },
});

/** The storm's rounds, in order on one page (see bench/lib/storm.mjs). */
const STORM_ROUNDS = [
  { label: 'before the load', preLoad: true, budgeted: true },
  { label: 'loaded, panel open', panel: 'open', budgeted: true, warm: true },
  { label: 'loaded again', budgeted: true, warm: true },
  { label: 'loaded, timeline tab', tab: /timeline/i, budgeted: true, warm: true },
  {
    label: 'spread: 200 tasks, 10 new sources, panel closed',
    panel: 'closed',
    tasks: 200,
    spread: true,
    warm: true,
  },
];
const STORM_ATTEMPTS = Number(option('--attempts', 3));

const browser = await launch();
const started = performance.now();
// Timings are only as good as the machine is quiet: say how busy it was.
const machine = { cpus: cpus().length, loadBefore: loadavg()[0], loadAfter: null };
let results;
try {
  const load = only.includes('load')
    ? [
        {
          label: 'no SDK on the page',
          ...(await measureLoad(browser, server.origin, '/load-no-sdk.html', runs)),
        },
        {
          label: 'real trtc.js loaded before',
          ...(await measureLoad(browser, server.origin, '/load-real-sdk.html', runs)),
        },
      ]
    : null;
  const idle = only.includes('idle')
    ? [
        {
          label: 'real trtc.js and client',
          ...(await measureIdle(browser, server.origin, '/idle.html', { windowMs: 2000 })),
        },
        {
          label: 'fake SDK, nothing else on the page',
          ...(await measureIdle(browser, server.origin, '/idle-fake.html', { windowMs: 2000 })),
        },
      ]
    : null;
  let storm = null;
  if (only.includes('storm')) {
    storm = { firstIntlMs: await firstIntlMs(browser, server.origin, '/blank.html'), runs: [] };
    const stormBrowser = await launchForStorm();
    for (const sdk of sdks) {
      const run = {
        sdk,
        path: `/storm-${sdk}.html`,
        events,
        configs,
        rounds: STORM_ROUNDS,
        profile,
      };
      const result = await measureStormBestOf(
        stormBrowser,
        server.origin,
        { ...run, distinct },
        STORM_ATTEMPTS,
      );
      storm.runs.push({ ...result, sourceLimits: sourceLimits() });
    }
    await stormBrowser.close();
  }
  results = { chromium: browser.version(), machine, elapsedMs: 0, load, idle, storm };
} finally {
  await browser.close();
  await server.close();
}
results.elapsedMs = performance.now() - started;
machine.loadAfter = loadavg()[0];
results.checks = judge(results);

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
// Profiles go to files of their own (large); the figures keep their hottest lines.
for (const run of results.storm?.runs ?? []) {
  for (const s of run.storms.filter((x) => x.profile)) {
    const file = join(root, 'bench', 'results', `storm-${run.sdk}.cpuprofile`);
    writeFileSync(file, JSON.stringify(s.profile.profile));
    s.profile = { hot: s.profile.hot, file };
  }
}
writeFileSync(
  join(root, 'bench', 'results', 'browser.json'),
  JSON.stringify(results, null, 2) + '\n',
);
if (asJson) console.log(JSON.stringify(results, null, 2));
else print(results);

const failed = results.checks.filter((c) => !c.ok);
if (check && failed.length) {
  for (const c of failed) console.error(`bench/browser: FAILED ${c.name}: ${c.detail}`);
  process.exit(1);
}
