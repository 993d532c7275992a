/**
 * Notices: advice about how the page set the SDK up, found before anything failed. For developers
 * only (`audience: 'developer'`): an end user can do nothing about them. One record per entry, in
 * both languages, with named fields.
 */
import type { CatalogEntry, EntryText, Lang } from './types.js';

/** The notices, by id. */
export type NoticeId = 'v5:autoplay-dialog';

const WORDS: Readonly<Record<NoticeId, Readonly<Record<Lang, EntryText>>>> = {
  'v5:autoplay-dialog': {
    en: {
      title: "The SDK's own autoplay dialog is on",
      cause:
        'With `enableAutoPlayDialog` on (the v5 default), the SDK shows its own dialog when the browser blocks playback and sends no `autoplay-failed` event, so this panel cannot offer Resume; with both, a user could see two prompts.',
      fix: [
        'To let this panel handle blocked playback: `TRTC.create({ enableAutoPlayDialog: false })` (or the same option in `enterRoom()`).',
        "To keep the SDK's dialog instead: leave it on; this panel then only records what the SDK reports.",
      ],
    },
    zh: {
      title: 'SDK 自带的自动播放弹窗已开启',
      cause:
        '`enableAutoPlayDialog` 开启时（v5 默认开启），浏览器阻止播放后 SDK 会弹出自己的对话框，且不会派发 `autoplay-failed` 事件，因此本面板无法提供“恢复播放”；两者同时存在时，用户可能看到两个提示。',
      fix: [
        '若要由本面板处理播放受阻：`TRTC.create({ enableAutoPlayDialog: false })`（或在 `enterRoom()` 中传入同名参数）。',
        '若要保留 SDK 的弹窗：保持开启即可，本面板只记录 SDK 报告的内容。',
      ],
    },
  },
};

/** The notice entries: informational, developer audience, no actions. */
export const noticeEntries: readonly CatalogEntry[] = (Object.keys(WORDS) as NoticeId[]).map((id) =>
  Object.freeze({
    id,
    kind: 'v5' as const,
    key: 'AUTOPLAY_DIALOG',
    severity: 'info' as const,
    audience: 'developer' as const,
    actions: Object.freeze([]),
    docs: Object.freeze([]),
    // Frozen all the way down, like every catalog entry: callers share this data.
    text: Object.freeze({
      en: Object.freeze({ ...WORDS[id].en, fix: Object.freeze([...WORDS[id].en.fix]) }),
      zh: Object.freeze({ ...WORDS[id].zh, fix: Object.freeze([...WORDS[id].zh.fix]) }),
    }),
  }),
);
