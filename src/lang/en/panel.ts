/**
 * The English words loaded with the engine: the launcher's strings (`shell`) and
 * the report's headings (the panel's view has its own part, `./view.ts`). These keys are the contract of every pack (`Parts` in `../types.ts`).
 */
import type { Parts } from '../types.js';

/**
 * The strings of the launcher, the toast and the live region: with the engine, before the panel
 * (the `panel` part). The rest load with the panel's view (the `view` part).
 */
export const shell = {
  title: 'TRTC Doctor',
  openProblems: 'open problems',
  helpTitle: 'Call help',
  count: '{n} problems · {title}',
  countOne: '1 problem · {title}',
  dismiss: 'Dismiss',
  minimise: 'Minimise',
  moveHint: 'Drag, or use the arrow keys, to move.',
  newOne: 'New problem: {title}',
  newMany: '{n} new problems',
  loading: 'Loading…',
  loadFailed: 'This part could not load (offline, or blocked).',
  retry: 'Retry',
} satisfies Readonly<Record<string, string>>;

/** The report's headings and the device names core writes (`t()` in `src/core/strings.ts`). */
export const core = {
  camera: 'camera',
  microphone: 'microphone',
  both: 'camera and microphone',
  preflight: 'Preflight ({status})',
  reportTitle: 'TRTC problem report',
  sdkAppId: 'SDKAppID',
  room: 'Room',
  role: 'Role',
  user: 'User',
  time: 'Time',
  sdkVersion: 'SDK version',
  browser: 'Browser',
  secureContext: 'Secure context',
  page: 'Page',
  widget: 'Report by',
  whatHappened: 'What happened',
  timeline: 'Timeline (last {n})',
  noProblems: 'No problem recorded.',
  open: 'open',
  resolved: 'resolved',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  truncated: 'Shortened to fit {n} characters.',
} satisfies Readonly<Record<string, string>>;

/** The panel part of the English words. */
export const part: Parts['panel'] = { shell, core };
