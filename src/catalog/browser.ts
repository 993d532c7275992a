/**
 * Browser errors (DOMException names) from `getUserMedia`/`getDisplayMedia`: the five common-error
 * rows of the seed page, plus SecurityError and TypeError, which the same calls throw on an
 * insecure page. `browser:<Name>`; they also arrive as the `name` of an INITIALIZE_FAILED.
 */
import { CAPTURE, ENVIRONMENT, entry, texts, type EntrySpec } from './build.js';
import { HINT_ALLOW, HINT_DEVICE, NO_DEVICE_TEXT } from './shared.js';
import { CAPTURE_ERRORS, SUPPORT_CHECK } from './links.js';
import type { BrowserErrorName, CatalogEntry } from './types.js';

/** NotReadableError and AbortError: the device is there but will not open. */
const DEVICE_FAILED = texts(
  [
    '设备无法打开',
    '设备被其他应用占用，或因硬件、系统的未知原因不可用。',
    ['关闭占用设备的应用，重新插拔后重试。', '通话前先做设备检测。'],
    HINT_DEVICE.zh,
  ],
  [
    'Device cannot be opened',
    'Another app holds the device, or the hardware or OS failed.',
    ['Close apps using it, reconnect it and retry.', 'Check devices before calls.'],
    HINT_DEVICE.en,
  ],
);

/** SecurityError and TypeError: the page may not capture at all. */
const INSECURE = texts(
  [
    '页面不允许采集',
    '页面非 HTTPS、被权限策略（如 iframe）禁用设备，或未请求音视频。',
    ['使用 HTTPS 或 localhost；iframe 加 `allow="camera; microphone"`；至少请求 audio 或 video。'],
  ],
  [
    'Capture not allowed here',
    'Not https, devices forbidden by a permissions policy (e.g. iframe), or no audio/video requested.',
    ['Use https or localhost; iframes need `allow="camera; microphone"`; request audio or video.'],
  ],
);

const browserSpecs: Record<BrowserErrorName, EntrySpec> = {
  NotAllowedError: {
    actions: ['request-permission', 'check-devices'],
    guide: 'unblock-permission',
    docs: [CAPTURE_ERRORS],
    text: texts(
      [
        '设备权限被拒绝',
        '用户或浏览器拒绝了摄像头、麦克风或屏幕分享。',
        ['让用户在地址栏允许后重新 `initialize()`（macOS 还需在系统隐私设置中允许）。'],
        HINT_ALLOW.zh,
      ],
      [
        'Permission denied',
        'The user or browser refused camera, microphone or screen access.',
        [
          'Have the user allow it in the address bar, then `initialize()` again (macOS: Privacy settings too).',
        ],
        HINT_ALLOW.en,
      ],
    ),
  },
  NotFoundError: {
    actions: ['check-devices', 'retry-capture'],
    docs: [SUPPORT_CHECK, CAPTURE_ERRORS],
    text: NO_DEVICE_TEXT,
  },
  NotReadableError: { actions: CAPTURE, docs: [CAPTURE_ERRORS], text: DEVICE_FAILED },
  OverconstrainedError: {
    actions: CAPTURE,
    docs: [CAPTURE_ERRORS],
    text: texts(
      [
        '设备 ID 无效',
        'cameraId / microphoneId 已失效或为空。',
        ['从最新的 `TRTC.getCameras()` 结果取 deviceId。'],
      ],
      [
        'Invalid device ID',
        'The cameraId / microphoneId is stale or empty.',
        ['Take the deviceId from a fresh `TRTC.getCameras()`.'],
      ],
    ),
  },
  AbortError: { actions: CAPTURE, docs: [SUPPORT_CHECK], text: DEVICE_FAILED },
  SecurityError: { actions: ENVIRONMENT, text: INSECURE },
  TypeError: { actions: ENVIRONMENT, text: INSECURE },
};

/** The browser entries, `browser:<Name>`. */
export const browserEntries: readonly CatalogEntry[] = Object.entries(browserSpecs).map(
  ([name, spec]) => entry('browser', name, spec),
);
