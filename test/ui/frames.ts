import { beforeEach, vi } from 'vitest';

/**
 * A controllable `requestAnimationFrame` for the panel's tests: nothing runs until the test says
 * a frame happens (`run()`), so "at most one render per frame" can be observed. Call it at the
 * top level of a test file; the file's own `afterEach` unstubs the globals.
 */
export function fakeFrames(): { readonly pending: number; run(): void } {
  let queue: FrameRequestCallback[] = [];
  beforeEach(() => {
    queue = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  return {
    get pending() {
      return queue.length;
    },
    run() {
      const due = queue;
      queue = [];
      due.forEach((cb) => cb(performance.now()));
    },
  };
}
