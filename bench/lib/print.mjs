// Printing the browser figures as tables, with units.
import { counts, median, megabytes, ms, table } from './format.mjs';
import { byWidget } from './idle.mjs';
import { heapBase, limitsOf } from './checks.mjs';
import { CHUNK } from './storm.mjs';

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
  if (storm) printStorms(storm);
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
        'lazy part',
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
          w.lazyLoaded ? 'loaded' : 'not loaded',
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

const usText = (n) => `${n.toFixed(2)} us`;

/** The storm of each SDK, then their per-event figures side by side. */
function printStorms(storm) {
  for (const run of storm.runs) printStorm(run, storm.firstIntlMs);
  console.log('\nStorm, per event (ours = burst minus the same burst with no listener):');
  const rows = [];
  for (const run of storm.runs) {
    for (const s of run.storms.filter((x) => x.budgeted || x.tasks > 1)) {
      rows.push([
        `${run.sdk}, ${s.label}`,
        usText(s.widgetUsPerEvent),
        `${s.noopUsPerEvent.toFixed(3)} us`,
        s.ratioToNoop == null ? 'n/a' : `${s.ratioToNoop.toFixed(0)}x`,
        `${s.badgeWrites} / ${s.maxBadgeWritesInOneFrame}`,
      ]);
    }
  }
  console.log(
    table(
      ['storm', 'ours', 'a no-op listener', 'ours / no-op', 'badge writes / max per frame'],
      rows,
    ),
  );
}

function printStorm(storm, firstIntl) {
  const limits = limitsOf(storm);
  const first = storm.storms[0];
  console.log(
    `\nStorm (${storm.sdk}): ${first?.events.toLocaleString('en-US')} error events per storm, each a new error of the real ${storm.sdk} SDK's own class, emitted through its own emitter`,
  );
  console.log(
    `  the SDK's own emit of one such error event, no listener: ${usText(storm.ownEmitUs)}${storm.sdk === 'v5' ? ' (it logs each event with JSON.stringify: the storms emit through the eventemitter3 emit under it)' : ''}`,
  );
  console.log(
    `  errors made ${CHUNK} at a time right before they are emitted, outside the clock (${ms(first?.made.ms)} for a storm)${first?.gcExposed ? ', collected into the old generation (two minor GCs) so the collections our allocations cause copy only what we keep,' : ''} and dropped after; each chunk also goes, in a turning order, through an SDK object with no listener and one with a no-op listener; e.g. "${first?.made.sample}"`,
  );
  if (storm.attempts?.length > 1) {
    const list = storm.attempts
      .map((a) => `${a.misses} missed, median ${usText(median(a.usPerEvent))}`)
      .join('; ');
    console.log(`  best of ${storm.attempts.length} fresh pages (${list})`);
  }
  console.log(
    `  heap before: ${megabytes(storm.heapBefore)} (after GC, nothing loaded, no problem); the loaded storms run after the first render with problems (warm), which pays the browser's first Intl.RelativeTimeFormat (${ms(firstIntl)} in a fresh page)`,
  );
  const each = (f) => storm.storms.map(f);
  console.log(
    table(
      ['', ...each((s) => s.label)],
      [
        ['tasks / frames during them', ...each((s) => `${s.tasks} / ${s.framesDuring}`)],
        ['storm (host tasks)', ...each((s) => ms(s.stormMs))],
        ['same errors, no listener (fastest of 3 a chunk)', ...each((s) => ms(s.quietMs))],
        ['same errors, a no-op listener (fastest of 3)', ...each((s) => ms(s.noopMs))],
        ['ours per event', ...each((s) => usText(s.widgetUsPerEvent))],
        ['a no-op listener per event', ...each((s) => `${s.noopUsPerEvent.toFixed(3)} us`)],
        [
          'ours / no-op',
          ...each((s) => (s.ratioToNoop == null ? 'n/a' : `${s.ratioToNoop.toFixed(0)}x`)),
        ],
        ['occurrences counted', ...each((s) => String(s.counted))],
        ['renders / max in one frame', ...each((s) => `${s.renders} / ${s.maxRendersInOneFrame}`)],
        [
          'badge writes / max in one frame',
          ...each((s) => `${s.badgeWrites} / ${s.maxBadgeWritesInOneFrame}`),
        ],
        [
          'longest render (its start to DOM updated)',
          ...each((s) => `${ms(s.longestRenderMs)}${s.warm ? '' : ' (cold)'}`),
        ],
        [
          "longest frame after burst (widget's work)",
          ...each((s) => (s.longestWidgetFrameMs ? ms(s.longestWidgetFrameMs) : 'none >= 50 ms')),
        ],
        [
          "the storm's long task (the errors made in it too)",
          ...each((s) => (s.burstTaskMs == null ? 'none >= 50 ms' : ms(s.burstTaskMs))),
        ],
        [
          'lazy part fetched / problems shown after',
          ...each((s) =>
            s.preLoad ? `${ms(s.partFetchedAfterMs)} / ${ms(s.problemsAfterMs)}` : '-',
          ),
        ],
        [
          'last render after the storm',
          ...each((s) => (s.lastRenderAfterMs < 0 ? 'during it' : ms(s.lastRenderAfterMs))),
        ],
        ['problems kept', ...each((s) => String(s.problems))],
        ['timeline entries kept', ...each((s) => String(s.timeline))],
        [
          'heap after (GC), and since the page was ready or the load',
          ...each(
            (s) =>
              `${megabytes(s.heapAfter)} (${megabytes(s.heapAfter - heapBase(storm, s).bytes, true)})`,
          ),
        ],
        [
          'heap change since the storm before',
          ...each((s, i) =>
            megabytes(s.heapAfter - (i ? storm.storms[i - 1].heapAfter : storm.heapBefore), true),
          ),
        ],
      ],
    ),
  );
  if (storm.distinct) {
    const d = storm.distinct;
    console.log(
      `  ${d.count} distinct SDK objects, one error each: ${ms(d.ms)} (the SDK alone: ${ms(d.sdkOnlyMs)}), problems kept ${d.problems}, timeline ${d.timeline}, heap ${megabytes(d.heapAfter)} (${megabytes(d.heapAfter - d.heapSdkOnly, true)} beside the same objects unwatched)`,
    );
  }
  console.log(
    `  limits: MAX_PROBLEMS ${limits.problems ?? '?'}, MAX_TIMELINE_ENTRIES ${limits.timeline ?? '?'} (${limits.source})`,
  );
  for (const s of storm.storms.filter((x) => x.profile)) {
    console.log(`  CPU profile of "${s.label}" (${s.profile.file}), hottest lines by own samples:`);
    for (const { where, share } of s.profile.hot) {
      console.log(`    ${(share * 100).toFixed(1).padStart(5)}%  ${where}`);
    }
  }
  for (const s of storm.storms) {
    for (const f of s.longFramesAfterBurst) {
      const scripts = f.scripts.map((x) => `${x.url || x.invoker} ${ms(x.duration)}`).join(', ');
      console.log(
        `  ${s.label}: long frame ${ms(f.duration)}, ${ms(f.afterBurst)} after the burst, of which the widget's ${ms(f.widgetMs)} (rendering ${ms(f.renderMs)}, style+layout ${ms(f.styleAndLayoutMs)}); scripts: ${scripts || 'none over 5 ms'}`,
      );
    }
  }
}
