/**
 * The Chinese words of the v5 SDK (`trtc-sdk-v5`): its server, operation and unknown errors (5400, 5500, 5998, 5999), its events (`kicked-out`, `autoplay-failed`) and the notices about its setup. Loaded when a problem needs them. The keys of `../en/v5-network.ts`.
 */
import type { Parts } from '../types.js';

const NETWORK_HINT = '请检查网络后重试。';
/** 应用调用有误：终端用户只能刷新页面或联系应用客服。 */
const APP_HINT = '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。';
const CODEC_HINT = '请刷新页面；如再次出现，请升级浏览器或换用其他浏览器。';
const CODEC_FIX = [
  "降低视频档位（如 `updateLocalVideo({ option: { profile: '480p' } })`）后重试。",
  '升级浏览器；仍然出现请把报告发给技术支持。',
];

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-network']['v5'] = {
  5400: {
    title: '服务端拒绝了请求',
    cause:
      'TRTC 服务端返回了错误，`error.extraCode` 是它的错误码（如 70001 userSig 过期、-100013 欠费）。',
    fix: [
      '查 `error.extraCode`：多数是账号问题（userSig、sdkAppId、欠费），需要在你的服务端或控制台解决。',
      '然后用新的凭据重新调用 `enterRoom()`。',
    ],
    hint: '通话服务拒绝了请求。请刷新页面；如再次出现，请联系应用客服。',
  },
  5401: {
    title: '该功能需要购买套餐',
    cause: '使用的功能需要付费套餐，而该 sdkAppId 没有开通。',
    fix: ['在 TRTC 控制台为该应用购买或开通套餐，或不再使用该功能。'],
    hint: '该应用暂不能使用此功能，请联系应用客服。',
  },
  5500: {
    title: '操作失败',
    cause:
      'SDK 多次重试后仍然失败，多为网络或浏览器问题；`error.extraCode` 或 `error.originError` 有更多信息。',
    fix: [
      '检查网络，并确认 TRTC 需要的域名和端口已放行。',
      '重试该调用；仍然失败请把报告发给技术支持。',
    ],
    hint: NETWORK_HINT,
  },
  5501: {
    title: '媒体连接被防火墙拦截',
    cause: '无法建立媒体连接：防火墙或代理拦截了 TRTC 需要的 UDP 和 TCP 端口。',
    fix: [
      '放行官方白名单中的端口和域名（见防火墙指引）。',
      '在受限网络中，通过自己的代理或 TURN 服务器中转：`enterRoom({ ..., proxy })`。',
      '然后重新调用 `enterRoom()`。',
    ],
    hint: '你的网络可能拦截了通话：请换一个网络，例如手机热点。',
  },
  5502: {
    title: '重连失败',
    cause: '连接中断，SDK 的所有重连尝试都失败了。',
    fix: [
      '检查网络后重新调用 `enterRoom()`。',
      '重连期间可根据 `TRTC.EVENT.CONNECTION_STATE_CHANGED` 显示连接状态。',
    ],
    hint: '请检查网络，然后重新加入通话。',
  },
  5503: {
    title: '你的事件回调抛出了异常',
    cause: '页面自己的某个 `trtc.on(...)` 回调中抛出了异常，被 SDK 捕获。',
    fix: ['查看 `error.originError`（及其调用栈）并修复该回调；回调中不要抛出异常。'],
    hint: APP_HINT,
  },
  5504: {
    title: '视频上下文异常',
    cause: '视频使用的 WebGL 或 canvas 上下文出错或丢失（显卡或驱动问题、上下文过多）。',
    fix: ['重启视频（先 `stopLocalVideo()` 再 `startLocalVideo()`）；释放不用的 canvas。'],
    hint: '请刷新页面；仍然出现请在浏览器中开启硬件加速。',
  },
  5505: {
    title: '视频编码失败',
    cause: '浏览器的视频编码器出错（分辨率或编码格式不支持，或硬件编码器故障）。',
    fix: CODEC_FIX,
    hint: CODEC_HINT,
  },
  5506: {
    title: '音频编码失败',
    cause: '浏览器的音频编码器出错。',
    fix: ['重启麦克风（先 `stopLocalAudio()` 再 `startLocalAudio()`）。', CODEC_FIX[1]!],
    hint: CODEC_HINT,
  },
  5507: {
    title: '视频解码失败',
    cause: '浏览器无法解码某个远端用户的视频（编码格式不支持或解码器出错）。',
    fix: ['重新播放该用户（先 `stopRemoteVideo()` 再 `startRemoteVideo()`）。', CODEC_FIX[1]!],
    hint: CODEC_HINT,
  },
  5508: {
    title: '音频解码失败',
    cause: '浏览器无法解码某个远端用户的音频。',
    fix: ['升级浏览器；仍然出现请把报告发给技术支持。'],
    hint: CODEC_HINT,
  },
  5998: {
    title: '调用被中止',
    cause:
      'SDK 中止了一个已无意义的调用：重复调用，或被 `exitRoom()` 取消（例如第一次 `startLocalVideo()` 还没完成又调用了一次）。',
    fix: ['通常无害；避免重叠调用（等待前一次完成，按钮防连点）。'],
    hint: '操作已取消，如有需要请重试。',
  },
  5999: {
    title: '未知 SDK 错误',
    cause: 'SDK 内部出现了意外错误。',
    fix: ['把 `trtc-sdk-v5` 升级到最新版本。', '把报告连同 SDK 日志发给技术支持。'],
    hint: '出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'kicked-out/kick': {
    title: '同一 userId 在别处进房',
    cause:
      'SDK 已经退出了房间：同一个 userId 从另一个标签页或设备进入了该房间。同一 userId 在房间里出现两次，双方的通话都会出问题。',
    fix: [
      '为每个用户、每台设备分配独立的 userId。',
      '收到 `KICKED_OUT` 后不要自动重新进房，否则两端会不停地互相踢出。',
    ],
    hint: '你的账号在别处加入了本次通话：请关闭另一个标签页或设备，然后重新加入。',
  },
  'kicked-out/banned': {
    title: '被移出房间',
    cause: 'SDK 已经退出了房间：你的服务端（移除用户的 REST API）或管理员移除了该用户。',
    fix: ['告知用户已被移出；如非预期，请检查服务端的移除调用。'],
    hint: '你已被移出通话。如非预期，请联系应用客服。',
  },
  'kicked-out/room_disband': {
    title: '房间已解散',
    cause: 'SDK 已经退出了房间：你的服务端解散了房间，房间内所有人都已离开。',
    fix: ['告知用户通话已结束；随后 `trtc.destroy()` 或进入其他房间。'],
    hint: '通话已结束，可以关闭本页面。',
  },
  'autoplay-failed': {
    title: '播放被浏览器阻止',
    cause:
      '用户与页面交互之前，浏览器会阻止播放声音；`enableAutoPlayDialog` 关闭时，SDK 以 `autoplay-failed` 事件报告。',
    fix: [
      '在点击事件中调用该事件的 `resume()`（“恢复播放”按钮就是这样做的）。',
      '或保留 SDK 自带的提示：保持 `enableAutoPlayDialog` 开启。',
    ],
    hint: '请点击“恢复播放”开始播放。',
  },
  'autoplay-failed/no-resume': {
    title: '播放被浏览器阻止（SDK 低于 5.9）',
    cause:
      '用户与页面交互之前，浏览器会阻止播放；低于 5.9 的 SDK 发出的 `autoplay-failed` 没有 `resume()`。',
    fix: [
      '在点击事件中重新开始播放，例如 `trtc.startRemoteVideo({ userId, streamType, view })`。',
      '或保持 `enableAutoPlayDialog` 开启，由 SDK 显示自己的提示。',
      '把 `trtc-sdk-v5` 升级到 5.9 或更高版本以获得 `resume()`。',
    ],
    hint: '请点击页面开始播放。',
  },
};

/** The notices' words (`src/catalog/notices.ts`), by notice id. */
export const notices: Parts['v5-network']['notices'] = {
  'v5:autoplay-dialog': {
    title: 'SDK 自带的自动播放弹窗已开启',
    cause:
      '`enableAutoPlayDialog` 开启时（v5 默认开启），浏览器阻止播放后 SDK 会弹出自己的对话框，且不会派发 `autoplay-failed` 事件，因此本面板无法提供“恢复播放”；两者同时存在时，用户可能看到两个提示。',
    fix: [
      '若要由本面板处理播放受阻：`TRTC.create({ enableAutoPlayDialog: false })`（或在 `enterRoom()` 中传入同名参数）。',
      '若要保留 SDK 的弹窗：保持开启即可，本面板只记录 SDK 报告的内容。',
    ],
  },
};

/** The v5-network part of the Chinese words. */
export const part: Parts['v5-network'] = { v5, notices };
