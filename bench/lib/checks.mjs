// The budgets of issues 6 and 10 for the browser figures: each check is `{ name, ok, detail }`,
// and `--check` fails on any that is not ok.
import { counts, megabytes, ms } from './format.mjs';
import { byWidget } from './idle.mjs';
import { LONG_MS, US_PER_EVENT, US_PER_EVENT_LIMIT } from './storm.mjs';

/** Heap may grow this much over a storm (after GC): the bounded buffers, not the events. */
export const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;

/** The limits to hold the doctor to: its exports, or failing that what its behaviour shows. */
export function limitsOf(storm) {
  const exported = storm.setup.limits;
  const [first, second] = storm.storms.filter((s) => s.warm);
  const fed = storm.storms[0]?.events ?? 0;
  const limits = { problems: null, timeline: null, source: 'exported by TRTCDoctor' };
  if (exported.MAX_PROBLEMS != null && exported.MAX_TIMELINE_ENTRIES != null) {
    limits.problems = exported.MAX_PROBLEMS;
    limits.timeline = exported.MAX_TIMELINE_ENTRIES;
    return limits;
  }
  const source = storm.sourceLimits;
  if (source?.MAX_PROBLEMS != null && source?.MAX_TIMELINE_ENTRIES != null) {
    limits.problems = source.MAX_PROBLEMS;
    limits.timeline = source.MAX_TIMELINE_ENTRIES;
    limits.source = `not exported by TRTCDoctor: read from ${source.file}`;
    return limits;
  }
  // Neither: a plateau below the number fed in is the limit in force.
  limits.source = 'inferred from behaviour (not exported, not found in the source)';
  if (first && second && first.timeline === second.timeline && first.timeline < fed)
    limits.timeline = first.timeline;
  if (storm.distinct && storm.distinct.problems < storm.distinct.count)
    limits.problems = storm.distinct.problems;
  return limits;
}

/** What a storm's heap growth is counted from: nothing loaded, or the heap the load left. */
export function heapBase(storm, s) {
  const first = storm.storms[0];
  if (s.preLoad || !first?.preLoad) return { bytes: storm.heapBefore, since: 'the page was ready' };
  return { bytes: first.heapAfter, since: 'the load' };
}

/** Every budget, as `{ name, ok, detail }`. */
export function judge(results) {
  const checks = [];
  const add = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail });
  const { load, idle, storm } = results;

  for (const l of load ?? [])
    add(
      `load (${l.label}): widget ready`,
      l.readyRuns === l.runs,
      `${l.readyRuns} of ${l.runs} loads`,
    );

  for (const i of idle ?? []) judgeIdle(i, add);
  for (const run of storm?.runs ?? []) judgeStorm(run, add);
  const parts = [...(load ?? []), ...(idle ?? []), ...(storm?.runs ?? [])];
  const errors = parts.flatMap((p) => p.errors);
  add(
    'no uncaught page error',
    !errors.length,
    errors.length ? errors.slice(0, 3).join(' | ') : 'none',
  );
  const blocked = parts.flatMap((p) => p.blocked);
  add(
    'no request off loopback',
    !blocked.length,
    blocked.length ? blocked.slice(0, 3).join(', ') : 'none',
  );
  return checks;
}

function judgeIdle(idle, add) {
  const on = `(${idle.label})`;
  add(
    `idle ${on}: widget ready`,
    idle.ready,
    idle.ready ? 'ready' : 'no TRTCDoctor.doctor or no <trtc-doctor> element',
  );
  for (const w of idle.windows.filter((x) => x.enforced)) {
    add(
      `idle ${on}, ${w.label}: lazy part ${w.loaded ? 'loaded' : 'not loaded'}`,
      w.lazyLoaded === w.loaded,
      w.lazyLoaded ? 'loaded' : 'not loaded',
    );
    const live = byWidget(w.live);
    const fired = byWidget(w.firedDuring);
    add(
      `idle ${on}, ${w.label}: nothing of the widget live`,
      !Object.keys(live).length,
      `live: ${counts(live)}`,
    );
    add(
      `idle ${on}, ${w.label}: no widget callback ran`,
      !Object.keys(fired).length,
      `ran: ${counts(fired)}`,
    );
  }
  const leftover = byWidget(idle.afterDestroy.live);
  add(
    `destroy() ${on}: no timer or observer left`,
    !Object.keys(leftover).length,
    `live: ${counts(leftover)}`,
  );
  add(
    `destroy() ${on}: element removed`,
    idle.afterDestroy.elements === 0,
    `${idle.afterDestroy.elements} <trtc-doctor> left`,
  );
}

function judgeStorm(storm, add) {
  const limits = limitsOf(storm);
  add(
    `storm ${storm.sdk}: the lazy part not loaded before the first error`,
    !storm.setup.lazyLoaded && storm.setup.problems === 0,
    storm.setup.lazyLoaded ? 'loaded before any error' : 'not loaded',
  );
  for (const s of storm.storms) {
    const name = `storm ${storm.sdk}, ${s.label}`;
    if (s.tabShown === false)
      add(`${name}: tab shown`, false, 'the tab was not found or not selected');
    add(`${name}: no listener threw`, s.listenerThrew === 0, `${s.listenerThrew} threw`);
    add(
      `${name}: every event counted`,
      s.counted === s.events,
      `${s.counted} of ${s.events} occurrences`,
    );
    if (s.budgeted) {
      add(
        `${name}: ours <= ${US_PER_EVENT_LIMIT} us per event (no regression)`,
        s.widgetUsPerEvent <= US_PER_EVENT_LIMIT,
        `${s.widgetUsPerEvent.toFixed(2)} us (a no-op listener ${s.noopUsPerEvent.toFixed(3)} us); ` +
          `budget ${US_PER_EVENT} us: ${s.widgetUsPerEvent <= US_PER_EVENT ? 'met' : 'OVER'}`,
      );
    }
    add(
      `${name}: problems within the limit`,
      limits.problems != null && s.problems <= limits.problems,
      `${s.problems} of ${limits.problems ?? 'unknown'}`,
    );
    add(
      `${name}: timeline within the limit`,
      limits.timeline != null && s.timeline <= limits.timeline,
      `${s.timeline} of ${limits.timeline ?? 'unknown'}`,
    );
    // Before the load: from the page with nothing loaded (the lazy part comes in); loaded: from
    // the heap the load left.
    const base = heapBase(storm, s);
    const growth = s.heapAfter - base.bytes;
    add(
      `${name}: heap growth after GC < ${megabytes(HEAP_GROWTH_LIMIT)} (since ${base.since})`,
      growth < HEAP_GROWTH_LIMIT,
      megabytes(growth, true),
    );
    add(
      `${name}: the launcher's badge written at most once per frame`,
      s.maxBadgeWritesInOneFrame <= 1,
      `${s.badgeWrites} writes, at most ${s.maxBadgeWritesInOneFrame} in one frame`,
    );
    add(`${name}: the widget rendered the storm`, s.renders > 0, `${s.renders} renders`);
    add(
      `${name}: the widget settled`,
      s.settled,
      s.settled ? ms(s.settleMs) : `still changing after ${ms(s.settleMs)}`,
    );
    // The first render after the load is the panel's first (cold): open-panel.mjs budgets that.
    if (!s.warm) continue;
    add(
      `${name}: at most one render per frame`,
      s.maxRendersInOneFrame <= 1,
      `${s.renders} renders, at most ${s.maxRendersInOneFrame} in one frame`,
    );
    add(`${name}: each render < ${LONG_MS} ms`, s.longestRenderMs < LONG_MS, ms(s.longestRenderMs));
    add(
      `${name}: no long task or frame of the widget after the burst`,
      s.longestWidgetFrameMs < LONG_MS,
      s.longestWidgetFrameMs ? ms(s.longestWidgetFrameMs) : 'none',
    );
  }
  if (storm.distinct) {
    add(
      `storm ${storm.sdk}, distinct sources: problems within the limit`,
      limits.problems != null && storm.distinct.problems <= limits.problems,
      `${storm.distinct.problems} of ${limits.problems ?? 'unknown'}`,
    );
  }
}
