/**
 * The single-file script-tag build (`dist/trtc-doctor.full.iife.js`, global `TRTCDoctor`):
 * everything inside (Preact, the panel, both languages), for offline or `file://` pages where
 * `dist/trtc-doctor.iife.js` cannot load its part from beside itself. Same `data-*` attributes
 * and names as that build (see `global.ts`); `TRTCDoctor.load()` resolves at once.
 */
import { createDoctorCore } from './core/doctor.js';
import { startScriptTag } from './core/script-tag.js';
import type { Doctor, DoctorOptions } from './core/types.js';
import { useAllPacks } from './lang/all.js';
import { mountPanel } from './ui/mount.js';

export * from './index.js';

useAllPacks();

/** `createDoctor`, with everything already loaded. */
export const createDoctor = (options: DoctorOptions = {}): Doctor =>
  createDoctorCore(options, mountPanel);

const script = typeof document === 'undefined' ? null : document.currentScript;

/** The page's doctor, made when the script loaded (reused if the script is loaded twice). */
export const doctor: Doctor = startScriptTag({ script, create: createDoctor });

/** Everything is loaded already: resolves to `true` (`false` once the doctor is destroyed). */
export const load = (): Promise<boolean> => doctor.load();
