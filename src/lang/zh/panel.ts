/**
 * The Chinese words loaded with the engine: the launcher's strings (`shell`) and
 * the report's headings (the panel's view has its own part, `./view.ts`). The keys of `../en/panel.ts`.
 */
import type { Parts } from '../types.js';

/** The strings of the launcher, the toast and the live region (the `panel` part). */
export const shell: Parts['panel']['shell'] = {
  title: 'TRTC 诊断',
  openProblems: '个未解决的问题',
  helpTitle: '通话帮助',
  count: '{n} 个问题 · {title}',
  countOne: '1 个问题 · {title}',
  dismiss: '关闭提示',
  minimise: '最小化',
  moveHint: '可拖动或用方向键移动。',
  newOne: '新问题：{title}',
  newMany: '{n} 个新问题',
  loading: '加载中…',
  loadFailed: '这部分没能加载（离线或被拦截）。',
  retry: '重试',
};

/** The report's headings and the device names core writes (`t()` in `src/core/strings.ts`). */
export const core: Parts['panel']['core'] = {
  camera: '摄像头',
  microphone: '麦克风',
  both: '摄像头和麦克风',
  preflight: '通话前检查（{status}）',
  reportTitle: 'TRTC 问题报告',
  sdkAppId: 'SDKAppID',
  room: '房间号',
  role: '角色',
  user: '用户 ID',
  time: '时间',
  sdkVersion: 'SDK 版本',
  browser: '浏览器',
  secureContext: '安全上下文',
  page: '页面',
  widget: '报告生成',
  whatHappened: '问题经过',
  timeline: '时间线（最近 {n} 条）',
  noProblems: '未记录到问题。',
  open: '未解决',
  resolved: '已解决',
  yes: '是',
  no: '否',
  unknown: '未知',
  truncated: '内容过长，已截断至 {n} 个字符。',
};

/** The panel part of the Chinese words. */
export const part: Parts['panel'] = { shell, core };
