/**
 * The longer guides a card can show: how to unblock the camera and microphone in each browser,
 * and what a firewall must let through. The steps' words are in the language packs.
 */
import type { Lang } from '../core/types.js';
import { readPart } from '../lang/registry.js';

/** A browser the unblock guide covers (plus `system` for the operating system's own switch). */
export type BrowserId = 'chrome' | 'edge' | 'firefox' | 'safari' | 'ios' | 'wechat' | 'system';

/** The browsers of the unblock guide, in the order of `unblockSteps`' rows. */
export const BROWSERS: readonly BrowserId[] = [
  'chrome',
  'edge',
  'firefox',
  'safari',
  'ios',
  'wechat',
  'system',
];

/**
 * How to unblock camera and microphone, one `name|steps` row per browser of `BROWSERS`, in `lang`
 * (else a loaded language; none with no pack loaded). The steps live in the packs' `unblock`.
 */
export const unblockSteps = (lang: Lang): readonly string[] => {
  const steps = readPart(lang, 'view', (part) => part.unblock);
  return steps ? BROWSERS.map((id) => `${steps[id].name}|${steps[id].steps}`) : [];
};

// Order matters: WeChat and Edge also say "Chrome", and every iOS browser is WebKit, whose
// permissions live in the Safari-style site settings.
const SIGNS: readonly (readonly [BrowserId, RegExp])[] = [
  ['wechat', /MicroMessenger/i],
  ['ios', /iPhone|iPad|iPod/],
  ['edge', /Edg\//],
  ['firefox', /Firefox\//],
  ['chrome', /Chrome\/|Chromium\//],
  ['safari', /Macintosh.*Safari\//],
];

/** Which guide fits this browser, from its user agent; `undefined` for one we do not know. */
export const detectBrowser = (userAgent: string): BrowserId | undefined =>
  SIGNS.find(([, sign]) => sign.test(userAgent))?.[0];

/** UDP ports of the media, from Tencent's port whitelist page (the link below keeps it current). */
export const MEDIA_UDP_PORTS = '8000, 8080, 8800, 843, 443, 16285';

/** Domains the SDK contacts (read from trtc-js-sdk 4.x). */
export const SDK_DOMAINS: readonly string[] = [
  'schedule.cloud-rtc.com', // the first host an offline join() asks
  '*.rtc.qq.com',
  'schedule.rtc.qcloud.com',
  'schedule.rtc.tencentcloud.com',
  'schedule-ecdn.rtc.tencentcloud.com',
];

/** Tencent's official port and domain whitelist page. */
export const FIREWALL_DOC = 'https://cloud.tencent.com/document/product/647/34399';
