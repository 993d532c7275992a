// The storm, as it runs inside the page (a storm page of pages.mjs, set up by `stormSetup`).
// Serialised into the page by `page.evaluate`, so nothing here uses this module's scope.

/**
 * Makes the watched SDK objects (after the widget, so its wrapper of `TRTC.createClient` /
 * `TRTC.create` watches them): `client` and the `spread` ones. Says whether the lazy part was
 * loaded already (it must not be: nothing has gone wrong yet).
 */
export async function setupInPage({ watched, spread }) {
  const bench = window.__bench;
  bench.ErrorClass = await bench.errorClass;
  bench.client = bench.make(watched);
  bench.spread = spread.map((config, i) => {
    bench[`spread${i}`] = bench.make(config);
    return `spread${i}`;
  });
  const exported = window.TRTCDoctor;
  return {
    errorClass: Boolean(bench.ErrorClass),
    spreadKeys: bench.spread,
    lazyLoaded: performance.getEntriesByType('resource').some((r) => r.name.includes('/lazy/')),
    problems: exported.doctor.problems.value.length,
    limits: {
      MAX_PROBLEMS: exported.MAX_PROBLEMS ?? null,
      MAX_TIMELINE_ENTRIES: exported.MAX_TIMELINE_ENTRIES ?? null,
    },
  };
}

/**
 * The storm: `n` new errors made with the SDK's own class (`kinds` in turn), `chunk` at a time
 * right before they are emitted (outside the clock: each captures a stack, which costs the host
 * more than the widget's work; then collected into the old generation, with `gc()` exposed) and
 * dropped after. Each chunk
 * goes through the two SDK objects the widget does not watch (no listener; one no-op listener;
 * the fastest of `repeats` runs each) and through the watched `keys` (one in turn per task), in an order that turns with each chunk;
 * the chunks run in `tasks` tasks (MessageChannel messages, as socket messages come). Then waits
 * until the widget has stopped changing the DOM (`settleFrames` frames in a row, and with
 * `waitForProblems` until the lazy part has shown problems), and returns what happened: every
 * batch of DOM changes in the widget's shadow roots (those that touch a launcher badge counted
 * apart) with the animation frame it landed in, every frame, and the long tasks / long animation
 * frames the browser reported.
 */
export async function stormInPage(options) {
  const { n, kinds, chunk, keys, tasks, repeats, settleFrames, maxSettleMs, waitForProblems } =
    options;
  const bench = window.__bench;
  const doctor = window.TRTCDoctor.doctor;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const BADGE = '[part="badge"]';
  const isBadge = (node) => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!el) return false;
    if (el.closest(BADGE)) return true;
    // The mini launcher's badge (before the lazy part is there).
    return Boolean(el.closest('.b') && el.getRootNode().host?.hasAttribute('data-mini'));
  };
  const holdsBadge = (node) =>
    node.nodeType === 1 &&
    (isBadge(node) ||
      Boolean(node.querySelector?.(`${BADGE}, .b`)) ||
      Boolean(node.shadowRoot?.querySelector(`${BADGE}, .b`)));

  // A batch is what one MutationObserver callback (or one takeRecords() in a loop) delivers.
  // `frame`: the start of the animation frame it landed in; `since`: when its work could start
  // (the frame's start, or the end of the storm's task it followed in the same turn).
  const batches = [];
  let lastTaskEnd = -Infinity;
  const observer = new MutationObserver((records) => note(records, false));
  const watchRoot = (host) => {
    if (host.shadowRoot) {
      observer.observe(host.shadowRoot, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }
  };
  function note(records, inTask) {
    let badge = 0;
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (r.target === document.body) {
        // The panel's host replacing the mini launcher's (the lazy part is there).
        for (const node of r.addedNodes) if (node.localName === 'trtc-doctor') watchRoot(node);
        if (nodes.some((node) => node.localName === 'trtc-doctor' && holdsBadge(node))) badge++;
      } else if (isBadge(r.target) || nodes.some(holdsBadge)) badge++;
    }
    const t = performance.now();
    const frame = document.timeline.currentTime;
    batches.push({
      t,
      frame,
      since: Math.max(frame, lastTaskEnd),
      records: records.length,
      badge,
      inTask,
    });
  }
  document.querySelectorAll('trtc-doctor').forEach(watchRoot);
  observer.observe(document.body, { childList: true });

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
        })),
      });
    }
  });
  const supported = PerformanceObserver.supportedEntryTypes || [];
  if (supported.includes('longtask')) taskObserver.observe({ type: 'longtask' });
  if (supported.includes('long-animation-frame'))
    frameObserver.observe({ type: 'long-animation-frame' });

  // Each chunk runs in a task of its own, as a socket message would.
  const channel = new MessageChannel();
  const inTasks = (count, run) =>
    new Promise((done) => {
      let i = 0;
      channel.port1.onmessage = () => {
        run(i);
        lastTaskEnd = performance.now();
        if (++i < count) channel.port2.postMessage(0);
        else done();
      };
      channel.port2.postMessage(0);
    });
  const onRecords = (records) => note(records, true);

  const frames = [];
  let recording = true;
  (async () => {
    while (recording) frames.push(await nextFrame());
  })();
  await nextFrame();
  await nextFrame();

  const ORDERS = [
    ['quiet', 'noop', 'ours'],
    ['noop', 'ours', 'quiet'],
    ['ours', 'quiet', 'noop'],
  ];
  const totals = { quiet: 0, noop: 0, ours: 0 };
  let threw = 0;
  let makeMs = 0;
  let chunks = 0;
  let sample = '';
  const perTask = Math.ceil(n / tasks);
  let burstStart = 0;
  await inTasks(tasks, (i) => {
    if (!i) burstStart = performance.now();
    const end = Math.min(n, (i + 1) * perTask);
    for (let from = i * perTask; from < end; from += chunk) {
      const start = performance.now();
      const errors = Array.from(
        { length: Math.min(chunk, end - from) },
        (_, j) => new bench.ErrorClass({ ...kinds[(from + j) % kinds.length] }),
      );
      // Two minor collections move the chunk out of the nursery: the collections our own
      // allocations cause then copy what we keep, not the host's new errors.
      if (typeof window.gc === 'function') {
        window.gc({ type: 'minor' });
        window.gc({ type: 'minor' });
      }
      makeMs += performance.now() - start;
      sample ||= String(errors[0].message).slice(0, 120);
      for (const which of ORDERS[chunks++ % ORDERS.length]) {
        if (which === 'ours') {
          const result = bench.burst(keys[i % keys.length], errors, observer, onRecords);
          totals.ours += result.ms;
          threw += result.threw;
        } else {
          // Nothing is kept by these: the fastest of a few runs is their cost.
          let fastest = Infinity;
          for (let r = 0; r < repeats; r++) {
            fastest = Math.min(fastest, bench.burst(which, errors, observer, onRecords).ms);
          }
          totals[which] += fastest;
        }
      }
    }
  });
  const burstEnd = lastTaskEnd;
  const framesDuring = frames.filter((t) => t > burstStart && t < burstEnd).length;

  // Settled: `settleFrames` frames in a row without a DOM change (or the deadline).
  let quiet = 0;
  let problemsAt = null;
  const shown = () => doctor.problems.value.length > 0;
  while (
    (quiet < settleFrames || (waitForProblems && !shown())) &&
    performance.now() - burstEnd < maxSettleMs
  ) {
    const before = batches.length;
    await nextFrame();
    if (problemsAt == null && shown()) problemsAt = performance.now();
    quiet = batches.length === before ? quiet + 1 : 0;
  }
  const settledAt = performance.now();
  recording = false;
  observer.disconnect();
  // Performance entries are delivered late: give them a few frames, then take the rest.
  for (let i = 0; i < 5; i++) await nextFrame();
  for (const e of taskObserver.takeRecords())
    longTasks.push({ start: e.startTime, duration: e.duration });
  taskObserver.disconnect();
  frameObserver.disconnect();
  channel.port1.close();

  const part = performance
    .getEntriesByType('resource')
    .find((r) => r.name.endsWith('/lazy/panel.js'));
  return {
    n,
    gcExposed: typeof window.gc === 'function',
    tasks,
    threw,
    totals,
    made: { ms: makeMs, chunks, sample },
    burstStart,
    burstEnd,
    settledAt,
    framesDuring,
    settled: quiet >= settleFrames && (!waitForProblems || shown()),
    problemsAt,
    partFetchedAt: part ? part.responseEnd : null,
    batches,
    frames,
    longTasks,
    longFrames,
    longFramesSupported: supported.includes('long-animation-frame'),
    problems: doctor.problems.value.length,
    timeline: doctor.timeline.value.length,
    totalCount: doctor.problems.value.reduce((sum, p) => sum + (p.count || 0), 0),
  };
}

/**
 * Makes an SDK object per config, each emitting one error: through the widget's wrapper
 * (`watched`), or with the SDK's own function, for what the SDK itself costs.
 */
export async function distinctSourcesInPage({ configs, kinds, watched }) {
  const bench = window.__bench;
  const doctor = window.TRTCDoctor.doctor;
  const make = watched ? bench.make : bench.makeUnwatched;
  const start = performance.now();
  configs.forEach((config, i) => {
    const target = make(config);
    bench.emitterOf(target).emit('error', new bench.ErrorClass({ ...kinds[i % kinds.length] }));
  });
  const ms = performance.now() - start;
  // What the recorder queued reaches the engine at the end of the task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return {
    count: configs.length,
    ms,
    problems: doctor.problems.value.length,
    timeline: doctor.timeline.value.length,
  };
}
