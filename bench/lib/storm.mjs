// Storm: 100,000 `error` events, each a new error object made by the real SDK's own class (v4's
// RtcError, v5's), emitted through the SDK's own emitter. First before the lazy part is there
// (the recorder alone queues them; the first one loads the rest), then loaded with the panel open
// (twice, to show memory stays flat, then with the timeline tab), then spread over many tasks
// from new sources with the panel closed (the launcher's badge changing as problems open), then
// errors from many distinct SDK objects, to reach the problem limit. Each storm is timed beside
// the same errors through an SDK object with no listener and one with a no-op listener. Heap is
// read through CDP after a forced garbage collection.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, sealedContext } from './chromium.mjs';
import { median } from './format.mjs';
import { WIDGET_PATH, whenReady } from './pages.mjs';
import { distinctSourcesInPage, setupInPage, stormInPage } from './storm-page.mjs';

/** What a v4 client emits when the network goes (the SDK appends the `<NAME 0xhex>` tag). */
export const V4_KINDS = [
  { code: 0x4006, message: 'signal channel reconnection failed, please check your network.' },
  {
    code: 0x4007,
    message: 'uplink reconnection failed, please check your network and publish again.',
  },
  {
    code: 0x4008,
    message: 'downlink reconnection failed, please check your network and re-join room.',
  },
  { code: 0x4004, message: 'reJoin room: 1234 failed, please check your network.' },
  {
    code: 0x4004,
    extraCode: 70001,
    message: 'Failed to join room - userSig expired code: 70001',
  },
];

/** What a v5 instance emits on `error`, as the SDK makes them (its own message templates). */
export const V5_KINDS = [
  { code: 5500, extraCode: 5501 },
  {
    code: 5300,
    extraCode: 5308,
    messageParams: { error: 'NotReadableError: Could not start video source' },
  },
  {
    code: 5300,
    extraCode: 5309,
    messageParams: { error: 'NotReadableError: Could not start audio source' },
  },
  { code: 5500, extraCode: 5507, message: 'video decode failed' },
  { code: 5500, extraCode: 5508, message: 'audio decode failed' },
];

/** A long task or frame is one of at least this many milliseconds (the browser's threshold). */
export const LONG_MS = 50;

/** Errors are made (and dropped) this many at a time, right before they are emitted. */
export const CHUNK = 1000;

/** Our budget per event, in microseconds (issue 10): printed, met or not. */
export const US_PER_EVENT = 1;
/**
 * What `--check` enforces per event until the budget is met: no regression, as size-limit holds
 * each size to today's plus a margin (after the recorder's hot-path change main measured
 * 0.77-1.67 us on a busy machine; before it 1.5-3.3). Lower it to US_PER_EVENT once that holds.
 */
export const US_PER_EVENT_LIMIT = 2.5;

const us = (ms, n) => (ms * 1000) / n;

/** Reads what a storm did to the widget and the main thread, with the widget's share apart. */
export function analyseStorm(raw) {
  const { burstStart, burstEnd, n } = raw;
  const { ours: stormMs, quiet: quietMs, noop: noopMs } = raw.totals;
  const ours = us(stormMs - quietMs, n);
  const noop = us(noopMs - quietMs, n);
  const renders = raw.batches.filter((b) => b.t >= burstStart);
  // Per animation frame: every change made between two frame starts shows in one frame.
  const perFrame = (list) => {
    const slots = new Map();
    for (const b of list) slots.set(b.frame, (slots.get(b.frame) ?? 0) + 1);
    return Math.max(0, ...slots.values());
  };
  const badges = renders.filter((b) => b.badge > 0);
  // How long each render took: from when its work could start (its frame's start, or the end of
  // the storm's task it followed) to the DOM changed. One made inside an emit is not timed.
  const timed = renders.filter((b) => !b.inTask);
  const renderMs = timed.map((b) => b.t - b.since);
  const last = renders.at(-1);
  const lastAt = last ? last.t : null;
  const from = raw.tasks > 1 ? burstStart : burstEnd;
  const burstTask = raw.longTasks.find(
    (t) => t.start <= burstStart + 1 && t.start + t.duration >= burstEnd - 1,
  );
  const tasksAfter = raw.longTasks.filter((t) => t !== burstTask && t.start >= burstEnd);
  // Long animation frames after the burst (or during a storm spread over tasks), and the
  // widget's work in each: its rendering phase (animation-frame callbacks, where the panel
  // renders, then style, layout and paint of what it changed) plus scripts from its files before
  // that. Time the browser does not attribute (the collector, the OS taking the CPU away) is
  // shown, not charged: on a busy machine it is not the widget's.
  const ours_ = (url) => url.endsWith(WIDGET_PATH) || url.includes('/lazy/');
  const framesAfter = raw.longFrames
    .filter((f) => f.start + f.duration > from)
    .map((f) => {
      const end = f.start + f.duration;
      const renderStart = f.renderStart || end;
      const scripts = f.scripts
        .filter((x) => x.start + x.duration > from)
        .map((x) => ({ ...x, url: x.url.replace(/^https?:\/\/[^/]+/, '') }));
      const widgetScripts = scripts
        .filter((x) => ours_(x.url) && x.start < renderStart)
        .reduce((sum, x) => sum + Math.min(x.duration, x.start + x.duration - from), 0);
      return {
        start: f.start,
        duration: f.duration,
        afterBurst: end - Math.max(f.start, from),
        renderMs: end - Math.max(renderStart, from),
        styleAndLayoutMs: f.styleAndLayoutStart ? end - f.styleAndLayoutStart : 0,
        widgetMs: end - Math.max(renderStart, from) + widgetScripts,
        scripts,
      };
    });
  return {
    events: n,
    gcExposed: raw.gcExposed,
    tasks: raw.tasks,
    listenerThrew: raw.threw,
    stormMs,
    quietMs,
    noopMs,
    usPerEvent: us(stormMs, n),
    widgetUsPerEvent: ours,
    noopUsPerEvent: noop,
    // Below the timer's resolution a no-op costs nothing measurable: no ratio then.
    ratioToNoop: noop > 0.0005 ? ours / noop : null,
    renders: renders.length,
    maxRendersInOneFrame: perFrame(renders),
    badgeWrites: badges.length,
    maxBadgeWritesInOneFrame: perFrame(badges),
    longestRenderMs: renderMs.length ? Math.max(...renderMs) : 0,
    burstTaskMs: burstTask ? burstTask.duration : null,
    longTasksAfterBurst: tasksAfter,
    longFramesAfterBurst: framesAfter,
    // Without long-animation-frame entries (other browsers), long tasks are all there is.
    longestWidgetFrameMs: raw.longFramesSupported
      ? Math.max(0, ...framesAfter.map((f) => f.widgetMs))
      : Math.max(0, ...tasksAfter.map((t) => t.duration)),
    lastRenderAfterMs: lastAt == null ? null : lastAt - burstEnd,
    settled: raw.settled,
    settleMs: raw.settledAt - burstEnd,
    framesDuring: raw.framesDuring,
    problemsAfterMs: raw.problemsAt == null ? null : raw.problemsAt - burstEnd,
    partFetchedAfterMs: raw.partFetchedAt == null ? null : raw.partFetchedAt - burstStart,
    problems: raw.problems,
    timeline: raw.timeline,
    occurrences: raw.totalCount,
  };
}

/**
 * Chromium as `launch()` starts it (chromium.mjs: the same sealed flags), with `gc()` exposed:
 * each chunk of errors is collected into the old generation before the clock starts.
 */
export function launchForStorm() {
  const flags = JSON.parse(
    readFileSync(new URL('../../test/e2e/harness/sealed-flags.json', import.meta.url), 'utf8'),
  );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...flags, '--js-flags=--expose-gc'],
  });
}

/** The source lines with the most samples of their own in a CPU profile, as `file:line`. */
export function hotLines(profile, top = 20) {
  const ticks = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    const file = url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
    const lines = node.positionTicks?.length
      ? node.positionTicks
      : [{ line: node.callFrame.lineNumber + 1, ticks: node.hitCount }];
    for (const { line, ticks: n } of lines) {
      const key = `${file}:${line} ${functionName || '(anonymous)'}`;
      ticks.set(key, (ticks.get(key) ?? 0) + n);
      total += n;
    }
  }
  return [...ticks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, n]) => ({ where, share: n / total }));
}

/** The budgets a storm's timings are held to, broken (the best of several runs is kept). */
export function timingMisses(run) {
  return run.storms.filter(
    (s) =>
      (s.budgeted && s.widgetUsPerEvent > US_PER_EVENT_LIMIT) ||
      (s.warm && Math.max(s.longestRenderMs, s.longestWidgetFrameMs) >= LONG_MS),
  ).length;
}

/** One storm run on a fresh page of `sdk` ('v4' | 'v5'). */
export async function measureStorm(browser, origin, run) {
  const { sdk, path, events, configs, rounds, distinct } = run;
  const kinds = sdk === 'v4' ? V4_KINDS : V5_KINDS;
  const sealed = await sealedContext(browser);
  const page = await sealed.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // `?trtc-doctor` shows the mini launcher (and its badge) before the lazy part is there.
  await page.goto(`${origin}${path}?trtc-doctor`);
  if ((await whenReady(page)) == null) {
    throw new Error(`the widget was not ready on ${path}: no TRTCDoctor.doctor`);
  }
  const setup = await page.evaluate(setupInPage, {
    watched: configs.watched,
    spread: configs.spread,
  });
  if (!setup.errorClass) throw new Error(`no real ${sdk} error to learn the SDK's class from`);
  const cdp = await sealed.context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();
  const storms = [];
  let counted = 0;
  for (const round of rounds) {
    let tabShown = null;
    if (round.panel === 'open') await page.evaluate(() => window.TRTCDoctor.doctor.open());
    if (round.panel === 'closed') await page.evaluate(() => window.TRTCDoctor.doctor.close());
    if (round.tab) {
      // A real click on the panel's tab (Playwright's CSS pierces the open shadow root).
      const tab = page.locator('trtc-doctor [role="tab"]', { hasText: round.tab }).first();
      tabShown = (await tab.count()) > 0;
      if (tabShown) {
        await tab.click();
        tabShown = (await tab.getAttribute('aria-selected')) === 'true';
      }
    }
    // What the panel shows loads on first show (the cards, the timeline: src/ui/lazy-tab.tsx):
    // the storm starts once it is there, so the renders it counts are the storm's.
    if (round.panel === 'open' || round.tab) {
      await page
        .waitForFunction(
          () => {
            const root = document.querySelector('trtc-doctor')?.shadowRoot;
            return !!root && !root.querySelector('[aria-busy="true"]');
          },
          null,
          { timeout: 5_000 },
        )
        .catch(() => {});
    }
    await heap();
    // `--profile`: a CPU profile of the first loaded storm (meaningful with an unminified build).
    const profiling = run.profile && round.warm && !storms.some((x) => x.warm);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const raw = await page.evaluate(stormInPage, {
      n: events,
      kinds,
      chunk: CHUNK,
      repeats: 3,
      keys: round.spread ? setup.spreadKeys : ['client'],
      tasks: round.tasks ?? 1,
      settleFrames: 20,
      maxSettleMs: round.preLoad ? 8000 : 3000,
      waitForProblems: Boolean(round.preLoad),
    });
    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;
    const storm = { label: round.label, tabShown, ...round, ...analyseStorm(raw), made: raw.made };
    if (profile) storm.profile = { hot: hotLines(profile), profile };
    storm.counted = storm.occurrences - counted;
    counted = storm.occurrences;
    storm.heapAfter = await heap();
    storms.push(storm);
    // Progress, on stderr: a full run takes a while.
    console.error(
      `bench/browser: storm ${sdk}, ${round.label}: ours ${storm.widgetUsPerEvent.toFixed(2)} us/event, a no-op listener ${storm.noopUsPerEvent.toFixed(3)} us`,
    );
  }
  // The SDK's whole emit path for one error event (v5's logs it), warm, after the storms.
  const ownEmitUs = await page.evaluate(
    ({ count, kind }) => {
      const b = window.__bench;
      const errors = Array.from({ length: count }, () => new b.ErrorClass({ ...kind }));
      return b.ownEmitUs('quiet', errors, count);
    },
    { count: 2000, kind: kinds[0] },
  );
  let spread = null;
  if (distinct) {
    const sdkOnly = await page.evaluate(distinctSourcesInPage, { configs: distinct, kinds });
    const heapSdkOnly = await heap();
    const result = await page.evaluate(distinctSourcesInPage, {
      configs: distinct,
      kinds,
      watched: true,
    });
    spread = { ...result, sdkOnlyMs: sdkOnly.ms, heapSdkOnly, heapAfter: await heap() };
  }
  await sealed.context.close();
  return {
    sdk,
    path,
    setup,
    ownEmitUs,
    heapBefore,
    storms,
    distinct: spread,
    blocked: sealed.blocked,
    errors,
  };
}

/**
 * Timings on a shared machine include whatever else ran: a run that breaks a timing budget is
 * run again on a fresh page, up to `attempts` times, and the best is kept (all are listed). A
 * widget that is really too slow fails every time.
 */
export async function measureStormBestOf(browser, origin, run, attempts) {
  const runs = [];
  do runs.push(await measureStorm(browser, origin, run));
  while (runs.length < attempts && timingMisses(runs.at(-1)) > 0);
  const score = (r) => [timingMisses(r), median(r.storms.map((s) => s.widgetUsPerEvent))];
  const best = runs.reduce((a, b) => {
    const [ma, ua] = score(a);
    const [mb, ub] = score(b);
    return mb < ma || (mb === ma && ub < ua) ? b : a;
  });
  best.attempts = runs.map((r) => ({
    misses: timingMisses(r),
    usPerEvent: r.storms.map((s) => s.widgetUsPerEvent),
  }));
  return best;
}

/**
 * The browser's own first `Intl.RelativeTimeFormat` in a fresh page (its locale data loads
 * then): the panel's first render with problems pays it once, which the loaded storms do not.
 */
export async function firstIntlMs(browser, origin, path) {
  const sealed = await sealedContext(browser);
  const page = await sealed.context.newPage();
  await page.goto(origin + path);
  const ms = await page.evaluate(() => {
    const start = performance.now();
    new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }).format(-5, 'second');
    return performance.now() - start;
  });
  await sealed.context.close();
  return ms;
}
