// Code that runs inside the bench pages. Every function here is serialised (`${fn}`) into a page,
// so it must not use anything from this module's scope.

/**
 * A stand-in for the `TRTC` namespace: clients and streams are plain emitters whose `_emit`
 * calls the listeners synchronously, like the SDK's eventemitter3, and `RtcError` is shaped like
 * the SDK's (`getCode()`, `getExtraCode()`, `name`, a message ending in `<NAME 0xhex>`).
 */
export function fakeTrtc() {
  class Emitter {
    constructor() {
      this.listeners = new Map();
    }
    on(event, fn) {
      if (!this.listeners.has(event)) this.listeners.set(event, []);
      this.listeners.get(event).push(fn);
      return this;
    }
    off(event, fn) {
      if (event === '*') this.listeners.clear();
      const list = this.listeners.get(event);
      const at = list ? list.indexOf(fn) : -1;
      if (at >= 0) list.splice(at, 1);
      return this;
    }
    listenerCount(event) {
      return (this.listeners.get(event) || []).length;
    }
    _emit(event, ...args) {
      const list = this.listeners.get(event);
      if (!list) return;
      for (const fn of list.slice()) fn(...args);
    }
  }
  class RtcError extends Error {
    constructor({ code, extraCode = 0, message, name = 'RtcError' }) {
      super(message);
      this.name = name;
      this.code_ = code;
      this.extraCode_ = extraCode;
    }
    getCode() {
      return this.code_;
    }
    getExtraCode() {
      return this.extraCode_;
    }
  }
  window.TRTC = {
    VERSION: '4.15.22',
    createClient: () => new Emitter(),
    createStream: () => new Emitter(),
    checkSystemRequirements: () => Promise.resolve({ result: true, detail: {} }),
    isScreenShareSupported: () => true,
    isSmallStreamSupported: () => true,
  };
  window.__bench = { Emitter, RtcError };
}

/**
 * Marks when the widget is ready: `TRTCDoctor.doctor` exists and the DOM is ready (the panel
 * itself loads at the first problem). Runs right after the widget's script tag; `window.__b.t0` was set right before it.
 */
export function readyProbe() {
  const b = window.__b;
  b.t1 = performance.now();
  const Observer =
    (window.__timerProbe && window.__timerProbe.orig.MutationObserver) || MutationObserver;
  b.whenReady = new Promise((resolve) => {
    const check = () => {
      if (b.ready || !(window.TRTCDoctor && window.TRTCDoctor.doctor)) return;
      // The entry mounts once the DOM is ready; its panel loads at the first problem (lazy).
      if (document.readyState === 'loading') return;
      b.ready = performance.now();
      observer.disconnect();
      resolve(b.ready);
    };
    const observer = new Observer(check);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check);
    check();
  });
}

/**
 * Installed before any page script (an init script): wraps the timer functions and the observer
 * constructors, and from `arm()` on records every one created, who created it (the frame that
 * called it: one of the widget's files, `widgetPaths`, or anything else) and whether it is live (pending timeout,
 * animation frame or idle callback; uncleared interval; observer observing something).
 */
export function timerProbe(widgetPaths) {
  // The widget's files: its script-tag entry and the lazy part beside it.
  const ours = (frame) => widgetPaths.some((path) => frame.includes(path));
  const w = window;
  const orig = {};
  for (const name of [
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'MutationObserver',
    'ResizeObserver',
    'IntersectionObserver',
    'PerformanceObserver',
  ]) {
    orig[name] = w[name];
  }
  let armed = false;
  const created = {};
  const fired = {};
  const live = { timer: new Map(), raf: new Map(), idle: new Map(), observer: new Map() };
  const bump = (counts, key) => (counts[key] = (counts[key] || 0) + 1);

  // `widget`: called directly from the widget's file; `via-widget`: the widget is further up the
  // stack (e.g. the SDK's createClient, called through the widget's wrapper); `other`.
  function who() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 100;
    const frames = String(new Error().stack).split('\n').slice(1);
    Error.stackTraceLimit = limit;
    const outside = frames.filter((f) => !f.includes('bench-probe.js'));
    if (ours(outside[0] || '')) return 'widget';
    return outside.some(ours) ? 'via-widget' : 'other';
  }

  function wrapSchedule(name, kind, map, repeats) {
    const schedule = orig[name];
    if (typeof schedule !== 'function') return;
    w[name] = function (callback, ...rest) {
      if (!armed || typeof callback !== 'function') return schedule.call(w, callback, ...rest);
      const by = who();
      bump(created, `${by} ${kind}`);
      const id = schedule.call(
        w,
        function (...args) {
          if (!repeats) map.delete(id);
          bump(fired, `${by} ${kind}`);
          return callback.apply(this, args);
        },
        ...rest,
      );
      map.set(id, `${by} ${kind}`);
      return id;
    };
  }
  function wrapCancel(name, map) {
    const cancel = orig[name];
    if (typeof cancel !== 'function') return;
    w[name] = function (id) {
      map.delete(id);
      return cancel.call(w, id);
    };
  }
  wrapSchedule('setTimeout', 'timeout', live.timer, false);
  wrapSchedule('setInterval', 'interval', live.timer, true);
  wrapSchedule('requestAnimationFrame', 'animation-frame', live.raf, false);
  wrapSchedule('requestIdleCallback', 'idle-callback', live.idle, false);
  // Browsers let either clear function clear either kind of timer.
  wrapCancel('clearTimeout', live.timer);
  wrapCancel('clearInterval', live.timer);
  wrapCancel('cancelAnimationFrame', live.raf);
  wrapCancel('cancelIdleCallback', live.idle);

  for (const name of [
    'MutationObserver',
    'ResizeObserver',
    'IntersectionObserver',
    'PerformanceObserver',
  ]) {
    const Base = orig[name];
    if (typeof Base !== 'function') continue;
    const Wrapped = class extends Base {
      constructor(callback, options) {
        const by = armed ? who() : '';
        super(
          by
            ? function (...args) {
                bump(fired, `${by} ${name}`);
                return callback.apply(this, args);
              }
            : callback,
          options,
        );
        if (by) {
          bump(created, `${by} ${name}`);
          this.__probe = { key: `${by} ${name}`, targets: 0 };
        }
      }
      observe(...args) {
        const result = super.observe(...args);
        if (this.__probe) {
          this.__probe.targets++;
          live.observer.set(this, this.__probe.key);
        }
        return result;
      }
      unobserve(...args) {
        const result = super.unobserve(...args);
        if (this.__probe && --this.__probe.targets <= 0) live.observer.delete(this);
        return result;
      }
      disconnect() {
        const result = super.disconnect();
        if (this.__probe) this.__probe.targets = 0;
        live.observer.delete(this);
        return result;
      }
    };
    Object.defineProperty(Wrapped, 'name', { value: name });
    w[name] = Wrapped;
  }

  function countLive() {
    const counts = {};
    for (const map of Object.values(live)) for (const key of map.values()) bump(counts, key);
    return counts;
  }
  Object.defineProperty(w, '__timerProbe', {
    value: {
      orig,
      arm: () => (armed = true),
      snapshot: () => ({ live: countLive(), created: { ...created }, fired: { ...fired } }),
    },
  });
}

/**
 * Runs before the widget on a storm page with the real SDK (`sdk` 'v4' or 'v5'): makes the two
 * SDK objects the widget never sees (`quiet`, no listener; `noop`, one listener that does
 * nothing), learns the SDK's own error class from a real error (v4: `publish()` before `join()`;
 * v5: `enterRoom({})`; the class is not exported), and defines the one burst loop every storm
 * and baseline runs, so all are timed through the same code.
 */
export function stormSetup({ sdk, quiet, noop }) {
  const b = (window.__bench = { sdk, rafStart: -Infinity });
  const TRTC = window.TRTC;
  // When the animation-frame callback running now started: a render is timed from its own
  // callback, not from the frame's start (other callbacks, or the collector, may come first).
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      b.rafStart = performance.now();
      return callback(time);
    });
  // Through `window.TRTC` (wrapped by the widget once it loads), and the SDK's own function.
  const make = (config) => (sdk === 'v4' ? window.TRTC.createClient(config) : window.TRTC.create());
  const own = sdk === 'v4' ? TRTC.createClient : TRTC.create;
  b.make = make;
  b.makeUnwatched = (config) => own.call(TRTC, config);
  b.quiet = make(quiet);
  b.noop = make(noop);
  b.noop.on('error', () => {});
  // What the SDK itself emits through. v4: the client's emitter, `emitter_`. v5: the instance's
  // `emit` first logs the event with JSON.stringify of its payload (a few hundred us for an
  // error), then calls the eventemitter3 `emit` under it: the storm uses that one, or the SDK's
  // logging would drown every figure (`ownEmitUs` times the whole path apart).
  const emitters = new WeakMap();
  b.emitterOf = (target) => {
    if (sdk === 'v4') return target.emitter_;
    if (!emitters.has(target)) {
      const base = Object.getPrototypeOf(Object.getPrototypeOf(target));
      const plain = typeof base?.listenerCount === 'function' ? base.emit : target.emit;
      emitters.set(target, { emit: plain.bind(target) });
    }
    return emitters.get(target);
  };
  /** The SDK's own `emit` of an error event (the whole path, logging too), in us per event. */
  b.ownEmitUs = (key, errors, count) => {
    const target = sdk === 'v4' ? b[key].emitter_ : b[key];
    const start = performance.now();
    for (let i = 0; i < count; i++) target.emit('error', errors[i]);
    return ((performance.now() - start) * 1000) / count;
  };
  const provoke =
    sdk === 'v4'
      ? () => b.quiet.publish(window.TRTC.createStream({ audio: false, video: false }))
      : () => b.quiet.enterRoom({});
  b.errorClass = provoke().then(
    () => null,
    (error) => error.constructor,
  );
  /**
   * Emits `errors` as `error` events of `b[key]` in one synchronous loop; `observer`'s records
   * are taken after every event (`onRecords` gets them) so a render made during the loop is seen
   * as such. Returns the loop's time in ms and how many emits threw.
   */
  b.burst = (key, errors, observer, onRecords) => {
    const emitter = b.emitterOf(b[key]);
    let threw = 0;
    const start = performance.now();
    for (let i = 0; i < errors.length; i++) {
      try {
        emitter.emit('error', errors[i]);
      } catch {
        threw++;
      }
      const records = observer.takeRecords();
      if (records.length) onRecords(records);
    }
    return { ms: performance.now() - start, threw };
  };
}
