/**
 * The catalog's Chinese words, in our own words: the records of `en.ts`, in the same order and
 * format (`title|cause|fix step^fix step|hint`; a link label or a note is one field).
 */
export const ZH =
  // 0 sdk:INVALID_PARAMETER
  '参数无效|参数缺失或有误，报错会写明是哪个。|对照 API 文档修正（如 `sdkAppId` 须为数字）。|应用出了点问题。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 1 sdk:INVALID_OPERATION
  '调用时机不对|当前状态不允许该调用，如在 `join()` 之前 `publish()`。|依次 await `join()`、`initialize()`、`publish()`，勿重复调用未完成的调用。|应用出了点问题。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 2 sdk:NOT_SUPPORTED
  '浏览器不支持|浏览器缺少 WebRTC 等能力，或页面不是 HTTPS。|进房前用 `TRTC.checkSystemRequirements()` 检测。^使用 HTTPS 或 localhost。|请换用最新版 Chrome、Edge、Firefox 或 Safari。\n' +
  // 3 sdk:DEVICE_NOT_FOUND, browser:NotFoundError
  '找不到摄像头或麦克风|没有符合请求的摄像头、麦克风或屏幕源。|先用 `TRTC.getCameras()` 等检查，只采集已有设备。|请连接摄像头或麦克风后重试。\n' +
  // 4 sdk:INITIALIZE_FAILED
  '采集失败|`initialize()` 打不开设备，原因见 `error.name`。|按 `error.name` 对应的浏览器错误处理。|摄像头或麦克风未能启动：请关闭占用它的其他应用，确认浏览器和系统设置允许使用，然后重试。\n' +
  // 5 sdk:SIGNAL_CAHNNEL_SETUP_FAILED
  '信令连接被拒绝|服务器拒绝连接，多为帐号参数问题。|按 `getExtraCode()` 处理，并核对 sdkAppId、userId、userSig。|无法登录通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 6 sdk:SIGNAL_CHANNEL_ERROR, message:failed to connect to remote server via websocket
  '信令连接失败|信令 WebSocket 连接失败或断开（离线或 wss 被拦截）。|检查网络并放行 wss，然后刷新重新进房。|请检查网络后重试。\n' +
  // 7 sdk:ICE_TRANSPORT_ERROR, message:DTLS Transport connection timeout (10s), message:ICE/DTLS Transport connection failed, message:RtcError: no valid ice candidate found
  '媒体通道建立失败|ICE/DTLS（或 STUN）失败或超时，多因防火墙拦截 UDP。|按官方白名单放行端口和域名。^仅开放 TCP 443 时，用 `client.setTurnServer()` 配置 TURN。^然后重新进房。|网络可能限制了通话，可换个网络（如手机热点）。\n' +
  // 8 sdk:JOIN_ROOM_FAILED
  '进房失败|服务器拒绝进房或未响应（错误码 0 表示超时）。|按 `getExtraCode()` 或报错中的 `code:` 处理；超时则重进。|无法加入通话。请检查网络后重试；如再次出现，请联系应用客服。\n' +
  // 9 sdk:CREATE_OFFER_FAILED
  '创建 Offer 失败|浏览器 `createOffer()` 出错，多因版本过旧。|升级浏览器。^重试；仍失败请将报告发给技术支持。|请将浏览器更新到最新版本后重试。\n' +
  // 10 sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED, message:SignalChannel reconnect failed
  '信令重连失败|信令断开后，SDK 多次重连均失败。|检查网络后 `leave()` 并重新 `join()`。|请检查网络后重试。\n' +
  // 11 sdk:UPLINK_RECONNECTION_FAILED
  '推流连接中断|推流（上行）连接断开，且未能恢复。|检查网络后重新进房并重新推流。|请检查网络后重试。\n' +
  // 12 sdk:REMOTE_STREAM_NOT_EXIST
  '远端流已不存在|订阅时对方停止了推流，属正常交互。|无需处理。|对方已停止发送音视频，无需处理。\n' +
  // 13 sdk:CLIENT_BANNED
  '被移出房间|同一 userId 在别处进房（同一 userId 同时在房会导致双方通话异常）、应用移出了该用户，或房间已解散。|查看 `client-banned` 的 `reason`；勿自动重进。|你已离开通话。如在其他页面或设备上加入过，请关闭后再重新加入。\n' +
  // 14 sdk:SERVER_TIMEOUT, sdk:API_CALL_TIMEOUT
  '服务器响应超时|服务器未及时响应报错中的请求，多因网络抖动或丢包。|检查网络后重试，反复出现则重新进房。|请检查网络后重试。\n' +
  // 15 sdk:SUBSCRIPTION_TIMEOUT
  '订阅超时|订阅远端流未及时完成。|检查网络后重新 `subscribe()`。|请检查网络后重试。\n' +
  // 16 sdk:PLAY_NOT_ALLOWED
  '浏览器阻止了自动播放|用户与页面交互前，浏览器禁止播放有声媒体。|在点击回调中调用 `stream.resume()`。^或先静音播放，点击后再取消静音。|点击页面即可播放。\n' +
  // 17 sdk:DEVICE_AUTO_RECOVER_FAILED
  '设备恢复失败|推流中的设备被拔出或松动，自动恢复失败。|提供重试：`switchDevice()` 或重新 `initialize()`。|请检查设备连接，关闭占用它的应用后重试。\n' +
  // 18 sdk:START_PUBLISH_CDN_FAILED
  'CDN 推流失败|`startPublishCDNStream()` 被拒绝或超时。|在 `publish()` 成功后调用。^重试；仍失败请将报告发给技术支持。|通话的某项功能出错。请重试；如再次出现，请联系应用客服。\n' +
  // 19 sdk:STOP_PUBLISH_CDN_FAILED
  '停止 CDN 推流失败|`stopPublishCDNStream()` 失败或超时。|重试；仍失败请将报告发给技术支持。|通话的某项功能出错。请重试；如再次出现，请联系应用客服。\n' +
  // 20 sdk:START_MIX_TRANSCODE_FAILED
  '混流失败|`startMixTranscode()` 被拒绝或超时，多因参数不合法。|在 `join()` 之后调用，`mixUsers` 须包含自己。^重试；仍失败请将报告发给技术支持。|通话的某项功能出错。请重试；如再次出现，请联系应用客服。\n' +
  // 21 sdk:STOP_MIX_TRANSCODE_FAILED
  '停止混流失败|`stopMixTranscode()` 失败或超时。|重试；仍失败请将报告发给技术支持。|通话的某项功能出错。请重试；如再次出现，请联系应用客服。\n' +
  // 22 sdk:NOT_SUPPORTED_H264
  '不支持 H.264|设备或浏览器无法编解码 H.264。|用 `checkSystemRequirements()` 提前检测。|请换用最新版 Chrome、Edge、Firefox 或 Safari。\n' +
  // 23 sdk:SWITCH_ROLE_FAILED
  '切换角色失败|`switchRole()` 被拒绝或超时。|仅在 live 模式下、`join()` 之后调用。^重试；仍失败请将报告发给技术支持。|通话的某项功能出错。请重试；如再次出现，请联系应用客服。\n' +
  // 24 sdk:SCHEDULE_FAILED
  '调度失败|连不上调度服务器（离线、DNS、防火墙）；附加码是 HTTP 状态、readyState 或服务器码。|检查网络和 DNS，放行 TRTC 域名。|请检查网络后重试。\n' +
  // 25 sdk:API_CALL_ABORTED
  '调用被中止|调用中途被取消：调用了 `leave()`，或对方停止推流。|通常属预期；勿在调用未完成时 `leave()`。|操作已取消，如有需要请重试。\n' +
  // 26 sdk:UNKOWN
  '未知错误|SDK 内部出现意外错误。|升级到最新 4.x SDK；仍出现则将报告发给技术支持。|应用出了点问题。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 27 sdk:CLIENT_BANNED/kick
  '同一帐号在别处进房|同一 userId 在另一端进房，本端被踢；同名用户同时在房会导致音视频异常。|为每个用户和设备使用唯一 userId，勿自动重进。|帐号已在别处进房，请关闭其他页面后再进入。\n' +
  // 28 sdk:CLIENT_BANNED/banned
  '被应用移出|应用的服务端或管理员将该用户移出了房间。|告知用户；如非预期，检查服务端的调用。|你已被移出通话。如非预期，请联系应用客服。\n' +
  // 29 sdk:CLIENT_BANNED/room-disband
  '房间已解散|服务端解散了房间，所有人已退出。|告知用户通话已结束。|通话已结束，可以关闭本页面。\n' +
  // 30 account: userSig expired (70001 ...)
  'userSig 已过期|userSig 已过期；刚生成就过期说明有效期太短或为 0。|在服务端重新生成 userSig（有效期以秒为单位）后重新进房。|登录已过期。请刷新页面重新登录；如再次出现，请联系应用客服。\n' +
  // 31 account: userSig check failed (70002 ...); join:-10013, join:-100018
  'userSig 校验失败|userSig 为空、被截断或改动，或生成参数有误。|传入完整的 userSig，用控制台的 UserSig 工具校验后重新生成。|无法登录通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 32 account: userSig mismatch (70009 ...)
  'userSig 不匹配|userSig 属于其他 userId 或 sdkAppId，或用了别的应用密钥。|用本应用密钥为进房的 sdkAppId 和 userId 重新生成。|无法登录通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 33 account: app setup (70015 ...)
  '应用帐号配置异常|sdkAppId 未完成帐号集成、未上传公钥，或帐号类型不匹配。|核对控制台中的 sdkAppId；上传公钥后等十分钟再试。|该应用的通话服务暂不可用，请联系应用客服。\n' +
  // 34 account: account service error (70017 ...)
  '帐号服务内部错误|帐号服务（TLS）内部出错或超时，通常是暂时的。|稍后重试；持续失败请联系 TLS 帐号支持（QQ 3268519604）。|登录服务暂时不可用。请稍候重试；如持续失败，请联系应用客服。\n' +
  // 35 account:70050
  '失败过多被限制|校验失败次数过多，暂时被限制。|修正 userSig，一分钟后再试。|登录尝试次数过多。请等一分钟后刷新页面。\n' +
  // 36 account: not permitted (70051 ...)
  '无操作权限|请求者不是该应用的开发者或管理员，或已被限制、拉黑。|核对 sdkAppId；被限制时请联系 TLS 帐号支持（QQ 3268519604）。|该应用的通话服务暂不可用，请联系应用客服。\n' +
  // 37 account: invalid request (70101 ...)
  '帐号请求不合法|请求为空、帐号格式不合法或未注册，或批量数量有误。|userId 仅用字母、数字、`_`、`-`，不超过 32 字节。^重试；仍失败请将报告发给技术支持。|无法登录通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 38 account:-8
  'sdkAppId 不正确|sdkAppId 不存在或填错。|从控制台复制 sdkAppId，以数字传入。|该应用的通话服务暂不可用，请联系应用客服。\n' +
  // 39 join:10006, join:-100013
  '服务欠费|帐号欠费或服务已停用。|在控制台的应用“帐号信息”中查看服务状态，充值后重新进房。|该应用的通话服务暂不可用，请联系应用客服。\n' +
  // 40 join:-10011, join:-10015, join:-10020
  '服务端临时错误|服务器内部错误、分配节点失败或超时。|重试；仍失败请将报告发给技术支持。|服务暂时异常，请稍候重试。\n' +
  // 41 join:-10012
  'roomId 不合法|没有传 roomId，或取值不合规。|数字 roomId 取 1–4294967294；字符串 roomId 需 `createClient({ useStringRoomId: true })`。|无法加入通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 42 join:-10016
  '创建房间失败|建房超出了流控限制。|检查 roomId，降低建房频率后重试。|服务暂时异常，请稍候重试。\n' +
  // 43 join:-10018
  '缺少 privateMapKey|已开启高级权限控制，但进房时未带 privateMapKey。|服务端生成后传入 `client.join({ roomId, privateMapKey })`。|无法加入通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 44 join:-10019
  'privateMapKey 不合法|privateMapKey 过期、与 userId 或 roomId 不符，或被截断。|为当前 userId 和 roomId 重新生成。|无法加入通话。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 45 browser:NotAllowedError
  '设备权限被拒绝|用户、浏览器或系统隐私设置拒绝了摄像头、麦克风或屏幕分享，或屏幕分享被取消。|让用户在地址栏允许后重新 `initialize()`。^浏览器已允许时，检查系统隐私设置（macOS、Windows）；屏幕分享被取消则重试即可。|请在地址栏和系统隐私设置中允许摄像头和麦克风，然后重试。\n' +
  // 46 browser:NotReadableError, browser:AbortError
  '设备无法打开|设备被其他应用占用，或因硬件、系统的未知原因不可用。|关闭占用设备的应用，重新插拔后重试。^通话前先做设备检测。|请检查设备连接，关闭占用它的应用后重试。\n' +
  // 47 browser:OverconstrainedError (no or another constraint)
  '设备不支持所请求的参数|没有摄像头或麦克风能满足某项约束，`error.constraint` 指出是哪一项。|放宽该约束（用 `ideal` 代替 `exact`），或换一个 profile。^用 `getCapabilities()` 查看设备支持的范围。|请换一个摄像头或麦克风后重试。\n' +
  // 48 browser:SecurityError, browser:TypeError
  '页面不允许采集|页面非 HTTPS、被权限策略（如 iframe）禁用设备，或未请求音视频。|使用 HTTPS 或 localhost；iframe 加 `allow="camera; microphone"`；至少请求 audio 或 video。|此页面不能使用摄像头或麦克风。请通过 https 打开，或联系网站所有者。\n' +
  // 49 message:publish timeout
  '推流超时|`publish()` 未及时完成，多因网络较差。|检查网络后重新 `publish()` 或重进房间。|请检查网络后重试。\n' +
  // 50 message:join room timeout
  '进房超时|信令 10 秒内未连上，或 5 秒内未收到进房应答。|检查网络后刷新重进。|请检查网络后重试。\n' +
  // 51 message:previous publishing is ongoing, please avoid re-publishing
  '重复 publish()|上一次 `publish()` 尚未完成。|等它完成后再调用。|通话仍在准备中，请稍候。\n' +
  // 52 message:duplicate publishing, please unpublish and then re-publish
  '重复推流|已有流在推，又对另一路流调用了 `publish()`。|先 `unpublish()` 再推；换设备用 `switchDevice()`。|应用出了点问题。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 53 unknownText
  '未识别的错误|不在 4.x 错误目录中，或无法读取其结构。|复制报告。^查看浏览器控制台和 SDK 日志。^升级到最新 4.x SDK。^将报告发给技术支持。|出了点问题。请刷新页面；如再次出现，请联系应用客服。\n' +
  // 54 v5Note
  '来自 TRTC SDK v5，以下为最接近的 4.x 建议。\n' +
  // 55 link SUPPORT_CHECK
  '通话前环境与设备检测\n' +
  // 56 link CAPTURE_ERRORS
  'INITIALIZE_FAILED 处理建议\n' +
  // 57 link JOIN_CODES
  '错误码（v5 页面，内有 4.x 错误码表的链接）\n' +
  // 58 link PORTS
  'WebRTC 端口与域名白名单\n' +
  // 59 link AUTOPLAY
  '自动播放受限处理建议\n' +
  // 60 link CHROME_AUTOPLAY
  'Chrome 自动播放策略\n' +
  // 61 link FIREWALL
  '防火墙配置\n' +
  // 62 link CONSOLE
  'TRTC 控制台\n' +
  // 63 link PRIVATE_MAP_KEY
  '开启高级权限控制\n' +
  // 64 sdk:DOWNLINK_RECONNECTION_FAILED
  '拉流连接中断|拉流（下行）连接断开且未能恢复，远端音视频停止。|检查网络后重新进房，重新接收远端流。|请检查网络后重试。\n' +
  // 65 browser:OverconstrainedError/deviceId
  '设备 ID 无效|cameraId / microphoneId 已失效或为空（设备重新插拔或权限重置后 ID 会变）。|从最新的 `TRTC.getCameras()` / `TRTC.getMicrophones()` 结果取 deviceId。|请重新选择摄像头或麦克风后重试。\n' +
  // 66 browser:OverconstrainedError/resolution
  "分辨率不支持|摄像头无法采集所请求的宽、高或宽高比。|选择更低的视频 profile（`setVideoProfile('480p')`），或不用 `exact` 指定宽高。|请换一个摄像头后重试。\n" +
  // 67 browser:OverconstrainedError/frameRate
  '帧率不支持|摄像头无法以所请求的帧率采集。|降低视频 profile 的帧率（如 15 fps），或不用 `exact`。|请换一个摄像头后重试。\n' +
  // 68 browser:OverconstrainedError/facingMode
  '没有该朝向的摄像头|没有朝向所请求方向（前置 `user` 或后置 `environment`）的摄像头，如在笔记本电脑上。|把 `facingMode` 设为 ideal 而非 exact，或按 deviceId 选择摄像头。|请换一个摄像头后重试。\n' +
  // 69 browser:OverconstrainedError/audio
  "音频参数不支持|麦克风无法满足所请求的采样率、采样位数或声道数。|使用标准音频 profile（`setAudioProfile('standard')`），不要精确指定 `sampleRate` 或 `channelCount`。|请换一个麦克风后重试。\n" +
  // 70 browser:InsecureContext
  '页面不安全，无法使用摄像头|在 http 页面（非 https 或 localhost）上，浏览器不提供 `navigator.mediaDevices`，因此没有采集接口。|通过 https 提供页面，开发时使用 http://localhost。^采集前检查 `window.isSecureContext`。|请在地址栏用 https:// 打开此页面，或联系网站所有者。';
