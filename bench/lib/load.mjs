// Load: from the widget's script tag to ready, over fresh page loads (a new browser context each,
// so nothing is cached and the script is fetched, compiled and run every time).
import { sealedContext } from './chromium.mjs';
import { median } from './format.mjs';
import { WIDGET_PATH, whenReady } from './pages.mjs';

/**
 * Loads `path` `runs` times. Per run: `tag` = after the tag minus before it (fetch, compile,
 * run); `evaluate` = after the tag minus the later of (before the tag, the script's responseEnd),
 * i.e. compile and run only; `ready` = ready minus before the tag; `mount` = ready minus the later
 * of (after the tag, DOMContentLoaded), the widget's own share of the wait for the DOM.
 */
export async function measureLoad(browser, origin, path, runs) {
  const samples = [];
  const blocked = [];
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const sealed = await sealedContext(browser);
    const page = await sealed.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(origin + path);
    const ready = await whenReady(page);
    const marks = await page.evaluate((widget) => {
      const b = window.__b;
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(widget));
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        t0: b.t0,
        t1: b.t1,
        ready: b.ready ?? null,
        dcl: nav ? nav.domContentLoadedEventStart : null,
        responseEnd: entry?.responseEnd ?? null,
      };
    }, WIDGET_PATH);
    blocked.push(...sealed.blocked);
    await sealed.context.close();
    if (ready == null) {
      samples.push({ ...marks, ok: false });
      continue;
    }
    samples.push({
      ok: true,
      tag: marks.t1 - marks.t0,
      evaluate: marks.t1 - Math.max(marks.t0, marks.responseEnd ?? marks.t0),
      ready: marks.ready - marks.t0,
      domContentLoaded: marks.dcl == null ? null : marks.dcl - marks.t0,
      // The widget mounts when the DOM is ready: its own share of the wait.
      mount: marks.ready - Math.max(marks.t1, marks.dcl ?? marks.t1),
    });
  }
  const ok = samples.filter((s) => s.ok);
  const med = (key) => (ok.length ? median(ok.map((s) => s[key])) : null);
  return {
    path,
    runs,
    readyRuns: ok.length,
    median: {
      tag: med('tag'),
      evaluate: med('evaluate'),
      domContentLoaded: med('domContentLoaded'),
      ready: med('ready'),
      mount: med('mount'),
    },
    min: { ready: ok.length ? Math.min(...ok.map((s) => s.ready)) : null },
    max: { ready: ok.length ? Math.max(...ok.map((s) => s.ready)) : null },
    samples,
    blocked,
    errors,
  };
}
