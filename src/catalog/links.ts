/**
 * The official pages the seed error page links to, once each, with labels in both languages.
 * Only `https:` URLs: the UI renders them as links.
 */
import { link } from './build.js';

const SDK_DOC = 'https://web.sdk.qcloud.com/trtc/webrtc/doc/zh-cn/';

/** Browser support and device checks before a call (NOT_SUPPORTED, DEVICE_NOT_FOUND). */
export const SUPPORT_CHECK = link(
  `${SDK_DOC}tutorial-23-advanced-support-detection.html`,
  '通话前环境与设备检测',
  'Browser and device checks before a call',
);

/** What to do for each reason of INITIALIZE_FAILED (the browser errors behind it). */
export const CAPTURE_ERRORS = link(
  `${SDK_DOC}module-ErrorCode.html#.INITIALIZE_FAILED`,
  'INITIALIZE_FAILED 处理建议',
  'Handling INITIALIZE_FAILED',
);

/** The autoplay guide of the SDK. */
export const AUTOPLAY = link(
  `${SDK_DOC}tutorial-21-advanced-auto-play-policy.html`,
  '自动播放受限处理建议',
  'Handling autoplay restrictions',
);

/** Chrome's autoplay policy. */
export const CHROME_AUTOPLAY = link(
  'https://developers.google.com/web/updates/2017/09/autoplay-policy-changes',
  'Chrome 自动播放策略',
  'Chrome autoplay policy',
);

/** The join-failure and account code tables (the page's anchor for both). */
export const JOIN_CODES = link(
  'https://cloud.tencent.com/document/product/647/34342#.E8.BF.9B.E6.88.BF.E5.A4.B1.E8.B4.A5.E7.9B.B8.E5.85.B3.E9.94.99.E8.AF.AF.E4.BF.A1.E6.81.AF',
  '进房失败相关错误码',
  'Join failure error codes',
);

/** The ports and domains a WebRTC call needs (the ICE_TRANSPORT_ERROR row's own link). */
export const PORTS = link(
  'https://cloud.tencent.com/document/product/647/34399#webrtc-.E9.9C.80.E8.A6.81.E9.85.8D.E7.BD.AE.E5.93.AA.E4.BA.9B.E7.AB.AF.E5.8F.A3.E6.88.96.E5.9F.9F.E5.90.8D.E4.B8.BA.E7.99.BD.E5.90.8D.E5.8D.95.EF.BC.9F',
  'WebRTC 端口与域名白名单',
  'Ports and domains to allow',
);

/** The firewall page (the common-error rows link it without an anchor). */
export const FIREWALL = link(
  'https://cloud.tencent.com/document/product/647/34399',
  '防火墙配置',
  'Firewall configuration',
);

/** The TRTC console (service status, account information). */
export const CONSOLE = link(
  'https://console.cloud.tencent.com/trtc',
  'TRTC 控制台',
  'TRTC console',
);

/** Advanced permission control (privateMapKey). */
export const PRIVATE_MAP_KEY = link(
  'https://cloud.tencent.com/document/product/647/32240',
  '开启高级权限控制',
  'Advanced permission control',
);
