/**
 * The modules the script-tag entry and its lazy part both use, handed over once: the entry puts
 * its own copies on the global object (global.ts), and the lazy part's build reads them from
 * there instead of carrying second copies (vite.config.ts, `--mode lazy`). Keyed by version, so a
 * page with two versions of the script tag gives each lazy part its own entry's modules.
 */

/**
 * The shared modules, as paths under `src/` without the extension: the ones whose second copy
 * costs the lazy part more than handing them over costs the entry (each name handed over is a
 * property of the entry's object; guard, lang, weak and sdk-version, small and of many names,
 * are cheaper twice).
 */
export const SHARED_MODULES = [
  'core/options',
  'core/redact',
  'ui/place-move',
  'core/shortcut',
] as const;

export type SharedModule = (typeof SHARED_MODULES)[number];

/** Where the entry of `version` puts them: `globalThis[sharedKey(version)][module]`. */
export const sharedKey = (version: string): symbol => Symbol.for(`trtc-doctor.shared@${version}`);

/** This build's key (the lazy part's build writes the same, from package.json). */
export const SHARED_KEY = sharedKey(
  typeof __TRTC_DOCTOR_VERSION__ === 'string' ? __TRTC_DOCTOR_VERSION__ : 'dev',
);
