/**
 * v5 SDK（`trtc-sdk-v5`）的中文文案，用我们自己的话写成：每个条目一条记录，字段具名。
 * `V5Words` 让缺失的错误码在类型检查时报错。英文见 `../en/v5.ts`，条目一一对应。
 */
import type { V5Words } from '../../catalog/types.js';
import type { Parts } from '../types.js';

/** 两种房间号校验：官方文档与 SDK 运行时对 5012、5013 的含义是互换的。 */
const ROOM_ID_FIX = [
  '数字房间号：`roomId` 传 [1, 4294967294] 之间的整数。',
  '字符串房间号：`strRoomId` 传不超过 64 字节的非空字符串；同一房间的所有用户必须使用同一种形式。',
];
const ROOM_ID_CAUSE = (doc: string, runtime: string): string =>
  `房间号不合法。腾讯云错误码文档把此码列为${doc}，而 SDK 实际抛出此码的情形是${runtime}，两种都可能。`;
const NUMERIC = '“`roomId` 超出 [1, 4294967294]”';
const NAMED = '“`strRoomId` 不是合法字符串”';
const BROWSER_HINT = '请使用最新版 Chrome、Edge、Firefox 或 Safari 打开本页面。';
const NETWORK_HINT = '请检查网络后重试。';
/** 应用调用有误：终端用户只能刷新页面或联系应用客服。 */
const APP_HINT = '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。';
const FEATURE_HINT =
  '此浏览器不支持该功能；如需使用，请换用最新版 Chrome、Edge、Firefox 或 Safari。';
const CODEC_HINT = '请刷新页面；如再次出现，请升级浏览器或换用其他浏览器。';
const CODEC_FIX = [
  "降低视频档位（如 `updateLocalVideo({ option: { profile: '480p' } })`）后重试。",
  '升级浏览器；仍然出现请把报告发给技术支持。',
];

/** 每个 v5 条目的中文文案。 */
export const v5: V5Words = {
  5000: {
    title: '参数错误',
    cause: '`error.functionName` 所指接口的某个参数缺失或不合法，错误信息里写明了是哪个参数。',
    fix: [
      '阅读错误信息：其中给出了参数名和收到的值。',
      '对照 v5 API 检查调用，例如 `trtc.enterRoom({ sdkAppId, userId, userSig, roomId })`。',
    ],
    hint: APP_HINT,
  },
  5001: {
    title: '缺少必填参数',
    cause: '没有传必填参数，例如 `enterRoom()` 的 `sdkAppId`、`userId` 或 `userSig`。',
    fix: ['补上错误信息中指出的参数。'],
    hint: APP_HINT,
  },
  5002: {
    title: '参数类型错误',
    cause: '参数类型不对，例如把 `sdkAppId` 传成了字符串。',
    fix: ['按错误信息给出的类型传参（`sdkAppId` 是数字）。'],
    hint: APP_HINT,
  },
  5003: {
    title: '参数为空',
    cause: "需要有值的参数传了空值（`''`、null）。",
    fix: ['传入有效值；调用前确认变量已赋值。'],
    hint: APP_HINT,
  },
  5004: {
    title: '参数不是要求的对象',
    cause: '参数必须是某个类的实例（如 `MediaStreamTrack`），实际不是。',
    fix: ['传入错误信息中指定类的对象。'],
    hint: APP_HINT,
  },
  5005: {
    title: '取值不在允许范围',
    cause: '参数值不在可选值之中，例如 `role` 既不是 anchor 也不是 audience。',
    fix: ['使用错误信息列出的值，最好通过 `TRTC.TYPE.*` 常量传入。'],
    hint: APP_HINT,
  },
  5006: {
    title: '数值小于 0',
    cause: '要求大于等于 0 的数传了负数。',
    fix: ['传 0 或正数。'],
    hint: APP_HINT,
  },
  5007: {
    title: '数值小于最小值',
    cause: '数值小于允许的最小值，错误信息里给出了最小值。',
    fix: ['传不小于该最小值的数。'],
    hint: APP_HINT,
  },
  5008: {
    title: '数值大于最大值',
    cause: '数值大于允许的最大值，错误信息里给出了最大值。',
    fix: ['传不大于该最大值的数。'],
    hint: APP_HINT,
  },
  5009: {
    title: '找不到 view 元素',
    cause:
      "`view` 传的元素 id 在调用时不在页面上（例如元素还没渲染就调用了 `startLocalVideo({ view: 'local' })`）。",
    fix: ['先渲染出元素再调用；或直接把 HTMLElement 作为 `view` 传入。', '检查 id 是否拼写正确。'],
    hint: APP_HINT,
  },
  5010: {
    title: 'view 不是 DOM 元素',
    cause: '`view` 既不是元素 id 也不是 HTMLElement（例如传了 ref 对象或 jQuery 包装对象）。',
    fix: ['传元素 id 或 DOM 元素本身（`ref.current`、`$el[0]`）。'],
    hint: APP_HINT,
  },
  5011: {
    title: 'streamId 不合法',
    cause: '流 ID（旁路推流、混流）含有字母、数字、`-`、`_` 以外的字符，或过长。',
    fix: ['只用 a-z、A-Z、0-9、`-` 和 `_`，不超过 64 字节。'],
    hint: APP_HINT,
  },
  5012: {
    title: '房间号不合法',
    cause: ROOM_ID_CAUSE(NUMERIC, NAMED),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5013: {
    title: '房间号不合法',
    cause: ROOM_ID_CAUSE(NAMED, NUMERIC),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5014: {
    title: '缺少 streamType',
    cause:
      "调用指定了远端用户（不是 `'*'`）却没有传 `streamType`，例如 `startRemoteVideo({ userId, view })`。",
    fix: [
      '传 `streamType: TRTC.TYPE.STREAM_TYPE_MAIN`（摄像头）或 `TRTC.TYPE.STREAM_TYPE_SUB`（屏幕分享）。',
    ],
    hint: APP_HINT,
  },
  5015: {
    title: '缺少房间号',
    cause: '`enterRoom()` 既没有 `roomId` 也没有 `strRoomId`（`roomId: 0` 视为没有）。',
    fix: ['传 `roomId`（1–4294967294 的整数，不能是 0）或 `strRoomId`（字符串）。'],
    hint: APP_HINT,
  },
  5016: {
    title: 'roomId 传成了字符串',
    cause: "`roomId` 必须是数字，实际传了字符串（例如 `'1234'`）。",
    fix: [
      '先转换：`roomId: Number(id)`。',
      '房间号本身是字符串时改用 `strRoomId`；同一房间的所有用户必须使用同一种形式。',
    ],
    hint: APP_HINT,
  },
  5017: {
    title: '消息内容为空',
    cause: '`sendSEIMessage()` 或 `sendCustomMessage()` 收到了长度为 0 的 ArrayBuffer。',
    fix: ['发送非空内容，例如 `new TextEncoder().encode(text).buffer`。'],
    hint: APP_HINT,
  },
  5018: {
    title: '消息内容过大',
    cause: '传给 `sendSEIMessage()` 或 `sendCustomMessage()` 的内容超过上限（1000 字节）。',
    fix: ['每条消息控制在 1000 字节以内，较大的数据请拆分或精简。'],
    hint: APP_HINT,
  },
  5019: {
    title: 'switchRoom 房间号类型不一致',
    cause: '用 `strRoomId` 进房后 `switchRoom()` 却传了 `roomId`，或者反过来。',
    fix: ['切换房间时使用与 `enterRoom()` 相同形式的房间号。'],
    hint: APP_HINT,
  },
  5020: {
    title: '已在该房间中',
    cause: '`switchRoom()` 的目标就是当前所在的房间。',
    fix: ['调用前先与当前房间比较；无需其他处理。'],
    hint: '你已在本次通话中，无需处理。',
  },
  5100: {
    title: '调用时机不对',
    cause:
      '当前状态下不允许这个调用，例如 `enterRoom()` 完成前调用 `switchRole()`，或播放不在房间里的用户。',
    fix: [
      '房间内的调用要等 `enterRoom()` 完成；远端视频在 `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE` 中再播放。',
      '`error.extraCode` 指出了不满足的前提条件。',
    ],
    hint: APP_HINT,
  },
  5101: {
    title: '尚未进房',
    cause:
      '在 `enterRoom()` 完成前或 `exitRoom()` 之后调用了房间内接口（`startRemoteVideo`、`switchRole`、`muteRemoteAudio` 等）。',
    fix: ['先 `await trtc.enterRoom(...)`；`exitRoom()` 之后不要再调用房间内接口。'],
    hint: '你尚未加入通话。请等加入后再重试。',
  },
  5102: {
    title: '远端用户不在房间',
    cause: '传给 `startRemoteVideo()`（或类似接口）的 `userId` 不在房间内，或已离开。',
    fix: [
      '在 `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE` 回调里用其 `userId` 和 `streamType` 播放远端视频。',
    ],
    hint: '对方可能已离开通话。',
  },
  5103: {
    title: '远端没有这种流',
    cause: '远端用户没有推该 `streamType` 的流，例如对方没有屏幕分享却请求 `STREAM_TYPE_SUB`。',
    fix: ['使用 `REMOTE_VIDEO_AVAILABLE` 给出的 `streamType`。'],
    hint: '对方当前没有发送这路视频。',
  },
  5104: {
    title: '重复调用',
    cause: '同一接口正在执行或已经完成，例如连续两次 `startLocalVideo()`。',
    fix: [
      '只调用一次；要改参数请用 `updateLocalVideo()` / `updateLocalAudio()`。',
      '按钮要防止连续点击。',
    ],
    hint: '该操作已在进行中，无需处理。',
  },
  5105: {
    title: '摄像头尚未开启',
    cause: '该调用需要本地摄像头，例如在 `startLocalVideo()` 之前调用了 `updateLocalVideo()`。',
    fix: ['先调用 `trtc.startLocalVideo()`。'],
    hint: '请先打开摄像头，然后重试。',
  },
  5106: {
    title: '麦克风或屏幕分享尚未开启',
    cause:
      '该调用需要本地麦克风或屏幕分享，例如在 `startLocalAudio()` 之前调用了 `updateLocalAudio()`。',
    fix: ['先调用 `trtc.startLocalAudio()`（或 `startScreenShare()`）。'],
    hint: '请先打开麦克风或屏幕分享，然后重试。',
  },
  5107: {
    title: '观众角色不能这样做',
    cause: '直播模式下，观众角色不能推流，也不能做这个调用。',
    fix: [
      '先 `await trtc.switchRole(TRTC.TYPE.ROLE_ANCHOR)`，或以 `role: TRTC.TYPE.ROLE_ANCHOR` 进房。',
    ],
    hint: '你当前是观众，不能进行此操作。',
  },
  5108: {
    title: '未开启 SEI',
    cause: '`sendSEIMessage()` 需要在创建实例时开启 SEI。',
    fix: ['用 `TRTC.create({ enableSEI: true })` 创建实例。'],
    hint: APP_HINT,
  },
  5109: {
    title: '请先推流',
    cause:
      '该调用要在本地音视频推流之后才能用，例如 `startLocalVideo()` 完成前调用了 `sendSEIMessage()`。',
    fix: ['进房后先等 `startLocalVideo()`（或 `startLocalAudio()`）完成，再做这个调用。'],
    hint: '请先打开摄像头或麦克风，然后重试。',
  },
  5200: {
    title: '当前浏览器不支持',
    cause: '浏览器缺少该调用需要的能力（WebRTC、H.264、屏幕分享等），或页面不是 https。',
    fix: [
      '进房前执行 `await TRTC.isSupported()` 并查看其 `detail`。',
      '通过 https（或 localhost）提供页面。',
    ],
    hint: BROWSER_HINT,
  },
  5201: {
    title: '页面不是 https',
    cause: '页面运行在非安全上下文（localhost 以外的 http），浏览器会禁用摄像头、麦克风和 WebRTC。',
    fix: ['通过 https 提供页面；开发时可用 localhost。'],
    hint: '请使用本页面的 https:// 地址打开。',
  },
  5202: {
    title: '不支持 WebRTC',
    cause: '浏览器或 App 内置 WebView 没有 WebRTC（版本太旧或被关闭）。',
    fix: ['用 `TRTC.isSupported()` 检测，`result` 为 false 时提示用户更换浏览器。'],
    hint: BROWSER_HINT,
  },
  5203: {
    title: '不支持 H.264 编码',
    cause: '浏览器不能编码 H.264，因此无法推出其他人能观看的视频。',
    fix: ['推流前检查 `(await TRTC.isSupported()).detail.isH264EncodeSupported`。'],
    hint: BROWSER_HINT,
  },
  5204: {
    title: '不支持 H.264 解码',
    cause: '浏览器不能解码 H.264，因此无法显示其他人的视频。',
    fix: ['播放前检查 `(await TRTC.isSupported()).detail.isH264DecodeSupported`。'],
    hint: BROWSER_HINT,
  },
  5205: {
    title: '不支持屏幕分享',
    cause: '浏览器没有 `getDisplayMedia`（大多数移动端浏览器、较旧的桌面浏览器）。',
    fix: [
      '检查 `TRTC.isSupported()` 的 `detail.isScreenShareSupported`，为 false 时隐藏分享按钮。',
    ],
    hint: '请使用桌面版 Chrome、Edge 或 Firefox 分享屏幕。',
  },
  5206: {
    title: '不支持小流',
    cause: '浏览器无法额外发送一路小画面视频流。',
    fix: ['检查 `detail.isSmallStreamSupported`，不支持时不开启小流。'],
    hint: FEATURE_HINT,
  },
  5207: {
    title: '不支持 SEI',
    cause: '浏览器无法发送或接收 SEI 消息。',
    fix: ['使用 SEI 前先检测支持情况；不支持时改用 `sendCustomMessage()`。'],
    hint: FEATURE_HINT,
  },
  5208: {
    title: '不支持 WebGL',
    cause: 'WebGL 不可用（硬件加速关闭、没有显卡驱动），而某个功能需要它，例如视频特效插件。',
    fix: ['启用该功能前检测 WebGL，只在可用时提供。'],
    hint: '请在浏览器设置中开启硬件加速，然后刷新页面。',
  },
  5209: {
    title: '浏览器版本过低',
    cause: '浏览器版本低于 SDK 或该功能的要求。',
    fix: ['用 `TRTC.isSupported()` 检测并提示用户升级。'],
    hint: '请升级浏览器后重新打开本页面。',
  },
  5210: {
    title: '当前环境不支持该插件',
    cause: '对当前浏览器无法运行的插件调用了 `trtc.startPlugin()`。',
    fix: ['`startPlugin()` 前先检测插件的支持情况，只在可用时提供该功能。'],
    hint: FEATURE_HINT,
  },
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
export const notices: Parts['v5']['notices'] = {
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

/** The v5 part of the Chinese words. */
export const part: Parts['v5'] = { v5, notices };
