/**
 * `trtc-doctor/explain`: `explain`, the asynchronous `diagnose` that loads only the words a
 * diagnosis reads. Up front it costs the diagnosis without any words; each call then imports the
 * parts of the language its explanation read (`takeWanted`, `loadParts` in
 * `src/lang/registry.ts`: one chunk per language and part, so a bundler splits them off), and
 * diagnoses again once they are there. A 4.x SDK code reads the `sdk` part; a v5 device error
 * the `v5-devices`, `browser` and `base` parts.
 *
 * @example
 * ```ts
 * import { explain } from 'trtc-doctor/explain';
 * const d = await explain('0x4043', { lang: 'zh' });
 * d.id; // 'sdk:PLAY_NOT_ALLOWED'
 * ```
 */
import { diagnose } from './core/diagnose.js';
import { field } from './core/guard.js';
import { detectLang, isLang } from './core/lang.js';
import type { Diagnosis, Lang } from './core/types.js';
import { loadParts, takeWanted } from './lang/registry.js';
import type { PartId } from './lang/types.js';

/** The options of `explain`. */
export interface ExplainOptions {
  /**
   * The language of the texts: `'en'` or `'zh'`. Default: the browser's (`zh*` gives zh), else
   * en. Any other value gives English (never an error).
   */
  lang?: Lang;
  /**
   * The call that failed, when known (`play`, `resume`, `initialize`, `join`): a NotAllowedError
   * from `play()` or `resume()` is blocked playback, from `initialize()` a refused permission.
   */
  operation?: string;
}

/** A diagnosis that reads a part it has loaded reads no other: two rounds suffice; one spare. */
const MAX_ROUNDS = 3;

/** `options.lang` when it is a language there are words for; absent: the browser's; else en. */
function pickLang(options: unknown): Lang {
  const lang = field(options, 'lang');
  if (lang === undefined) return detectLang();
  return isLang(lang) ? lang : 'en';
}

/**
 * Explains anything the TRTC Web SDK (or the browser) throws, as `diagnose` of `trtc-doctor`
 * does (the same `Diagnosis`, field for field), but loads only the words of one language that
 * this diagnosis reads, with dynamic `import()`: what a page pays up front is the diagnosis
 * without words.
 *
 * Never rejects, whatever it is given: a `lang` that is neither `'en'` nor `'zh'` gives English;
 * options that are not an object are ignored. When a part of the words cannot load (offline, a
 * blocked chunk), it resolves with what there is: the id, kind, codes, related ids and links
 * always; the words of parts already loaded (the other language's, if that one has them), else
 * empty texts.
 *
 * @param input what was thrown, emitted or typed in (a v5 or v4 RtcError, a DOMException,
 *   `16451`, `'0x4043'`, `'PLAY_NOT_ALLOWED'`...).
 * @param options `lang` and `operation` (see `ExplainOptions`).
 * @example
 * ```ts
 * try {
 *   await trtc.startLocalVideo({ view });
 * } catch (error) {
 *   const d = await explain(error, { lang: 'en', operation: 'startLocalVideo' });
 *   console.warn(d.title, d.fix);
 * }
 * ```
 */
export async function explain(input: unknown, options?: ExplainOptions): Promise<Diagnosis> {
  const lang = pickLang(options);
  const operation = field(options, 'operation');
  const diagnoseOptions = {
    lang,
    operation: typeof operation === 'string' ? operation : undefined,
  };
  const tried = new Set<PartId>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // Notes left by earlier reads are not this diagnosis's: cleared before it reads.
    takeWanted(lang);
    // Pure and total: never throws (src/core/diagnose.ts).
    const diagnosis = diagnose(input, diagnoseOptions);
    const missing = takeWanted(lang).filter((part) => !tried.has(part));
    if (!missing.length) return diagnosis;
    for (const part of missing) tried.add(part);
    // A part that cannot load is not asked again; the diagnosis keeps the words there are.
    await loadParts(lang, missing).catch(() => undefined);
  }
  return diagnose(input, diagnoseOptions);
}

export type { Diagnosis } from './core/types.js';
