// @vitest-environment node
/**
 * What the doctor keeps alive, measured with the real garbage collector: SDK objects the page has
 * let go of are collected, and huge strings in errors or labels leave only bounded copies behind.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { flush, makeDoctor, rtcError } from '../fakes';

// `--expose-gc` for this process only: the flag makes the next new context carry `gc`.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage after the current job (a WeakRef's target stays alive until it ends). */
async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flush();
    gc();
  }
}

const MB = 1024 * 1024;
/** A distinct string of `size` characters (each call builds a new one in the heap). */
const huge = (seed: number, size = 2 * MB) =>
  `${seed}:`.padEnd(size, String.fromCharCode(97 + (seed % 26)));

describe('bounded memory', () => {
  it.each(['name', 'reason', 'message'] as const)(
    '40 errors with distinct 2 MB %ss grow the heap by a few MB at most',
    async (field) => {
      const doctor = makeDoctor();
      doctor.capture(rtcError(0x1001, 'warm up'));
      await collect();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 40; i++) {
        const error = rtcError(0x1001, field === 'message' ? huge(i) : 'denied');
        if (field !== 'message') Object.defineProperty(error, field, { value: huge(i) });
        doctor.capture(error);
      }
      await collect();
      const grown = (process.memoryUsage().heapUsed - before) / MB;
      expect(doctor.problems.value.length).toBeGreaterThan(0);
      expect(grown).toBeLessThan(8);
    },
  );
});
