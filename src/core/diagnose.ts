/**
 * `diagnose()`: anything the SDK or the browser throws (or a code, key or message) in, a
 * diagnosis out. Pure and total: every read of the input is guarded (see `parse.ts`), and the
 * whole call is wrapped, so the worst input still gives an `unknown` diagnosis with next steps.
 */
import { catalog, unknownText } from '../catalog/index.js';
import type { CatalogEntry, Lang } from '../catalog/types.js';
import { detectLang, isLang } from './lang.js';
import { field } from './guard.js';
import { createLookup } from './lookup.js';
import { MAX_NAME_CHARS, toHex } from './parse.js';
import { createResolver, type Finding } from './resolve.js';
import { redactShapes } from './redact.js';
import type { DiagnoseOptions, Diagnosis, DiagnosisKind } from './types.js';

/** The `message` of a diagnosis is cut to this many characters (plus an ellipsis). */
export const MAX_MESSAGE_CHARS = 500;

/** At most this many related diagnoses: the first is the one the UI shows prominently. */
export const MAX_RELATED = 4;

const { freeze } = Object;

/** Names that say nothing beyond "an error". */
const PLAIN_NAMES = /^(?:RtcError|Error|DOMException)$/;

/** A frozen copy without the fields that are `undefined`, so diagnoses serialise cleanly. */
function freezeDefined<T extends object>(fields: T): T {
  const copy = { ...fields } as Record<string, unknown>;
  for (const key in copy) if (copy[key] === undefined) delete copy[key];
  return freeze(copy) as T;
}

/** What `describe` takes: a catalog entry, or the generic one for what the catalog lacks. */
type Describable = Omit<CatalogEntry, 'kind'> & { readonly kind: DiagnosisKind };

/** What an unrecognised input is explained with: the catalog's generic next steps. */
const UNKNOWN_ENTRY: Describable = {
  id: 'unknown',
  kind: 'unknown',
  severity: 'error',
  actions: ['copy-report'],
  docs: [],
  text: unknownText,
};

/** Shared by every diagnosis without related ones. */
const NONE: readonly never[] = freeze([]);

/**
 * An entry as a frozen diagnosis in one language, without this call's facts. Its arrays are the
 * catalog's own (frozen, so shared safely between calls); only the docs are resolved per language.
 */
function describe(entry: Describable, lang: Lang): Diagnosis {
  const { kind, key, code } = entry;
  const text = entry.text[lang];
  // Fields stay even when undefined, so a call's own facts keep their place when spread over.
  return freeze<Diagnosis>({
    id: entry.id,
    kind,
    // `sdk:CLIENT_BANNED/kick` shows the key `CLIENT_BANNED`.
    key: kind === 'sdk' ? key?.split('/')[0] : key,
    code,
    hex: kind === 'sdk' ? toHex(code) : undefined,
    related: NONE,
    severity: entry.severity,
    ...text,
    // Words that could not load still leave a title: the key or id, what a developer searches.
    title: text.title || key || entry.id,
    fix: freeze(text.fix),
    actions: freeze(entry.actions),
    // Links come from the catalog only, and only https ones are shown.
    docs: freeze(
      entry.docs
        .filter((doc) => doc.url.startsWith('https://'))
        .map((doc) => freeze({ label: doc.label[lang], url: doc.url })),
    ),
    guide: entry.guide,
    audience: entry.audience,
    lang,
  });
}

/** The redacted, bounded original message. */
function cleanMessage(message = ''): string | undefined {
  const clean = redactShapes(message).trim();
  return clean.length > MAX_MESSAGE_CHARS
    ? `${clean.slice(0, MAX_MESSAGE_CHARS)}…`
    : clean || undefined;
}

/** Turns a finding into a frozen, JSON-safe diagnosis: the entry's memoised text + this call's facts. */
function build(finding: Finding, lang: Lang): Diagnosis {
  const { entries = [], errorName: name, sdkVersion } = finding;
  const base = describe(entries.find(Boolean) ?? UNKNOWN_ENTRY, lang);
  // Each entry once, never the leading one again, and only the first few.
  const seen = new Set([base.id]);
  const related = entries
    .filter(
      (entry): entry is CatalogEntry => !!entry && !seen.has(entry.id) && !!seen.add(entry.id),
    )
    .slice(0, MAX_RELATED)
    .map((entry) => describe(entry, lang));
  return freezeDefined<Diagnosis>({
    ...base,
    code: finding.code ?? base.code,
    // A v5 code has no hex form in the SDK (only a lead from its internal 4.x error has one);
    // otherwise the finding's hex wins (a browser diagnosis from INITIALIZE_FAILED keeps 0x1004).
    hex: sdkVersion === 'v5' ? finding.hex : (finding.hex ?? base.hex),
    extraCode: finding.extraCode || undefined,
    related: freeze(related),
    message: cleanMessage(finding.message),
    errorName: name && !PLAIN_NAMES.test(name) ? redactShapes(name) : undefined,
    sdkVersion,
    constraint: finding.constraint,
  });
}

/** `options.operation` as a short string, else `undefined` (options may be hostile). */
function pickOperation(options: unknown): string | undefined {
  const operation = field(options, 'operation');
  return typeof operation === 'string' ? operation.slice(0, MAX_NAME_CHARS) : undefined;
}

/** `options.lang` when it is a language we have, else the browser's (en without a browser). */
function pickLang(options: unknown): Lang {
  const lang = field(options, 'lang');
  return isLang(lang) ? lang : detectLang();
}

/**
 * Makes a `diagnose` function over the given entries. `diagnose` itself uses the catalog; tests
 * and tools may use their own entries.
 */
export function createDiagnose(
  entries: readonly CatalogEntry[],
): (input: unknown, options?: DiagnoseOptions) => Diagnosis {
  let resolve: ReturnType<typeof createResolver> | undefined;
  return (input, options) => {
    const lang = pickLang(options);
    try {
      // Built on first use, not at import: importing the package does no work.
      resolve ??= createResolver(createLookup(entries));
      return build(resolve(input, pickOperation(options)), lang);
    } catch {
      return describe(UNKNOWN_ENTRY, lang);
    }
  };
}

let catalogDiagnose: ReturnType<typeof createDiagnose> | undefined;

/**
 * `diagnose` over the catalog in the loaded languages only: the engine's, which adds no pack (a
 * language it has not loaded reads another loaded one; with none, the words are empty). The
 * public `diagnose` (`src/catalog/public.ts`) adds every pack first.
 *
 * Explains anything the TRTC Web SDK (or the browser) throws: a v4 RtcError, a v5 error, a
 * DOMException or Error, a `client-banned` payload, a code (`16451`, `'0x4043'`, `'-10013'`), a
 * key (`'PLAY_NOT_ALLOWED'`), an id (`'account:70001'`) or a message. Pure; never throws: what it
 * cannot place gives `kind: 'unknown'` with the original message (redacted) and generic next steps.
 *
 * - A server code (`getExtraCode()`, or `code:`/`errorCode:` in the message) leads: JOIN_ROOM_FAILED
 *   with 70001 is `account:70001` (the userSig), keeps `code` 16388, `hex` `0x4004` and
 *   `extraCode` 70001, and puts `sdk:JOIN_ROOM_FAILED` in `related`.
 * - A NotAllowedError from `play()`/`resume()` (`options.operation`) or speaking of playback is
 *   blocked playback (`sdk:PLAY_NOT_ALLOWED`); an OverconstrainedError names its `constraint`
 *   and leads with its variant (`browser:OverconstrainedError/resolution`).
 * - INITIALIZE_FAILED with a browser name leads with the browser's guidance
 *   (`browser:NotAllowedError`), keeps `code` 4100 and `hex` `0x1004`, and puts
 *   `sdk:INITIALIZE_FAILED` in `related`.
 * - v5 errors lead with the most specific cause (`v5:5302`, `account:70001` behind a 5400, or
 *   `sdk:SCHEDULE_FAILED` from the internal error of an offline `enterRoom`), keep the v5 entry
 *   of their code (`v5:5300`) in `related`, their own `code` and `extraCode`, `sdkVersion: 'v5'`.
 *
 * @param input what was thrown, emitted or typed in.
 * @param options `lang`: `zh` or `en`; default the browser's language, en without a browser.
 *   `operation`: the call that failed, when known (`'play'`, `'initialize'`).
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
