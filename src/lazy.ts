/**
 * The part `createDoctor()` loads on demand: the engine (diagnosis, store, actions, report), the
 * panel, and the words of one language at a time (each language is its own chunk). Not an entry
 * point of its own: `src/lazy-doctor.ts` imports it with a dynamic `import()`, so any bundler splits
 * it off the initial code.
 */
import { createEngine } from './core/doctor.js';
import type { LazyPart } from './lazy-doctor.js';
import { loadPack } from './lang/registry.js';
import { mountPanel } from './ui/mount.js';

/**
 * Load the recorder's language, then make the engine (with the panel) over the recorder. It
 * attaches when the lazy doctor says (after the panel is up, so what was queued is news to it).
 */
export const start: LazyPart['start'] = async (recorder) => {
  await loadPack(recorder.settings.peek().lang);
  return createEngine(recorder, mountPanel, false, loadPack);
};
