/**
 * The English words of the v5 SDK (`trtc-sdk-v5`): its server, operation and unknown errors (5400, 5500, 5998, 5999), its events (`kicked-out`, `autoplay-failed`) and the notices about its setup. Loaded when a problem needs them.
 */
import type { EntryText } from '../../catalog/types.js';
import type { Parts } from '../types.js';

const NETWORK_HINT = 'Check your network and retry.';
/** A wrong call of the app: the end user can only reload or ask the app's support. */
const APP_HINT =
  "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.";
const CODEC_HINT = 'Reload the page; if it happens again, update the browser or use another one.';
const CODEC_FIX = [
  "Lower the video profile (e.g. `updateLocalVideo({ option: { profile: '480p' } })`) and retry.",
  'Update the browser; if it repeats, send the report to support.',
];

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-network']['v5'] = {
  5400: {
    title: 'Server refused the request',
    cause:
      'The TRTC server answered with an error; `error.extraCode` is its code (e.g. 70001 userSig expired, -100013 out of credit).',
    fix: [
      'Look up `error.extraCode`: most are account problems (userSig, sdkAppId, credit) fixed on your server or in the console.',
      'Then call `enterRoom()` again with fresh credentials.',
    ],
    hint: "The call service refused the request. Reload the page; if it happens again, contact the app's support.",
  },
  5401: {
    title: 'Feature needs a package',
    cause: 'The feature used needs a paid package that this sdkAppId does not have.',
    fix: ['Buy or enable the package in the TRTC console, or stop using the feature.'],
    hint: "This feature is not available for this app. Contact the app's support.",
  },
  5500: {
    title: 'Operation failed',
    cause:
      'The SDK retried and still failed, mostly a network or browser problem; `error.extraCode` or `error.originError` says more.',
    fix: [
      "Check the network, and that TRTC's domains and ports are allowed.",
      'Retry the call; if it repeats, send the report to support.',
    ],
    hint: NETWORK_HINT,
  },
  5501: {
    title: 'Media blocked by a firewall',
    cause:
      'The media connection could not be set up: a firewall or proxy blocks the UDP and TCP ports TRTC needs.',
    fix: [
      'Allow the ports and domains of the official whitelist (see the firewall guide).',
      'In a locked-down network, relay through your own proxy or TURN server: `enterRoom({ ..., proxy })`.',
      'Then call `enterRoom()` again.',
    ],
    hint: 'Your network may block calls: try another one, e.g. a phone hotspot.',
  },
  5502: {
    title: 'Reconnection gave up',
    cause: "The connection dropped and all of the SDK's reconnection attempts failed.",
    fix: [
      'Check the network, then call `enterRoom()` again.',
      'Show the state from `TRTC.EVENT.CONNECTION_STATE_CHANGED` while it reconnects.',
    ],
    hint: 'Check your network, then rejoin the call.',
  },
  5503: {
    title: 'Your event handler threw',
    cause:
      "An exception was thrown inside one of the page's own `trtc.on(...)` handlers; the SDK caught it.",
    fix: ['Read `error.originError` (its stack) and fix the handler; keep handlers from throwing.'],
    hint: APP_HINT,
  },
  5504: {
    title: 'Video context failed',
    cause:
      'The WebGL or canvas context used for video failed or was lost (GPU or driver trouble, too many contexts).',
    fix: [
      'Restart the video (`stopLocalVideo()`, then `startLocalVideo()`); release unused canvases.',
    ],
    hint: 'Reload the page; if it repeats, turn on hardware acceleration in the browser.',
  },
  5505: {
    title: 'Video encoding failed',
    cause:
      "The browser's video encoder failed (unsupported resolution or codec, or a hardware encoder error).",
    fix: CODEC_FIX,
    hint: CODEC_HINT,
  },
  5506: {
    title: 'Audio encoding failed',
    cause: "The browser's audio encoder failed.",
    fix: ['Restart the microphone (`stopLocalAudio()`, then `startLocalAudio()`).', CODEC_FIX[1]!],
    hint: CODEC_HINT,
  },
  5507: {
    title: 'Video decoding failed',
    cause:
      "The browser could not decode a remote user's video (codec not supported, or a decoder error).",
    fix: ['Play the user again (`stopRemoteVideo()`, then `startRemoteVideo()`).', CODEC_FIX[1]!],
    hint: CODEC_HINT,
  },
  5508: {
    title: 'Audio decoding failed',
    cause: "The browser could not decode a remote user's audio.",
    fix: ['Update the browser; if it repeats, send the report to support.'],
    hint: CODEC_HINT,
  },
  5998: {
    title: 'Call aborted',
    cause:
      'The SDK stopped a call that no longer made sense: repeated, or cancelled by `exitRoom()` (e.g. a second `startLocalVideo()` while the first runs).',
    fix: [
      'Usually harmless; avoid the overlapping call (await the first one, guard double clicks).',
    ],
    hint: 'The action was cancelled. Try it again if you need it.',
  },
  5999: {
    title: 'Unknown SDK error',
    cause: 'An unexpected error inside the SDK.',
    fix: [
      'Update `trtc-sdk-v5` to the latest version.',
      'Send the report, with the SDK log, to support.',
    ],
    hint: "Something went wrong. Reload the page; if it happens again, contact the app's support.",
  },
  'kicked-out/kick': {
    title: 'Same userId entered elsewhere',
    cause:
      'The SDK has already left the room: the same userId entered it from another tab or device. One userId twice in a room breaks the call for both.',
    fix: [
      'Give each user and each device its own userId.',
      'Do not enter again automatically on `KICKED_OUT`: the two would keep pushing each other out.',
    ],
    hint: 'Your account joined this call elsewhere: close the other tab or device, then rejoin.',
  },
  'kicked-out/banned': {
    title: 'Removed from the room',
    cause:
      'The SDK has already left the room: your server (the remove-user REST API) or an admin removed this user.',
    fix: [
      "Tell the user they were removed; if that was unexpected, check your server's removal calls.",
    ],
    hint: "You were removed from the call. If this is unexpected, contact the app's support.",
  },
  'kicked-out/room_disband': {
    title: 'Room dismissed',
    cause:
      'The SDK has already left the room: your server dismissed the room and everyone in it left.',
    fix: ['Tell the user the call has ended; then `trtc.destroy()` or enter another room.'],
    hint: 'The call has ended. You can close this page.',
  },
  'autoplay-failed': {
    title: 'Playback blocked by the browser',
    cause:
      'The browser blocks playing sound until the user interacts with the page; with `enableAutoPlayDialog` off, the SDK reports it as `autoplay-failed`.',
    fix: [
      "Call the event's `resume()` inside a click handler (the Resume button does this).",
      "Or keep the SDK's own prompt: leave `enableAutoPlayDialog` on.",
    ],
    hint: 'Click Resume to start playback.',
  },
  'autoplay-failed/no-resume': {
    title: 'Playback blocked by the browser (SDK below 5.9)',
    cause:
      'The browser blocks playback until the user interacts with the page; SDKs below 5.9 send `autoplay-failed` without a `resume()`.',
    fix: [
      'Inside a click handler, start playback again, e.g. `trtc.startRemoteVideo({ userId, streamType, view })`.',
      'Or leave `enableAutoPlayDialog` on, so the SDK shows its own prompt.',
      'Update `trtc-sdk-v5` to 5.9 or later to get `resume()`.',
    ],
    hint: 'Click the page to start playback.',
  },
};

/** The notices' words (`src/catalog/notices.ts`), by notice id. */
export const notices = {
  'v5:autoplay-dialog': {
    title: "The SDK's own autoplay dialog is on",
    cause:
      'With `enableAutoPlayDialog` on (the v5 default), the SDK shows its own dialog when the browser blocks playback and sends no `autoplay-failed` event, so this panel cannot offer Resume; with both, a user could see two prompts.',
    fix: [
      'To let this panel handle blocked playback: `TRTC.create({ enableAutoPlayDialog: false })` (or the same option in `enterRoom()`).',
      "To keep the SDK's dialog instead: leave it on; this panel then only records what the SDK reports.",
    ],
  },
} satisfies Readonly<Record<string, EntryText>>;

/** The v5-network part of the English words. */
export const part: Parts['v5-network'] = { v5, notices };
