/**
 * The words for what the catalog does not hold: an unrecognised error, and the note on an error
 * from the v5 SDK (`trtc-sdk-v5`), whose codes differ from 4.x.
 */
import { texts } from './build.js';
import type { EntryText, Lang, LocalText } from './types.js';

/** Generic next steps for an error the catalog does not know. */
export const unknownText: Readonly<Record<Lang, EntryText>> = texts(
  [
    '未识别的错误',
    '不在 4.x 错误目录中，或无法读取其结构。',
    ['复制报告。', '查看浏览器控制台和 SDK 日志。', '升级到最新 4.x SDK。', '将报告发给技术支持。'],
  ],
  [
    'Unrecognised error',
    'Not in the 4.x catalog, or its shape is unreadable.',
    [
      'Copy the report.',
      'Check the browser console and SDK log.',
      'Update to the latest 4.x SDK.',
      'Send the report to support.',
    ],
  ],
);

/** Shown beside a diagnosis of a v5 error: the guidance is the closest 4.x entry. */
export const v5Note: LocalText = Object.freeze({
  zh: '来自 TRTC SDK v5，以下为最接近的 4.x 建议。',
  en: 'From TRTC SDK v5: the closest 4.x advice is shown.',
});
