/**
 * The real garbage collector for memory tests (Node environment): `--expose-gc` for this process
 * only (the flag makes the next new context carry `gc`), and `collect()`, which lets pending jobs
 * end first (a WeakRef's target stays alive until the current job ends).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { flush } from './fakes';

setFlagsFromString('--expose-gc');

/** One full collection. */
export const gc = runInNewContext('gc') as () => void;

/** Collects garbage after the current job, a few times over. */
export async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flush();
    gc();
  }
}
