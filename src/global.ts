/**
 * The script-tag entry (`dist/trtc-doctor.iife.js`, global `TRTCDoctor`). Loading it, after or
 * before the TRTC SDK's own script, creates `TRTCDoctor.doctor`, watches every client and stream
 * `TRTC.createClient`/`TRTC.createStream` make, and shows the overlay once the DOM is ready. Options
 * come from the tag's `data-*` attributes:
 *
 * ```html
 * <script src="trtc.js"></script>
 * <script src="trtc-doctor.iife.js" data-lang="en" data-position="bottom-left"></script>
 * ```
 *
 * `data-lang` (zh|en), `data-mode` (overlay|inline, with `data-container="<selector>"`),
 * `data-audience` (developer|user; default developer), `data-position`, `data-shortcut`
 * (`ctrl+shift+d`, or `false`), `data-color-scheme` (light|dark|system), `data-z-index`,
 * `data-mount="false"` (make the doctor, show nothing). The same names as the ESM build are
 * exported too.
 */
import { startScriptTag } from './core/script-tag.js';
import type { Doctor } from './core/types.js';
import { mountPanel } from './ui/mount.js';

export * from './index.js';

const script = typeof document === 'undefined' ? null : document.currentScript;

/** The page's doctor, made when the script loaded (reused if the script is loaded twice). */
export const doctor: Doctor = startScriptTag({ script, mounter: mountPanel });
