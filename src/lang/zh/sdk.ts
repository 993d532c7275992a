/**
 * The Chinese words of the 4.x SDK's own errors (`sdk:` entries, with the `client-banned` reasons) and of the page messages it throws (`message:`). Loaded when a problem needs them. The keys of `../en/sdk.ts`.
 */
import type { Parts } from '../types.js';

/** The entries' words by key. */
export const catalog: Parts['sdk']['catalog'] = {
  'sdk:INVALID_PARAMETER': {
    title: '参数无效',
    cause: '参数缺失或有误，报错会写明是哪个。',
    fix: ['对照 API 文档修正（如 `sdkAppId` 须为数字）。'],
    hint: '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'sdk:INVALID_OPERATION': {
    title: '调用时机不对',
    cause: '当前状态不允许该调用，如在 `join()` 之前 `publish()`。',
    fix: ['依次 await `join()`、`initialize()`、`publish()`，勿重复调用未完成的调用。'],
    hint: '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'sdk:NOT_SUPPORTED': {
    title: '浏览器不支持',
    cause: '浏览器缺少 WebRTC 等能力，或页面不是 HTTPS。',
    fix: ['进房前用 `TRTC.checkSystemRequirements()` 检测。', '使用 HTTPS 或 localhost。'],
    hint: '请换用最新版 Chrome、Edge、Firefox 或 Safari。',
  },
  // Also browser:NotFoundError.
  'sdk:DEVICE_NOT_FOUND': {
    title: '找不到摄像头或麦克风',
    cause: '没有符合请求的摄像头、麦克风或屏幕源。',
    fix: ['先用 `TRTC.getCameras()` 等检查，只采集已有设备。'],
    hint: '请连接摄像头或麦克风后重试。',
  },
  'sdk:INITIALIZE_FAILED': {
    title: '采集失败',
    cause: '`initialize()` 打不开设备，原因见 `error.name`。',
    fix: ['按 `error.name` 对应的浏览器错误处理。'],
    hint: '摄像头或麦克风未能启动：请关闭占用它的其他应用，确认浏览器和系统设置允许使用，然后重试。',
  },
  'sdk:SIGNAL_CAHNNEL_SETUP_FAILED': {
    title: '信令连接被拒绝',
    cause: '服务器拒绝连接，多为帐号参数问题。',
    fix: ['按 `getExtraCode()` 处理，并核对 sdkAppId、userId、userSig。'],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  // Also message:failed to connect to remote server via websocket.
  'sdk:SIGNAL_CHANNEL_ERROR': {
    title: '信令连接失败',
    cause: '信令 WebSocket 连接失败或断开（离线或 wss 被拦截）。',
    fix: ['检查网络并放行 wss，然后刷新重新进房。'],
    hint: '请检查网络后重试。',
  },
  // Also message:DTLS Transport connection timeout (10s), message:ICE/DTLS Transport connection failed, message:RtcError: no valid ice candidate found.
  'sdk:ICE_TRANSPORT_ERROR': {
    title: '媒体通道建立失败',
    cause: 'ICE/DTLS（或 STUN）失败或超时，多因防火墙拦截 UDP。',
    fix: [
      '按官方白名单放行端口和域名。',
      '仅开放 TCP 443 时，用 `client.setTurnServer()` 配置 TURN。',
      '然后重新进房。',
    ],
    hint: '网络可能限制了通话，可换个网络（如手机热点）。',
  },
  'sdk:JOIN_ROOM_FAILED': {
    title: '进房失败',
    cause: '服务器拒绝进房或未响应（错误码 0 表示超时）。',
    fix: ['按 `getExtraCode()` 或报错中的 `code:` 处理；超时则重进。'],
    hint: '无法加入通话。请检查网络后重试；如再次出现，请联系应用客服。',
  },
  'sdk:CREATE_OFFER_FAILED': {
    title: '创建 Offer 失败',
    cause: '浏览器 `createOffer()` 出错，多因版本过旧。',
    fix: ['升级浏览器。', '重试；仍失败请将报告发给技术支持。'],
    hint: '请将浏览器更新到最新版本后重试。',
  },
  // Also message:SignalChannel reconnect failed.
  'sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED': {
    title: '信令重连失败',
    cause: '信令断开后，SDK 多次重连均失败。',
    fix: ['检查网络后 `leave()` 并重新 `join()`。'],
    hint: '请检查网络后重试。',
  },
  'sdk:UPLINK_RECONNECTION_FAILED': {
    title: '推流连接中断',
    cause: '推流（上行）连接断开，且未能恢复。',
    fix: ['检查网络后重新进房并重新推流。'],
    hint: '请检查网络后重试。',
  },
  'sdk:REMOTE_STREAM_NOT_EXIST': {
    title: '远端流已不存在',
    cause: '订阅时对方停止了推流，属正常交互。',
    fix: ['无需处理。'],
    hint: '对方已停止发送音视频，无需处理。',
  },
  'sdk:CLIENT_BANNED': {
    title: '被移出房间',
    cause:
      '同一 userId 在别处进房（同一 userId 同时在房会导致双方通话异常）、应用移出了该用户，或房间已解散。',
    fix: ['查看 `client-banned` 的 `reason`；勿自动重进。'],
    hint: '你已离开通话。如在其他页面或设备上加入过，请关闭后再重新加入。',
  },
  // Also sdk:API_CALL_TIMEOUT.
  'sdk:SERVER_TIMEOUT': {
    title: '服务器响应超时',
    cause: '服务器未及时响应报错中的请求，多因网络抖动或丢包。',
    fix: ['检查网络后重试，反复出现则重新进房。'],
    hint: '请检查网络后重试。',
  },
  'sdk:SUBSCRIPTION_TIMEOUT': {
    title: '订阅超时',
    cause: '订阅远端流未及时完成。',
    fix: ['检查网络后重新 `subscribe()`。'],
    hint: '请检查网络后重试。',
  },
  'sdk:PLAY_NOT_ALLOWED': {
    title: '浏览器阻止了自动播放',
    cause: '用户与页面交互前，浏览器禁止播放有声媒体。',
    fix: ['在点击回调中调用 `stream.resume()`。', '或先静音播放，点击后再取消静音。'],
    hint: '点击页面即可播放。',
  },
  'sdk:DEVICE_AUTO_RECOVER_FAILED': {
    title: '设备恢复失败',
    cause: '推流中的设备被拔出或松动，自动恢复失败。',
    fix: ['提供重试：`switchDevice()` 或重新 `initialize()`。'],
    hint: '请检查设备连接，关闭占用它的应用后重试。',
  },
  'sdk:START_PUBLISH_CDN_FAILED': {
    title: 'CDN 推流失败',
    cause: '`startPublishCDNStream()` 被拒绝或超时。',
    fix: ['在 `publish()` 成功后调用。', '重试；仍失败请将报告发给技术支持。'],
    hint: '通话的某项功能出错。请重试；如再次出现，请联系应用客服。',
  },
  'sdk:STOP_PUBLISH_CDN_FAILED': {
    title: '停止 CDN 推流失败',
    cause: '`stopPublishCDNStream()` 失败或超时。',
    fix: ['重试；仍失败请将报告发给技术支持。'],
    hint: '通话的某项功能出错。请重试；如再次出现，请联系应用客服。',
  },
  'sdk:START_MIX_TRANSCODE_FAILED': {
    title: '混流失败',
    cause: '`startMixTranscode()` 被拒绝或超时，多因参数不合法。',
    fix: ['在 `join()` 之后调用，`mixUsers` 须包含自己。', '重试；仍失败请将报告发给技术支持。'],
    hint: '通话的某项功能出错。请重试；如再次出现，请联系应用客服。',
  },
  'sdk:STOP_MIX_TRANSCODE_FAILED': {
    title: '停止混流失败',
    cause: '`stopMixTranscode()` 失败或超时。',
    fix: ['重试；仍失败请将报告发给技术支持。'],
    hint: '通话的某项功能出错。请重试；如再次出现，请联系应用客服。',
  },
  'sdk:NOT_SUPPORTED_H264': {
    title: '不支持 H.264',
    cause: '设备或浏览器无法编解码 H.264。',
    fix: ['用 `checkSystemRequirements()` 提前检测。'],
    hint: '请换用最新版 Chrome、Edge、Firefox 或 Safari。',
  },
  'sdk:SWITCH_ROLE_FAILED': {
    title: '切换角色失败',
    cause: '`switchRole()` 被拒绝或超时。',
    fix: ['仅在 live 模式下、`join()` 之后调用。', '重试；仍失败请将报告发给技术支持。'],
    hint: '通话的某项功能出错。请重试；如再次出现，请联系应用客服。',
  },
  'sdk:SCHEDULE_FAILED': {
    title: '调度失败',
    cause: '连不上调度服务器（离线、DNS、防火墙）；附加码是 HTTP 状态、readyState 或服务器码。',
    fix: ['检查网络和 DNS，放行 TRTC 域名。'],
    hint: '请检查网络后重试。',
  },
  'sdk:API_CALL_ABORTED': {
    title: '调用被中止',
    cause: '调用中途被取消：调用了 `leave()`，或对方停止推流。',
    fix: ['通常属预期；勿在调用未完成时 `leave()`。'],
    hint: '操作已取消，如有需要请重试。',
  },
  'sdk:UNKOWN': {
    title: '未知错误',
    cause: 'SDK 内部出现意外错误。',
    fix: ['升级到最新 4.x SDK；仍出现则将报告发给技术支持。'],
    hint: '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'sdk:CLIENT_BANNED/kick': {
    title: '同一帐号在别处进房',
    cause: '同一 userId 在另一端进房，本端被踢；同名用户同时在房会导致音视频异常。',
    fix: ['为每个用户和设备使用唯一 userId，勿自动重进。'],
    hint: '帐号已在别处进房，请关闭其他页面后再进入。',
  },
  'sdk:CLIENT_BANNED/banned': {
    title: '被应用移出',
    cause: '应用的服务端或管理员将该用户移出了房间。',
    fix: ['告知用户；如非预期，检查服务端的调用。'],
    hint: '你已被移出通话。如非预期，请联系应用客服。',
  },
  'sdk:CLIENT_BANNED/room-disband': {
    title: '房间已解散',
    cause: '服务端解散了房间，所有人已退出。',
    fix: ['告知用户通话已结束。'],
    hint: '通话已结束，可以关闭本页面。',
  },
  'message:publish timeout': {
    title: '推流超时',
    cause: '`publish()` 未及时完成，多因网络较差。',
    fix: ['检查网络后重新 `publish()` 或重进房间。'],
    hint: '请检查网络后重试。',
  },
  'message:join room timeout': {
    title: '进房超时',
    cause: '信令 10 秒内未连上，或 5 秒内未收到进房应答。',
    fix: ['检查网络后刷新重进。'],
    hint: '请检查网络后重试。',
  },
  'message:previous publishing is ongoing, please avoid re-publishing': {
    title: '重复 publish()',
    cause: '上一次 `publish()` 尚未完成。',
    fix: ['等它完成后再调用。'],
    hint: '通话仍在准备中，请稍候。',
  },
  'message:duplicate publishing, please unpublish and then re-publish': {
    title: '重复推流',
    cause: '已有流在推，又对另一路流调用了 `publish()`。',
    fix: ['先 `unpublish()` 再推；换设备用 `switchDevice()`。'],
    hint: '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'sdk:DOWNLINK_RECONNECTION_FAILED': {
    title: '拉流连接中断',
    cause: '拉流（下行）连接断开且未能恢复，远端音视频停止。',
    fix: ['检查网络后重新进房，重新接收远端流。'],
    hint: '请检查网络后重试。',
  },
};

/** The sdk part of the Chinese words. */
export const part: Parts['sdk'] = { catalog };
