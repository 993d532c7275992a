/**
 * The v5 SDK's words in English (`trtc-sdk-v5`), in our own words: one record per entry with
 * named fields. `V5Words` makes a missing code a type error. `../zh/v5.ts` holds the same entries.
 */
import type { EntryText, V5Words } from '../../catalog/types.js';
import type { Parts } from '../types.js';

/** Both room ID checks: the official page and the runtime swap 5012 and 5013. */
const ROOM_ID_FIX = [
  'A numeric room: pass `roomId` as an integer in [1, 4294967294].',
  'A named room: pass `strRoomId` as a non-empty string of at most 64 bytes; every user of the room must use the same form.',
];
const ROOM_ID_CAUSE = (doc: string, runtime: string): string =>
  `The room ID is invalid: Tencent's error page gives this code to ${doc}, the SDK itself to ${runtime} (either can be the cause).`;
const NUMERIC = 'a `roomId` outside [1, 4294967294]';
const NAMED = 'a `strRoomId` that is not a valid string';
const BROWSER_HINT = 'Open this page in the latest Chrome, Edge, Firefox or Safari.';
const NETWORK_HINT = 'Check your network and retry.';
/** A wrong call of the app: the end user can only reload or ask the app's support. */
const APP_HINT =
  "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.";
const FEATURE_HINT =
  'This feature does not work in this browser; to use it, open the latest Chrome, Edge, Firefox or Safari.';
const CODEC_HINT = 'Reload the page; if it happens again, update the browser or use another one.';
const CODEC_FIX = [
  "Lower the video profile (e.g. `updateLocalVideo({ option: { profile: '480p' } })`) and retry.",
  'Update the browser; if it repeats, send the report to support.',
];

/** The English words of every v5 entry. */
export const v5: V5Words = {
  5000: {
    title: 'Invalid parameter',
    cause:
      'A parameter of the call named in `error.functionName` is missing or invalid; the message names it.',
    fix: [
      'Read the message: it names the parameter and the value received.',
      'Check the call against the v5 API, e.g. `trtc.enterRoom({ sdkAppId, userId, userSig, roomId })`.',
    ],
    hint: APP_HINT,
  },
  5001: {
    title: 'Required parameter missing',
    cause:
      'A required parameter was not passed, e.g. `sdkAppId`, `userId` or `userSig` in `enterRoom()`.',
    fix: ['Pass the parameter the message names.'],
    hint: APP_HINT,
  },
  5002: {
    title: 'Parameter of the wrong type',
    cause: 'A parameter has the wrong type, e.g. `sdkAppId` as a string.',
    fix: ['Pass the type the message names (`sdkAppId` is a number).'],
    hint: APP_HINT,
  },
  5003: {
    title: 'Empty parameter',
    cause: "A parameter is empty (`''`, null) where a value is needed.",
    fix: ['Pass a value; check that the variable is set before the call.'],
    hint: APP_HINT,
  },
  5004: {
    title: 'Parameter is not the expected object',
    cause: 'A parameter must be an instance of a given class (e.g. `MediaStreamTrack`) and is not.',
    fix: ['Pass an object of the class the message names.'],
    hint: APP_HINT,
  },
  5005: {
    title: 'Value not allowed',
    cause: 'The value is not one of the allowed ones, e.g. a `role` other than anchor or audience.',
    fix: ['Use a value the message lists, best through the `TRTC.TYPE.*` constants.'],
    hint: APP_HINT,
  },
  5006: {
    title: 'Value below 0',
    cause: 'A number that must be 0 or more is negative.',
    fix: ['Pass 0 or a positive number.'],
    hint: APP_HINT,
  },
  5007: {
    title: 'Value below the minimum',
    cause: 'A number is smaller than its minimum; the message gives the minimum.',
    fix: ['Pass a value at or above the minimum in the message.'],
    hint: APP_HINT,
  },
  5008: {
    title: 'Value above the maximum',
    cause: 'A number is larger than its maximum; the message gives the maximum.',
    fix: ['Pass a value at or below the maximum in the message.'],
    hint: APP_HINT,
  },
  5009: {
    title: 'View element not found',
    cause:
      "The `view` is an element id that is not in the page when the call runs (e.g. `startLocalVideo({ view: 'local' })` before the element is rendered).",
    fix: [
      'Render the element first, then call; or pass the HTMLElement itself as `view`.',
      'Check the spelling of the id.',
    ],
    hint: APP_HINT,
  },
  5010: {
    title: 'View is not an element',
    cause:
      'The `view` is neither an element id nor an HTMLElement (e.g. a ref object or a jQuery wrapper).',
    fix: ['Pass the element id or the DOM element itself (`ref.current`, `$el[0]`).'],
    hint: APP_HINT,
  },
  5011: {
    title: 'Invalid streamId',
    cause:
      'A stream ID (CDN relay, mixing) has characters other than letters, digits, `-` and `_`, or is too long.',
    fix: ['Use only a-z, A-Z, 0-9, `-` and `_`, within 64 bytes.'],
    hint: APP_HINT,
  },
  5012: {
    title: 'Invalid room ID',
    cause: ROOM_ID_CAUSE(NUMERIC, NAMED),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5013: {
    title: 'Invalid room ID',
    cause: ROOM_ID_CAUSE(NAMED, NUMERIC),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5014: {
    title: 'streamType missing',
    cause:
      "The call names a remote user (not `'*'`) without a `streamType`, e.g. `startRemoteVideo({ userId, view })`.",
    fix: [
      'Pass `streamType: TRTC.TYPE.STREAM_TYPE_MAIN` (camera) or `TRTC.TYPE.STREAM_TYPE_SUB` (screen).',
    ],
    hint: APP_HINT,
  },
  5015: {
    title: 'No room ID',
    cause: '`enterRoom()` got neither `roomId` nor `strRoomId` (`roomId: 0` counts as none).',
    fix: ['Pass `roomId` (an integer 1–4294967294, not 0) or `strRoomId` (a string).'],
    hint: APP_HINT,
  },
  5016: {
    title: 'roomId given as a string',
    cause: "`roomId` must be a number, but a string (e.g. `'1234'`) was passed.",
    fix: [
      'Convert it: `roomId: Number(id)`.',
      'For rooms named by strings, pass `strRoomId` instead; every user of the room must use the same form.',
    ],
    hint: APP_HINT,
  },
  5017: {
    title: 'Empty message buffer',
    cause: '`sendSEIMessage()` or `sendCustomMessage()` got an ArrayBuffer of size 0.',
    fix: ['Send a non-empty buffer, e.g. `new TextEncoder().encode(text).buffer`.'],
    hint: APP_HINT,
  },
  5018: {
    title: 'Message buffer too large',
    cause:
      'The buffer given to `sendSEIMessage()` or `sendCustomMessage()` is over the limit (1000 bytes).',
    fix: ['Keep each message within 1000 bytes; split or shorten larger data.'],
    hint: APP_HINT,
  },
  5019: {
    title: 'switchRoom with the other ID type',
    cause: '`switchRoom()` got a `roomId` after entering with `strRoomId`, or the reverse.',
    fix: ['Switch with the same form of room ID as `enterRoom()` used.'],
    hint: APP_HINT,
  },
  5020: {
    title: 'Already in that room',
    cause: '`switchRoom()` targets the room you are already in.',
    fix: ['Compare with the current room before calling; nothing else to do.'],
    hint: 'You are already in this call; nothing to do.',
  },
  5100: {
    title: 'Call at the wrong time',
    cause:
      'The call is not allowed in the current state, e.g. `switchRole()` before `enterRoom()` resolved, or playing a user who is not there.',
    fix: [
      'Await `enterRoom()` before room calls; start remote video from `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE`.',
      '`error.extraCode` names the missing precondition.',
    ],
    hint: APP_HINT,
  },
  5101: {
    title: 'Not in the room yet',
    cause:
      'A room call (`startRemoteVideo`, `switchRole`, `muteRemoteAudio`...) ran before `enterRoom()` resolved, or after `exitRoom()`.',
    fix: ['Call `await trtc.enterRoom(...)` first; make no room calls after `exitRoom()`.'],
    hint: 'You are not in the call yet. Wait until you have joined, then retry.',
  },
  5102: {
    title: 'Remote user not there',
    cause:
      'The `userId` given to `startRemoteVideo()` (or a similar call) is not in the room, or has left.',
    fix: [
      'Start remote video in the `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE` handler, with its `userId` and `streamType`.',
    ],
    hint: 'The other person may have left the call.',
  },
  5103: {
    title: 'Stream type not published',
    cause:
      'The remote user publishes no stream of that `streamType`, e.g. `STREAM_TYPE_SUB` with no screen share.',
    fix: ['Use the `streamType` that `REMOTE_VIDEO_AVAILABLE` reports.'],
    hint: 'The other person is not sending this video right now.',
  },
  5104: {
    title: 'Repeated call',
    cause: 'The same call is already running or done, e.g. `startLocalVideo()` twice.',
    fix: [
      'Call it once; to change settings use `updateLocalVideo()` / `updateLocalAudio()`.',
      'Guard buttons against double clicks.',
    ],
    hint: 'This is already running; nothing to do.',
  },
  5105: {
    title: 'Camera not started',
    cause: 'The call needs the local camera, e.g. `updateLocalVideo()` before `startLocalVideo()`.',
    fix: ['Call `trtc.startLocalVideo()` first.'],
    hint: 'Turn on your camera first, then retry.',
  },
  5106: {
    title: 'Microphone or screen not started',
    cause:
      'The call needs the local microphone or the screen share, e.g. `updateLocalAudio()` before `startLocalAudio()`.',
    fix: ['Call `trtc.startLocalAudio()` (or `startScreenShare()`) first.'],
    hint: 'Turn on your microphone or screen share first, then retry.',
  },
  5107: {
    title: 'Not allowed for the audience',
    cause: 'In live mode the audience role cannot publish or do this call.',
    fix: [
      '`await trtc.switchRole(TRTC.TYPE.ROLE_ANCHOR)` first, or enter with `role: TRTC.TYPE.ROLE_ANCHOR`.',
    ],
    hint: 'You are in the audience and cannot do this.',
  },
  5108: {
    title: 'SEI not enabled',
    cause: '`sendSEIMessage()` needs SEI to be switched on when the instance is created.',
    fix: ['Create the instance with `TRTC.create({ enableSEI: true })`.'],
    hint: APP_HINT,
  },
  5109: {
    title: 'Publish first',
    cause:
      'The call works only once local media is published, e.g. `sendSEIMessage()` before `startLocalVideo()` finished.',
    fix: ['In the room, await `startLocalVideo()` (or `startLocalAudio()`) before this call.'],
    hint: 'Turn on your camera or microphone first, then retry.',
  },
  5200: {
    title: 'Not supported in this browser',
    cause:
      'The browser lacks what the call needs (WebRTC, H.264, screen share...), or the page is not https.',
    fix: [
      'Run `await TRTC.isSupported()` before entering and read its `detail`.',
      'Serve the page over https (or localhost).',
    ],
    hint: BROWSER_HINT,
  },
  5201: {
    title: 'Page is not https',
    cause:
      'The page runs in an insecure context (http on a host other than localhost), where browsers turn off camera, microphone and WebRTC.',
    fix: ['Serve the page over https; localhost is fine for development.'],
    hint: 'Open the https:// address of this page.',
  },
  5202: {
    title: 'No WebRTC',
    cause: 'The browser or in-app WebView has no WebRTC (too old, or switched off).',
    fix: ['Check with `TRTC.isSupported()` and show a browser hint when `result` is false.'],
    hint: BROWSER_HINT,
  },
  5203: {
    title: 'Cannot encode H.264',
    cause: 'The browser cannot encode H.264, so it cannot publish video that others can watch.',
    fix: ['Check `(await TRTC.isSupported()).detail.isH264EncodeSupported` before publishing.'],
    hint: BROWSER_HINT,
  },
  5204: {
    title: 'Cannot decode H.264',
    cause: "The browser cannot decode H.264, so it cannot show others' video.",
    fix: ['Check `(await TRTC.isSupported()).detail.isH264DecodeSupported` before playing.'],
    hint: BROWSER_HINT,
  },
  5205: {
    title: 'Screen sharing not supported',
    cause: 'The browser has no `getDisplayMedia` (most mobile browsers, old desktop ones).',
    fix: [
      'Check `detail.isScreenShareSupported` from `TRTC.isSupported()`; hide the share button when false.',
    ],
    hint: 'Use a desktop Chrome, Edge or Firefox to share your screen.',
  },
  5206: {
    title: 'Small stream not supported',
    cause: 'The browser cannot send the second, small video stream.',
    fix: ['Check `detail.isSmallStreamSupported`; publish without the small stream there.'],
    hint: FEATURE_HINT,
  },
  5207: {
    title: 'SEI not supported',
    cause: 'The browser cannot send or receive SEI messages.',
    fix: ['Check support before using SEI; use `sendCustomMessage()` where it is missing.'],
    hint: FEATURE_HINT,
  },
  5208: {
    title: 'No WebGL',
    cause:
      'WebGL is unavailable (hardware acceleration off, no GPU driver) and a feature needs it, e.g. a video effects plugin.',
    fix: ['Check WebGL before starting the feature; offer it only where it works.'],
    hint: 'Turn on hardware acceleration in the browser settings, then reload.',
  },
  5209: {
    title: 'Browser too old',
    cause: 'The browser version is below what the SDK or the feature needs.',
    fix: ['Check with `TRTC.isSupported()` and ask for an update.'],
    hint: 'Update your browser, then reload this page.',
  },
  5210: {
    title: 'Plugin not supported here',
    cause: '`trtc.startPlugin()` was called for a plugin this browser cannot run.',
    fix: [
      "Check the plugin's support before `startPlugin()`; offer the feature only where it works.",
    ],
    hint: FEATURE_HINT,
  },
  5300: {
    title: 'Camera or microphone problem',
    cause:
      'Getting or capturing a device failed in `startLocalVideo`, `startLocalAudio`, `startScreenShare` or an `update*` call; `error.extraCode` says why.',
    fix: [
      'Follow `error.extraCode` (5301–5310) or `error.originError.name`.',
      'Check devices before the call: `TRTC.getCameraList()`, `TRTC.getMicrophoneList()`.',
    ],
    hint: 'Check your camera and microphone, allow them for this page, then retry.',
  },
  5301: {
    title: 'No camera or microphone found',
    cause:
      'The browser found no device of the requested kind (none connected, or turned off in the system).',
    fix: [
      'List devices with `TRTC.getCameraList()` / `TRTC.getMicrophoneList()`; start only what exists.',
      'Then call `trtc.startLocalVideo()` / `startLocalAudio()` again.',
    ],
    hint: 'Connect a camera or microphone, then retry.',
  },
  5302: {
    title: 'Camera or microphone access denied',
    cause:
      'The user or the browser refused access; on Windows and macOS the operating system may also deny the browser itself.',
    fix: [
      'Have the user allow the device in the address bar, then call `startLocalVideo()` / `startLocalAudio()` again.',
      'When the system denied it, `error.handler` is set: call it from a click to open the system settings.',
    ],
    hint: 'Allow the camera and microphone for this page (and for the browser in the system settings), then retry.',
  },
  5303: {
    title: 'Device busy or failing',
    cause:
      'The device is there but cannot be opened: another app or tab uses it, or its driver failed.',
    fix: [
      'Ask the user to close other apps using it, then retry.',
      'Or use another device: `updateLocalVideo({ option: { cameraId } })`.',
    ],
    hint: 'Close other apps that use the camera or microphone, then retry.',
  },
  5304: {
    title: 'Device ID not valid',
    cause:
      'The `cameraId` / `microphoneId` matches no device (stale, saved from another session, or empty).',
    fix: [
      'Take the ID from a fresh `TRTC.getCameraList()` / `getMicrophoneList()`; forget saved IDs that are gone.',
    ],
    hint: 'Choose your camera or microphone again, then retry.',
  },
  5305: {
    title: 'Capture needs a click',
    cause:
      'The browser refused to capture because the page had no user interaction yet, or is in the background.',
    fix: [
      'Start capture from a click handler: call `startLocalVideo()` / `startLocalAudio()` there.',
    ],
    hint: 'Click the button again to start your camera or microphone.',
  },
  5306: {
    title: 'Device blocked by a policy',
    cause:
      'A policy forbids the device: an iframe without `allow="camera; microphone"`, a Permissions-Policy header, or an enterprise policy.',
    fix: [
      'Give the iframe `allow="camera; microphone; display-capture"`; check the page\'s Permissions-Policy header.',
    ],
    hint: "A policy stops this page from using the camera or microphone. Contact the app's support.",
  },
  5307: {
    title: 'Capture aborted',
    cause: 'The browser or the system aborted the capture, often a device that failed to start.',
    fix: ['Retry; if it repeats, reconnect the device or use another one.'],
    hint: 'Reconnect the device, then retry.',
  },
  5308: {
    title: 'Camera could not be recovered',
    cause:
      "The camera stopped (unplugged, taken by another app) and the SDK's automatic restart failed.",
    fix: [
      'Offer a retry: `trtc.updateLocalVideo({ option: { cameraId } })` with a camera from `TRTC.getCameraList()`, or `stopLocalVideo()` then `startLocalVideo()`.',
    ],
    hint: 'Check the camera cable, close other apps using it, then retry.',
  },
  5309: {
    title: 'Microphone could not be recovered',
    cause:
      "The microphone stopped (unplugged, taken by another app) and the SDK's automatic restart failed.",
    fix: [
      'Offer a retry: `trtc.updateLocalAudio({ option: { microphoneId } })` with one from `TRTC.getMicrophoneList()`, or `stopLocalAudio()` then `startLocalAudio()`.',
    ],
    hint: 'Check the microphone cable, close other apps using it, then retry.',
  },
  5310: {
    title: 'Microphone sample rate mismatch (Firefox)',
    cause:
      "In Firefox the microphone's sample rate differs from the page's audio processing, so its audio cannot be used.",
    fix: [
      'Set the microphone format to 48000 Hz in the system sound settings, or use Chrome or Edge.',
    ],
    hint: 'In the system sound settings, give the microphone the same sample rate as your other audio devices, or use another browser.',
  },
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

/** The v5 part of the English words. */
export const part: Parts['v5'] = { v5, notices };
