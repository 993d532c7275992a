/**
 * The script-tag entry (`dist/trtc-doctor.iife.js`, global `TRTCDoctor`): a few KB that watch,
 * record and count; the panel, the diagnosis and one language load on demand from beside this
 * file (`lazy/panel.js` next to it, same origin), on the first problem, on open or on
 * `TRTCDoctor.load()`. For offline or `file://` pages, use the single-file build
 * `dist/trtc-doctor.full.iife.js` instead (same names, everything inside).
 *
 * Loading it, after or before the TRTC SDK's own script, creates `TRTCDoctor.doctor`, watches every
 * client, stream and v5 instance `TRTC` makes, and shows the overlay once the DOM is ready.
 * Options come from the tag's `data-*` attributes:
 *
 * ```html
 * <script src="trtc.js"></script>
 * <script src="trtc-doctor.iife.js" data-lang="en" data-position="bottom-left"></script>
 * ```
 *
 * `data-lang` (zh|en), `data-mode` (overlay|inline, with `data-container="<selector>"`),
 * `data-audience` (developer|user; default developer), `data-position`, `data-shortcut`
 * (`ctrl+shift+d`, or `false`), `data-color-scheme` (light|dark|system), `data-z-index`,
 * `data-mount="false"` (make the doctor, show nothing). The names of the ESM build are exported
 * too; `diagnose` and `catalog` are filled in by `TRTCDoctor.load()`.
 */
import * as signalsCore from '@preact/signals-core';
import * as options from './core/options.js';
import * as redactModule from './core/redact.js';
import { SHARED_KEY } from './core/shared-handoff.js';
import type { SharedModule } from './core/shared-handoff.js';
import * as placeMove from './ui/place-move.js';
import * as shortcut from './core/shortcut.js';
import type { CatalogEntry } from './catalog/types.js';
import { createLazyDoctor } from './lazy-doctor.js';
import type { LazyPart } from './lazy-doctor.js';
import { startScriptTag } from './core/script-tag.js';
import type { Diagnosis, DiagnoseOptions, Doctor, DoctorOptions } from './core/types.js';
import type { UserSigDecoder } from './core/recorder.js';

export { instrumentTrtc } from './core/instrument.js';
export { redact } from './core/redact.js';
export { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES } from './core/limits.js';
export { MAX_REPORT_CHARS, REPORT_SCHEMA } from './core/report.js';

// The lazy part uses this file's signals (signals-handoff.ts): one copy for the whole doctor.
const handoff = globalThis as unknown as Record<symbol, unknown>;
handoff[Symbol.for('trtc-doctor.signals-core')] ??= signalsCore;
// And this file's copies of the modules it shares with the lazy part (shared-handoff.ts).
handoff[SHARED_KEY] ??= {
  'core/options': options,
  'core/redact': redactModule,
  'ui/place-move': placeMove,
  'core/shortcut': shortcut,
} satisfies Record<SharedModule, object>;

const script = typeof document === 'undefined' ? null : document.currentScript;
// Read now: `document.currentScript` is only set while this file runs.
const base =
  (script as HTMLScriptElement | null)?.src || (typeof location === 'object' ? location.href : '');

/** The lazy part, with what it adds to `TRTCDoctor`. */
interface ScriptPart extends LazyPart {
  publicApi(): Promise<{
    diagnose(input: unknown, options?: DiagnoseOptions): Diagnosis;
    catalog: readonly CatalogEntry[];
  }>;
}

let part: Promise<ScriptPart> | undefined;
const importPart = (): Promise<ScriptPart> =>
  (part ??= (
    import(/* @vite-ignore */ new URL('lazy/panel.js', base).href) as Promise<ScriptPart>
  ).catch((error: unknown) => {
    part = undefined;
    throw error;
  }));

/** The userSig decoder, from beside this file (`lazy/usersig.js`), with the first userSig seen. */
const importUserSig = (): Promise<UserSigDecoder> =>
  import(/* @vite-ignore */ new URL('lazy/usersig.js', base).href) as Promise<UserSigDecoder>;

/** `createDoctor` of the ESM build; its panel part and its userSig decoder load from beside this file. */
export const createDoctor = (options: DoctorOptions = {}): Doctor =>
  createLazyDoctor(options, importPart, importUserSig);

/** Every catalog entry, both languages: empty until `TRTCDoctor.load()` resolves. */
export let catalog: readonly CatalogEntry[] = Object.freeze([]);

/**
 * `diagnose` of the ESM build, once `TRTCDoctor.load()` has resolved; before, it throws an
 * Error saying so (the catalog is in the lazy part).
 */
export let diagnose = (input: unknown, options?: DiagnoseOptions): Diagnosis => {
  void input;
  void options;
  throw new Error(
    'trtc-doctor: TRTCDoctor.diagnose() needs the catalog: `await TRTCDoctor.load()` first, or use trtc-doctor.full.iife.js.',
  );
};

/**
 * Load the lazy part, the catalog in both languages, and the page doctor's panel. Resolves to
 * `true` when loaded, `false` when it could not load (a console warning says why). Never rejects.
 */
export const load = (): Promise<boolean> =>
  importPart()
    .then((loaded) => loaded.publicApi())
    .then((api) => {
      diagnose = api.diagnose;
      catalog = api.catalog;
      return doctor.load();
    })
    .catch(() => doctor.load());

/** The page's doctor, made when the script loaded (reused if the script is loaded twice). */
export const doctor: Doctor = startScriptTag({ script, create: createDoctor });
