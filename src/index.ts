/**
 * trtc-doctor: explains TRTC Web SDK errors (v5 and 4.x) and offers the fix.
 *
 * @example
 * ```ts
 * import TRTC from 'trtc-sdk-v5';
 * import { createDoctor, diagnose } from 'trtc-doctor';
 *
 * diagnose('0x4043').title; // "Playback blocked by the browser"
 *
 * const doctor = createDoctor({ trtc: TRTC, lang: 'en' });
 * doctor.watchTrtc(TRTC.create({ enableAutoPlayDialog: false }));
 * doctor.mount({ mode: 'overlay' });
 * ```
 */
import { createLazyDoctor } from './lazy-doctor.js';
import type { Doctor, DoctorOptions } from './core/types.js';

export { diagnose } from './catalog/public.js';
export { catalog } from './catalog/public.js';
export { instrumentTrtc } from './core/instrument.js';
export { MAX_PROBLEMS, MAX_TIMELINE_ENTRIES } from './core/limits.js';
export { MAX_REPORT_CHARS, REPORT_SCHEMA } from './core/report.js';
export type * from './core/types.js';

export { redact } from './core/redact.js';

/**
 * Make a doctor: it watches TRTC clients and streams, keeps the problems and a timeline, runs the
 * fixes and shows them in a panel once you `mount()` it. What it records costs a few KB up front;
 * the diagnosis, the panel and the words of the current language load on the first problem, on
 * open, or on `doctor.load()` (a dynamic `import()`, split off by any bundler).
 *
 * @example
 * ```ts
 * const doctor = createDoctor({ onProblem: (p) => Sentry.captureMessage(p.diagnosis.id) });
 * const client = TRTC.createClient({ mode: 'rtc', sdkAppId, userId, userSig });
 * doctor.watchClient(client);
 * doctor.mount({ mode: 'inline', container: document.querySelector('#support')! });
 * ```
 */
export function createDoctor(options: DoctorOptions = {}): Doctor {
  return createLazyDoctor(
    options,
    () => import('./lazy.js'),
    () => import('./core/usersig.js'),
  );
}
