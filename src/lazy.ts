/**
 * The part `createDoctor()` loads on demand: the engine (diagnosis, store, actions, report), the
 * panel, and the words, part by part (each part of each language is its own chunk). Not an entry
 * point of its own: `src/lazy-doctor.ts` imports it with a dynamic `import()`, so any bundler splits
 * it off the initial code.
 */
import { TRUSTED, createEngine } from './core/doctor.js';
import { diagnose } from './core/diagnose.js';
import { read } from './core/guard.js';
import type { Recorder } from './core/recorder.js';
import type { Lang } from './core/types.js';
import type { LazyPart } from './lazy-doctor.js';
import { loadParts, takeWanted } from './lang/registry.js';
import type { PartId } from './lang/types.js';
import { mountPanel } from './ui/mount.js';

/**
 * The parts of `lang` the first problems need: the panel's, and those their explanations read
 * (the SDK codes for a 4.x error, the v5 words for a v5 one, the server's codes behind a join...).
 */
export function partsFor(recorder: Recorder, lang: Lang): PartId[] {
  takeWanted(lang);
  for (const { error, operation } of recorder.pending()) {
    read(() => diagnose(error, { lang, operation }));
  }
  return ['panel', ...takeWanted(lang).filter((part) => part !== 'panel')];
}

/**
 * Load the words the recorder's language needs now, then make the engine (with the panel) over
 * the recorder. It attaches when the lazy doctor says (after the panel is up, so what was queued
 * is news to it); later problems load their words as they come (core/words-wait.ts).
 */
export const start: LazyPart['start'] = async (recorder) => {
  const lang = recorder.settings.peek().lang;
  await loadParts(lang, partsFor(recorder, lang));
  // The lazy doctor has checked what the host passed: the engine need not check it again.
  return createEngine(recorder, mountPanel, false, TRUSTED);
};
