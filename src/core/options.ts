/**
 * Validation of what a developer passes in. A wrong option throws at the call, with what was wrong
 * and what to pass: a typo found later, as a silent default, costs far more. The same checks read
 * the script tag's `data-*` attributes (where a bad value warns instead: see script-tag.ts).
 */
import { describe, fail, isObject, read } from './guard.js';
import { LANGS } from './lang.js';
import { parseShortcut } from './shortcut.js';
import type { DoctorOptions, MountOptions, PanelSettings } from './types.js';

/** Says what to pass when `value` is wrong, `undefined` when it is fine. */
export type Check = (value: unknown) => string | undefined;

const is =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value) =>
    test(value) ? undefined : expected;
const oneOf = (...values: unknown[]): Check =>
  is((v) => values.includes(v), values.map((x) => `'${x}'`).join(' or '));
const ofType = (type: string): Check => is((v) => typeof v === type, `a ${type}`);

const LANG = oneOf(...LANGS);
const AUDIENCE = oneOf('developer', 'user');
const SCHEME = oneOf('light', 'dark', 'system');
const BOOLEAN = ofType('boolean');
const FUNCTION = ofType('function');
const COUNT = is((v) => Number.isInteger(v) && (v as number) > 0, 'a positive integer');
const OBJECT = is((v) => typeof v === 'object' && !!v && !Array.isArray(v), 'an object');

// Typed by the option interfaces: an option added there and not checked here fails the build.
const DOCTOR_CHECKS: Record<keyof DoctorOptions, Check> = {
  lang: LANG,
  audience: AUDIENCE,
  wrapMethods: BOOLEAN,
  captureUnhandledRejections: BOOLEAN,
  trtc: is(isObject, 'the TRTC namespace (import TRTC from "trtc-js-sdk")'),
  onProblem: FUNCTION,
  onRetryCapture: FUNCTION,
  onRejoin: FUNCTION,
  onReport: FUNCTION,
  maxProblems: COUNT,
  maxTimeline: COUNT,
  pseudonymizeUserIds: BOOLEAN,
  connectionTest: is((v) => {
    const o = v as Record<string, unknown>;
    const url = (key: string, scheme: RegExp) =>
      o[key] === undefined || (typeof o[key] === 'string' && scheme.test(o[key]));
    return (
      OBJECT(v) === undefined &&
      url('scheduleUrl', /^https?:\/\//) &&
      url('signalUrl', /^wss?:\/\//) &&
      (o.iceServers === undefined || Array.isArray(o.iceServers)) &&
      (o.timeoutMs === undefined || COUNT(o.timeoutMs) === undefined)
    );
  }, "{ scheduleUrl?: 'https://...', signalUrl?: 'wss://...', iceServers?: RTCIceServer[], timeoutMs?: a positive integer }"),
};

const SETTING_CHECKS: Record<keyof PanelSettings, Check> = {
  lang: LANG,
  audience: AUDIENCE,
  colorScheme: SCHEME,
  messages: OBJECT,
};

/** The checks of `mount()` options, also those of the script tag's `data-*` attributes. */
export const MOUNT_CHECKS: Record<keyof MountOptions, Check> = {
  ...SETTING_CHECKS,
  mode: oneOf('overlay', 'inline', 'embedded'),
  container: is((v) => (v as Node | null)?.nodeType === 1, 'a DOM element'),
  position: oneOf('bottom-right', 'bottom-left', 'top-right', 'top-left'),
  showLauncher: BOOLEAN,
  // The grammar the panel parses (shortcut.ts): a value it would refuse fails here, at the call,
  // and the script tag warns and keeps the default, instead of a panel that never mounts.
  shortcut: is(
    (v) => v === false || (typeof v === 'string' && !!read(() => parseShortcut(v))),
    "ctrl, shift, alt or meta (each once, at least one) and one letter or digit joined by +, like 'ctrl+shift+d', or false",
  ),
  offset: is(
    (v) =>
      OBJECT(v) === undefined &&
      ['x', 'y'].every((k) => Number.isFinite((v as Record<string, unknown>)[k])) &&
      Object.keys(v as object).every((k) => k === 'x' || k === 'y'),
    'an object { x, y } of finite numbers of CSS pixels, like { x: 0, y: 80 }',
  ),
  zIndex: is(Number.isInteger, 'an integer'),
  styleNonce: ofType('string'),
};

/** Every option `createDoctor()` accepts, in the order the error message lists them. */
export const DOCTOR_OPTION_NAMES = /* @__PURE__ */ Object.keys(
  DOCTOR_CHECKS,
) as readonly (keyof DoctorOptions)[];

function validate<T>(call: string, options: unknown, checks: Record<string, Check>): T {
  if (options === undefined) return {} as T;
  if (OBJECT(options)) fail(`${call} expects an options object, got ${describe(options)}.`);
  for (const [key, value] of Object.entries(options as object)) {
    const check = checks[key];
    if (!check) {
      fail(
        `${call} got an unknown option "${key}". Valid options: ${Object.keys(checks).join(', ')}.`,
      );
    }
    // `undefined` means "the default", as with destructuring defaults.
    const expected = value === undefined ? undefined : check(value);
    if (expected) fail(`${call} option "${key}" must be ${expected}, got ${describe(value)}.`);
  }
  return options as T;
}

/** Check `createDoctor()` options. Throws a `TypeError` naming the option and what to pass. */
export const validateDoctorOptions = (options: unknown): DoctorOptions =>
  validate('createDoctor()', options, DOCTOR_CHECKS);

/** Check `mount()` options. Throws a `TypeError` naming the option and what to pass. */
export function validateMountOptions(options: unknown): MountOptions {
  const valid = validate<MountOptions>('mount()', options, MOUNT_CHECKS);
  if ((valid.mode === 'inline' || valid.mode === 'embedded') && !valid.container) {
    fail(`mount({ mode: '${valid.mode}' }) needs a container: pass { container: element } too.`);
  }
  return valid;
}

/** Check `configure()` settings. Throws a `TypeError` naming the setting and what to pass. */
export const validateSettings = (settings: unknown): Partial<PanelSettings> =>
  validate('configure()', settings, SETTING_CHECKS);

/** `previous` with the settings `next` gives; `messages` copied (the host may change its object). */
export function mergeSettings(
  previous: PanelSettings,
  next: Partial<PanelSettings>,
): PanelSettings {
  const merged: Record<string, unknown> = { ...previous };
  for (const key of ['lang', 'audience', 'colorScheme', 'messages'] as const) {
    if (next[key] !== undefined) merged[key] = next[key];
  }
  merged.messages = { ...(merged.messages as object) };
  return merged as unknown as PanelSettings;
}
