/**
 * The English words loaded with the panel: its strings and the unblock guide (`./ui.ts`) and
 * the report's headings. These keys are the contract of every pack (`Parts` in `../types.ts`).
 */
import type { Parts } from '../types.js';
import { ui, unblock } from './ui.js';

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
export const part: Parts['panel'] = { ui, unblock, core };
