/**
 * The Chinese words of the v5 SDK (`trtc-sdk-v5`): its parameter and call errors (`INVALID_PARAMETER` 5000, `INVALID_OPERATION` 5100 and their extra codes). Loaded when a problem needs them. The keys of `../en/v5-calls.ts`.
 */
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
/** 应用调用有误：终端用户只能刷新页面或联系应用客服。 */
const APP_HINT = '应用出了点问题。请刷新页面；如再次出现，请联系应用客服。';

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-calls']['v5'] = {
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
};

/** The v5-calls part of the Chinese words. */
export const part: Parts['v5-calls'] = { v5 };
