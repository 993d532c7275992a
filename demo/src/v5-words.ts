/**
 * The v5 pages' own words, in English and Chinese (the words the pages share with the 4.x pages,
 * such as the room form and the log, stay in i18n.ts). Elements carry `data-v5-i18n="key"`.
 */
import type { Lang } from '../../src/index';

const en = {
  navV4: 'SDK 4.x pages',
  navV5Overlay: 'v5: script tag',
  navV5Support: 'v5: support panel',
  navV5Qa: 'v5: QA view',
  overlayIntro:
    'The real TRTC SDK v5 (trtc-sdk-v5) and trtc-doctor, loaded with two plain <script> tags: every TRTC.create() instance is watched with no code change. Each button below makes the real SDK fail; the corner panel explains it (Ctrl+Shift+D opens it).',
  supportIntro:
    'A v5 call page as an end user sees it: the app imports trtc-sdk-v5 and trtc-doctor, calls doctor.watchTrtc(trtc), and mounts the panel inline below with plain wording.',
  qaIntro:
    'For QA with v5: developer wording, and the timeline, environment and report tabs in the panel. The "Simulate" buttons deliver events an offline page cannot cause through the real instance\'s own emit().',
  real: 'Real v5 errors',
  simulate: "Simulate (through the instance's own emit)",
  enterEmpty: 'enterRoom({})',
  enterEmptyNote: '5000 / 5001: sdkAppId, userId and userSig are required.',
  roomIdString: "enterRoom({ roomId: '1234' })",
  roomIdStringNote: '5000 / 5016: roomId must be a number (or use strRoomId).',
  roomIdZero: 'enterRoom({ roomId: 0 })',
  roomIdZeroNote: '5000 / 5015: roomId must be between 1 and 4294967294.',
  camera: 'startLocalVideo()',
  cameraNote:
    '5300 / 5301 without a camera; 5302 when permission is denied; a local preview when it works.',
  viewMissing: "startLocalVideo({ view: 'nope' })",
  viewMissingNote: '5000 / 5009: no element with that id on the page.',
  seiOff: 'sendSEIMessage()',
  seiOffNote: '5100 / 5108: needs TRTC.create({ enableSEI: true }).',
  remoteBeforeEnter: 'startRemoteVideo() before enterRoom()',
  remoteBeforeEnterNote: '5100 / 5101: enter the room first.',
  switchRoleBeforeEnter: 'switchRole() before enterRoom()',
  switchRoleBeforeEnterNote: '5100 / 5101: enter the room first.',
  enter: 'enterRoom()',
  enterNote:
    "Offline or without credentials: 5500, the schedule failed (kept on this page's host). With a real sdkAppId and userSig it enters the room.",
  exit: 'exitRoom()',
  kickedOut: 'kicked-out',
  kickedOutNote: "Each click the next reason: 'kick', 'banned', 'room_disband'.",
  autoplayFailed: 'autoplay-failed',
  autoplayFailedNote:
    "A remote user's audio was blocked: the card's Resume calls the event's resume() in your click, which plays a generated tone.",
  firewall: 'error 5501',
  firewallNote:
    "The media connection is blocked by a firewall: the card lists the ports. (It first makes one real error, enterRoom({}), to get the SDK's error class.)",
  empty: 'No SDK global: the script tag for trtc-v5.js did not load.',
  emitAllV5: 'Emit every v5 catalog entry',
};

type Words = Record<keyof typeof en, string>;

const zh: Words = {
  navV4: 'SDK 4.x 页面',
  navV5Overlay: 'v5：脚本标签',
  navV5Support: 'v5：客服面板',
  navV5Qa: 'v5：测试视图',
  overlayIntro:
    '用两个普通的 <script> 标签加载真实的 TRTC SDK v5（trtc-sdk-v5）和 trtc-doctor：不改任何代码，每个 TRTC.create() 实例都被监听。下面每个按钮都会让真实 SDK 报错，由角落里的面板解释原因（Ctrl+Shift+D 打开）。',
  supportIntro:
    '终端用户看到的 v5 通话页面：应用导入 trtc-sdk-v5 和 trtc-doctor，调用 doctor.watchTrtc(trtc)，并把面板以内嵌方式、用通俗的说法挂在下方。',
  qaIntro:
    'v5 测试视图：开发者说明，面板中有时间线、环境和报告。“模拟”按钮通过真实实例自己的 emit() 发出离线页面无法产生的事件。',
  real: '真实的 v5 错误',
  simulate: '模拟（通过实例自己的 emit）',
  enterEmpty: 'enterRoom({})',
  enterEmptyNote: '5000 / 5001：sdkAppId、userId 和 userSig 为必填参数。',
  roomIdString: "enterRoom({ roomId: '1234' })",
  roomIdStringNote: '5000 / 5016：roomId 必须是数字（或改用 strRoomId）。',
  roomIdZero: 'enterRoom({ roomId: 0 })',
  roomIdZeroNote: '5000 / 5015：roomId 必须在 1 到 4294967294 之间。',
  camera: 'startLocalVideo()',
  cameraNote: '没有摄像头时为 5300 / 5301；权限被拒绝时为 5302；成功则显示本地预览。',
  viewMissing: "startLocalVideo({ view: 'nope' })",
  viewMissingNote: '5000 / 5009：页面上没有这个 id 的元素。',
  seiOff: 'sendSEIMessage()',
  seiOffNote: '5100 / 5108：需要 TRTC.create({ enableSEI: true })。',
  remoteBeforeEnter: '进房前调用 startRemoteVideo()',
  remoteBeforeEnterNote: '5100 / 5101：请先进入房间。',
  switchRoleBeforeEnter: '进房前调用 switchRole()',
  switchRoleBeforeEnterNote: '5100 / 5101：请先进入房间。',
  enter: 'enterRoom()',
  enterNote:
    '离线或没有凭证时为 5500，调度失败（请求只发往本页所在的主机）。填写真实的 sdkAppId 和 userSig 即可进房。',
  exit: 'exitRoom()',
  kickedOut: 'kicked-out',
  kickedOutNote: "每次点击换一个原因：'kick'、'banned'、'room_disband'。",
  autoplayFailed: 'autoplay-failed',
  autoplayFailedNote:
    '某个远端用户的声音被浏览器拦截：卡片上的“恢复播放”按钮在你的点击中调用事件的 resume()，播放一段生成的音调。',
  firewall: 'error 5501',
  firewallNote:
    '媒体连接被防火墙拦截：卡片会列出需要放行的端口。（会先产生一个真实错误 enterRoom({})，以取得 SDK 的错误类。）',
  empty: '没有 SDK 全局对象：trtc-v5.js 的脚本标签没有加载。',
  emitAllV5: '发出全部 v5 目录条目',
};

/** A word key of the v5 pages. */
export type V5WordKey = keyof typeof en;

const WORDS: Record<Lang, Words> = { en, zh };

/** The v5 word for `key` in `lang`. */
export function v5Word(lang: Lang, key: V5WordKey): string {
  return WORDS[lang][key];
}

/** Rewrites every `data-v5-i18n` text of the page in `lang`. */
export function applyV5Lang(lang: Lang): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-v5-i18n]')) {
    el.textContent = v5Word(lang, el.dataset.v5I18n as V5WordKey);
  }
}
