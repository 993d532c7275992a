/**
 * The official pages the seed error page links to, once each, where they are now: the 4.x API
 * reference moved under `/trtc/webrtc/v4/doc/`, and the account and join-room page became the v5
 * error page (it links the 4.x one; its old heading anchors are gone). Their labels are the packs'
 * lines `link:<NAME>` (`src/lang/`). Only `https:` URLs: the UI renders them as links.
 */
import { link } from './build.js';

const SDK_DOC = 'https://web.sdk.qcloud.com/trtc/webrtc/v4/doc/zh-cn/';
const TRTC_DOC = 'https://cloud.tencent.com/document/product/647/';

/** Browser support and device checks before a call (NOT_SUPPORTED, DEVICE_NOT_FOUND). */
export const SUPPORT_CHECK = link(
  `${SDK_DOC}tutorial-23-advanced-support-detection.html`,
  'link:SUPPORT_CHECK',
);

/** What to do for each reason of INITIALIZE_FAILED (the browser errors behind it). */
export const CAPTURE_ERRORS = link(
  `${SDK_DOC}module-ErrorCode.html#.INITIALIZE_FAILED`,
  'link:CAPTURE_ERRORS',
);

/** The error codes page: now v5's, with the link to the 4.x join-failure and account tables. */
export const JOIN_CODES = link(`${TRTC_DOC}34342`, 'link:JOIN_CODES');

/** The ports and domains a WebRTC call needs (the ICE_TRANSPORT_ERROR row's own link). */
export const PORTS = link(
  // The anchor of the heading "which ports or domains to allow for WebRTC": its UTF-8 bytes as
  // `.XX` (what `encodeURIComponent` writes as `%XX`).
  `${TRTC_DOC}34399#webrtc-.E9.9C.80.E8.A6.81.E9.85.8D.E7.BD.AE.E5.93.AA.E4.BA.9B.E7.AB.AF.E5.8F.A3.E6.88.96.E5.9F.9F.E5.90.8D.E4.B8.BA.E7.99.BD.E5.90.8D.E5.8D.95.EF.BC.9F`,
  'link:PORTS',
);

/** The autoplay guide of the SDK. */
export const AUTOPLAY = link(
  `${SDK_DOC}tutorial-21-advanced-auto-play-policy.html`,
  'link:AUTOPLAY',
);

/** Chrome's autoplay policy. */
export const CHROME_AUTOPLAY = link(
  'https://developer.chrome.com/blog/autoplay',
  'link:CHROME_AUTOPLAY',
);

/** The firewall page (the common-error rows link it without an anchor). */
export const FIREWALL = link(`${TRTC_DOC}34399`, 'link:FIREWALL');

/** The TRTC console (service status, account information). */
export const CONSOLE = link('https://console.cloud.tencent.com/trtc', 'link:CONSOLE');

/** Advanced permission control (privateMapKey). */
export const PRIVATE_MAP_KEY = link(`${TRTC_DOC}32240`, 'link:PRIVATE_MAP_KEY');
