// Storm: 100,000 `error` events from one watched (fake) client in a single burst, panel open;
// then again, to show memory stays flat; then again with the timeline tab shown (the heaviest
// view: up to MAX_TIMELINE_ENTRIES rows); then errors from many distinct clients, to reach the
// problem limit. Heap is read through CDP after a forced garbage collection.
import { sealedContext } from './chromium.mjs';
import { WIDGET_PATH, whenReady } from './pages.mjs';
import { distinctSourcesInPage, stormInPage } from './storm-page.mjs';

/** The errors of the storm: what a client emits when the network goes, shaped like the SDK's. */
export const STORM_KINDS = [
  {
    code: 0x4006,
    message:
      'signal channel reconnection failed, please check your network. <SIGNAL_CHANNEL_RECONNECTION_FAILED 0x4006>',
  },
  {
    code: 0x4007,
    message:
      'uplink reconnection failed, please check your network and publish again. <UPLINK_RECONNECTION_FAILED 0x4007>',
  },
  {
    code: 0x4008,
    message:
      'downlink reconnection failed, please check your network and re-join room. <DOWNLINK_RECONNECTION_FAILED 0x4008>',
  },
  {
    code: 0x4004,
    message: 'reJoin room: 1234 failed, please check your network. <JOIN_ROOM_FAILED 0x4004>',
  },
  {
    code: 0x4004,
    extraCode: 70001,
    message: 'Failed to join room - userSig expired code: 70001 <JOIN_ROOM_FAILED 0x4004>',
  },
];

/** A long task or frame is one of at least this many milliseconds (the browser's threshold). */
export const LONG_MS = 50;

/** Reads what a storm did to the panel and the main thread, with the widget's share apart. */
export function analyseStorm(raw, baselineMs) {
  const { burstStart, burstEnd } = raw;
  const burstMs = burstEnd - burstStart;
  // Renders made during the burst (caught by takeRecords) and after it (one per observer batch).
  const renders = raw.batches.filter((b) => b.t >= burstStart);
  const renderCount = raw.rendersInBurst + renders.length;
  // How long each render took: from the start of its frame to the DOM changed; a render that ran
  // in the burst's own task (before any new frame) is timed from the burst's end.
  const renderMs = renders.map((b) => (b.frame > burstEnd ? b.t - b.frame : b.t - burstEnd));
  // Renders per frame; those before the first frame after the burst share one slot.
  const perFrame = new Map([[burstEnd, raw.rendersInBurst]]);
  for (const b of renders) {
    const slot = b.frame > burstEnd ? b.frame : burstEnd;
    perFrame.set(slot, (perFrame.get(slot) ?? 0) + 1);
  }
  const last = renders.at(-1);
  // The frames that passed until the last render, plus the one that shows it.
  const lastAt = last ? last.t : raw.rendersInBurst ? burstEnd : null;
  const framesElapsed =
    lastAt == null ? 0 : raw.frames.filter((t) => t > burstStart && t <= lastAt).length + 1;
  const burstTask = raw.longTasks.find(
    (t) => t.start <= burstStart + 1 && t.start + t.duration >= burstEnd - 1,
  );
  const tasksAfter = raw.longTasks.filter((t) => t !== burstTask && t.start >= burstEnd);
  // Long animation frames after the burst (the one holding the burst counts from its end), and
  // the widget's work in each: its rendering phase (animation-frame callbacks, where the panel
  // renders, then style, layout and paint of what it changed) plus scripts from its file before
  // that. Time the browser does not attribute (the collector, the OS taking the CPU away) is
  // shown, not charged: on a busy machine it is not the widget's.
  const framesAfter = raw.longFrames
    .filter((f) => f.start + f.duration > burstEnd)
    .map((f) => {
      const end = f.start + f.duration;
      const renderStart = f.renderStart || end;
      const scripts = f.scripts
        .filter((x) => x.start + x.duration > burstEnd)
        .map((x) => ({ ...x, url: x.url.replace(/^https?:\/\/[^/]+/, '') }));
      const widgetScripts = scripts
        .filter((x) => x.url.endsWith(WIDGET_PATH) && x.start < renderStart)
        .reduce((sum, x) => sum + Math.min(x.duration, x.start + x.duration - burstEnd), 0);
      return {
        start: f.start,
        duration: f.duration,
        afterBurst: end - Math.max(f.start, burstEnd),
        renderMs: end - Math.max(renderStart, burstEnd),
        styleAndLayoutMs: f.styleAndLayoutStart ? end - f.styleAndLayoutStart : 0,
        widgetMs: end - Math.max(renderStart, burstEnd) + widgetScripts,
        scripts,
      };
    });
  const frameGaps = raw.frames
    .filter((t) => t > burstEnd)
    .map((t, i, list) => (i ? t - list[i - 1] : null))
    .filter((g) => g != null);
  return {
    events: raw.n,
    listenerThrew: raw.threw,
    burstMs,
    usPerEvent: (burstMs * 1000) / raw.n,
    widgetUsPerEvent: baselineMs == null ? null : ((burstMs - baselineMs) * 1000) / raw.n,
    renders: renderCount,
    rendersInBurst: raw.rendersInBurst,
    mutationRecords: raw.recordsInBurst + renders.reduce((sum, b) => sum + b.records, 0),
    maxRendersInOneFrame: Math.max(...perFrame.values()),
    framesElapsed,
    longestRenderMs: renderMs.length ? Math.max(...renderMs) : 0,
    burstTaskMs: burstTask ? burstTask.duration : null,
    longTasksAfterBurst: tasksAfter,
    longFramesAfterBurst: framesAfter,
    // Without long-animation-frame entries (other browsers), long tasks are all there is.
    longestWidgetFrameMs: raw.longFramesSupported
      ? Math.max(0, ...framesAfter.map((f) => f.widgetMs))
      : Math.max(0, ...tasksAfter.map((t) => t.duration)),
    longestFrameGapAfterMs: frameGaps.length ? Math.max(...frameGaps) : null,
    lastRenderAfterMs: lastAt == null ? null : lastAt - burstEnd,
    settled: raw.settled,
    settleMs: raw.settledAt - burstEnd,
    panelShadowRoot: raw.hasRoot,
    problems: raw.problems,
    timeline: raw.timeline,
    occurrences: raw.totalCount,
  };
}

/** The slowest render or widget frame of any storm of a run, in ms. */
export function slowestFrame(run) {
  return Math.max(0, ...run.storms.flatMap((s) => [s.longestRenderMs, s.longestWidgetFrameMs]));
}

export async function measureStorm(browser, origin, path, { events, rounds, distinct }) {
  const sealed = await sealedContext(browser);
  const page = await sealed.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path);
  const ready = await whenReady(page);
  if (ready == null) throw new Error(`the widget was not ready on ${path}: no TRTCDoctor.doctor`);
  // The storm hits the loaded doctor (its panel part comes at the first problem; loaded here
  // first so the storm measures the steady state, not the import).
  const loaded = await page.evaluate(() => window.TRTCDoctor.doctor.load?.() ?? true);
  if (!loaded) throw new Error(`the panel part did not load on ${path}`);
  const setup = await page.evaluate(() => {
    const bench = window.__bench;
    const doctor = window.TRTCDoctor.doctor;
    bench.client = window.TRTC.createClient({ mode: 'rtc', sdkAppId: 1400000000, userId: 'bench' });
    const viaWrapper = bench.client.listenerCount('error') > 0;
    if (!viaWrapper) doctor.watchClient(bench.client, 'bench client');
    bench.unwatched = new bench.Emitter();
    doctor.open();
    const exported = window.TRTCDoctor;
    return {
      viaWrapper,
      limits: {
        MAX_PROBLEMS: exported.MAX_PROBLEMS ?? null,
        MAX_TIMELINE_ENTRIES: exported.MAX_TIMELINE_ENTRIES ?? null,
      },
    };
  });
  const cdp = await sealed.context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const options = { n: events, kinds: STORM_KINDS, settleFrames: 20, maxSettleMs: 3000 };

  // The same burst on a client nobody watches, right before each storm: the cost of making and
  // emitting the errors, which is the host's. The first one only warms the engine up.
  const baseline = async () => {
    const raw = await page.evaluate(stormInPage, {
      ...options,
      clientKey: 'unwatched',
      settleFrames: 2,
    });
    return raw.burstEnd - raw.burstStart;
  };
  await baseline();
  const heapBefore = await heap();
  const storms = [];
  for (const round of rounds) {
    let tabShown = null;
    if (round.tab) {
      // A real click on the panel's tab (Playwright's CSS pierces the open shadow root).
      const tab = page.locator('trtc-doctor [role="tab"]', { hasText: round.tab }).first();
      tabShown = (await tab.count()) > 0;
      if (tabShown) {
        await tab.click();
        tabShown = (await tab.getAttribute('aria-selected')) === 'true';
      }
    }
    const baselineMs = await baseline();
    // Collect the baseline's garbage now, so that collecting it cannot land in the storm's frames.
    await heap();
    const raw = await page.evaluate(stormInPage, { ...options, clientKey: 'client' });
    storms.push({
      label: round.label,
      tabShown,
      ...analyseStorm(raw, baselineMs),
      baselineMs,
      heapAfter: await heap(),
    });
  }
  let spread = null;
  if (distinct > 0) {
    const result = await page.evaluate(distinctSourcesInPage, {
      count: distinct,
      kinds: STORM_KINDS,
    });
    spread = { ...result, heapAfter: await heap() };
  }
  await sealed.context.close();
  return { path, setup, heapBefore, storms, distinct: spread, blocked: sealed.blocked, errors };
}
