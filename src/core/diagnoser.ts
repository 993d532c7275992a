/**
 * `diagnose()` as the doctor uses it: memoised, so a storm of equal errors is diagnosed once, and
 * with the exact secret values only the doctor knows removed from the message.
 */
import { diagnose } from './diagnose.js';
import { redactText } from './redact.js';
import type { Diagnosis, Lang } from './types.js';

/** Distinct diagnoses memoised (per language); the memo is emptied when it is full. */
export const MAX_MEMOISED_DIAGNOSES = 256;

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' || typeof value === 'function') && value !== null;

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** A v4 RtcError (`getCode()`) or a v5 error (`code` 5000-5999): the rejections worth keeping. */
export function isTrtcError(reason: unknown): boolean {
  return !!read(() => {
    if (!isObject(reason)) return false;
    const r = reason as { getCode?: unknown; code?: unknown; message?: unknown };
    if (typeof r.getCode === 'function') return true;
    return (
      typeof r.code === 'number' && r.code >= 5000 && r.code < 6000 && typeof r.message === 'string'
    );
  });
}

/**
 * A cheap identity for well-behaved errors (codes, name, message), so equal errors share one
 * diagnosis. Anything odd (a Proxy, a throwing getter, a huge message) gets none and is
 * diagnosed afresh: correctness first, the memo is only for the common case.
 */
export function signatureOf(error: unknown): string | undefined {
  return read(() => {
    if (typeof error === 'number') return `n|${error}`;
    if (typeof error === 'string') return error.length <= 2000 ? `s|${error}` : undefined;
    if (!isObject(error)) return undefined;
    const e = error as Record<string, unknown>;
    const { message, name, reason } = e;
    if (typeof message !== 'string' || message.length > 2000) return undefined;
    // Every field diagnose() reads is part of the identity (see parse.ts readFacts); JSON keeps
    // the fields apart whatever characters they hold.
    const key = (...parts: unknown[]) =>
      JSON.stringify(parts.map((p) => (p === undefined ? null : String(p))));
    if (typeof e.getCode === 'function') {
      const code = (e.getCode as () => unknown).call(error);
      const extra =
        typeof e.getExtraCode === 'function' ? (e.getExtraCode as () => unknown).call(error) : '';
      return `v4${key(code, extra, name, reason, message)}`;
    }
    if (error instanceof Error) {
      const origin = (e.originError as { name?: unknown } | undefined)?.name;
      return `e${key(e.code, e.extraCode, e.functionName, origin, name, reason, message)}`;
    }
    return undefined;
  });
}

/** The doctor's diagnose: `diagnose()` plus memo plus exact-secret redaction. */
export interface Diagnoser {
  diagnose(input: unknown): Diagnosis;
  /** Forget memoised diagnoses (a new secret was learned). */
  clear(): void;
}

/** Make a diagnoser reading the current language and secrets on each call. */
export function createDiagnoser({
  lang,
  secrets,
}: {
  lang: () => Lang;
  secrets: () => readonly string[];
}): Diagnoser {
  const memo = new Map<string, Diagnosis>();
  return {
    diagnose(input) {
      const language = lang();
      const signature = signatureOf(input);
      const key = signature === undefined ? undefined : `${language}|${signature}`;
      const hit = key === undefined ? undefined : memo.get(key);
      if (hit) return hit;
      let diagnosis = diagnose(input, { lang: language });
      // diagnose() cleans by shape; the exact values only the doctor knows are removed here.
      if (diagnosis.message !== undefined) {
        diagnosis = { ...diagnosis, message: redactText(diagnosis.message, secrets()) };
      }
      if (key !== undefined) {
        if (memo.size >= MAX_MEMOISED_DIAGNOSES) memo.clear();
        memo.set(key, diagnosis);
      }
      return diagnosis;
    },
    clear: () => memo.clear(),
  };
}
