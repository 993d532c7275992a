/**
 * The English words of the browser's errors (`browser:` entries: DOMException names and their variants). Loaded when a problem needs them.
 */
import type { EntryText } from '../../catalog/types.js';
import type { Parts } from '../types.js';

/** The entries' words by key. */
export const catalog = {
  'browser:NotAllowedError': {
    title: 'Permission denied',
    cause:
      "The user, the browser or the system's privacy settings refused camera, microphone or screen access, or a screen share was cancelled.",
    fix: [
      'Have the user allow it in the address bar, then `initialize()` again.',
      "If the browser allows it, check the system's privacy settings (macOS, Windows); a cancelled screen share needs only a new try.",
    ],
    hint: "Allow the camera and microphone in the address bar and in your system's privacy settings, then retry.",
  },
  // Also browser:AbortError.
  'browser:NotReadableError': {
    title: 'Device cannot be opened',
    cause: 'Another app holds the device, or the hardware or OS failed.',
    fix: ['Close apps using it, reconnect it and retry.', 'Check devices before calls.'],
    hint: 'Check the device cable, close apps using it, then retry.',
  },
  'browser:OverconstrainedError': {
    title: 'Device settings not supported',
    cause: 'No camera or microphone can meet a required constraint; `error.constraint` names it.',
    fix: [
      'Relax that constraint (`ideal` instead of `exact`), or pick another profile.',
      'Check what the device supports with `getCapabilities()`.',
    ],
    hint: 'Try another camera or microphone, then retry.',
  },
  // Also browser:TypeError.
  'browser:SecurityError': {
    title: 'Capture not allowed here',
    cause:
      'Not https, devices forbidden by a permissions policy (e.g. iframe), or no audio/video requested.',
    fix: [
      'Use https or localhost; iframes need `allow="camera; microphone"`; request audio or video.',
    ],
    hint: "This page may not use the camera or microphone. Open it over https, or contact the site's owner.",
  },
  'browser:OverconstrainedError/deviceId': {
    title: 'Invalid device ID',
    cause:
      'The cameraId / microphoneId is stale or empty (IDs change when a device is replugged or permissions are reset).',
    fix: ['Take the deviceId from a fresh `TRTC.getCameras()` / `TRTC.getMicrophones()`.'],
    hint: 'Choose the camera or microphone again, then retry.',
  },
  'browser:OverconstrainedError/resolution': {
    title: 'Resolution not supported',
    cause: 'The camera cannot capture the requested width, height or aspect ratio.',
    fix: [
      "Pick a lower video profile (`setVideoProfile('480p')`), or give width and height without `exact`.",
    ],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/frameRate': {
    title: 'Frame rate not supported',
    cause: 'The camera cannot capture at the requested frame rate.',
    fix: ['Lower the frame rate of the video profile (e.g. 15 fps), or drop `exact`.'],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/facingMode': {
    title: 'No camera facing that way',
    cause:
      'No camera faces the requested way (front `user` or back `environment`), e.g. on a laptop.',
    fix: ['Ask for `facingMode` as ideal rather than exact, or choose the camera by deviceId.'],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/audio': {
    title: 'Audio settings not supported',
    cause: 'The microphone cannot meet the requested sample rate, sample size or channel count.',
    fix: [
      "Use a standard audio profile (`setAudioProfile('standard')`) without exact `sampleRate` or `channelCount` values.",
    ],
    hint: 'Try another microphone, then retry.',
  },
  'browser:InsecureContext': {
    title: 'Page not secure: no camera access',
    cause:
      'On an http page (not https or localhost) the browser hides `navigator.mediaDevices`, so there is no capture API.',
    fix: [
      'Serve the page over https, or use http://localhost in development.',
      'Check `window.isSecureContext` before capturing.',
    ],
    hint: "Open this page with https:// in the address bar, or contact the site's owner.",
  },
} satisfies Readonly<Record<`browser:${string}`, EntryText>>;

/** The browser part of the English words. */
export const part: Parts['browser'] = { catalog };
