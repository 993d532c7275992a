/**
 * The Chinese words of the v5 SDK (`trtc-sdk-v5`): its environment errors (`ENV_NOT_SUPPORTED`
 * 5200 and its extra codes). Loaded when a problem needs them. The keys of `../en/v5-env.ts`.
 */
import type { Parts } from '../types.js';

const BROWSER_HINT = '请使用最新版 Chrome、Edge、Firefox 或 Safari 打开本页面。';
const FEATURE_HINT =
  '此浏览器不支持该功能；如需使用，请换用最新版 Chrome、Edge、Firefox 或 Safari。';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-env']['v5'] = {
  5200: {
    title: '当前浏览器不支持',
    cause: '浏览器缺少该调用需要的能力（WebRTC、H.264、屏幕分享等），或页面不是 https。',
    fix: [
      '进房前执行 `await TRTC.isSupported()` 并查看其 `detail`。',
      '通过 https（或 localhost）提供页面。',
    ],
    hint: BROWSER_HINT,
  },
  5201: {
    title: '页面不是 https',
    cause: '页面运行在非安全上下文（localhost 以外的 http），浏览器会禁用摄像头、麦克风和 WebRTC。',
    fix: ['通过 https 提供页面；开发时可用 localhost。'],
    hint: '请使用本页面的 https:// 地址打开。',
  },
  5202: {
    title: '不支持 WebRTC',
    cause: '浏览器或 App 内置 WebView 没有 WebRTC（版本太旧或被关闭）。',
    fix: ['用 `TRTC.isSupported()` 检测，`result` 为 false 时提示用户更换浏览器。'],
    hint: BROWSER_HINT,
  },
  5203: {
    title: '不支持 H.264 编码',
    cause: '浏览器不能编码 H.264，因此无法推出其他人能观看的视频。',
    fix: ['推流前检查 `(await TRTC.isSupported()).detail.isH264EncodeSupported`。'],
    hint: BROWSER_HINT,
  },
  5204: {
    title: '不支持 H.264 解码',
    cause: '浏览器不能解码 H.264，因此无法显示其他人的视频。',
    fix: ['播放前检查 `(await TRTC.isSupported()).detail.isH264DecodeSupported`。'],
    hint: BROWSER_HINT,
  },
  5205: {
    title: '不支持屏幕分享',
    cause: '浏览器没有 `getDisplayMedia`（大多数移动端浏览器、较旧的桌面浏览器）。',
    fix: [
      '检查 `TRTC.isSupported()` 的 `detail.isScreenShareSupported`，为 false 时隐藏分享按钮。',
    ],
    hint: '请使用桌面版 Chrome、Edge 或 Firefox 分享屏幕。',
  },
  5206: {
    title: '不支持小流',
    cause: '浏览器无法额外发送一路小画面视频流。',
    fix: ['检查 `detail.isSmallStreamSupported`，不支持时不开启小流。'],
    hint: FEATURE_HINT,
  },
  5207: {
    title: '不支持 SEI',
    cause: '浏览器无法发送或接收 SEI 消息。',
    fix: ['使用 SEI 前先检测支持情况；不支持时改用 `sendCustomMessage()`。'],
    hint: FEATURE_HINT,
  },
  5208: {
    title: '不支持 WebGL',
    cause: 'WebGL 不可用（硬件加速关闭、没有显卡驱动），而某个功能需要它，例如视频特效插件。',
    fix: ['启用该功能前检测 WebGL，只在可用时提供。'],
    hint: '请在浏览器设置中开启硬件加速，然后刷新页面。',
  },
  5209: {
    title: '浏览器版本过低',
    cause: '浏览器版本低于 SDK 或该功能的要求。',
    fix: ['用 `TRTC.isSupported()` 检测并提示用户升级。'],
    hint: '请升级浏览器后重新打开本页面。',
  },
  5210: {
    title: '当前环境不支持该插件',
    cause: '对当前浏览器无法运行的插件调用了 `trtc.startPlugin()`。',
    fix: ['`startPlugin()` 前先检测插件的支持情况，只在可用时提供该功能。'],
    hint: FEATURE_HINT,
  },
};

/** The v5 environment part of the Chinese words. */
export const part: Parts['v5-env'] = { v5 };
