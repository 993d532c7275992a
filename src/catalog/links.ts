/**
 * The official pages the seed error page links to, once each, where they are now: the 4.x API
 * reference moved under `/trtc/webrtc/v4/doc/`, and the account and join-room page became the v5
 * error page (it links the 4.x one; its old heading anchors are gone). Their labels are records
 * of the words (`en.ts`, `zh.ts`). Only `https:` URLs: the UI renders them as links.
 */
import { link } from './build.js';

const SDK_DOC = 'https://web.sdk.qcloud.com/trtc/webrtc/v4/doc/zh-cn/';
const TRTC_DOC = 'https://cloud.tencent.com/document/product/647/';

/**
 * A heading's anchor on cloud.tencent.com: its UTF-8 bytes as `.XX` (what `encodeURIComponent`
 * writes as `%XX`). Written from the heading, so the Chinese compresses instead of the hex.
 */
const anchor = (heading: string): string => encodeURIComponent(heading).replace(/%/g, '.');

/** Browser support and device checks before a call (NOT_SUPPORTED, DEVICE_NOT_FOUND). */
export const SUPPORT_CHECK = link(`${SDK_DOC}tutorial-23-advanced-support-detection.html`, 55);

/** What to do for each reason of INITIALIZE_FAILED (the browser errors behind it). */
export const CAPTURE_ERRORS = link(`${SDK_DOC}module-ErrorCode.html#.INITIALIZE_FAILED`, 56);

/** The error codes page: now v5's, with the link to the 4.x join-failure and account tables. */
export const JOIN_CODES = link(`${TRTC_DOC}34342`, 57);

/** The ports and domains a WebRTC call needs (the ICE_TRANSPORT_ERROR row's own link). */
export const PORTS = link(
  `${TRTC_DOC}34399#${anchor('webrtc-需要配置哪些端口或域名为白名单？')}`,
  58,
);

/** The autoplay guide of the SDK. */
export const AUTOPLAY = link(`${SDK_DOC}tutorial-21-advanced-auto-play-policy.html`, 59);

/** Chrome's autoplay policy. */
export const CHROME_AUTOPLAY = link('https://developer.chrome.com/blog/autoplay', 60);

/** The firewall page (the common-error rows link it without an anchor). */
export const FIREWALL = link(`${TRTC_DOC}34399`, 61);

/** The TRTC console (service status, account information). */
export const CONSOLE = link('https://console.cloud.tencent.com/trtc', 62);

/** Advanced permission control (privateMapKey). */
export const PRIVATE_MAP_KEY = link(`${TRTC_DOC}32240`, 63);
