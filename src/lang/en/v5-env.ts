/**
 * The English words of the v5 SDK (`trtc-sdk-v5`): its environment errors (`ENV_NOT_SUPPORTED`
 * 5200 and its extra codes). Loaded when a problem needs them.
 */
import type { Parts } from '../types.js';

const BROWSER_HINT = 'Open this page in the latest Chrome, Edge, Firefox or Safari.';
const FEATURE_HINT =
  'This feature does not work in this browser; to use it, open the latest Chrome, Edge, Firefox or Safari.';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-env']['v5'] = {
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
};

/** The v5 environment part of the English words. */
export const part: Parts['v5-env'] = { v5 };
