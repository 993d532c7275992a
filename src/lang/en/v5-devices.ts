/**
 * The English words of the v5 SDK (`trtc-sdk-v5`): its device errors (`DEVICE_ERROR` 5300 and its
 * extra codes). Loaded when a problem needs them.
 */
import type { Parts } from '../types.js';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-devices']['v5'] = {
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
