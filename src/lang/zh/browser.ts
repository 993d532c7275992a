/**
 * The Chinese words of the browser's errors (`browser:` entries: DOMException names and their variants). Loaded when a problem needs them. The keys of `../en/browser.ts`.
 */
import type { Parts } from '../types.js';

/** The entries' words by key. */
export const catalog: Parts['browser']['catalog'] = {
  'browser:NotAllowedError': {
    title: '设备权限被拒绝',
    cause: '用户、浏览器或系统隐私设置拒绝了摄像头、麦克风或屏幕分享，或屏幕分享被取消。',
    fix: [
      '让用户在地址栏允许后重新 `initialize()`。',
      '浏览器已允许时，检查系统隐私设置（macOS、Windows）；屏幕分享被取消则重试即可。',
    ],
    hint: '请在地址栏和系统隐私设置中允许摄像头和麦克风，然后重试。',
  },
  // Also browser:AbortError.
  'browser:NotReadableError': {
    title: '设备无法打开',
    cause: '设备被其他应用占用，或因硬件、系统的未知原因不可用。',
    fix: ['关闭占用设备的应用，重新插拔后重试。', '通话前先做设备检测。'],
    hint: '请检查设备连接，关闭占用它的应用后重试。',
  },
  'browser:OverconstrainedError': {
    title: '设备不支持所请求的参数',
    cause: '没有摄像头或麦克风能满足某项约束，`error.constraint` 指出是哪一项。',
    fix: [
      '放宽该约束（用 `ideal` 代替 `exact`），或换一个 profile。',
      '用 `getCapabilities()` 查看设备支持的范围。',
    ],
    hint: '请换一个摄像头或麦克风后重试。',
  },
  // Also browser:TypeError.
  'browser:SecurityError': {
    title: '页面不允许采集',
    cause: '页面非 HTTPS、被权限策略（如 iframe）禁用设备，或未请求音视频。',
    fix: [
      '使用 HTTPS 或 localhost；iframe 加 `allow="camera; microphone"`；至少请求 audio 或 video。',
    ],
    hint: '此页面不能使用摄像头或麦克风。请通过 https 打开，或联系网站所有者。',
  },
  'browser:OverconstrainedError/deviceId': {
    title: '设备 ID 无效',
    cause: 'cameraId / microphoneId 已失效或为空（设备重新插拔或权限重置后 ID 会变）。',
    fix: ['从最新的 `TRTC.getCameras()` / `TRTC.getMicrophones()` 结果取 deviceId。'],
    hint: '请重新选择摄像头或麦克风后重试。',
  },
  'browser:OverconstrainedError/resolution': {
    title: '分辨率不支持',
    cause: '摄像头无法采集所请求的宽、高或宽高比。',
    fix: ["选择更低的视频 profile（`setVideoProfile('480p')`），或不用 `exact` 指定宽高。"],
    hint: '请换一个摄像头后重试。',
  },
  'browser:OverconstrainedError/frameRate': {
    title: '帧率不支持',
    cause: '摄像头无法以所请求的帧率采集。',
    fix: ['降低视频 profile 的帧率（如 15 fps），或不用 `exact`。'],
    hint: '请换一个摄像头后重试。',
  },
  'browser:OverconstrainedError/facingMode': {
    title: '没有该朝向的摄像头',
    cause: '没有朝向所请求方向（前置 `user` 或后置 `environment`）的摄像头，如在笔记本电脑上。',
    fix: ['把 `facingMode` 设为 ideal 而非 exact，或按 deviceId 选择摄像头。'],
    hint: '请换一个摄像头后重试。',
  },
  'browser:OverconstrainedError/audio': {
    title: '音频参数不支持',
    cause: '麦克风无法满足所请求的采样率、采样位数或声道数。',
    fix: [
      "使用标准音频 profile（`setAudioProfile('standard')`），不要精确指定 `sampleRate` 或 `channelCount`。",
    ],
    hint: '请换一个麦克风后重试。',
  },
  'browser:InsecureContext': {
    title: '页面不安全，无法使用摄像头',
    cause:
      '在 http 页面（非 https 或 localhost）上，浏览器不提供 `navigator.mediaDevices`，因此没有采集接口。',
    fix: [
      '通过 https 提供页面，开发时使用 http://localhost。',
      '采集前检查 `window.isSecureContext`。',
    ],
    hint: '请在地址栏用 https:// 打开此页面，或联系网站所有者。',
  },
};

/** The browser part of the Chinese words. */
export const part: Parts['browser'] = { catalog };
