/**
 * Words several entries share, defined once: end-user hints (only where a user can act), a common
 * fix step, and whole texts for events the SDK reports both as a code and as a page message.
 */
import { texts } from './build.js';

/** A poor or lost connection. */
export const HINT_NETWORK = { zh: '请检查网络后重试。', en: 'Check your network and retry.' };

/** Camera and microphone permission. */
export const HINT_ALLOW = {
  zh: '请在地址栏允许摄像头和麦克风后重试。',
  en: 'Allow camera and microphone in the address bar, then retry.',
};

/** A device that is there but will not open. */
export const HINT_DEVICE = {
  zh: '请检查设备连接，关闭占用它的应用后重试。',
  en: 'Check the device cable, close apps using it, then retry.',
};

/** A browser or device without what calls need. */
export const HINT_BROWSER = {
  zh: '请换用最新版 Chrome、Edge、Firefox 或 Safari。',
  en: 'Use the latest Chrome, Edge, Firefox or Safari.',
};

/** The last step of server-side failures. */
export const RETRY_THEN_REPORT = {
  zh: '重试；仍失败请将报告发给技术支持。',
  en: 'Retry; if it fails again, send the report to support.',
};

/** ICE_TRANSPORT_ERROR and the ICE/DTLS-failed, DTLS-timeout and no-ICE-candidate messages. */
export const MEDIA_PATH_TEXT = texts(
  [
    '媒体通道建立失败',
    'ICE/DTLS（或 STUN）失败或超时，多因防火墙拦截 UDP。',
    [
      '按官方白名单放行端口和域名。',
      '仅开放 TCP 443 时，用 `client.setTurnServer()` 配置 TURN。',
      '然后重新进房。',
    ],
    '网络可能限制了通话，可换个网络（如手机热点）。',
  ],
  [
    'Media connection failed',
    'ICE/DTLS (or STUN) failed or timed out, mostly a firewall blocking UDP.',
    [
      'Allow the ports and domains on the official whitelist.',
      'If only TCP 443 is open, set a TURN server via `client.setTurnServer()`.',
      'Then rejoin.',
    ],
    'Your network may block calls: try another, e.g. a hotspot.',
  ],
);

/** SIGNAL_CHANNEL_ERROR and the page's websocket message. */
export const SIGNAL_TEXT = texts(
  [
    '信令连接失败',
    '信令 WebSocket 连接失败或断开（离线或 wss 被拦截）。',
    ['检查网络并放行 wss，然后刷新页面重新进房。'],
    HINT_NETWORK.zh,
  ],
  [
    'Signalling failed',
    'The signalling WebSocket failed or closed (offline, or wss blocked).',
    ['Check the network and allow wss, then reload and rejoin.'],
    HINT_NETWORK.en,
  ],
);

/** SIGNAL_CHANNEL_RECONNECTION_FAILED and the page's `SignalChannel reconnect failed`. */
export const SIGNAL_RECONNECT_TEXT = texts(
  [
    '信令重连失败',
    '信令断开后，SDK 多次重连均失败。',
    ['检查网络后 `leave()` 并重新 `join()`。'],
    HINT_NETWORK.zh,
  ],
  [
    'Signalling reconnection failed',
    'Signalling dropped and all SDK retries failed.',
    ['Check the network, then `leave()` and `join()` again.'],
    HINT_NETWORK.en,
  ],
);

/** UPLINK_ and DOWNLINK_RECONNECTION_FAILED. */
export const MEDIA_RECONNECT_TEXT = texts(
  [
    '媒体重连失败',
    '推流或拉流连接断开，自动重连失败。',
    ['检查网络后重新进房并推流。'],
    HINT_NETWORK.zh,
  ],
  [
    'Media reconnection failed',
    'A publish or receive connection dropped and could not be restored.',
    ['Check the network, then rejoin and publish again.'],
    HINT_NETWORK.en,
  ],
);

/** SERVER_TIMEOUT and API_CALL_TIMEOUT. */
export const SERVER_TIMEOUT_TEXT = texts(
  [
    '服务器响应超时',
    '服务器未及时响应报错中的请求，多因网络抖动或丢包。',
    ['检查网络后重试，反复出现则重新进房。'],
    HINT_NETWORK.zh,
  ],
  [
    'Server timeout',
    'The server did not answer the request named in the message: mostly jitter or loss.',
    ['Check the network and retry; rejoin if it repeats.'],
    HINT_NETWORK.en,
  ],
);

/** DEVICE_NOT_FOUND and NotFoundError. */
export const NO_DEVICE_TEXT = texts(
  [
    '找不到摄像头或麦克风',
    '没有符合请求的摄像头、麦克风或屏幕源。',
    ['先用 `TRTC.getCameras()` 等检查，只采集已有设备。'],
    '请连接摄像头或麦克风后重试。',
  ],
  [
    'No camera or microphone',
    'No camera, microphone or screen source matches the request.',
    ['Check `TRTC.getCameras()` etc. first; capture only what exists.'],
    'Connect a camera or microphone and retry.',
  ],
);
