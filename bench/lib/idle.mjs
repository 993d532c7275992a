// Idle: the widget attached to a client (the real SDK's, or a fake one on a page where nothing
// else runs), no problem: before its lazy part is loaded, then loaded (panel closed, then open).
// The timer probe
// (an init script) records every timer, animation frame, idle callback and observer created
// after the widget's script starts, and who created it; over quiet windows we read which are
// still live and which callbacks ran. CDP's Performance metrics back it up with the page's own
// script and layout counters.
import { sealedContext } from './chromium.mjs';
import { timerProbe } from './page.mjs';
import { LAZY_PATH, WIDGET_PATH, whenReady } from './pages.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page's `client`, created right after the widget (whose wrapper should watch it). `config`
 * has a real userSig: a wrong one is a problem, which would load the lazy part at once.
 */
export const idleClientScript = (config) =>
  `window.client = TRTC.createClient(${JSON.stringify(config)});`;

/** Whether the page has fetched the widget's lazy part. */
const lazyLoaded = () =>
  performance.getEntriesByType('resource').some((r) => r.name.includes('/lazy/panel.js'));

function diff(after, before) {
  const out = {};
  for (const [key, n] of Object.entries(after))
    if (n - (before[key] ?? 0)) out[key] = n - (before[key] ?? 0);
  return out;
}

/** Only the entries made by the widget itself (`widget <kind>`), by kind. */
export function byWidget(counts) {
  const out = {};
  for (const [key, n] of Object.entries(counts))
    if (key.startsWith('widget ')) out[key.slice(7)] = n;
  return out;
}

/** Idle figures on the page at `path` (which creates `window.client` after the widget). */
export async function measureIdle(browser, origin, path, { windowMs }) {
  const sealed = await sealedContext(browser);
  const { context } = sealed;
  // A string script with a sourceURL, so the probe can skip its own frames in stack traces.
  await context.addInitScript({
    content: `(${timerProbe})(${JSON.stringify([WIDGET_PATH, LAZY_PATH])});\n//# sourceURL=bench-probe.js`,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path);
  const ready = await whenReady(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const snapshot = () => page.evaluate(() => window.__timerProbe.snapshot());
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
  async function quietWindow(label, enforced, loaded) {
    const s0 = await snapshot();
    const m0 = await metrics();
    await sleep(windowMs);
    const s1 = await snapshot();
    const m1 = await metrics();
    return {
      label,
      enforced,
      // Whether the lazy part should be there, and whether it was.
      loaded,
      lazyLoaded: await page.evaluate(lazyLoaded),
      ms: windowMs,
      live: s1.live,
      createdDuring: diff(s1.created, s0.created),
      firedDuring: diff(s1.fired, s0.fired),
      createdSinceLoad: s1.created,
      page: {
        scriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
        taskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
        layouts: m1.LayoutCount - m0.LayoutCount,
        styleRecalcs: m1.RecalcStyleCount - m0.RecalcStyleCount,
      },
    };
  }

  const windows = [];
  // Let the first render and its deferred effects finish before the first quiet window.
  await sleep(300);
  windows.push(await quietWindow('not loaded, no problem', true, false));
  const load = await page.evaluate(() => window.TRTCDoctor.doctor.load());
  await sleep(300);
  windows.push(await quietWindow('loaded, panel closed, no problem', true, true));
  await page.evaluate(() => window.TRTCDoctor.doctor.open());
  await sleep(300);
  windows.push(await quietWindow('loaded, panel open, no problem', true, true));

  // A problem. From the real SDK: publish before join rejects with INVALID_OPERATION; from the
  // fake one: the client emits PLAY_NOT_ALLOWED.
  const problem = await page.evaluate(async () => {
    const doctor = window.TRTCDoctor.doctor;
    let error;
    if (window.__bench) {
      error = new window.__bench.RtcError({
        code: 0x4043,
        message: 'play() failed: NotAllowedError <PLAY_NOT_ALLOWED 0x4043>',
      });
      window.client._emit('error', error);
    } else {
      try {
        await window.client.publish(window.TRTC.createStream({ audio: false, video: false }));
      } catch (e) {
        error = e;
      }
    }
    // What the recorder queued reaches the engine at the end of the task, or once the words it
    // reads have loaded (a problem waits for its part of the language): up to 2 s.
    const wait = (ms) =>
      new Promise((resolve) => window.__timerProbe.orig.setTimeout.call(window, resolve, ms));
    for (let i = 0; i < 40 && doctor.problems.value.length === 0; i++) await wait(50);
    const watched = doctor.problems.value.length > 0;
    if (!watched && error) doctor.capture(error);
    return {
      error: error ? `${error.name}: ${error.message}`.replace(/\s+/g, ' ').slice(0, 160) : null,
      capturedByWrapper: watched,
      problems: doctor.problems.value.length,
    };
  });
  await sleep(300);
  windows.push(await quietWindow('loaded, panel open, one problem shown', false, true));

  await page.evaluate(() => window.TRTCDoctor.doctor.destroy());
  await sleep(300);
  const afterDestroy = await snapshot();
  const elementLeft = await page.evaluate(() => document.querySelectorAll('trtc-doctor').length);

  await context.close();
  return {
    path,
    ready: ready != null,
    load,
    windows,
    problem,
    afterDestroy: { live: afterDestroy.live, elements: elementLeft },
    blocked: sealed.blocked,
    errors,
  };
}
