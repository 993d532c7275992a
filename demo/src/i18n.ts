/**
 * The demo pages' own words, in English and Chinese, and the language switch. Elements carry
 * `data-i18n="key"`; switching rewrites them and tells the doctor, whose panel has its own texts.
 */
import type { Lang } from '../../src/index';

const en = {
  title: 'trtc-doctor demo',
  navOverlay: 'Script tag (overlay)',
  navSupport: 'Support panel (inline)',
  navQa: 'QA view',
  navV5: 'SDK v5',
  overlayIntro:
    'This page loads the real TRTC SDK and trtc-doctor with two plain <script> tags and no other code change. Each button below makes the real SDK fail; the doctor explains it in the corner panel (Ctrl+Shift+D opens it).',
  supportIntro:
    'A call page as an end user sees it: trtc-doctor is mounted inline below, with plain wording and the actions a user can take.',
  qaIntro:
    'For QA: developer wording, the timeline, the environment and the report are in the panel. The simulate menu emits any catalog entry through a stand-in client, so every card can be seen without breaking anything.',
  realErrors: 'Real SDK errors',
  badParams: 'createClient with bad parameters',
  badParamsNote: 'INVALID_PARAMETER: createClient({}) throws at once.',
  publishBeforeJoin: 'Publish before join',
  publishBeforeJoinNote: 'INVALID_OPERATION: publish() is not allowed before join().',
  capture: 'Capture camera and microphone',
  captureNote:
    'DEVICE_NOT_FOUND without a camera; INITIALIZE_FAILED (NotAllowedError) when permission is denied; a local preview when it works.',
  join: 'Join the room',
  joinNote:
    'Without credentials, or offline, join() fails (SCHEDULE_FAILED offline; a userSig error online). With real credentials it joins.',
  leave: 'Leave',
  publish: 'Publish camera',
  autoplay: 'Open a page that plays on load (new tab)',
  autoplayNote:
    'PLAY_NOT_ALLOWED: browsers block sound until the user has interacted with the page. The new tab starts a generated tone and picture on load, before any click. Once you have clicked in a tab, the browser allows sound there, so this only works in a fresh tab.',
  autoplayRunning: 'Playing a generated tone and picture on load, before any click…',
  credentials: 'Room (optional: a real sdkAppId, userId and userSig join a real room)',
  sdkAppId: 'sdkAppId',
  userId: 'userId',
  userSig: 'userSig',
  roomId: 'roomId',
  log: 'What the SDK did',
  clearLog: 'Clear',
  ok: 'OK',
  simulate: 'Simulate (QA)',
  simulateNote:
    'Emit a catalog entry as the SDK would, through a stand-in client watched by the doctor.',
  entry: 'Catalog entry',
  emit: 'Emit',
  emitAll: 'Emit all',
  report: 'Report',
  showReport: 'Show the Markdown report',
  callTitle: 'Your call',
  helpTitle: 'Help with this call',
  supportStart: 'Start camera',
  supportJoin: 'Join the call',
  empty: 'No SDK global: the script tag for trtc.js did not load.',
};

type Words = Record<keyof typeof en, string>;

const zh: Words = {
  title: 'trtc-doctor 演示',
  navOverlay: '脚本标签（浮层）',
  navSupport: '客服面板（内嵌）',
  navQa: '测试视图',
  navV5: 'SDK v5 版',
  overlayIntro:
    '本页用两个普通的 <script> 标签加载真实的 TRTC SDK 和 trtc-doctor，不改任何业务代码。下面每个按钮都会让真实 SDK 报错，由角落里的面板解释原因（Ctrl+Shift+D 打开）。',
  supportIntro:
    '终端用户看到的通话页面：trtc-doctor 以内嵌方式挂在下方，使用通俗的说法，只提供用户能做的操作。',
  qaIntro:
    '供测试使用：面板中有开发者说明、时间线、环境信息和报告。“模拟”菜单通过一个替身客户端发出任意目录条目，无需真的出错即可查看每一张卡片。',
  realErrors: '真实的 SDK 错误',
  badParams: '用错误参数调用 createClient',
  badParamsNote: 'INVALID_PARAMETER：createClient({}) 立即抛出。',
  publishBeforeJoin: '未进房就推流',
  publishBeforeJoinNote: 'INVALID_OPERATION：join() 之前不允许 publish()。',
  capture: '采集摄像头和麦克风',
  captureNote:
    '没有摄像头时为 DEVICE_NOT_FOUND；权限被拒绝时为 INITIALIZE_FAILED（NotAllowedError）；成功则显示本地预览。',
  join: '进入房间',
  joinNote:
    '没有凭证或离线时 join() 失败（离线为 SCHEDULE_FAILED；在线为 userSig 错误）。填写真实凭证即可进房。',
  leave: '退出房间',
  publish: '推送摄像头',
  autoplay: '打开一个加载即播放的页面（新标签页）',
  autoplayNote:
    'PLAY_NOT_ALLOWED：用户与页面交互之前，浏览器禁止播放声音。新标签页在加载时、任何点击之前播放生成的音调和画面。在某个标签页里点击过之后，浏览器就允许该页播放声音，所以只能在新标签页中演示。',
  autoplayRunning: '加载时（任何点击之前）正在播放生成的音调和画面……',
  credentials: '房间（可选：填写真实的 sdkAppId、userId 和 userSig 即可进入真实房间）',
  sdkAppId: 'sdkAppId',
  userId: 'userId',
  userSig: 'userSig',
  roomId: 'roomId',
  log: 'SDK 的执行结果',
  clearLog: '清空',
  ok: '成功',
  simulate: '模拟（测试用）',
  simulateNote: '通过一个被 doctor 监听的替身客户端，像 SDK 一样发出某个目录条目。',
  entry: '目录条目',
  emit: '发出',
  emitAll: '全部发出',
  report: '报告',
  showReport: '显示 Markdown 报告',
  callTitle: '你的通话',
  helpTitle: '通话帮助',
  supportStart: '打开摄像头',
  supportJoin: '加入通话',
  empty: '没有 SDK 全局对象：trtc.js 的脚本标签没有加载。',
};

/** A word key of the demo pages. */
export type WordKey = keyof typeof en;

const WORDS: Record<Lang, Words> = { en, zh };
const STORAGE_KEY = 'trtc-doctor-demo-lang';

/** The language from `?lang=`, then the last choice, then the browser's. */
export function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked (private mode, sandboxed frame): fall back to the browser's.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Lang = 'en';

/** The demo's word for `key` in the current language. */
export function t(key: WordKey): string {
  return WORDS[current][key];
}

/** Rewrites every `data-i18n` text of the page in `lang`. */
export function applyLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as WordKey);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.langChoice === lang));
  }
}

/**
 * Wires the EN / 中文 buttons (`data-lang-choice`): they translate the page and call `onChange`
 * (which tells the doctor). Returns the starting language, already applied.
 */
export function setUpLanguageSwitch(onChange: (lang: Lang) => void): Lang {
  const start = initialLang();
  applyLang(start);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-choice]')) {
    button.addEventListener('click', () => {
      const lang = button.dataset.langChoice === 'zh' ? 'zh' : 'en';
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Not remembered; the switch still works for this page.
      }
      applyLang(lang);
      onChange(lang);
    });
  }
  return start;
}
