// Printing the browser figures as tables, with units.
import { counts, megabytes, ms, table } from './format.mjs';
import { byWidget } from './idle.mjs';
import { limitsOf } from './checks.mjs';

/** Prints every part that ran, then the checks. */
export function print(results) {
  const { load, idle, storm } = results;
  const { cpus, loadBefore, loadAfter } = results.machine;
  console.log(
    `Browser figures (Chromium ${results.chromium}, headless, sealed to loopback; ${cpus} CPUs, load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after)`,
  );
  if (Math.max(loadBefore, loadAfter) > cpus) {
    console.log('  The machine was busy: timings are inflated; run again on a quiet machine.');
  }
  if (load) printLoad(load);
  for (const i of idle ?? []) printIdle(i);
  if (storm) printStorm(storm);
  console.log(`\nChecks (${(results.elapsedMs / 1000).toFixed(1)} s):`);
  for (const c of results.checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
}

function printLoad(load) {
  console.log(
    `\nLoad: widget script tag to ready, median of ${load[0].runs} fresh page loads each`,
  );
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
}

function printIdle(idle) {
  console.log(
    `\nIdle (${idle.label}): the widget watching a client made by TRTC.createClient after it loaded`,
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
          counts(byWidget(w.live)),
          counts(byWidget(w.firedDuring)),
          counts(others),
          ms(w.page.scriptMs),
          String(w.page.layouts),
        ];
      }),
    ),
  );
  console.log(
    `  created by the widget since load: ${counts(byWidget(idle.windows.at(-1).createdSinceLoad))}`,
  );
  console.log(
    `  the problem (info window): ${idle.problem.error ?? 'no error'}; ${idle.problem.capturedByWrapper ? 'caught by the doctor on its own' : 'not caught on its own: passed to capture()'}`,
  );
  console.log(
    `  after destroy(): live ${counts(byWidget(idle.afterDestroy.live))}, elements ${idle.afterDestroy.elements}`,
  );
}

function printStorm(storm) {
  const limits = limitsOf(storm);
  console.log(
    `\nStorm: ${storm.storms[0]?.events.toLocaleString('en-US')} error events in one burst, panel open (client ${storm.setup.viaWrapper ? 'watched through TRTC.createClient' : 'watched by watchClient()'})`,
  );
  if (storm.attempts?.length > 1) {
    const list = storm.attempts.map((a) => ms(a.slowestFrameMs)).join(', ');
    console.log(`  best of ${storm.attempts.length} runs (slowest frame in each: ${list})`);
  }
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
        [
          'longest render (script: frame start to DOM updated)',
          ...storm.storms.map((s) => ms(s.longestRenderMs)),
        ],
        [
          "longest frame after burst (widget's work)",
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
  for (const s of storm.storms) {
    for (const f of s.longFramesAfterBurst) {
      const scripts = f.scripts.map((x) => `${x.url || x.invoker} ${ms(x.duration)}`).join(', ');
      console.log(
        `  ${s.label}: long frame ${ms(f.duration)}, ${ms(f.afterBurst)} after the burst, of which the widget's ${ms(f.widgetMs)} (rendering ${ms(f.renderMs)}, style+layout ${ms(f.styleAndLayoutMs)}); scripts: ${scripts || 'none over 5 ms'}`,
      );
    }
  }
}
