import type { Lang } from '../catalog/types.js';

/**
 * The languages there are words for, English first (the fallback order). The one list every
 * check, picker and loader reads: a language named in `Lang` and missing here fails `tsc`.
 */
const LISTED = ['en', 'zh'] as const satisfies readonly Lang[];
export const LANGS: readonly Lang[] = Object.freeze(LISTED);

// `Lang` and LANGS name the same languages: a language added to `Lang` only fails here.
const everyLangListed: [Exclude<Lang, (typeof LISTED)[number]>] extends [never] ? true : never =
  true;
void everyLangListed;

/** Whether `value` is a language there are words for. */
export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/**
 * The language to use when none is given: the browser's first language when there are words for
 * it (`zh-CN` and `zh-TW` give zh), English otherwise. Safe without a browser (SSR, Node): no
 * `navigator` means English, and so does a navigator whose getters throw.
 */
export function detectLang(): Lang {
  try {
    const nav = (globalThis as { navigator?: { language?: unknown; languages?: unknown } })
      .navigator;
    const first = Array.isArray(nav?.languages) ? nav.languages[0] : nav?.language;
    const primary =
      typeof first === 'string' ? first.slice(0, 12).split(/[-_]/)[0]!.toLowerCase() : '';
    return isLang(primary) ? primary : 'en';
  } catch {
    return 'en';
  }
}
