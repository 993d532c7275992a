// The storm, as it runs inside the page. Serialised into the page by `page.evaluate`, so it uses
// nothing from this module's scope.

/**
 * Emits `n` errors from `window.__bench[clientKey]` in one synchronous burst (a timer task, like
 * a socket message), then waits until the panel has stopped changing, and returns what happened:
 * burst time, every batch of shadow-DOM mutations (with the frame it landed in), every animation
 * frame, and the long tasks / long animation frames the browser reported.
 */
export async function stormInPage({ n, kinds, clientKey, settleFrames, maxSettleMs }) {
  const bench = window.__bench;
  const client = bench[clientKey];
  const { RtcError } = bench;
  const root = document.querySelector('trtc-doctor')?.shadowRoot ?? null;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  // The errors are made before the clock starts: making 100,000 Errors (each captures a stack)
  // costs the host more than the widget's work and varies with the collector, which would drown
  // the widget's share. Each event still carries its own new object, as from the SDK.
  const errors = Array.from({ length: n }, (_, i) => new RtcError(kinds[i % kinds.length]));

  // A batch is what one MutationObserver callback delivers: the DOM changes made between two
  // microtask checkpoints. `frame` is the start time of the animation frame it landed in.
  const batches = [];
  const observer = new MutationObserver((records) => {
    batches.push({
      t: performance.now(),
      frame: document.timeline.currentTime,
      records: records.length,
    });
  });
  if (root)
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });

  const longTasks = [];
  const longFrames = [];
  const taskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  const frameObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longFrames.push({
        start: e.startTime,
        duration: e.duration,
        renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: (e.scripts || []).map((s) => ({
          url: s.sourceURL,
          invoker: s.invoker,
          start: s.startTime,
          duration: s.duration,
          forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }
  });
  const supported = PerformanceObserver.supportedEntryTypes || [];
  if (supported.includes('longtask')) taskObserver.observe({ type: 'longtask' });
  if (supported.includes('long-animation-frame'))
    frameObserver.observe({ type: 'long-animation-frame' });

  const frames = [];
  let recording = true;
  (async () => {
    while (recording) frames.push(await nextFrame());
  })();
  await nextFrame();
  await nextFrame();
  await nextTask();

  let threw = 0;
  // A MutationObserver callback runs only after the burst, so it would see 100,000 renders made
  // during the burst as one batch: `takeRecords()` after every event catches them one by one.
  let rendersInBurst = 0;
  let recordsInBurst = 0;
  const burstStart = performance.now();
  for (let i = 0; i < n; i++) {
    try {
      client._emit('error', errors[i]);
    } catch {
      threw++;
    }
    const records = observer.takeRecords().length;
    if (records) {
      rendersInBurst++;
      recordsInBurst += records;
    }
  }
  const burstEnd = performance.now();

  // Settled: `settleFrames` frames in a row without a DOM change (or the deadline).
  let quiet = 0;
  while (quiet < settleFrames && performance.now() - burstEnd < maxSettleMs) {
    const before = batches.length;
    await nextFrame();
    quiet = batches.length === before ? quiet + 1 : 0;
  }
  const settledAt = performance.now();
  // Kept until now so that collecting them does not land in the frames after the burst.
  errors.length = 0;
  recording = false;
  observer.disconnect();
  // Performance entries are delivered late: give them a few frames, then take the rest.
  for (let i = 0; i < 5; i++) await nextFrame();
  for (const e of taskObserver.takeRecords())
    longTasks.push({ start: e.startTime, duration: e.duration });
  taskObserver.disconnect();
  frameObserver.disconnect();

  const doctor = window.TRTCDoctor && window.TRTCDoctor.doctor;
  return {
    n,
    threw,
    hasRoot: Boolean(root),
    burstStart,
    burstEnd,
    settledAt,
    settled: quiet >= settleFrames,
    rendersInBurst,
    recordsInBurst,
    batches,
    frames,
    longTasks,
    longFrames,
    longFramesSupported: supported.includes('long-animation-frame'),
    problems: doctor ? doctor.problems.value.length : null,
    timeline: doctor ? doctor.timeline.value.length : null,
    totalCount: doctor ? doctor.problems.value.reduce((sum, p) => sum + (p.count || 0), 0) : null,
  };
}

/** Creates `count` clients through `TRTC.createClient`, each emitting one error of its own. */
export function distinctSourcesInPage({ count, kinds }) {
  const { RtcError } = window.__bench;
  const doctor = window.TRTCDoctor.doctor;
  let watchedByWrapper = 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const client = window.TRTC.createClient({ mode: 'rtc', sdkAppId: 1400000000, userId: `u${i}` });
    if (client.listenerCount('error') > 0) watchedByWrapper++;
    else doctor.watchClient(client, `bench client ${i}`);
    client._emit('error', new RtcError(kinds[i % kinds.length]));
  }
  return {
    count,
    watchedByWrapper,
    ms: performance.now() - start,
    problems: doctor.problems.value.length,
    timeline: doctor.timeline.value.length,
  };
}
