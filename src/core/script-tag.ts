/**
 * What the script-tag build does when it loads: read the tag's `data-*` options, make the doctor,
 * patch `window.TRTC`, and show the overlay once the DOM is ready. A script tag cannot throw
 * usefully, so a bad value warns once and uses the default, and nothing here breaks the page.
 * Everything is a function of its arguments (the tag, the mounter, the global object), so tests
 * can run it against fakes; `src/global.ts` calls it with the real ones.
 */
import { createDoctorCore, doctorInternals } from './doctor.js';
import { instrumentTrtc } from './instrument.js';
import { OPTION_VALUES } from './options.js';
import type { Doctor, DoctorOptions, MountOptions, PanelMounter } from './types.js';
import { createWarnOnce } from './warn.js';
import type { WarnOnce } from './warn.js';

/** The part of a `<script>` element read here. */
export interface ScriptLike {
  getAttribute(name: string): string | null;
}

/** Options read from a script tag. */
export interface ScriptTagConfig {
  readonly doctor: DoctorOptions;
  /** `false` with `data-mount="false"`. */
  readonly mount: MountOptions | false;
  /** `data-container`: a CSS selector for `data-mode="inline"`. */
  readonly container?: string;
}

/**
 * Reads `data-lang`, `data-mode`, `data-audience`, `data-position`, `data-shortcut`,
 * `data-color-scheme`, `data-z-index`, `data-container` and `data-mount`. The script tag is for
 * developers, so `audience` defaults to `developer`.
 */
export function readScriptTag(
  script: ScriptLike | null | undefined,
  warn: WarnOnce,
): ScriptTagConfig {
  const attr = (name: string): string | undefined => {
    try {
      const value = script?.getAttribute(`data-${name}`);
      return typeof value === 'string' ? value.trim() : undefined;
    } catch {
      return undefined;
    }
  };
  const bad = (name: string, value: string, expected: string) =>
    warn(
      `data-${name}`,
      `data-${name}="${value.slice(0, 40)}" is not valid (use ${expected}); using the default.`,
    );
  function pick<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = attr(name);
    if (value === undefined || value === '') return undefined;
    if ((values as readonly string[]).includes(value)) return value as T;
    bad(name, value, values.join(', '));
    return undefined;
  }

  const lang = pick('lang', OPTION_VALUES.lang);
  const audience = pick('audience', OPTION_VALUES.audience) ?? 'developer';
  let mode = pick('mode', OPTION_VALUES.mode);
  const position = pick('position', OPTION_VALUES.position);
  const colorScheme = pick('color-scheme', OPTION_VALUES.colorScheme);
  const container = attr('container') || undefined;
  if (mode === 'inline' && !container) {
    warn(
      'data-container',
      'data-mode="inline" needs data-container="<css selector>"; showing the overlay.',
    );
    mode = undefined;
  }

  let shortcut: string | false | undefined = attr('shortcut');
  if (shortcut === 'false' || shortcut === 'none') shortcut = false;
  else if (shortcut === '') shortcut = undefined;
  else if (shortcut !== undefined && !/^([a-z]+\+)*[a-z0-9]+$/i.test(shortcut)) {
    bad('shortcut', shortcut, 'keys joined by +, like ctrl+shift+d, or false');
    shortcut = undefined;
  }

  const zText = attr('z-index');
  let zIndex: number | undefined;
  if (zText) {
    if (/^-?\d{1,10}$/.test(zText)) zIndex = Number(zText);
    else bad('z-index', zText, 'an integer');
  }

  const mountValue = attr('mount');
  if (
    mountValue !== undefined &&
    mountValue !== '' &&
    mountValue !== 'false' &&
    mountValue !== 'true'
  ) {
    bad('mount', mountValue, 'true or false');
  }

  const mount: MountOptions = {};
  if (mode) mount.mode = mode;
  if (position) mount.position = position;
  if (shortcut !== undefined) mount.shortcut = shortcut;
  if (colorScheme) mount.colorScheme = colorScheme;
  if (zIndex !== undefined) mount.zIndex = zIndex;
  return {
    doctor: lang ? { lang, audience } : { audience },
    mount: mountValue === 'false' ? false : mount,
    container: mode === 'inline' ? container : undefined,
  };
}

/** What `startScriptTag` runs against. */
export interface ScriptTagSetup {
  /** The tag (`document.currentScript` while the bundle evaluates). */
  script?: ScriptLike | null;
  /** The UI's mount function. */
  mounter: PanelMounter;
  /** The global object (`window`). */
  target?: typeof globalThis;
}

const isDoctor = (value: unknown): value is Doctor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Doctor).watchClient === 'function';

/**
 * Make (or, when the script was loaded twice, reuse) the page's doctor, instrument `TRTC`, and
 * mount the overlay when the DOM is ready.
 */
export function startScriptTag({ script, mounter, target = globalThis }: ScriptTagSetup): Doctor {
  const warn = createWarnOnce();
  let existing: unknown;
  try {
    existing = (target as { TRTCDoctor?: { doctor?: unknown } }).TRTCDoctor?.doctor;
  } catch {
    existing = undefined;
  }
  if (isDoctor(existing)) {
    warn('twice', 'trtc-doctor was loaded twice; the first TRTCDoctor.doctor is used.');
    return existing;
  }
  const config = readScriptTag(script, warn);
  const doctor = createDoctorCore(config.doctor, mounter);
  try {
    instrumentTrtc(doctor, target);
  } catch (error) {
    warn('instrument', `could not watch window.TRTC: ${String(error)}`);
  }
  const mountOptions = config.mount;
  if (mountOptions === false) return doctor;

  const doc = (target as { document?: Document }).document;
  const show = () => {
    try {
      const options = { ...mountOptions };
      if (config.container) {
        const container = doc?.querySelector(config.container);
        if (container) options.container = container;
        else {
          warn(
            'container',
            `data-container="${config.container}" matches no element; showing the overlay.`,
          );
          delete options.mode;
        }
      }
      doctor.mount(options);
    } catch (error) {
      warn('mount', `the panel could not be shown: ${String(error)}`);
    }
  };
  if (doc?.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', show, { once: true });
    // A doctor destroyed before the DOM is ready leaves no listener behind.
    doctorInternals(doctor)?.onDestroy(() => doc.removeEventListener('DOMContentLoaded', show));
  } else {
    show();
  }
  return doctor;
}
