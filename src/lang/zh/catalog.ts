/**
 * The catalog's Chinese words, in our own words: the records of `../en/catalog.ts`, key for key
 * (`LangPack` makes a missing or extra key a type error).
 */
import type { LangPack } from '../types.js';

/** The words of every catalog entry, and of an error the catalog does not know (`unknown`). */
export const catalog: LangPack['catalog'] = {
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
  'account:70001': {
    title: 'userSig 已过期',
    cause: 'userSig 已过期；刚生成就过期说明有效期太短或为 0。',
    fix: ['在服务端重新生成 userSig（有效期以秒为单位）后重新进房。'],
    hint: '登录已过期。请刷新页面重新登录；如再次出现，请联系应用客服。',
  },
  // Also join:-10013, join:-100018.
  'account:70002': {
    title: 'userSig 校验失败',
    cause: 'userSig 为空、被截断或改动，或生成参数有误。',
    fix: ['传入完整的 userSig，用控制台的 UserSig 工具校验后重新生成。'],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:70009': {
    title: 'userSig 不匹配',
    cause: 'userSig 属于其他 userId 或 sdkAppId，或用了别的应用密钥。',
    fix: ['用本应用密钥为进房的 sdkAppId 和 userId 重新生成。'],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:70015': {
    title: '应用帐号配置异常',
    cause: 'sdkAppId 未完成帐号集成、未上传公钥，或帐号类型不匹配。',
    fix: ['核对控制台中的 sdkAppId；上传公钥后等十分钟再试。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  'account:70017': {
    title: '帐号服务内部错误',
    cause: '帐号服务（TLS）内部出错或超时，通常是暂时的。',
    fix: ['稍后重试；持续失败请联系 TLS 帐号支持（QQ 3268519604）。'],
    hint: '登录服务暂时不可用。请稍候重试；如持续失败，请联系应用客服。',
  },
  'account:70050': {
    title: '失败过多被限制',
    cause: '校验失败次数过多，暂时被限制。',
    fix: ['修正 userSig，一分钟后再试。'],
    hint: '登录尝试次数过多。请等一分钟后刷新页面。',
  },
  'account:70051': {
    title: '无操作权限',
    cause: '请求者不是该应用的开发者或管理员，或已被限制、拉黑。',
    fix: ['核对 sdkAppId；被限制时请联系 TLS 帐号支持（QQ 3268519604）。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  'account:70101': {
    title: '帐号请求不合法',
    cause: '请求为空、帐号格式不合法或未注册，或批量数量有误。',
    fix: [
      'userId 仅用字母、数字、`_`、`-`，不超过 32 字节。',
      '重试；仍失败请将报告发给技术支持。',
    ],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:-8': {
    title: 'sdkAppId 不正确',
    cause: 'sdkAppId 不存在或填错。',
    fix: ['从控制台复制 sdkAppId，以数字传入。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  // Also join:-100013.
  'join:10006': {
    title: '服务欠费',
    cause: '帐号欠费或服务已停用。',
    fix: ['在控制台的应用“帐号信息”中查看服务状态，充值后重新进房。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  // Also join:-10015, join:-10020.
  'join:-10011': {
    title: '服务端临时错误',
    cause: '服务器内部错误、分配节点失败或超时。',
    fix: ['重试；仍失败请将报告发给技术支持。'],
    hint: '服务暂时异常，请稍候重试。',
  },
  'join:-10012': {
    title: 'roomId 不合法',
    cause: '没有传 roomId，或取值不合规。',
    fix: [
      '数字 roomId 取 1–4294967294；字符串 roomId 需 `createClient({ useStringRoomId: true })`。',
    ],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'join:-10016': {
    title: '创建房间失败',
    cause: '建房超出了流控限制。',
    fix: ['检查 roomId，降低建房频率后重试。'],
    hint: '服务暂时异常，请稍候重试。',
  },
  'join:-10018': {
    title: '缺少 privateMapKey',
    cause: '已开启高级权限控制，但进房时未带 privateMapKey。',
    fix: ['服务端生成后传入 `client.join({ roomId, privateMapKey })`。'],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'join:-10019': {
    title: 'privateMapKey 不合法',
    cause: 'privateMapKey 过期、与 userId 或 roomId 不符，或被截断。',
    fix: ['为当前 userId 和 roomId 重新生成。'],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
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
  unknown: {
    title: '未识别的错误',
    cause: '不在 4.x 错误目录中，或无法读取其结构。',
    fix: [
      '复制报告。',
      '查看浏览器控制台和 SDK 日志。',
      '升级到最新 4.x SDK。',
      '将报告发给技术支持。',
    ],
    hint: '出了点问题。请刷新页面；如再次出现，请联系应用客服。',
  },
  'sdk:DOWNLINK_RECONNECTION_FAILED': {
    title: '拉流连接中断',
    cause: '拉流（下行）连接断开且未能恢复，远端音视频停止。',
    fix: ['检查网络后重新进房，重新接收远端流。'],
    hint: '请检查网络后重试。',
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

/** One-line texts: link labels (`link:<name>`, see `src/catalog/links.ts`) and notes. */
export const lines: LangPack['lines'] = {
  'note:v5': '来自 TRTC SDK v5，以下为最接近的 4.x 建议。',
  'link:SUPPORT_CHECK': '通话前环境与设备检测',
  'link:CAPTURE_ERRORS': 'INITIALIZE_FAILED 处理建议',
  'link:JOIN_CODES': '错误码（v5 页面，内有 4.x 错误码表的链接）',
  'link:PORTS': 'WebRTC 端口与域名白名单',
  'link:AUTOPLAY': '自动播放受限处理建议',
  'link:CHROME_AUTOPLAY': 'Chrome 自动播放策略',
  'link:FIREWALL': '防火墙配置',
  'link:CONSOLE': 'TRTC 控制台',
  'link:PRIVATE_MAP_KEY': '开启高级权限控制',
  // The v5 docs' pages, each on the site's English and Chinese page (`v5-site:<site>`).
  'v5:error-code': 'v5 错误码 {key}',
  'v5:proxy': '应对防火墙限制',
  'v5:autoplay': '自动播放受限处理（v5）',
  'v5:kicked-out': 'KICKED_OUT 事件',
  'v5-site:en': '{page}（英文）',
  'v5-site:zh-cn': '{page}',
};

/** The notices' words (`src/catalog/notices.ts`), by notice id. */
export const notices: LangPack['notices'] = {
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
