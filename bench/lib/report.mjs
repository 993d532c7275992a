// Judging and printing the browser figures. The budgets of issue 6 live here, in `judge`.
import { megabytes, ms, table } from './format.mjs';
import { byWidget } from './idle.mjs';
import { LONG_MS } from './storm.mjs';

/** Heap may grow this much over a storm (after GC): the bounded buffers, not the events. */
export const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;

const list = (counts) =>
  Object.keys(counts).length
    ? Object.entries(counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')
    : 'none';

/** The limits to hold the doctor to: its exports, or failing that what its behaviour shows. */
export function limitsOf(storm) {
  const exported = storm.setup.limits;
  const [first, second] = storm.storms;
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

/** Every budget, as `{ name, ok, detail }`. */
export function judge(results) {
  const checks = [];
  const add = (name, ok, detail) => checks.push({ name, ok: Boolean(ok), detail });
  const { load, idle, storm } = results;

  for (const l of load)
    add(
      `load (${l.label}): widget ready`,
      l.readyRuns === l.runs,
      `${l.readyRuns} of ${l.runs} loads`,
    );

  add(
    'idle: widget ready',
    idle.ready,
    idle.ready ? 'ready' : 'no TRTCDoctor.doctor or no <trtc-doctor> element',
  );
  for (const w of idle.windows.filter((x) => x.enforced)) {
    const live = byWidget(w.live);
    const fired = byWidget(w.firedDuring);
    add(
      `idle (${w.label}): nothing of the widget live`,
      !Object.keys(live).length,
      `live: ${list(live)}`,
    );
    add(
      `idle (${w.label}): no widget callback ran`,
      !Object.keys(fired).length,
      `ran: ${list(fired)}`,
    );
  }
  const leftover = byWidget(idle.afterDestroy.live);
  add(
    'destroy(): no timer or observer left',
    !Object.keys(leftover).length,
    `live: ${list(leftover)}`,
  );
  add(
    'destroy(): element removed',
    idle.afterDestroy.elements === 0,
    `${idle.afterDestroy.elements} <trtc-doctor> left`,
  );

  const limits = limitsOf(storm);
  for (const s of storm.storms) {
    const name = s.label;
    if (s.tabShown === false)
      add(`${name}: tab shown`, false, 'the tab was not found or not selected');
    add(
      `${name}: panel open in a shadow root`,
      s.panelShadowRoot,
      s.panelShadowRoot ? 'yes' : 'no shadow root',
    );
    add(`${name}: no listener threw`, s.listenerThrew === 0, `${s.listenerThrew} threw`);
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
    const growth = s.heapAfter - storm.heapBefore;
    add(
      `${name}: heap growth after GC < ${megabytes(HEAP_GROWTH_LIMIT)}`,
      growth < HEAP_GROWTH_LIMIT,
      megabytes(growth, true),
    );
    add(
      `${name}: at most one render per frame`,
      s.renders <= s.framesElapsed,
      `${s.renders} renders in ${s.framesElapsed} frames`,
    );
    add(`${name}: the panel rendered the storm`, s.renders > 0, `${s.renders} renders`);
    add(`${name}: each render < ${LONG_MS} ms`, s.longestRenderMs < LONG_MS, ms(s.longestRenderMs));
    add(
      `${name}: no long task or frame of the widget after the burst`,
      s.longestWidgetFrameMs < LONG_MS,
      s.longestWidgetFrameMs ? ms(s.longestWidgetFrameMs) : 'none',
    );
    add(
      `${name}: the panel settled`,
      s.settled,
      s.settled ? ms(s.settleMs) : `still changing after ${ms(s.settleMs)}`,
    );
  }
  if (storm.distinct) {
    add(
      'distinct sources: problems within the limit',
      limits.problems != null && storm.distinct.problems <= limits.problems,
      `${storm.distinct.problems} of ${limits.problems ?? 'unknown'}`,
    );
  }
  const errors = [...load.flatMap((l) => l.errors), ...idle.errors, ...storm.errors];
  add(
    'no uncaught page error',
    !errors.length,
    errors.length ? errors.slice(0, 3).join(' | ') : 'none',
  );
  const blocked = [...load.flatMap((l) => l.blocked), ...idle.blocked, ...storm.blocked];
  add(
    'no request off loopback',
    !blocked.length,
    blocked.length ? blocked.slice(0, 3).join(', ') : 'none',
  );
  return checks;
}

export function print(results) {
  const { load, idle, storm } = results;
  console.log(`Browser figures (${results.chromium}, headless, sealed to loopback)\n`);

  console.log(`Load: widget script tag to ready, median of ${load[0].runs} fresh page loads each`);
  console.log(
    table(
      [
        'page',
        'tag (fetch+run)',
        'compile+run',
        'tag to DOM ready',
        'mount',
        'tag to ready',
        'ready min..max',
      ],
      load.map((l) => [
        l.label,
        ms(l.median.tag),
        ms(l.median.evaluate),
        ms(l.median.domContentLoaded),
        ms(l.median.mount),
        ms(l.median.ready),
        `${ms(l.min.ready)}..${ms(l.max.ready)}`,
      ]),
    ),
  );

  console.log(
    `\nIdle: widget on a real TRTC client made by TRTC.createClient after the widget loaded`,
  );
  console.log(
    table(
      [
        'window',
        'live (widget)',
        'callbacks ran (widget)',
        'live (other)',
        'page script',
        'layouts',
      ],
      idle.windows.map((w) => {
        const others = Object.fromEntries(
          Object.entries(w.live).filter(([k]) => !k.startsWith('widget ')),
        );
        return [
          `${w.label}${w.enforced ? '' : ' (info)'} ${w.ms / 1000} s`,
          list(byWidget(w.live)),
          list(byWidget(w.firedDuring)),
          list(others),
          ms(w.page.scriptMs),
          String(w.page.layouts),
        ];
      }),
    ),
  );
  console.log(
    `  created by the widget since load: ${list(byWidget(idle.windows.at(-1).createdSinceLoad))}`,
  );
  console.log(
    `  the problem (info window): ${idle.problem.error ?? 'no error'}; ${idle.problem.capturedByWrapper ? 'caught by the doctor on its own' : 'not caught on its own: passed to capture()'}`,
  );
  console.log(
    `  after destroy(): live ${list(byWidget(idle.afterDestroy.live))}, elements ${idle.afterDestroy.elements}`,
  );

  const limits = limitsOf(storm);
  console.log(
    `\nStorm: ${storm.storms[0]?.events.toLocaleString('en-US')} error events in one burst, panel open (client ${storm.setup.viaWrapper ? 'watched through TRTC.createClient' : 'watched by watchClient()'})`,
  );
  console.log(`  heap before: ${megabytes(storm.heapBefore)} (after GC, panel open, no problem)`);
  console.log(
    table(
      ['', ...storm.storms.map((s) => s.label)],
      [
        ['burst (host task)', ...storm.storms.map((s) => ms(s.burstMs))],
        ['same burst, nobody listening', ...storm.storms.map((s) => ms(s.baselineMs))],
        ['per event', ...storm.storms.map((s) => `${s.usPerEvent.toFixed(2)} us`)],
        [
          'widget per event (minus baseline)',
          ...storm.storms.map((s) => `${s.widgetUsPerEvent.toFixed(2)} us`),
        ],
        [
          'renders / frames elapsed',
          ...storm.storms.map((s) => `${s.renders} / ${s.framesElapsed}`),
        ],
        ['renders during the burst', ...storm.storms.map((s) => String(s.rendersInBurst))],
        ['max renders in one frame', ...storm.storms.map((s) => String(s.maxRendersInOneFrame))],
        ['DOM mutation records', ...storm.storms.map((s) => String(s.mutationRecords))],
        ['longest render', ...storm.storms.map((s) => ms(s.longestRenderMs))],
        [
          'longest task/frame after burst',
          ...storm.storms.map((s) =>
            s.longestWidgetFrameMs ? ms(s.longestWidgetFrameMs) : 'none >= 50 ms',
          ),
        ],
        ['longest frame gap after burst', ...storm.storms.map((s) => ms(s.longestFrameGapAfterMs))],
        [
          'burst long task (host)',
          ...storm.storms.map((s) => (s.burstTaskMs == null ? 'none >= 50 ms' : ms(s.burstTaskMs))),
        ],
        ['last render after the burst', ...storm.storms.map((s) => ms(s.lastRenderAfterMs))],
        ['problems kept', ...storm.storms.map((s) => String(s.problems))],
        ['timeline entries kept', ...storm.storms.map((s) => String(s.timeline))],
        ['occurrences counted', ...storm.storms.map((s) => String(s.occurrences))],
        [
          'heap after (GC)',
          ...storm.storms.map(
            (s) => `${megabytes(s.heapAfter)} (${megabytes(s.heapAfter - storm.heapBefore, true)})`,
          ),
        ],
        [
          'heap change since the storm before',
          ...storm.storms.map((s, i) =>
            megabytes(s.heapAfter - (i ? storm.storms[i - 1].heapAfter : storm.heapBefore), true),
          ),
        ],
      ],
    ),
  );
  if (storm.distinct) {
    const d = storm.distinct;
    console.log(
      `  ${d.count} distinct clients, one error each: ${ms(d.ms)}, problems kept ${d.problems}, timeline ${d.timeline}, heap ${megabytes(d.heapAfter)} (${megabytes(d.heapAfter - storm.heapBefore, true)})`,
    );
  }
  console.log(
    `  limits: MAX_PROBLEMS ${limits.problems ?? '?'}, MAX_TIMELINE_ENTRIES ${limits.timeline ?? '?'} (${limits.source})`,
  );

  console.log(`\nChecks (${(results.elapsedMs / 1000).toFixed(1)} s):`);
  for (const c of results.checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
}
