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
 * called it: the widget's file or anything else) and whether it is still live (pending timeout,
 * animation frame or idle callback; uncleared interval; observer observing something).
 */
export function timerProbe(widgetPath) {
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
    if ((outside[0] || '').includes(widgetPath)) return 'widget';
    return outside.some((f) => f.includes(widgetPath)) ? 'via-widget' : 'other';
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
