/**
 * What the script-tag build does when it loads: read the tag's `data-*` options, make the doctor,
 * patch `window.TRTC`, and show the overlay once the DOM is ready. A script tag cannot throw
 * usefully, so a bad value warns once and uses the default, and nothing here breaks the page.
 * Everything is a function of its arguments (the tag, the mounter, the global object), so tests
 * can run it against fakes; `src/global.ts` calls it with the real ones.
 */
import { doctorInternals } from './internals.js';
import { field, read, text } from './guard.js';
import { instrumentTrtc } from './instrument.js';
import { MOUNT_CHECKS } from './options.js';
import type { Check } from './options.js';
import type { Doctor, DoctorOptions, MountOptions } from './types.js';
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
 * The attributes read, by option name (`colorScheme` is `data-color-scheme`). Each value is
 * checked by the same check as the option of `mount()`, after these few are parsed from text.
 */
const ATTRIBUTES = 'lang audience mode position colorScheme shortcut zIndex offset container mount';
const PARSE: Record<string, (text: string) => unknown> = {
  shortcut: (s) => (s === 'false' || s === 'none' ? false : s),
  zIndex: Number,
  // `data-offset="0,80"`: x then y, in CSS pixels.
  offset: (s) => {
    const [x, y, ...rest] = s.split(',').map((n) => (n.trim() ? Number(n) : NaN));
    return rest.length ? s : { x, y };
  },
};
const CHECKS: Record<string, Check> = {
  ...MOUNT_CHECKS,
  container: () => undefined,
  mount: (v) => (v === 'true' || v === 'false' ? undefined : "'true' or 'false'"),
};

/**
 * Reads `data-lang`, `data-mode`, `data-audience`, `data-position`, `data-shortcut`,
 * `data-color-scheme`, `data-z-index`, `data-container` and `data-mount`. The script tag is for
 * developers, so `audience` defaults to `developer`.
 */
export function readScriptTag(
  script: ScriptLike | null | undefined,
  warn: WarnOnce,
): ScriptTagConfig {
  const found: Record<string, unknown> = {};
  for (const name of ATTRIBUTES.split(' ')) {
    const attribute = `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const value = read(() => script?.getAttribute(attribute)?.trim());
    if (!value) continue;
    const parsed = (PARSE[name] ?? String)(value);
    const expected = CHECKS[name]?.(parsed);
    if (expected) {
      warn(
        attribute,
        `${attribute}="${value.slice(0, 40)}" is not valid (use ${expected}); using the default.`,
      );
    } else found[name] = parsed;
  }
  const { lang, audience = 'developer', container, mount: show, ...mount } = found;
  // `inline` and `embedded` go into the page's own element.
  const contained = mount.mode === 'inline' || mount.mode === 'embedded';
  if (contained && !container) {
    warn(
      'data-container',
      `data-mode="${String(mount.mode)}" needs data-container="<css selector>"; showing the overlay.`,
    );
    delete mount.mode;
  }
  return {
    doctor: (lang ? { lang, audience } : { audience }) as DoctorOptions,
    mount: show === 'false' ? false : (mount as MountOptions),
    container: contained && mount.mode ? (container as string) : undefined,
  };
}

/** What `startScriptTag` runs against. */
export interface ScriptTagSetup {
  /** The tag (`document.currentScript` while the bundle evaluates). */
  script?: ScriptLike | null;
  /** Makes the doctor (`createDoctor`: the lazy one, or the single-file build's). */
  create: (options: DoctorOptions) => Doctor;
  /** The global object (`window`). */
  target?: typeof globalThis;
}

/**
 * Make (or, when the script was loaded twice, reuse) the page's doctor, instrument `TRTC`, and
 * mount the overlay when the DOM is ready.
 */
export function startScriptTag({ script, create, target = globalThis }: ScriptTagSetup): Doctor {
  const warn = createWarnOnce();
  const existing = field(field(target, 'TRTCDoctor'), 'doctor') as Doctor | undefined;
  if (typeof field(existing, 'watchClient') === 'function') {
    warn('twice', 'trtc-doctor was loaded twice; the first TRTCDoctor.doctor is used.');
    return existing!;
  }
  const config = readScriptTag(script, warn);
  const doctor = create(config.doctor);
  try {
    instrumentTrtc(doctor, target);
  } catch (error) {
    warn('instrument', `could not watch window.TRTC: ${text(error)}`);
  }
  const { mount: options, container } = config;
  if (!options) return doctor;

  const doc = target.document as Document | undefined;
  const show = () => {
    try {
      let element: Element | null | undefined;
      try {
        element = container ? doc?.querySelector(container) : undefined;
      } catch {
        // Not a CSS selector: said below, and the overlay is shown instead.
      }
      if (element) options.container = element;
      else if (container) {
        warn(
          'container',
          `data-container="${container.slice(0, 80)}" ${element === null ? 'matches no element' : 'is not a valid CSS selector'}; showing the overlay.`,
        );
        delete options.mode;
      }
      doctor.mount(options);
    } catch (error) {
      warn('mount', `the panel could not be shown: ${text(error)}`);
    }
  };
  if (doc?.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', show, { once: true });
    // A doctor destroyed before the DOM is ready leaves no listener behind.
    doctorInternals(doctor)?.onDestroy(() => doc.removeEventListener('DOMContentLoaded', show));
  } else show();
  return doctor;
}
