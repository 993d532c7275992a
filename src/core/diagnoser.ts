/**
 * `diagnose()` as the doctor uses it: memoised, so a storm of equal errors is diagnosed once, and
 * with the exact secret values only the doctor knows removed from the message.
 */
import { diagnose } from './diagnose.js';
import { read } from './guard.js';
import { MAX_NAME_CHARS } from './parse.js';
import { redactText } from './redact.js';
import type { Diagnosis, Lang } from './types.js';

export { isTrtcError } from './signature.js';

/** Distinct diagnoses memoised (per language); the memo is emptied when it is full. */
export const MAX_MEMOISED_DIAGNOSES = 256;

/**
 * A cheap identity for well-behaved errors (codes, name, message), so equal errors share one
 * diagnosis. Anything odd (a Proxy, a throwing getter, a huge message) gets none and is
 * diagnosed afresh: correctness first, the memo is only for the common case.
 */
export function signatureOf(error: unknown): string | undefined {
  return read(() => {
    if (typeof error === 'number' || (typeof error === 'string' && error.length <= 2000)) {
      return typeof error + error;
    }
    const e = error as Record<string, unknown>;
    const { message, name, reason } = e;
    if (typeof message !== 'string' || message.length > 2000) return undefined;
    // Every field diagnose() reads is part of the identity (see parse.ts readFacts); JSON keeps
    // the fields apart whatever characters they hold. The short fields are cut where parse.ts
    // cuts them (the message is at most 2000 here), so a key stays small whatever an error holds.
    const key = (...parts: unknown[]) =>
      JSON.stringify(
        parts.map((p) =>
          p === undefined ? null : p === message ? message : String(p).slice(0, MAX_NAME_CHARS),
        ),
      );
    const method = (fn: unknown) => (typeof fn === 'function' ? fn.call(error) : '');
    if (typeof e.getCode === 'function') {
      return `v4${key(method(e.getCode), method(e.getExtraCode), name, reason, message)}`;
    }
    if (error instanceof Error) {
      // The originError's name, code and message can lead a v5 diagnosis (resolve-v5.ts).
      const o = (e.originError ?? {}) as Record<string, unknown>;
      const originMessage = typeof o.message === 'string' ? o.message : null;
      if (originMessage && originMessage.length > 2000) return undefined;
      const originCode = typeof o.getCode === 'function' ? o.getCode() : undefined;
      const { code, extraCode, functionName, state, mediaType } = e;
      const resumable = typeof e.resume === 'function';
      const facts = key(code, extraCode, functionName, o.name, originCode, name, reason, state);
      return `e${facts}${key(mediaType, resumable, message)}${JSON.stringify(originMessage)}`;
    }
    return undefined;
  });
}

/** The fields of a diagnosis that carry the input's own text (the rest is the catalog's). */
const INPUT_FIELDS = ['message', 'errorName', 'key', 'constraint'] as const;

/**
 * `d` with the exact `secrets` removed from every field that carries the input's text (message,
 * error name, key, constraint); `d` itself when that changes nothing. With `own`, each such field becomes a
 * string of its own: a piece cut from a 2 MB error name keeps all 2 MB alive in a JS engine.
 */
export function cleanDiagnosis(d: Diagnosis, secrets: readonly string[], own = false): Diagnosis {
  let copy: Record<string, unknown> | undefined;
  for (const name of INPUT_FIELDS) {
    const value = d[name];
    if (value === undefined) continue;
    const clean = redactText(value, secrets);
    if (own || clean !== value)
      (copy ??= { ...d })[name] = own ? JSON.parse(JSON.stringify(clean)) : clean;
  }
  return copy ? (Object.freeze(copy) as unknown as Diagnosis) : d;
}

/**
 * The doctor's diagnose: `diagnose()` plus memo plus exact-secret redaction, reading the current
 * language and secrets on each call. `operation` is the call that failed, when known (a
 * NotAllowedError from `play()` is blocked playback). `clear()` forgets the memo (a new secret
 * was learned).
 */
export function createDiagnoser(
  lang: () => Lang,
  secrets: () => readonly string[],
): { diagnose(input: unknown, operation?: string): Diagnosis; clear(): void } {
  const memo = new Map<string, Diagnosis>();
  return {
    diagnose(input, operation) {
      const language = lang();
      const signature = signatureOf(input);
      // The operation is cut where diagnose() cuts it; JSON keeps it apart from the signature.
      const op = typeof operation === 'string' ? operation.slice(0, MAX_NAME_CHARS) : undefined;
      const key = signature && language + JSON.stringify(op ?? null) + signature;
      let diagnosis = key && memo.get(key);
      if (diagnosis) return diagnosis;
      // diagnose() cleans by shape; the exact values only the doctor knows are removed here.
      diagnosis = cleanDiagnosis(
        diagnose(input, { lang: language, operation: op }),
        secrets(),
        true,
      );
      if (key) {
        if (memo.size >= MAX_MEMOISED_DIAGNOSES) memo.clear();
        memo.set(key, diagnosis);
      }
      return diagnosis;
    },
    clear: () => memo.clear(),
  };
}
