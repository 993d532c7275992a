/**
 * The Chinese words every explanation may read, whatever its family: the link labels, the notes
 * and the words for an error the catalog does not know. The keys of `../en/base.ts`.
 */
import type { Parts } from '../types.js';

/** One-line texts: link labels (`link:<name>`, see `src/catalog/links.ts`) and notes. */
export const lines: Parts['base']['lines'] = {
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

/** The words for an error the catalog does not know. */
export const catalog: Parts['base']['catalog'] = {
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
};

/** The base part of the Chinese words. */
export const part: Parts['base'] = { lines, catalog };
