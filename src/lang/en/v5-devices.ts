/**
 * The English words of the v5 SDK (`trtc-sdk-v5`): its environment and device errors (`ENV_NOT_SUPPORTED` 5200, `DEVICE_ERROR` 5300 and their extra codes). Loaded when a problem needs them.
 */
import type { Parts } from '../types.js';

const BROWSER_HINT = 'Open this page in the latest Chrome, Edge, Firefox or Safari.';
const FEATURE_HINT =
  'This feature does not work in this browser; to use it, open the latest Chrome, Edge, Firefox or Safari.';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-devices']['v5'] = {
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
};

/** The v5-devices part of the English words. */
export const part: Parts['v5-devices'] = { v5 };
