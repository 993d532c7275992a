/**
 * The longer guides a card can show: how to unblock the camera and microphone in each browser,
 * and what a firewall must let through. Data only, both languages.
 */
import type { Lang } from '../core/types.js';

/** A browser the unblock guide covers (plus `system` for the operating system's own switch). */
export type BrowserId = 'chrome' | 'edge' | 'firefox' | 'safari' | 'ios' | 'wechat' | 'system';

/** One browser's steps: its name and the steps in one sentence, per language. */
export interface UnblockStep {
  readonly id: BrowserId;
  readonly name: Readonly<Record<Lang, string>>;
  readonly steps: Readonly<Record<Lang, string>>;
}

/** How to unblock camera and microphone, browser by browser. */
export const unblockSteps: readonly UnblockStep[] = [
  {
    id: 'chrome',
    name: { en: 'Chrome', zh: 'Chrome' },
    steps: {
      en: 'Click the icon left of the address bar > Site settings > Camera and Microphone > Allow, then reload the page.',
      zh: '点击地址栏左侧的图标 > 网站设置 > 摄像头、麦克风 > 允许，然后刷新页面。',
    },
  },
  {
    id: 'edge',
    name: { en: 'Edge', zh: 'Edge' },
    steps: {
      en: 'Click the lock icon left of the address bar > Permissions for this site > Camera and Microphone > Allow, then reload.',
      zh: '点击地址栏左侧的锁形图标 > 此站点的权限 > 摄像头、麦克风 > 允许，然后刷新页面。',
    },
  },
  {
    id: 'firefox',
    name: { en: 'Firefox', zh: 'Firefox' },
    steps: {
      en: 'Click the crossed-out camera or microphone icon in the address bar, remove the "Blocked" permissions, reload and choose Allow.',
      zh: '点击地址栏中被划掉的摄像头或麦克风图标，清除“已阻止”的权限，刷新后选择允许。',
    },
  },
  {
    id: 'safari',
    name: { en: 'Safari (macOS)', zh: 'Safari（macOS）' },
    steps: {
      en: 'Safari > Settings > Websites > Camera and Microphone: set this site to Allow, then reload.',
      zh: 'Safari 浏览器 > 设置 > 网站 > 摄像头、麦克风：将本网站设为“允许”，然后刷新页面。',
    },
  },
  {
    id: 'ios',
    name: { en: 'Safari (iOS)', zh: 'Safari（iOS）' },
    steps: {
      en: 'Tap aA in the address bar > Website Settings > Camera and Microphone > Allow, or Settings app > Safari > Camera / Microphone. Then reload.',
      zh: '点击地址栏的 aA > 网站设置 > 摄像头、麦克风 > 允许；或打开“设置” App > Safari 浏览器 > 摄像头 / 麦克风。然后刷新页面。',
    },
  },
  {
    id: 'wechat',
    name: { en: 'WeChat', zh: '微信' },
    steps: {
      en: "Allow WeChat to use the camera and microphone in the phone's settings (iOS: Settings > WeChat; Android: Settings > Apps > WeChat > Permissions). If it stays blocked, open the page in the system browser (… menu).",
      zh: '在手机系统设置中允许微信使用摄像头和麦克风（iOS：设置 > 微信；Android：设置 > 应用 > 微信 > 权限）。仍被阻止时，点右上角“…”选择在浏览器中打开。',
    },
  },
  {
    id: 'system',
    name: { en: 'Operating system', zh: '操作系统' },
    steps: {
      en: 'macOS: System Settings > Privacy & Security > Camera / Microphone. Windows: Settings > Privacy > Camera / Microphone. Allow the browser there.',
      zh: 'macOS：系统设置 > 隐私与安全性 > 摄像头 / 麦克风；Windows：设置 > 隐私 > 摄像头 / 麦克风。在其中允许浏览器使用。',
    },
  },
];

/**
 * Which guide fits this browser. Order matters: WeChat and Edge also say "Chrome", and every iOS
 * browser is WebKit, whose permissions live in the Safari-style site settings.
 */
export function detectBrowser(userAgent: string): BrowserId | undefined {
  const ua = userAgent;
  if (/MicroMessenger/i.test(ua)) return 'wechat';
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Edg\//.test(ua)) return 'edge';
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\//.test(ua)) return 'chrome';
  if (/Macintosh.*Safari\//.test(ua)) return 'safari';
  return undefined;
}

/** UDP ports of the media, from Tencent's port whitelist page (the link below keeps it current). */
export const MEDIA_UDP_PORTS = '8000, 8080, 8800, 843, 443, 16285';

/** Domains the SDK contacts (read from trtc-js-sdk 4.x). */
export const SDK_DOMAINS: readonly string[] = [
  '*.rtc.qq.com',
  'schedule.rtc.qcloud.com',
  'schedule.rtc.tencentcloud.com',
  'schedule-ecdn.rtc.tencentcloud.com',
];

/** Tencent's official port and domain whitelist page. */
export const FIREWALL_DOC = 'https://cloud.tencent.com/document/product/647/34399';
