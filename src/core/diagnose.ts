/**
 * `diagnose()`: anything the SDK or the browser throws (or a code, key or message) in, a
 * diagnosis out. Pure and total: every read of the input is guarded (see `parse.ts`), and the
 * whole call is wrapped, so the worst input still gives an `unknown` diagnosis with next steps.
 */
import { catalog, unknownText } from '../catalog/index.js';
import type { CatalogEntry, Lang } from '../catalog/types.js';
import { detectLang } from './lang.js';
import { createLookup, type Lookup } from './lookup.js';
import { readProp } from './parse.js';
import { createResolver, type Finding } from './resolve.js';
import { redactText } from './redact.js';
import type { DiagnoseOptions, Diagnosis } from './types.js';

/** The `message` of a diagnosis is cut to this many characters (plus an ellipsis). */
export const MAX_MESSAGE_CHARS = 500;

/** At most this many related diagnoses: the first is the one the UI shows prominently. */
export const MAX_RELATED = 4;

/** Names that say nothing beyond "an error". */
const PLAIN_NAMES = new Set(['RtcError', 'Error', 'DOMException']);

/** The redacted, bounded original message. */
function cleanMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const clean = redactText(message).trim();
  if (!clean) return undefined;
  return clean.length > MAX_MESSAGE_CHARS ? `${clean.slice(0, MAX_MESSAGE_CHARS)}…` : clean;
}

const unknownBases: Partial<Record<Lang, Diagnosis>> = {};

/** The `unknown` diagnosis' fixed part in one language, built once. */
function unknownBase(lang: Lang): Diagnosis {
  const text = unknownText[lang];
  return (unknownBases[lang] ??= Object.freeze({
    id: 'unknown',
    kind: 'unknown',
    related: Object.freeze([]),
    severity: 'error',
    title: text.title,
    cause: text.cause,
    fix: Object.freeze([...text.fix]),
    actions: Object.freeze(['copy-report' as const]),
    docs: Object.freeze([]),
    lang,
  }));
}

/** Turns a finding into a frozen, JSON-safe diagnosis: the entry's memoised text + this call's facts. */
function build(lookup: Lookup, finding: Finding, lang: Lang): Diagnosis {
  const base = finding.entry ? lookup.describe(finding.entry, lang) : unknownBase(lang);
  const related: Diagnosis[] = [];
  for (const entry of finding.related ?? []) {
    if (related.length >= MAX_RELATED) break;
    if (entry && entry.id !== base.id && !related.some((d) => d.id === entry.id)) {
      related.push(lookup.describe(entry, lang));
    }
  }
  const name = finding.errorName;
  const result: Record<string, unknown> = {
    ...base,
    code: finding.code ?? base.code,
    // A v5 code has no hex form in the SDK; otherwise the finding's hex wins (e.g. a browser
    // diagnosis that came from INITIALIZE_FAILED keeps 0x1004).
    hex: finding.sdkVersion === 'v5' ? undefined : (finding.hex ?? base.hex),
    extraCode: finding.extraCode || undefined,
    related: Object.freeze(related),
    message: cleanMessage(finding.message),
    errorName: name && !PLAIN_NAMES.has(name) ? redactText(name) : undefined,
    sdkVersion: finding.sdkVersion,
  };
  for (const key of Object.keys(result)) if (result[key] === undefined) delete result[key];
  return Object.freeze(result) as unknown as Diagnosis;
}

/** `options.lang` when it is a language we have, else the browser's (en without a browser). */
function pickLang(options: unknown): Lang {
  const lang = readProp(options, 'lang');
  return lang === 'zh' || lang === 'en' ? lang : detectLang();
}

/**
 * Makes a `diagnose` function over the given entries. `diagnose` itself uses the catalog; tests
 * and tools may use their own entries.
 */
export function createDiagnose(
  entries: readonly CatalogEntry[],
): (input: unknown, options?: DiagnoseOptions) => Diagnosis {
  let lookup: Lookup | undefined;
  let resolve: ((input: unknown) => Finding) | undefined;
  return (input, options) => {
    const lang = pickLang(options);
    try {
      // Built on first use, not at import: importing the package does no work.
      lookup ??= createLookup(entries);
      resolve ??= createResolver(lookup);
      return build(lookup, resolve(input), lang);
    } catch {
      return unknownBase(lang);
    }
  };
}

let catalogDiagnose: ReturnType<typeof createDiagnose> | undefined;

/**
 * Explains anything the TRTC Web SDK (or the browser) throws: a v4 RtcError, a v5 error, a
 * DOMException or Error, a `client-banned` payload, a code (`16451`, `'0x4043'`, `'-10013'`), a
 * key (`'PLAY_NOT_ALLOWED'`), an id (`'account:70001'`) or a message. Pure; never throws: what it
 * cannot place gives `kind: 'unknown'` with the original message (redacted) and generic next steps.
 *
 * - A server code (`getExtraCode()`, or `code:`/`errorCode:` in the message) becomes `related[0]`:
 *   JOIN_ROOM_FAILED with 70001 keeps `sdk:JOIN_ROOM_FAILED` on top and explains the userSig in
 *   `related[0]`.
 * - INITIALIZE_FAILED with a browser name leads with the browser's guidance
 *   (`browser:NotAllowedError`), keeps `code` 4100 and `hex` `0x1004`, and puts
 *   `sdk:INITIALIZE_FAILED` in `related`.
 * - v5 errors get the closest v4 guidance, `sdkVersion: 'v5'`, their own `code` and `extraCode`,
 *   and no `hex`.
 *
 * @param input what was thrown, emitted or typed in.
 * @param options `lang`: `zh` or `en`; default the browser's language, en without a browser.
 * @example
 * ```ts
 * try {
 *   await client.join({ roomId });
 * } catch (error) {
 *   const d = diagnose(error, { lang: 'en' });
 *   console.warn(d.title, d.related[0]?.title, d.fix);
 * }
 * diagnose('0x4043').id; // 'sdk:PLAY_NOT_ALLOWED'
 * ```
 */
export function diagnose(input: unknown, options?: DiagnoseOptions): Diagnosis {
  catalogDiagnose ??= createDiagnose(catalog);
  return catalogDiagnose(input, options);
}
