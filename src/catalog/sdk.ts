/**
 * The SDK's error codes (`error.getCode()`): the 26 of the seed page plus the three the SDK has
 * beyond it, keyed by the page's spelling. `Record<SdkErrorKey, ...>` makes a missing key a type
 * error.
 */
import {
  ACCOUNT,
  CAPTURE,
  ENVIRONMENT,
  MEDIA_PATH,
  NETWORK,
  REPORT,
  entry,
  texts,
  type EntrySpec,
} from './build.js';
import {
  AUTOPLAY,
  CAPTURE_ERRORS,
  CHROME_AUTOPLAY,
  FIREWALL,
  JOIN_CODES,
  PORTS,
  SUPPORT_CHECK,
} from './links.js';
import {
  HINT_ALLOW,
  HINT_BROWSER,
  HINT_DEVICE,
  HINT_NETWORK,
  MEDIA_PATH_TEXT,
  MEDIA_RECONNECT_TEXT,
  NO_DEVICE_TEXT,
  RETRY_THEN_REPORT as R,
  SERVER_TIMEOUT_TEXT,
  SIGNAL_RECONNECT_TEXT,
  SIGNAL_TEXT,
} from './shared.js';
import type { CatalogEntry, SdkErrorKey } from './types.js';

/** An SDK entry's spec: its code is required. */
type SdkSpec = EntrySpec & { readonly code: number };

/** Every SDK code, by the seed page's key. */
const sdkSpecs: Record<SdkErrorKey, SdkSpec> = {
  INVALID_PARAMETER: {
    code: 4096,
    text: texts(
      [
        '参数无效',
        '参数缺失或类型、取值有误，报错会写明是哪个。',
        ['对照 API 文档修正（如 `sdkAppId` 须为数字）。'],
      ],
      [
        'Invalid parameter',
        'A parameter is missing or invalid; the message names it.',
        ['Fix it per the API docs (e.g. `sdkAppId` is a number).'],
      ],
    ),
  },
  INVALID_OPERATION: {
    code: 4097,
    text: texts(
      [
        '调用时机不对',
        '当前状态不允许该调用，如未进房就 `publish()`。',
        ['依次 await `join()`、`initialize()`、`publish()`，勿重复调用。'],
      ],
      [
        'Call at the wrong time',
        'Not allowed in this state, e.g. `publish()` before `join()`.',
        ['Await `join()`, `initialize()`, `publish()` in order; do not repeat pending calls.'],
      ],
    ),
  },
  NOT_SUPPORTED: {
    code: 4098,
    actions: ENVIRONMENT,
    docs: [SUPPORT_CHECK],
    text: texts(
      [
        '浏览器不支持',
        '浏览器缺少 WebRTC 等能力，或页面不是 HTTPS。',
        ['进房前用 `TRTC.checkSystemRequirements()` 检测。', '使用 HTTPS 或 localhost。'],
        HINT_BROWSER.zh,
      ],
      [
        'Browser not supported',
        'The browser lacks WebRTC or capture, or the page is not https.',
        ['Run `TRTC.checkSystemRequirements()` before joining.', 'Serve over https or localhost.'],
        HINT_BROWSER.en,
      ],
    ),
  },
  DEVICE_NOT_FOUND: {
    code: 4099,
    actions: ['check-devices', 'retry-capture'],
    docs: [SUPPORT_CHECK],
    text: NO_DEVICE_TEXT,
  },
  INITIALIZE_FAILED: {
    code: 4100,
    actions: ['request-permission', 'check-devices'],
    guide: 'unblock-permission',
    docs: [CAPTURE_ERRORS],
    text: texts(
      [
        '采集失败',
        '`initialize()` 打不开设备，原因见 `error.name`。',
        ['按 `error.name` 对应的浏览器错误处理。'],
        HINT_ALLOW.zh,
      ],
      [
        'Capture failed',
        '`initialize()` could not open the device; `error.name` says why.',
        ['Follow the browser error in `error.name`.'],
        HINT_ALLOW.en,
      ],
    ),
  },
  SIGNAL_CAHNNEL_SETUP_FAILED: {
    code: 16385,
    aliases: ['SIGNAL_CHANNEL_SETUP_FAILED'],
    actions: ACCOUNT,
    docs: [JOIN_CODES],
    text: texts(
      [
        '信令连接被拒绝',
        '服务器拒绝连接，多为帐号参数问题。',
        ['按 `getExtraCode()` 处理，并核对 sdkAppId、userId、userSig。'],
      ],
      [
        'Signalling refused',
        'The server refused the connection, mostly over account data.',
        ['Follow `getExtraCode()`; check sdkAppId, userId and userSig.'],
      ],
    ),
  },
  SIGNAL_CHANNEL_ERROR: { code: 16386, actions: NETWORK, text: SIGNAL_TEXT },
  ICE_TRANSPORT_ERROR: {
    code: 16387,
    actions: MEDIA_PATH,
    guide: 'firewall',
    docs: [PORTS],
    text: MEDIA_PATH_TEXT,
  },
  JOIN_ROOM_FAILED: {
    code: 16388,
    actions: ACCOUNT,
    docs: [JOIN_CODES],
    text: texts(
      [
        '进房失败',
        '服务器拒绝进房或未响应（错误码 0 表示超时）。',
        ['按 `getExtraCode()` 或报错中的 `code:` 处理；超时则重进。'],
      ],
      [
        'Join failed',
        'The server refused the join or did not answer (code 0: timeout).',
        ['Follow `getExtraCode()` or `code:` in the message; on a timeout, rejoin.'],
      ],
    ),
  },
  CREATE_OFFER_FAILED: {
    code: 16389,
    actions: ['check-environment', 'copy-report'],
    text: texts(
      [
        '创建 Offer 失败',
        '浏览器 `createOffer()` 出错，多因版本过旧。',
        ['升级浏览器后重试。', R.zh],
      ],
      [
        'createOffer failed',
        "The browser's `createOffer()` failed, mostly an outdated browser.",
        ['Update the browser and retry.', R.en],
      ],
    ),
  },
  SIGNAL_CHANNEL_RECONNECTION_FAILED: {
    code: 16390,
    actions: NETWORK,
    text: SIGNAL_RECONNECT_TEXT,
  },
  UPLINK_RECONNECTION_FAILED: { code: 16391, actions: NETWORK, text: MEDIA_RECONNECT_TEXT },
  DOWNLINK_RECONNECTION_FAILED: { code: 16392, actions: NETWORK, text: MEDIA_RECONNECT_TEXT },
  REMOTE_STREAM_NOT_EXIST: {
    code: 16400,
    severity: 'info',
    text: texts(
      ['远端流已不存在', '订阅时对方停止了推流，属正常交互。', ['无需处理。']],
      [
        'Remote stream gone',
        'The remote user stopped publishing during the subscribe: normal.',
        ['Nothing to do.'],
      ],
    ),
  },
  CLIENT_BANNED: {
    code: 16448,
    text: texts(
      [
        '被移出房间',
        '同一 userId 在别处进房、被服务端移出，或房间已解散。',
        ['按 `client-banned` 的 `reason` 区分，勿自动重进。'],
      ],
      [
        'Removed from the room',
        'Same userId elsewhere, removed by the server, or the room was dismissed.',
        ['Check `reason` of `client-banned`; do not rejoin automatically.'],
      ],
    ),
  },
  SERVER_TIMEOUT: { code: 16449, actions: NETWORK, text: SERVER_TIMEOUT_TEXT },
  SUBSCRIPTION_TIMEOUT: {
    code: 16450,
    actions: NETWORK,
    text: texts(
      ['订阅超时', '订阅远端流未及时完成。', ['检查网络后重新 `subscribe()`。'], HINT_NETWORK.zh],
      [
        'Subscribe timed out',
        'Subscribing did not finish in time.',
        ['Check the network and `subscribe()` again.'],
        HINT_NETWORK.en,
      ],
    ),
  },
  PLAY_NOT_ALLOWED: {
    code: 16451,
    severity: 'warning',
    actions: ['resume-playback'],
    guide: 'autoplay',
    docs: [AUTOPLAY, CHROME_AUTOPLAY],
    text: texts(
      [
        '浏览器阻止了自动播放',
        '用户与页面交互前，浏览器禁止播放有声媒体。',
        ['在点击回调中调用 `stream.resume()`。', '或先静音播放，点击后再取消静音。'],
        '点击页面即可播放。',
      ],
      [
        'Playback blocked by the browser',
        'Browsers block sound until the user interacts with the page.',
        ['Call `stream.resume()` in a click handler.', 'Or play muted and unmute on a click.'],
        'Click the page to start playback.',
      ],
    ),
  },
  DEVICE_AUTO_RECOVER_FAILED: {
    code: 16452,
    actions: CAPTURE,
    text: texts(
      [
        '设备恢复失败',
        '推流中的设备被拔出或松动，自动恢复失败。',
        ['提供重试：`switchDevice()` 或重新 `initialize()`。'],
        HINT_DEVICE.zh,
      ],
      [
        'Device recovery failed',
        'A device in use was unplugged or went loose; capture could not restart.',
        ['Offer a retry: `switchDevice()` or a new `initialize()`.'],
        HINT_DEVICE.en,
      ],
    ),
  },
  START_PUBLISH_CDN_FAILED: {
    code: 16453,
    actions: REPORT,
    text: texts(
      [
        'CDN 推流失败',
        '`startPublishCDNStream()` 被拒绝或超时。',
        ['在 `publish()` 成功后调用。', R.zh],
      ],
      [
        'CDN relay failed',
        '`startPublishCDNStream()` was refused or timed out.',
        ['Call it after `publish()` succeeds.', R.en],
      ],
    ),
  },
  STOP_PUBLISH_CDN_FAILED: {
    code: 16454,
    actions: REPORT,
    text: texts(
      ['停止 CDN 推流失败', '`stopPublishCDNStream()` 失败或超时。', [R.zh]],
      ['Stopping CDN relay failed', '`stopPublishCDNStream()` failed or timed out.', [R.en]],
    ),
  },
  START_MIX_TRANSCODE_FAILED: {
    code: 16455,
    actions: REPORT,
    text: texts(
      [
        '混流失败',
        '`startMixTranscode()` 被拒绝或超时，多因参数不合法。',
        ['进房后调用，`mixUsers` 须包含自己。', R.zh],
      ],
      [
        'Mixing failed',
        '`startMixTranscode()` was refused or timed out, often over its config.',
        ['Call it after `join()`; `mixUsers` must include you.', R.en],
      ],
    ),
  },
  STOP_MIX_TRANSCODE_FAILED: {
    code: 16456,
    actions: REPORT,
    text: texts(
      ['停止混流失败', '`stopMixTranscode()` 失败或超时。', [R.zh]],
      ['Stopping mixing failed', '`stopMixTranscode()` failed or timed out.', [R.en]],
    ),
  },
  NOT_SUPPORTED_H264: {
    code: 16457,
    actions: ENVIRONMENT,
    text: texts(
      [
        '不支持 H.264',
        '设备或浏览器无法编解码 H.264。',
        ['用 `checkSystemRequirements()` 提前检测。'],
        HINT_BROWSER.zh,
      ],
      [
        'No H.264 support',
        'The device or browser cannot encode or decode H.264.',
        ['Check with `checkSystemRequirements()` first.'],
        HINT_BROWSER.en,
      ],
    ),
  },
  SWITCH_ROLE_FAILED: {
    code: 16458,
    actions: REPORT,
    text: texts(
      ['切换角色失败', '`switchRole()` 被拒绝或超时。', ['仅在 live 模式进房后调用。', R.zh]],
      [
        'Role switch failed',
        '`switchRole()` was refused or timed out.',
        ['Call it only in live mode, after `join()`.', R.en],
      ],
    ),
  },
  API_CALL_TIMEOUT: { code: 16459, actions: NETWORK, text: SERVER_TIMEOUT_TEXT },
  SCHEDULE_FAILED: {
    code: 16460,
    actions: MEDIA_PATH,
    guide: 'firewall',
    docs: [FIREWALL],
    text: texts(
      [
        '调度失败',
        '连不上调度服务器（离线、DNS、防火墙）；附加码是 HTTP 状态、readyState 或服务器码。',
        ['检查网络和 DNS，放行 TRTC 域名。'],
        HINT_NETWORK.zh,
      ],
      [
        'Scheduling failed',
        'Scheduling servers unreachable (offline, DNS, firewall); extra code: HTTP status, readyState or server code.',
        ['Check the network and DNS; allow the TRTC domains.'],
        HINT_NETWORK.en,
      ],
    ),
  },
  API_CALL_ABORTED: {
    code: 16461,
    severity: 'info',
    text: texts(
      [
        '调用被中止',
        '调用中途被取消：调用了 `leave()`，或对方停止推流。',
        ['通常属预期；勿在调用未完成时 `leave()`。'],
      ],
      [
        'Call aborted',
        'Cancelled midway by `leave()`, or the remote user stopped publishing.',
        ['Usually expected; avoid `leave()` during pending calls.'],
      ],
    ),
  },
  UNKOWN: {
    code: 65535,
    aliases: ['UNKNOWN'],
    actions: REPORT,
    text: texts(
      ['未知错误', 'SDK 内部出现意外错误。', ['升级到最新 4.x SDK；仍出现则发报告给技术支持。']],
      [
        'Unknown SDK error',
        'An unexpected error inside the SDK.',
        ['Update to the latest 4.x SDK, then send the report to support.'],
      ],
    ),
  },
};

/** Every SDK code by key, as `getCode()` returns it (the hex form is `0x` + `code.toString(16)`). */
export const SDK_CODES = Object.freeze(
  Object.fromEntries(Object.entries(sdkSpecs).map(([key, spec]) => [key, spec.code])),
) as Readonly<Record<SdkErrorKey, number>>;

/** The SDK entries, `sdk:<KEY>`. */
export const sdkEntries: readonly CatalogEntry[] = Object.entries(sdkSpecs).map(([key, spec]) =>
  entry('sdk', key, spec),
);
