// Opening the panel (issue 10): with 20 problems and 500 timeline entries, how long the task that
// opens it takes, every long task while it opens, and the time until the panel is first painted.
//
//   node bench/open-panel.mjs            print the figures
//   node bench/open-panel.mjs --check    also fail (exit 1) when any run has a task of 50 ms or more
//   node bench/open-panel.mjs --json     print JSON instead of tables
//   options: --dist DIR (default dist/), --runs N (fresh pages per case, default 7),
//            --only desktop,phone,zh,timeline,user (the cases), --profile (one CPU profile per case:
//            the functions with the most self time while the panel opens; build unminified into
//            a temporary directory and pass it with --dist for names that mean something),
//            --screenshot PREFIX (PREFIX-desktop.png and PREFIX-phone.png: the problems tab, every
//            card shown; PREFIX-timeline.png: the phone, timeline tab, all entries shown)
//
// The page loads `trtc-doctor.full.iife.js` when dist/ has it, else `trtc-doctor.iife.js` (with
// `data-mount="false"`: the script tag's own doctor shows nothing), makes a doctor with
// `TRTCDoctor.createDoctor()`, awaits its `load()` when it has one (a lazily loaded panel is
// measured once loaded, not while it downloads), captures 20 distinct problems (browser errors and
// 4.x RtcErrors, from a client, streams and the page) and 480 more occurrences of them (500
// timeline lines), mounts the overlay and lets it settle. Every run is a fresh page.
//
// How the open is measured, in a task of its own (a timeout, as a click would be):
// - open task: `performance.now()` before `doctor.open()` to after Preact's render (microtasks
//   drained, five rounds deep: the render and the re-renders its layout effects cause) and a forced
//   layout of the panel (`getBoundingClientRect`). Style and layout are charged to this task,
//   which a real click would leave to the next frame: the figure is the open's whole main-thread
//   cost except paint.
// - first paint: from before `open()` to a message posted from the next `requestAnimationFrame`
//   callback. Chromium runs the rendering steps (style, layout, paint) right after the frame's
//   rAF callbacks, in the same task, so the message (a new task) runs once the panel has been
//   painted on the main thread. Paint timing and element timing cannot say it: `paint` entries are
//   for the document's first paint only, and element timing ignores shadow trees. A double rAF
//   would add up to a frame's interval of waiting on top.
// - complete: the panel renders long lists a few items per frame; from before `open()` to the
//   first frame (checked as first paint is) that shows every card (all 20 problems, or those an
//   end user sees) or every timeline row due (the newest TIMELINE_ROWS, 100 as
//   src/ui/Timeline.tsx has it). A panel not complete within 3 s is an error.
// - long tasks: every `longtask` entry (buffered `PerformanceObserver`) that ends after the open
//   and starts before the panel is complete, the rendering tasks of its frames included; the
//   longest is the figure `--check` holds to under 50 ms (with the open task itself, in case the
//   observer missed it).
// - idle before: the longest task (`longtask` entries only, 50 ms or more, else 0) while the page
//   settles after the mount, before the open: the panel's idle warm-up runs then. Printed, not
//   checked.
// Cases (the developer's panel unless said): a 1280x800 desktop in English, a 390x844 phone
// (touch, DPR 3), the desktop in Chinese, the desktop reopened on the timeline tab (opened,
// timeline tab chosen, closed, reopened: the tab is kept; the code is warm), and the end user's
// panel on the phone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, sealedContext } from './lib/chromium.mjs';
import { median, ms, table } from './lib/format.mjs';
import { fakeTrtc } from './lib/page.mjs';
import { serve } from './lib/server.mjs';
import { LONG_MS } from './lib/storm.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const check = args.includes('--check');
const asJson = args.includes('--json');
const profile = args.includes('--profile');
const screenshot = option('--screenshot', '');
const dist = resolve(root, option('--dist', 'dist'));
const runs = Number(option('--runs', 7));
const only = option('--only', 'desktop,phone,zh,timeline,user').split(',');

/** The problems to make: 20 distinct (diagnosis, source) pairs; 500 captures in all. */
export const PROBLEMS = 20;
export const CAPTURES = 500;

/** Timeline rows shown before "show all" (src/ui/Timeline.tsx's TIMELINE_ROWS). */
const TIMELINE_ROWS = 100;

/** How long a panel may take to show every card or row before the run is an error. */
const COMPLETE_WITHIN_MS = 3000;

function fail(message) {
  console.error(`bench/open-panel: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got ${runs}`);
const pick = () =>
  ['trtc-doctor.full.iife.js', 'trtc-doctor.iife.js'].find((f) => existsSync(join(dist, f)));
if (!pick()) {
  if (args.includes('--dist')) fail(`${dist} has no trtc-doctor.iife.js.`);
  console.error('dist/ is missing: running `npm run build:lib` first.');
  const run = spawnSync('npm', ['run', 'build:lib'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !pick()) fail('`npm run build:lib` did not produce the iife build.');
}
const widget = pick();

/** Every file of dist/, at `/dist/<path>`: a loader finds its lazily loaded parts beside it. */
function distRoutes() {
  const routes = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else routes[`/dist/${relative(dist, file).split('\\').join('/')}`] = { file };
    }
  };
  walk(dist);
  return routes;
}

/**
 * Runs in the page (serialised): makes the doctor, its 20 problems and 500 timeline lines, mounts
 * the overlay. Resolves to what it made.
 */
async function setUp({ lang, audience, problems, captures }) {
  const { RtcError } = window.__bench;
  const v4 =
    (code, key, extraCode = 0) =>
    () =>
      new RtcError({ code, extraCode, message: `failed <${key} 0x${code.toString(16)}>` });
  const dom = (name, message) => () => Object.assign(new Error(message), { name });
  const kinds = [
    [dom('NotAllowedError', 'Permission denied'), 'getUserMedia'],
    [dom('NotFoundError', 'Requested device not found'), 'getUserMedia'],
    [dom('NotReadableError', 'Could not start video source'), 'getUserMedia'],
    [dom('OverconstrainedError', 'Constraints could not be satisfied'), 'getUserMedia'],
    [dom('AbortError', 'Starting videoinput failed'), 'getUserMedia'],
    [dom('SecurityError', 'The operation is insecure'), 'getUserMedia'],
    [v4(0x4004, 'JOIN_ROOM_FAILED', 70001), 'join'],
    [v4(0x4004, 'JOIN_ROOM_FAILED', 70013), 'join'],
    [v4(0x4001, 'SIGNAL_CHANNEL_SETUP_FAILED'), 'join'],
    [v4(0x4006, 'SIGNAL_CHANNEL_RECONNECTION_FAILED'), undefined],
    [v4(0x4007, 'UPLINK_RECONNECTION_FAILED'), undefined],
    [v4(0x4008, 'DOWNLINK_RECONNECTION_FAILED'), undefined],
    [v4(0x4043, 'PLAY_NOT_ALLOWED'), 'play'],
    [v4(0x4044, 'DEVICE_AUTO_RECOVER_FAILED'), undefined],
    [v4(0x404c, 'SCHEDULE_FAILED'), 'join'],
    [v4(0x1001, 'INVALID_OPERATION'), 'publish'],
    [v4(0x1000, 'INVALID_PARAMETER'), 'join'],
    [v4(0x1003, 'DEVICE_NOT_FOUND'), 'initialize'],
    [v4(0x1004, 'INITIALIZE_FAILED'), 'initialize'],
    [v4(0x4005, 'CREATE_OFFER_FAILED'), 'publish'],
  ];
  const sources = [
    { type: 'client', label: 'client 1' },
    { type: 'local-stream', label: 'local stream 1' },
    { type: 'remote-stream', label: 'remote alice', userId: 'alice' },
    { type: 'page', label: 'page' },
  ];
  const doctor = window.TRTCDoctor.createDoctor({ lang, audience, trtc: window.TRTC });
  if (typeof doctor.load === 'function') await doctor.load();
  for (let i = 0; i < captures; i++) {
    const [make, operation] = kinds[(i % problems) % kinds.length];
    const source = sources[(i % problems) % sources.length];
    doctor.capture(make(), { operation, source });
  }
  doctor.mount({ mode: 'overlay', showLauncher: true });
  window.__doctor = doctor;
  return { problems: doctor.problems.value.length, timeline: doctor.timeline.value.length };
}

/** Runs in the page (serialised): a few frames and a pause, so nothing is pending. */
function settle() {
  return new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200))),
  );
}

/** Runs in the page (serialised): opens the panel and times it (see the header). */
function measureOpen({ idle, longMs, timelineRows, completeWithinMs }) {
  const doctor = window.__doctor;
  const shadow = document.querySelector('trtc-doctor, trtc-doctor-panel')?.shadowRoot;
  // What a complete panel shows: the cards of the problems tab (an end user's list leaves out
  // advice about the page's own code), or the newest rows of the timeline tab.
  const user = doctor.settings.value.audience === 'user';
  const due = {
    cards: doctor.problems.value.filter((p) => !user || !p.diagnosis.audience).length,
    rows: Math.min(doctor.timeline.value.length, timelineRows),
  };
  const longTasks = [];
  const longFrames = [];
  const watch = (type, into) => {
    try {
      const o = new PerformanceObserver((list) => into.push(...list.getEntries()));
      o.observe({ type, buffered: true });
      return o;
    } catch {
      return null;
    }
  };
  const observers = [watch('longtask', longTasks), watch('long-animation-frame', longFrames)];
  const drained = (rounds, fn) => (rounds ? queueMicrotask(() => drained(rounds - 1, fn)) : fn());
  return new Promise((resolve) =>
    setTimeout(() => {
      const t0 = performance.now();
      doctor.open();
      const called = performance.now();
      drained(5, () => {
        const rendered = performance.now();
        const panel = shadow?.querySelector('.panel');
        panel?.getBoundingClientRect();
        const laidOut = performance.now();
        // Runs `fn` in the task after the next frame's rendering (see the header).
        const afterFrame = (fn) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => fn(performance.now());
            channel.port2.postMessage(0);
          });
        const count = () => ({
          rows: shadow?.querySelectorAll('.tl li').length ?? 0,
          cards: shadow?.querySelectorAll('.card').length ?? 0,
        });
        const onTimeline = () =>
          shadow?.querySelector('[role=tab][aria-selected=true]')?.id === 'td-tab-timeline';
        const isComplete = ({ rows, cards }) =>
          onTimeline() ? rows >= due.rows : cards >= due.cards;
        let painted;
        const frame = (now) => {
          painted ??= now;
          const shown = count();
          if (!isComplete(shown) && now - t0 < completeWithinMs) return afterFrame(frame);
          // Observers report in a later task: give them one, then take what is left.
          setTimeout(() => {
            for (const [i, o] of observers.entries()) {
              if (o) (i ? longFrames : longTasks).push(...o.takeRecords());
              o?.disconnect();
            }
            const during = (e) => e.startTime + e.duration > t0 && e.startTime <= now;
            const tasks = longTasks.filter(during).map((e) => e.duration);
            const frames = longFrames.filter(during).map((e) => e.duration);
            const idleTasks = longTasks
              .filter((e) => e.startTime >= idle[0] && e.startTime < idle[1])
              .map((e) => e.duration);
            resolve({
              panel: Boolean(panel),
              ...shown,
              due,
              complete: isComplete(shown),
              callMs: called - t0,
              renderMs: rendered - t0,
              taskMs: laidOut - t0,
              paintMs: painted - t0,
              completeMs: now - t0,
              longTasks: tasks,
              longFrames: frames,
              longestMs: Math.max(laidOut - t0, ...tasks),
              idleLongestMs: Math.max(0, ...idleTasks),
              over: tasks.filter((d) => d >= longMs).length + (laidOut - t0 >= longMs ? 1 : 0),
            });
          }, 100);
        };
        afterFrame(frame);
      });
    }, 0),
  );
}

/** The host page: the fake SDK namespace, then the widget's tag, which mounts nothing itself. */
const page = (file) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trtc-doctor open-panel bench</title>
<script>(${fakeTrtc})();</script>
<script src="/dist/${file}" data-mount="false"></script>
</head>
<body>
<main><h1>A host page</h1><p>With a video call on it.</p></main>
</body>
</html>
`;

/** A phone's browser context: an iPhone 12-14's viewport and pixel ratio, touch. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** The cases, by `--only` name; the panel is the developer's unless `audience` says otherwise. */
const CASES = {
  desktop: { label: 'desktop 1280x800, en', lang: 'en', context: {} },
  phone: { label: 'phone 390x844, en', lang: 'en', context: PHONE },
  zh: { label: 'desktop 1280x800, zh', lang: 'zh', context: {} },
  timeline: { label: 'desktop, reopened on the timeline tab', lang: 'en', context: {}, tab: true },
  user: { label: 'phone 390x844, en, end user', lang: 'en', audience: 'user', context: PHONE },
};

/** A CPU profile's functions by self time (ms), the largest first. */
function topSelf(cpuProfile, n = 15) {
  const { nodes, samples, timeDeltas } = cpuProfile;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const url = f.url.replace(/^https?:\/\/[^/]+/, '');
    const key = `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** One fresh page of a case: set up, settle, (choose the timeline tab,) open and measure. */
async function runOnce(browser, origin, spec, withProfile) {
  const sealed = await sealedContext(browser, spec.context);
  const tab = await sealed.context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`${origin}/open.html`);
  const made = await tab.evaluate(setUp, {
    lang: spec.lang,
    audience: spec.audience ?? 'developer',
    problems: PROBLEMS,
    captures: CAPTURES,
  });
  const idleFrom = await tab.evaluate(() => performance.now());
  await tab.evaluate(settle);
  const idleTo = await tab.evaluate(() => performance.now());
  if (spec.tab) {
    await tab.evaluate(() => window.__doctor.open());
    await tab.evaluate(settle);
    await tab.locator('#td-tab-timeline').click();
    await tab.evaluate(() => window.__doctor.close());
    await tab.evaluate(settle);
  }
  let cdp;
  if (withProfile) {
    cdp = await sealed.context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await tab.evaluate(measureOpen, {
    idle: [idleFrom, idleTo],
    longMs: LONG_MS,
    timelineRows: TIMELINE_ROWS,
    completeWithinMs: COMPLETE_WITHIN_MS,
  });
  if (cdp) result.profile = topSelf((await cdp.send('Profiler.stop')).profile);
  await sealed.context.close();
  return { ...made, ...result, errors, blocked: sealed.blocked };
}

/**
 * Screenshots after opening: the problems tab on the desktop and the phone (`<prefix>-desktop.png`,
 * `<prefix>-phone.png`), and the phone's timeline tab with every entry shown
 * (`<prefix>-timeline.png`). Resolves to what each shows.
 */
async function takeScreenshots(browser, origin, prefix) {
  const shots = [];
  for (const [name, context, timeline] of [
    ['desktop', CASES.desktop.context, false],
    ['phone', CASES.phone.context, false],
    ['timeline', CASES.phone.context, true],
  ]) {
    const sealed = await sealedContext(browser, context);
    const tab = await sealed.context.newPage();
    await tab.goto(`${origin}/open.html`);
    await tab.evaluate(setUp, {
      lang: 'en',
      audience: 'developer',
      problems: PROBLEMS,
      captures: CAPTURES,
    });
    await tab.evaluate(() => window.__doctor.open());
    if (timeline) {
      await tab.locator('#td-tab-timeline').click();
      const more = tab.locator('[data-show-all], [data-show-older]');
      while ((await more.count()) > 0) await more.first().click();
    }
    // Long lists are rendered a few items per frame: a few frames and a pause show them all.
    await tab.evaluate(settle);
    const file = resolve(`${prefix}-${name}.png`);
    await tab.screenshot({ path: file });
    const shown = await tab.evaluate(() => {
      const root = document.querySelector('trtc-doctor').shadowRoot;
      return {
        rows: root.querySelectorAll('.tl li').length,
        cards: root.querySelectorAll('.card').length,
      };
    });
    shots.push({ file, ...shown });
    await sealed.context.close();
  }
  return shots;
}

const server = await serve({ ...distRoutes(), '/open.html': { body: page(widget) } });
const browser = await launch();
const machine = { cpus: cpus().length, loadBefore: loadavg()[0], loadAfter: null };
const results = { chromium: browser.version(), widget, machine, cases: [] };
try {
  for (const name of only) {
    const spec = CASES[name];
    if (!spec) fail(`unknown case ${name}: one of ${Object.keys(CASES).join(', ')}`);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, server.origin, spec, false));
    const profiled = profile ? await runOnce(browser, server.origin, spec, true) : null;
    results.cases.push({ name, label: spec.label, samples, profile: profiled?.profile });
  }
  if (screenshot)
    results.screenshots = await takeScreenshots(
      browser,
      server.origin,
      screenshot.replace(/\.png$/, ''),
    );
} finally {
  await browser.close();
  await server.close();
}
machine.loadAfter = loadavg()[0];

const stat = (samples, key) => {
  const values = samples.map((s) => s[key]);
  return [median(values), Math.max(...values)];
};
const problems = [];
for (const c of results.cases) {
  for (const s of c.samples) {
    if (!s.panel) problems.push(`${c.label}: the panel did not open`);
    else if (!s.complete)
      problems.push(
        `${c.label}: ${s.cards} cards and ${s.rows} rows after ${ms(s.completeMs)}, not ${s.due.cards} / ${s.due.rows}`,
      );
    if (s.problems !== PROBLEMS)
      problems.push(`${c.label}: ${s.problems} problems, not ${PROBLEMS}`);
    if (s.timeline < CAPTURES) problems.push(`${c.label}: ${s.timeline} timeline entries`);
    problems.push(...s.errors.map((e) => `${c.label}: page error ${e}`));
    problems.push(...s.blocked.map((u) => `${c.label}: request off loopback ${u}`));
  }
}
const slow = results.cases.flatMap((c) =>
  c.samples.filter((s) => s.over > 0).map((s) => `${c.label}: ${ms(s.longestMs)}`),
);

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  const fmt = ([med, max]) => `${ms(med)} / ${ms(max)}`;
  console.log(
    `Opening the panel: ${PROBLEMS} problems, ${CAPTURES} captures (timeline ${results.cases[0]?.samples[0]?.timeline ?? '?'}), ` +
      `${runs} fresh pages per case, ${widget}, Chromium ${results.chromium}, ` +
      `${machine.cpus} CPUs, load ${machine.loadBefore.toFixed(2)} -> ${machine.loadAfter.toFixed(2)}`,
  );
  console.log('median / max\n');
  console.log(
    table(
      [
        'case',
        'open task',
        'render',
        'first paint',
        'complete',
        'longest task',
        'runs >= 50 ms',
        'idle before',
        'rows',
        'cards',
      ],
      results.cases.map((c) => [
        c.label,
        fmt(stat(c.samples, 'taskMs')),
        fmt(stat(c.samples, 'renderMs')),
        fmt(stat(c.samples, 'paintMs')),
        fmt(stat(c.samples, 'completeMs')),
        fmt(stat(c.samples, 'longestMs')),
        `${c.samples.filter((s) => s.over > 0).length} of ${c.samples.length}`,
        fmt(stat(c.samples, 'idleLongestMs')),
        String(c.samples[0].rows),
        String(c.samples[0].cards),
      ]),
    ),
  );
  for (const c of results.cases.filter((x) => x.profile)) {
    console.log(`\nSelf time while opening, ${c.label} (one profiled run):`);
    console.log(
      table(
        ['function', 'self'],
        c.profile.map(([f, t]) => [f, ms(t)]),
      ),
    );
  }
  for (const shot of results.screenshots ?? [])
    console.log(
      `screenshot: ${relative(process.cwd(), shot.file)} (${shot.cards} cards, ${shot.rows} rows)`,
    );
}
for (const p of problems) console.error(`bench/open-panel: ${p}`);
if (problems.length) process.exit(1);
if (check && slow.length) {
  for (const s of slow) console.error(`bench/open-panel: FAILED a task of ${s}`);
  process.exit(1);
}
