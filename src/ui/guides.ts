/**
 * The longer guides a card can show: how to unblock the camera and microphone in each browser,
 * and what a firewall must let through. Data only, both languages.
 */
import type { Lang } from '../core/types.js';

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
 * How to unblock camera and microphone, one row per browser of `BROWSERS`, per language:
 * `name|steps`, the name shown in bold before the steps.
 */
export const unblockSteps: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Chrome|Click the icon left of the address bar > Site settings > Camera and Microphone > Allow, then reload the page.',
    'Edge|Click the lock icon left of the address bar > Permissions for this site > Camera and Microphone > Allow, then reload.',
    'Firefox|Click the crossed-out camera or microphone icon in the address bar, remove the "Blocked" permissions, reload and choose Allow.',
    'Safari (macOS)|Safari > Settings > Websites > Camera and Microphone: set this site to Allow, then reload.',
    'Safari (iOS)|Tap aA in the address bar > Website Settings > Camera and Microphone > Allow, or Settings app > Safari > Camera / Microphone. Then reload.',
    "WeChat|Allow WeChat to use the camera and microphone in the phone's settings (iOS: Settings > WeChat; Android: Settings > Apps > WeChat > Permissions). If it stays blocked, open the page in the system browser (… menu).",
    'Operating system|macOS: System Settings > Privacy & Security > Camera / Microphone. Windows: Settings > Privacy > Camera / Microphone. Allow the browser there.',
  ],
  zh: [
    'Chrome|点击地址栏左侧的图标 > 网站设置 > 摄像头、麦克风 > 允许，然后刷新页面。',
    'Edge|点击地址栏左侧的锁形图标 > 此站点的权限 > 摄像头、麦克风 > 允许，然后刷新页面。',
    'Firefox|点击地址栏中被划掉的摄像头或麦克风图标，清除“已阻止”的权限，刷新后选择允许。',
    'Safari（macOS）|Safari 浏览器 > 设置 > 网站 > 摄像头、麦克风：将本网站设为“允许”，然后刷新页面。',
    'Safari（iOS）|点击地址栏的 aA > 网站设置 > 摄像头、麦克风 > 允许；或打开“设置” App > Safari 浏览器 > 摄像头 / 麦克风。然后刷新页面。',
    '微信|在手机系统设置中允许微信使用摄像头和麦克风（iOS：设置 > 微信；Android：设置 > 应用 > 微信 > 权限）。仍被阻止时，点右上角“…”选择在浏览器中打开。',
    '操作系统|macOS：系统设置 > 隐私与安全性 > 摄像头 / 麦克风；Windows：设置 > 隐私 > 摄像头 / 麦克风。在其中允许浏览器使用。',
  ],
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
