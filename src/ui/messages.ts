/**
 * Every string the panel shows, `[English, Chinese]`. A host overrides any of them by key through
 * `settings.messages` (`mount({ messages })` or `doctor.configure({ messages })`).
 * `{name}` placeholders are filled by `format()`. Action ids, severities, tab ids and source types
 * are keys too (the labels of what they name), so a new one without a label fails the type check
 * where the panel passes it.
 */

// One row per key, both languages side by side: a key is written once, and a missing translation
// is a type error (the tuple needs both).
const table = {
  title: ['TRTC Doctor', 'TRTC 诊断'],
  openProblems: ['open problems', '个未解决的问题'],
  close: ['Close', '关闭'],
  problems: ['Problems', '问题'],
  timeline: ['Timeline', '时间线'],
  environment: ['Environment', '环境'],
  report: ['Report', '报告'],
  noProblems: ['No problems.', '暂无问题。'],
  resolved: ['Resolved', '已解决'],
  error: ['Error', '错误'],
  warning: ['Warning', '警告'],
  info: ['Notice', '提示'],
  first: ['first', '首次'],
  last: ['last', '最近'],
  client: ['Client {label}', '客户端 {label}'],
  'local-stream': ['Local stream {label}', '本地流 {label}'],
  'remote-stream': ['Remote user {user}', '远端用户 {user}'],
  page: ['Page', '页面'],
  extra: ['extra', '扩展码'],
  related: ['Behind it', '根本原因'],
  details: ['Details', '详细信息'],
  'resume-playback': ['Resume playback', '恢复播放'],
  'request-permission': ['Allow camera and microphone', '允许使用摄像头和麦克风'],
  'retry-capture': ['Retry camera and microphone', '重新采集摄像头和麦克风'],
  'check-devices': ['Check devices', '检测设备'],
  'check-environment': ['Check environment', '检测环境'],
  rejoin: ['Rejoin the room', '重新进房'],
  'copy-report': ['Copy report', '复制报告'],
  unblockTitle: ['Unblock camera and microphone', '解除摄像头和麦克风禁用'],
  yourBrowser: ['your browser', '当前浏览器'],
  autoplay: [
    'The browser mutes playback until a click on the page: press Resume.',
    '浏览器在点击页面前禁止播放声音：请点击“恢复播放”。',
  ],
  fwTitle: ['Allow these through the firewall', '防火墙需放行'],
  fwSignal: ['TCP 443 (signalling, HTTPS/WSS)', 'TCP 443（信令，HTTPS/WSS）'],
  fwMedia: ['UDP {ports} (media)', 'UDP {ports}（媒体）'],
  fwDomains: ['Domains', '域名'],
  fwOfficial: ['Official whitelist (current)', '官方白名单（以此为准）'],
  cameras: ['Cameras', '摄像头'],
  microphones: ['Microphones', '麦克风'],
  speakers: ['Speakers', '扬声器'],
  none: ['none found', '未找到'],
  noLabel: ['(name hidden until allowed)', '（授权后才显示名称）'],
  'type-error': ['Errors', '错误'],
  'type-state': ['State', '状态'],
  'type-action': ['Actions', '操作'],
  'type-info': ['Info', '信息'],
  noEntries: ['Nothing yet.', '暂无记录。'],
  showAll: ['Show all ({n})', '显示全部（{n}）'],
  runChecks: ['Run checks', '开始检测'],
  envHint: ['Browser, SDK, devices and permissions.', '浏览器、SDK、设备和权限。'],
  copyMarkdown: ['Copy as Markdown', '复制为 Markdown'],
  copyJson: ['Copy as JSON', '复制为 JSON'],
  download: ['Download', '下载'],
  copied: ['Copied.', '已复制。'],
  copyFailed: ['Copy failed: copy the text below by hand.', '复制失败：请手动复制下方文本。'],
  reportNote: ['Redacted: no userSig, no keys.', '已脱敏：不含 userSig 和密钥。'],
  newOne: ['New problem: {title}', '新问题：{title}'],
  newMany: ['{n} new problems', '{n} 个新问题'],
} satisfies Record<string, readonly [en: string, zh: string]>;

/** The keys of the panel's strings. */
export type MessageKey = keyof typeof table;

/** The built-in strings: for each key, `[English, Chinese]`. */
export const messages: Readonly<Record<MessageKey, readonly [en: string, zh: string]>> = table;

/** Fills `{name}` placeholders; a missing value becomes an empty string. */
export function format(text: string, vars?: Readonly<Record<string, string | number>>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text;
}
