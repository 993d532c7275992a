/**
 * The few sentences core writes itself (action results, report headings), in both languages. The
 * panel's own strings live in the UI; the error texts live in the catalog. One row per key,
 * `[en, zh]`, so a key is written once and a missing translation fails the type check.
 */
import type { Lang } from './types.js';

const STRINGS = {
  resumed: ['Playback resumed ({n}).', '已恢复播放（{n} 路）。'],
  resumeFailed: [
    'Playback could not be resumed: click again, or allow autoplay for this site.',
    '未能恢复播放：请再点击一次，或允许本网站自动播放。',
  ],
  'nothing-to-do': ['No stream is waiting to play.', '没有等待播放的流。'],
  camera: ['camera', '摄像头'],
  microphone: ['microphone', '麦克风'],
  both: ['camera and microphone', '摄像头和麦克风'],
  granted: ['Access to the {kinds} is allowed.', '已允许使用{kinds}。'],
  denied: ['Access to the {kinds} was refused.', '使用{kinds}的请求被拒绝。'],
  blocked: [
    'This site is blocked from using the {kinds}: unblock it in the site settings, then reload.',
    '本网站已被禁止使用{kinds}：请在网站设置中解除禁止，然后刷新页面。',
  ],
  'no-device': [
    'No {kinds} found: connect one and try again.',
    '未找到{kinds}：请连接设备后重试。',
  ],
  'in-use': [
    'The {kinds} is busy (another app or tab uses it): close that and try again.',
    '{kinds}正被其他应用或标签页占用：请关闭后重试。',
  ],
  'insecure-context': [
    'Camera and microphone only work on a secure page (https:// or localhost).',
    '摄像头和麦克风只能在安全页面（https:// 或 localhost）中使用。',
  ],
  unsupported: ['This is not available in this browser or page.', '当前浏览器或页面不支持此操作。'],
  failed: ['That did not work: {reason}', '操作未成功：{reason}'],
  retried: ['Capture started again.', '已重新开始采集。'],
  rejoined: ['Joined the room again.', '已重新进入房间。'],
  reloading: ['Reloading the page…', '正在刷新页面…'],
  opened: [
    'System settings opened: allow the camera and microphone there, then try again.',
    '已打开系统设置：请在其中允许使用摄像头和麦克风，然后重试。',
  ],
  devices: [
    'Cameras: {cameras}, microphones: {microphones}, speakers: {speakers}.',
    '摄像头：{cameras}，麦克风：{microphones}，扬声器：{speakers}。',
  ],
  supported: ['This browser meets the SDK requirements.', '当前浏览器满足 SDK 的要求。'],
  'not-supported': [
    'This browser does not meet the SDK requirements: {missing}.',
    '当前浏览器不满足 SDK 的要求：{missing}。',
  ],
  environmentChecked: [
    'Environment checked (the SDK self-check was not available).',
    '已检查环境（SDK 自检不可用）。',
  ],
  'conn-ok': [
    'The connection is open: the scheduling host, signalling and WebRTC (with your STUN/TURN) all answer.',
    '网络连通：调度服务、信令和 WebRTC（含您的 STUN/TURN）均可访问。',
  ],
  'conn-no-stun-tested': [
    'The scheduling host and signalling answer over TCP 443. UDP was not tested: pass a STUN or TURN server in connectionTest.iceServers to test it.',
    '调度服务和信令可通过 TCP 443 访问。未测试 UDP：请在 connectionTest.iceServers 中提供 STUN 或 TURN 服务器。',
  ],
  'conn-offline': [
    'TRTC cannot be reached at all: HTTPS to the scheduling host and the WebSocket to signalling are both blocked. Check the network, or ask IT to allow *.rtc.qq.com and schedule.cloud-rtc.com on TCP 443.',
    '完全无法连接 TRTC：到调度服务的 HTTPS 和到信令的 WebSocket 都被阻断。请检查网络，或请 IT 放行 TCP 443 上的 *.rtc.qq.com 和 schedule.cloud-rtc.com。',
  ],
  'conn-no-schedule': [
    'The scheduling host is blocked (HTTPS): ask IT to allow schedule.cloud-rtc.com and the other TRTC domains on TCP 443.',
    '调度服务（HTTPS）被阻断：请 IT 放行 TCP 443 上的 schedule.cloud-rtc.com 及其他 TRTC 域名。',
  ],
  'conn-no-signal': [
    'HTTPS works but the secure WebSocket to signalling is blocked (a proxy that drops WebSockets?): ask IT to allow WebSocket to *.rtc.qq.com on TCP 443.',
    'HTTPS 可用，但到信令的安全 WebSocket 被阻断（代理不支持 WebSocket？）：请 IT 放行 TCP 443 上到 *.rtc.qq.com 的 WebSocket。',
  ],
  'conn-no-webrtc': [
    'WebRTC gathers no network candidate here (turned off by a policy or an extension?): calls cannot connect.',
    'WebRTC 无法收集任何网络候选地址（被策略或扩展禁用？）：无法建立通话。',
  ],
  'conn-udp-blocked': [
    'UDP is blocked: only TCP 443 works. Ask IT to open UDP {ports}, or set a TURN server.',
    'UDP 被阻断：只有 TCP 443 可用。请 IT 开放 UDP 端口 {ports}，或配置 TURN 服务器。',
  ],
  'conn-no-turn': [
    'The TURN server gives no relay: check its address, port and credentials (UDP works through STUN).',
    'TURN 服务器未提供中继：请检查其地址、端口和凭证（UDP 可通过 STUN 使用）。',
  ],
  'pre-usersig-none': [
    'No userSig seen yet (watch a client first).',
    '尚未获取到 userSig（请先监听客户端）。',
  ],
  'pre-usersig-ok': [
    'The userSig of {label} is valid for more than an hour.',
    '{label} 的 userSig 有效期超过一小时。',
  ],
  'pre-usersig-soon': [
    'The userSig of {label} expires within the hour.',
    '{label} 的 userSig 将在一小时内过期。',
  ],
  'pre-usersig-expired': ['The userSig of {label} has expired.', '{label} 的 userSig 已过期。'],
  'pre-usersig-mismatch': [
    'The userSig of {label} was made for another userId or SDKAppID.',
    '{label} 的 userSig 是为其他 userId 或 SDKAppID 生成的。',
  ],
  'pre-usersig-invalid': [
    'The userSig of {label} is not a TLS v2 userSig.',
    '{label} 的 userSig 不是 TLS v2 格式。',
  ],
  'pre-permission-granted': ['Camera and microphone are allowed.', '已允许使用摄像头和麦克风。'],
  'pre-permission-prompt': [
    'The browser will ask for the camera and microphone when the call starts.',
    '通话开始时浏览器会请求摄像头和麦克风权限。',
  ],
  'pre-permission-denied': [
    'The camera or microphone is blocked for this site: unblock it in the site settings.',
    '本网站的摄像头或麦克风已被禁止：请在网站设置中解除。',
  ],
  'pre-permission-unknown': [
    'This browser does not tell the permission states.',
    '当前浏览器不提供权限状态。',
  ],
  preflight: ['Preflight ({status})', '通话前检查（{status}）'],
  copied: ['Report copied to the clipboard.', '报告已复制到剪贴板。'],
  copyFailed: [
    'Could not copy: select the report text and copy it by hand.',
    '复制失败：请手动选中报告内容并复制。',
  ],
  reportTitle: ['TRTC problem report', 'TRTC 问题报告'],
  sdkAppId: ['SDKAppID', 'SDKAppID'],
  room: ['Room', '房间号'],
  role: ['Role', '角色'],
  user: ['User', '用户 ID'],
  time: ['Time', '时间'],
  sdkVersion: ['SDK version', 'SDK 版本'],
  browser: ['Browser', '浏览器'],
  secureContext: ['Secure context', '安全上下文'],
  page: ['Page', '页面'],
  widget: ['Report by', '报告生成'],
  whatHappened: ['What happened', '问题经过'],
  timeline: ['Timeline (last {n})', '时间线（最近 {n} 条）'],
  noProblems: ['No problem recorded.', '未记录到问题。'],
  open: ['open', '未解决'],
  resolved: ['resolved', '已解决'],
  yes: ['yes', '是'],
  no: ['no', '否'],
  unknown: ['unknown', '未知'],
  truncated: ['Shortened to fit {n} characters.', '内容过长，已截断至 {n} 个字符。'],
} satisfies Record<string, readonly [en: string, zh: string]>;

/** Key of a core string. */
export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang === 'zh' ? 1 : 0].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in vars ? String(vars[name]) : all,
  );
}
