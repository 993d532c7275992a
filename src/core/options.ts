/**
 * Validation of what a developer passes in. A wrong option throws at the call, with what was wrong
 * and what to pass: a typo found later, as a silent default, costs far more.
 */
import type { DoctorOptions, MountOptions, PanelSettings } from './types.js';

/** The values of the enumerated options, shared with the script tag's `data-*` parsing. */
export const OPTION_VALUES = {
  lang: ['zh', 'en'],
  audience: ['developer', 'user'],
  mode: ['overlay', 'inline'],
  position: ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
  colorScheme: ['light', 'dark', 'system'],
} as const;

type Check = (value: unknown) => string | undefined;

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? undefined
      : values.map((x) => `'${x}'`).join(' or ');
const ofType =
  (type: 'boolean' | 'function' | 'string'): Check =>
  (v) =>
    typeof v === type ? undefined : `a ${type}`;
const positiveInteger: Check = (v) =>
  Number.isInteger(v) && (v as number) > 0 ? undefined : 'a positive integer';
const plainObject: Check = (v) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'an object';

// Typed by the option interfaces: an option added there and not checked here fails the build.
const DOCTOR_CHECKS: Record<keyof DoctorOptions, Check> = {
  lang: oneOf(OPTION_VALUES.lang),
  audience: oneOf(OPTION_VALUES.audience),
  wrapMethods: ofType('boolean'),
  captureUnhandledRejections: ofType('boolean'),
  trtc: (v) =>
    (typeof v === 'object' || typeof v === 'function') && v !== null
      ? undefined
      : 'the TRTC namespace (import TRTC from "trtc-js-sdk")',
  onProblem: ofType('function'),
  onRetryCapture: ofType('function'),
  onRejoin: ofType('function'),
  maxProblems: positiveInteger,
  maxTimeline: positiveInteger,
  pseudonymizeUserIds: ofType('boolean'),
};

const MOUNT_CHECKS: Record<keyof MountOptions, Check> = {
  mode: oneOf(OPTION_VALUES.mode),
  container: (v) =>
    typeof v === 'object' && v !== null && (v as { nodeType?: unknown }).nodeType === 1
      ? undefined
      : 'a DOM element',
  position: oneOf(OPTION_VALUES.position),
  showLauncher: ofType('boolean'),
  shortcut: (v) =>
    v === false || typeof v === 'string' ? undefined : "a string like 'ctrl+shift+d' or false",
  audience: oneOf(OPTION_VALUES.audience),
  lang: oneOf(OPTION_VALUES.lang),
  messages: plainObject,
  colorScheme: oneOf(OPTION_VALUES.colorScheme),
  zIndex: (v) => (Number.isInteger(v) ? undefined : 'an integer'),
  styleNonce: ofType('string'),
};

/** Every option `createDoctor()` accepts, in the order the error message lists them. */
export const DOCTOR_OPTION_NAMES = Object.keys(DOCTOR_CHECKS) as readonly (keyof DoctorOptions)[];

const SETTING_CHECKS: Record<keyof PanelSettings, Check> = {
  lang: MOUNT_CHECKS.lang,
  audience: MOUNT_CHECKS.audience,
  colorScheme: MOUNT_CHECKS.colorScheme,
  messages: plainObject,
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return typeof value === 'function' ? 'a function' : `${typeof value} ${String(value)}`;
}

function validate(
  call: string,
  options: unknown,
  checks: Record<string, Check>,
): Record<string, unknown> {
  if (options === undefined) return {};
  if (plainObject(options)) {
    throw new TypeError(
      `trtc-doctor: ${call} expects an options object, got ${describe(options)}.`,
    );
  }
  const names = Object.keys(checks);
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    const check = checks[key];
    if (!check) {
      throw new TypeError(
        `trtc-doctor: ${call} got an unknown option "${key}". Valid options: ${names.join(', ')}.`,
      );
    }
    // `undefined` means "the default", as with destructuring defaults.
    const expected = value === undefined ? undefined : check(value);
    if (expected) {
      throw new TypeError(
        `trtc-doctor: ${call} option "${key}" must be ${expected}, got ${describe(value)}.`,
      );
    }
  }
  return options as Record<string, unknown>;
}

/** Check `createDoctor()` options. Throws a `TypeError` naming the option and what to pass. */
export function validateDoctorOptions(options: unknown): DoctorOptions {
  return validate('createDoctor()', options, DOCTOR_CHECKS) as DoctorOptions;
}

/** Check `mount()` options. Throws a `TypeError` naming the option and what to pass. */
export function validateMountOptions(options: unknown): MountOptions {
  const valid = validate('mount()', options, MOUNT_CHECKS) as MountOptions;
  if (valid.mode === 'inline' && !valid.container) {
    throw new TypeError(
      "trtc-doctor: mount({ mode: 'inline' }) needs a container: pass { mode: 'inline', container: element }.",
    );
  }
  return valid;
}

/** Check `configure()` settings. Throws a `TypeError` naming the setting and what to pass. */
export function validateSettings(settings: unknown): Partial<PanelSettings> {
  return validate('configure()', settings, SETTING_CHECKS) as Partial<PanelSettings>;
}
