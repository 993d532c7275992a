/**
 * The sentences core writes about what it did, in English: action results, the preflight checklist
 * and the connection test's verdicts. Loaded with the first action. `{name}` placeholders are
 * filled by core.
 */
import type { Parts } from '../types.js';

/** Core's sentences by key (`t(lang, key)` in `src/core/strings.ts`). */
export const core = {
  resumed: 'Playback resumed ({n}).',
  resumeFailed: 'Playback could not be resumed: click again, or allow autoplay for this site.',
  'nothing-to-do': 'No stream is waiting to play.',
  granted: 'Access to the {kinds} is allowed.',
  denied: 'Access to the {kinds} was refused.',
  blocked:
    'This site is blocked from using the {kinds}: unblock it in the site settings, then reload.',
  'no-device': 'No {kinds} found: connect one and try again.',
  'in-use': 'The {kinds} is busy (another app or tab uses it): close that and try again.',
  'insecure-context': 'Camera and microphone only work on a secure page (https:// or localhost).',
  unsupported: 'This is not available in this browser or page.',
  failed: 'That did not work: {reason}',
  retried: 'Capture started again.',
  rejoined: 'Joined the room again.',
  reloading: 'Reloading the page…',
  opened: 'System settings opened: allow the camera and microphone there, then try again.',
  devices: 'Cameras: {cameras}, microphones: {microphones}, speakers: {speakers}.',
  supported: 'This browser meets the SDK requirements.',
  'not-supported': 'This browser does not meet the SDK requirements: {missing}.',
  environmentChecked: 'Environment checked (the SDK self-check was not available).',
  'conn-ok':
    'The connection is open: the scheduling host, signalling and WebRTC (with your STUN/TURN) all answer.',
  'conn-no-stun-tested':
    'The scheduling host and signalling answer over TCP 443. UDP was not tested: pass a STUN or TURN server in connectionTest.iceServers to test it.',
  'conn-offline':
    'TRTC cannot be reached at all: HTTPS to the scheduling host and the WebSocket to signalling are both blocked. Check the network, or ask IT to allow *.rtc.qq.com and schedule.cloud-rtc.com on TCP 443.',
  'conn-no-schedule':
    'The scheduling host is blocked (HTTPS): ask IT to allow schedule.cloud-rtc.com and the other TRTC domains on TCP 443.',
  'conn-no-signal':
    'HTTPS works but the secure WebSocket to signalling is blocked (a proxy that drops WebSockets?): ask IT to allow WebSocket to *.rtc.qq.com on TCP 443.',
  'conn-no-webrtc':
    'WebRTC gathers no network candidate here (turned off by a policy or an extension?): calls cannot connect.',
  'conn-udp-blocked':
    'UDP is blocked: only TCP 443 works. Ask IT to open UDP {ports}, or set a TURN server.',
  'conn-no-turn':
    'The TURN server gives no relay: check its address, port and credentials (UDP works through STUN).',
  'pre-usersig-none': 'No userSig seen yet (watch a client first).',
  'pre-usersig-ok': 'The userSig of {label} is valid for more than an hour.',
  'pre-usersig-soon': 'The userSig of {label} expires within the hour.',
  'pre-usersig-expired': 'The userSig of {label} has expired.',
  'pre-usersig-mismatch': 'The userSig of {label} was made for another userId or SDKAppID.',
  'pre-usersig-invalid': 'The userSig of {label} is not a TLS v2 userSig.',
  'pre-permission-granted': 'Camera and microphone are allowed.',
  'pre-permission-prompt':
    'The browser will ask for the camera and microphone when the call starts.',
  'pre-permission-denied':
    'The camera or microphone is blocked for this site: unblock it in the site settings.',
  'pre-permission-unknown': 'This browser does not tell the permission states.',
  copied: 'Report copied to the clipboard.',
  copyFailed: 'Could not copy: select the report text and copy it by hand.',
} satisfies Readonly<Record<string, string>>;

/** The actions part of the English words. */
export const part: Parts['actions'] = { core };
