/**
 * Words the engine writes in English for its own records (source labels like `client 1`, timeline
 * lines like `join ok`), said again in the panel's language when rendered; and action results as
 * checklists ("✓ Camera found", "✗ Microphone blocked") instead of raw data.
 */
import type { ActionResult, Diagnosis } from '../core/types.js';
import { messages } from './messages.js';
import type { MessageKey } from './messages.js';
import type { PanelModel } from './model.js';

/**
 * What the SDK reported, behind a diagnosis that leads with the specific cause: the "Join failed"
 * (JOIN_ROOM_FAILED, same code) behind an expired userSig, the "Capture failed" behind a denied
 * camera. `undefined` when the diagnosis is the SDK's own entry.
 */
export const reportedAs = (d: Diagnosis): Diagnosis | undefined => {
  const sdk = (x: Diagnosis) => x.kind === 'sdk' || x.kind === 'v5';
  return sdk(d) || d.code === undefined
    ? undefined
    : d.related.find((r) => sdk(r) && r.code === d.code);
};

// The engine's own labels and lines, as watch.ts writes them: pattern, message key, its names.
const SAID: readonly (readonly [RegExp, MessageKey, ...string[]])[] = [
  [/^client (\d+)$/, 'clientN', 'n'],
  [/^local stream (\d+)$/, 'localN', 'n'],
  [/^remote (.+)$/, 'remoteU', 'user'],
  [/^(\w+) ok$/, 'callOk', 'call'],
  [/^uplink (\S+), downlink (\S+)$/, 'quality', 'up', 'down'],
  [/^(\d+) resolved \((.+)\)$/, 'nResolved', 'n', 'how'],
];

/** A machine word of the engine (an outcome, a trigger) in the panel's language, else as is. */
const word = (m: PanelModel, w: string): string =>
  `o-${w}` in messages ? m.t(`o-${w}` as MessageKey) : w;

/** `text` in the panel's language when it is one of the engine's English forms, else as is. */
export function said(m: PanelModel, text: string, event = ''): string {
  // An action's line is its outcome: `action:resume-playback` → "resumed".
  if (event.startsWith('action:')) return word(m, text);
  for (const [pattern, key, ...names] of SAID) {
    const found = pattern.exec(text);
    if (found) {
      const vars = Object.fromEntries(names.map((n, i) => [n, found[i + 1]!]));
      if (key === 'nResolved') vars.how = word(m, vars.how!);
      return m.t(key, vars);
    }
  }
  return text;
}

/** One line of a checklist: passed or not, and what it says. */
export type Check = readonly [ok: boolean, text: string];

/** The requirement names of `checkSystemRequirements()` / `isSupported()` the panel can say. */
const FEATURES = [
  'isWebRTCSupported',
  'isMediaDevicesSupported',
  'isH264EncodeSupported',
  'isH264DecodeSupported',
  'isVp8EncodeSupported',
  'isVp8DecodeSupported',
] as const;

const DEVICES = [
  ['cameras', 'camera'],
  ['microphones', 'microphone'],
] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Environment facts (`check-environment`) as checks: secure page, permissions, requirements. */
function environmentChecks(m: PanelModel, data: Record<string, unknown>): Check[] {
  const checks: Check[] = [];
  if (typeof data.secureContext === 'boolean') {
    checks.push([data.secureContext, m.t(data.secureContext ? 'c-secure' : 'c-insecure')]);
  }
  const permissions = isObject(data.permissions) ? data.permissions : {};
  for (const kind of ['camera', 'microphone'] as const) {
    const state = permissions[kind];
    const what = m.t(kind);
    if (state === 'granted' || state === 'denied' || state === 'prompt') {
      checks.push([state !== 'denied', m.t(`c-${state}`, { what })]);
    }
  }
  const system = isObject(data.system) ? data.system : undefined;
  if (system) {
    const detail = isObject(system.detail) ? system.detail : {};
    const browser = detail.isBrowserSupported ?? system.result;
    checks.push([browser === true, m.t(browser === true ? 'c-browser' : 'c-no-browser')]);
    for (const key of FEATURES) {
      if (typeof detail[key] === 'boolean') {
        const what = m.t(key);
        checks.push([detail[key], m.t(detail[key] ? 'c-feature' : 'c-no-feature', { what })]);
      }
    }
    const known: readonly string[] = [...FEATURES, 'isBrowserSupported'];
    // A requirement this panel has no words for still counts when it fails.
    if (Object.keys(detail).some((k) => !known.includes(k) && detail[k] === false)) {
      checks.push([false, m.t('c-no-feature', { what: m.t('otherFeature') })]);
    }
  }
  return checks;
}

/** Device lists (`check-devices`) as checks: a camera found, no microphone found... */
function deviceChecks(m: PanelModel, data: Record<string, unknown>): Check[] {
  return DEVICES.map(([list, kind]) => {
    const n = Array.isArray(data[list]) ? (data[list] as unknown[]).length : 0;
    const what = m.t(kind);
    return [n > 0, m.t(n > 0 ? 'c-found' : 'c-missing', { what, n })] as const;
  });
}

/**
 * What an action found, as a translated checklist. Its sentence alone when the data says nothing
 * more (or is of a shape the panel does not know): the raw data stays behind the details.
 */
export function checklist(m: PanelModel, result: ActionResult): Check[] {
  const data = isObject(result.data) ? result.data : undefined;
  const checks = !data
    ? []
    : result.action === 'check-devices'
      ? deviceChecks(m, data)
      : result.action === 'check-environment'
        ? environmentChecks(m, data)
        : [];
  // A check may start with a word that is lower-case mid-sentence ("camera found").
  return checks.length
    ? checks.map(([ok, text]) => [ok, text.charAt(0).toUpperCase() + text.slice(1)] as const)
    : [[result.ok, result.text]];
}
