/**
 * The sentences core writes about what it did, in Chinese: action results, the preflight checklist
 * and the connection test's verdicts. Loaded with the first action. `{name}` placeholders are
 * filled by core. The keys of `../en/actions.ts`.
 */
import type { Parts } from '../types.js';

/** Core's sentences by key (`t(lang, key)` in `src/core/strings.ts`). */
export const core: Parts['actions']['core'] = {
  resumed: '已恢复播放（{n} 路）。',
  resumeFailed: '未能恢复播放：请再点击一次，或允许本网站自动播放。',
  'nothing-to-do': '没有等待播放的流。',
  granted: '已允许使用{kinds}。',
  denied: '使用{kinds}的请求被拒绝。',
  blocked: '本网站已被禁止使用{kinds}：请在网站设置中解除禁止，然后刷新页面。',
  'no-device': '未找到{kinds}：请连接设备后重试。',
  'in-use': '{kinds}正被其他应用或标签页占用：请关闭后重试。',
  'insecure-context': '摄像头和麦克风只能在安全页面（https:// 或 localhost）中使用。',
  unsupported: '当前浏览器或页面不支持此操作。',
  failed: '操作未成功：{reason}',
  retried: '已重新开始采集。',
  rejoined: '已重新进入房间。',
  reloading: '正在刷新页面…',
  opened: '已打开系统设置：请在其中允许使用摄像头和麦克风，然后重试。',
  devices: '摄像头：{cameras}，麦克风：{microphones}，扬声器：{speakers}。',
  supported: '当前浏览器满足 SDK 的要求。',
  'not-supported': '当前浏览器不满足 SDK 的要求：{missing}。',
  environmentChecked: '已检查环境（SDK 自检不可用）。',
  'conn-ok': '网络连通：调度服务、信令和 WebRTC（含您的 STUN/TURN）均可访问。',
  'conn-no-stun-tested':
    '调度服务和信令可通过 TCP 443 访问。未测试 UDP：请在 connectionTest.iceServers 中提供 STUN 或 TURN 服务器。',
  'conn-offline':
    '完全无法连接 TRTC：到调度服务的 HTTPS 和到信令的 WebSocket 都被阻断。请检查网络，或请 IT 放行 TCP 443 上的 *.rtc.qq.com 和 schedule.cloud-rtc.com。',
  'conn-no-schedule':
    '调度服务（HTTPS）被阻断：请 IT 放行 TCP 443 上的 schedule.cloud-rtc.com 及其他 TRTC 域名。',
  'conn-no-signal':
    'HTTPS 可用，但到信令的安全 WebSocket 被阻断（代理不支持 WebSocket？）：请 IT 放行 TCP 443 上到 *.rtc.qq.com 的 WebSocket。',
  'conn-no-webrtc': 'WebRTC 无法收集任何网络候选地址（被策略或扩展禁用？）：无法建立通话。',
  'conn-udp-blocked':
    'UDP 被阻断：只有 TCP 443 可用。请 IT 开放 UDP 端口 {ports}，或配置 TURN 服务器。',
  'conn-no-turn': 'TURN 服务器未提供中继：请检查其地址、端口和凭证（UDP 可通过 STUN 使用）。',
  'pre-usersig-none': '尚未获取到 userSig（请先监听客户端）。',
  'pre-usersig-ok': '{label} 的 userSig 有效期超过一小时。',
  'pre-usersig-soon': '{label} 的 userSig 将在一小时内过期。',
  'pre-usersig-expired': '{label} 的 userSig 已过期。',
  'pre-usersig-mismatch': '{label} 的 userSig 是为其他 userId 或 SDKAppID 生成的。',
  'pre-usersig-invalid': '{label} 的 userSig 不是 TLS v2 格式。',
  'pre-permission-granted': '已允许使用摄像头和麦克风。',
  'pre-permission-prompt': '通话开始时浏览器会请求摄像头和麦克风权限。',
  'pre-permission-denied': '本网站的摄像头或麦克风已被禁止：请在网站设置中解除。',
  'pre-permission-unknown': '当前浏览器不提供权限状态。',
  copied: '报告已复制到剪贴板。',
  copyFailed: '复制失败：请手动选中报告内容并复制。',
};

/** The actions part of the Chinese words. */
export const part: Parts['actions'] = { core };
