/**
 * The lazy part of the script-tag build (`dist/lazy/panel.js`, an ES module loaded by
 * `trtc-doctor.iife.js` from beside itself): the engine, the panel, the words part by part (one
 * chunk per language and part), and `publicApi()`: `diagnose` and `catalog` in both languages.
 */
import { catalog } from './catalog/index.js';
import { diagnose } from './core/diagnose.js';
import { LANGS, loadPack } from './lang/registry.js';

export { start } from './lazy.js';

/**
 * `diagnose` and `catalog` with every language (what `TRTCDoctor.load()` fills in): every part of
 * every language is loaded first, so both say everything, synchronously, from then on.
 */
export const publicApi = (): Promise<{ diagnose: typeof diagnose; catalog: typeof catalog }> =>
  Promise.all(LANGS.map(loadPack)).then(() => ({ diagnose, catalog }));
