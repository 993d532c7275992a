/**
 * The Chinese words of the v5 SDK (`trtc-sdk-v5`): its device errors (`DEVICE_ERROR` 5300 and its
 * extra codes). Loaded when a problem needs them. The keys of `../en/v5-devices.ts`.
 */
import type { Parts } from '../types.js';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-devices']['v5'] = {
  5300: {
    title: '摄像头或麦克风异常',
    cause:
      '`startLocalVideo`、`startLocalAudio`、`startScreenShare` 或其 `update*` 接口获取或采集设备失败，`error.extraCode` 说明了原因。',
    fix: [
      '按 `error.extraCode`（5301–5310）或 `error.originError.name` 处理。',
      '通话前先检测设备：`TRTC.getCameraList()`、`TRTC.getMicrophoneList()`。',
    ],
    hint: '请检查摄像头和麦克风，并允许本页面使用它们，然后重试。',
  },
  5301: {
    title: '找不到摄像头或麦克风',
    cause: '浏览器找不到所请求类型的设备（没有连接，或在系统中被禁用）。',
    fix: [
      '用 `TRTC.getCameraList()` / `TRTC.getMicrophoneList()` 列出设备，只开启存在的设备。',
      '然后重新调用 `trtc.startLocalVideo()` / `startLocalAudio()`。',
    ],
    hint: '请连接摄像头或麦克风后重试。',
  },
  5302: {
    title: '摄像头或麦克风权限被拒绝',
    cause: '用户或浏览器拒绝了访问；在 Windows 和 macOS 上，也可能是操作系统拒绝了浏览器本身。',
    fix: [
      '请用户在地址栏中允许该设备，然后重新调用 `startLocalVideo()` / `startLocalAudio()`。',
      '若是系统拒绝，`error.handler` 会存在：在点击事件中调用它即可打开系统设置。',
    ],
    hint: '请允许本页面（并在系统设置中允许浏览器）使用摄像头和麦克风，然后重试。',
  },
  5303: {
    title: '设备被占用或异常',
    cause: '设备存在但无法打开：被其他应用或标签页占用，或驱动出错。',
    fix: [
      '请用户关闭占用设备的其他应用后重试。',
      '或换用其他设备：`updateLocalVideo({ option: { cameraId } })`。',
    ],
    hint: '请关闭正在使用摄像头或麦克风的其他应用，然后重试。',
  },
  5304: {
    title: '设备 ID 无效',
    cause: '`cameraId` / `microphoneId` 对应不到任何设备（已过期、来自之前保存的值，或为空）。',
    fix: [
      '从最新的 `TRTC.getCameraList()` / `getMicrophoneList()` 中取 ID；丢弃已不存在的已保存 ID。',
    ],
    hint: '请重新选择摄像头或麦克风后重试。',
  },
  5305: {
    title: '采集需要用户点击',
    cause: '页面还没有用户交互，或处于后台，浏览器拒绝采集。',
    fix: ['在点击事件的处理函数中调用 `startLocalVideo()` / `startLocalAudio()`。'],
    hint: '请再次点击按钮开启摄像头或麦克风。',
  },
  5306: {
    title: '设备被安全策略禁止',
    cause:
      '有策略禁止使用设备：iframe 没有 `allow="camera; microphone"`、页面的 Permissions-Policy 头，或企业策略。',
    fix: [
      '给 iframe 加上 `allow="camera; microphone; display-capture"`；检查页面的 Permissions-Policy 头。',
    ],
    hint: '有策略禁止本页面使用摄像头或麦克风。请联系应用客服。',
  },
  5307: {
    title: '采集被中止',
    cause: '浏览器或系统中止了采集，常见于设备启动失败。',
    fix: ['重试；仍然出现请重新连接设备或换用其他设备。'],
    hint: '请重新连接设备后重试。',
  },
  5308: {
    title: '摄像头无法恢复',
    cause: '摄像头中断（被拔出、被其他应用占用），SDK 的自动重启失败。',
    fix: [
      '提供重试：用 `TRTC.getCameraList()` 中的摄像头调用 `trtc.updateLocalVideo({ option: { cameraId } })`，或先 `stopLocalVideo()` 再 `startLocalVideo()`。',
    ],
    hint: '请检查摄像头连接线，关闭占用它的其他应用，然后重试。',
  },
  5309: {
    title: '麦克风无法恢复',
    cause: '麦克风中断（被拔出、被其他应用占用），SDK 的自动重启失败。',
    fix: [
      '提供重试：用 `TRTC.getMicrophoneList()` 中的麦克风调用 `trtc.updateLocalAudio({ option: { microphoneId } })`，或先 `stopLocalAudio()` 再 `startLocalAudio()`。',
    ],
    hint: '请检查麦克风连接线，关闭占用它的其他应用，然后重试。',
  },
  5310: {
    title: '麦克风采样率不匹配（Firefox）',
    cause: '在 Firefox 中，麦克风的采样率与页面的音频处理不一致，因此无法使用它的声音。',
    fix: ['在系统声音设置中把麦克风格式设为 48000 Hz，或改用 Chrome、Edge。'],
    hint: '请在系统声音设置中让麦克风与其他音频设备使用相同的采样率，或换用其他浏览器。',
  },
};

/** The v5-devices part of the Chinese words. */
export const part: Parts['v5-devices'] = { v5 };
