/**
 * The lazy part of the script-tag build (`dist/lazy/panel.js`, an ES module loaded by
 * `trtc-doctor.iife.js` from beside itself): the engine, the panel, one chunk per language, and
 * `publicApi()` (`diagnose` and `catalog` in both languages) as one more chunk.
 */
export { start } from './lazy.js';

/** `diagnose` and `catalog` with every language (what `TRTCDoctor.load()` fills in). */
export const publicApi = () => import('./public-api.js');
