/**
 * The few sentences core writes itself (action results, report headings), in both languages. The
 * panel's own strings live in the UI; the error texts live in the catalog.
 */
import type { Lang } from './types.js';

const en = {
  resumed: 'Playback resumed ({n}).',
  resumeFailed: 'Playback could not be resumed: click again, or allow autoplay for this site.',
  nothingToResume: 'No stream is waiting to play.',
  camera: 'camera',
  microphone: 'microphone',
  both: 'camera and microphone',
  granted: 'Access to the {kinds} is allowed.',
  denied: 'Access to the {kinds} was refused.',
  blocked:
    'This site is blocked from using the {kinds}: unblock it in the site settings, then reload.',
  noDevice: 'No {kinds} found: connect one and try again.',
  inUse: 'The {kinds} is busy (another app or tab uses it): close that and try again.',
  insecureContext: 'Camera and microphone only work on a secure page (https:// or localhost).',
  unsupported: 'This is not available in this browser or page.',
  failed: 'That did not work: {reason}',
  retried: 'Capture started again.',
  rejoined: 'Joined the room again.',
  devices: 'Cameras: {cameras}, microphones: {microphones}, speakers: {speakers}.',
  environmentOk: 'This browser meets the SDK requirements.',
  environmentBad: 'This browser does not meet the SDK requirements: {missing}.',
  environmentChecked: 'Environment checked (the SDK self-check was not available).',
  copied: 'Report copied to the clipboard.',
  copyFailed: 'Could not copy: select the report text and copy it by hand.',
  reportTitle: 'TRTC problem report',
  sdkAppId: 'SDKAppID',
  room: 'Room',
  user: 'User',
  time: 'Time',
  sdkVersion: 'SDK version',
  browser: 'Browser',
  page: 'Page',
  secureContext: 'Secure context',
  widget: 'Report by',
  whatHappened: 'What happened',
  timeline: 'Timeline (last {n})',
  noProblems: 'No problem recorded.',
  open: 'open',
  resolved: 'resolved',
  times: '×{n}',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  truncated: 'Shortened to fit {n} characters.',
} as const;

type Key = keyof typeof en;

const zh: Record<Key, string> = {
  resumed: '已恢复播放（{n} 路）。',
  resumeFailed: '未能恢复播放：请再点击一次，或允许本网站自动播放。',
  nothingToResume: '没有等待播放的流。',
  camera: '摄像头',
  microphone: '麦克风',
  both: '摄像头和麦克风',
  granted: '已允许使用{kinds}。',
  denied: '使用{kinds}的请求被拒绝。',
  blocked: '本网站已被禁止使用{kinds}：请在网站设置中解除禁止，然后刷新页面。',
  noDevice: '未找到{kinds}：请连接设备后重试。',
  inUse: '{kinds}正被其他应用或标签页占用：请关闭后重试。',
  insecureContext: '摄像头和麦克风只能在安全页面（https:// 或 localhost）中使用。',
  unsupported: '当前浏览器或页面不支持此操作。',
  failed: '操作未成功：{reason}',
  retried: '已重新开始采集。',
  rejoined: '已重新进入房间。',
  devices: '摄像头：{cameras}，麦克风：{microphones}，扬声器：{speakers}。',
  environmentOk: '当前浏览器满足 SDK 的要求。',
  environmentBad: '当前浏览器不满足 SDK 的要求：{missing}。',
  environmentChecked: '已检查环境（SDK 自检不可用）。',
  copied: '报告已复制到剪贴板。',
  copyFailed: '复制失败：请手动选中报告内容并复制。',
  reportTitle: 'TRTC 问题报告',
  sdkAppId: 'SDKAppID',
  room: '房间号',
  user: '用户 ID',
  time: '时间',
  sdkVersion: 'SDK 版本',
  browser: '浏览器',
  page: '页面',
  secureContext: '安全上下文',
  widget: '报告生成',
  whatHappened: '问题经过',
  timeline: '时间线（最近 {n} 条）',
  noProblems: '未记录到问题。',
  open: '未解决',
  resolved: '已解决',
  times: '×{n}',
  yes: '是',
  no: '否',
  unknown: '未知',
  truncated: '内容过长，已截断至 {n} 个字符。',
};

/** Key of a core string. */
export type StringKey = Key;

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const text: string = (lang === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in vars ? String(vars[name]) : all,
  );
}
