import type { Lang } from '../catalog/types.js';

/**
 * The language to use when none is given: Chinese for a `zh*` browser, English otherwise.
 * Safe without a browser (SSR, Node): no `navigator` means English, and so does a navigator
 * whose getters throw.
 */
export function detectLang(): Lang {
  try {
    const nav = (globalThis as { navigator?: { language?: unknown; languages?: unknown } })
      .navigator;
    const first = Array.isArray(nav?.languages) ? nav.languages[0] : nav?.language;
    return typeof first === 'string' && /^zh/i.test(first) ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}
