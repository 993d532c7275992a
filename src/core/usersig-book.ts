/**
 * The userSig inspector of one doctor: each client's userSig decoded once when it is learned, its
 * facts kept per client (in a WeakMap: they go with the client), and the sentences a card, a
 * warning and a report say about them. The userSig itself is never kept here.
 */
import { USERSIG_DOC, userSigWords } from '../catalog/usersig.js';
import type { UserSigFinding } from './usersig.js';
import type { MutableFacts } from './facts.js';
import type { UserSigCheck } from './report.js';
import type { Diagnosis, Lang, Problem, ProblemSource, UserSigFacts } from './types.js';
import { weakSource } from './weak.js';

/** Who uses a userSig: read when its decode finishes (a config's values may arrive after it). */
export interface UserSigUser {
  readonly userId?: string;
  readonly sdkAppId?: number;
}

/** The per-client facts and the decodes still running. */
export interface UserSigBook {
  /** Decode `userSig` for `client`; `onFacts` runs when that is done (unless a newer one came). */
  learn(client: object, userSig: unknown, user: UserSigUser): void;
  /** The facts of the client's latest decoded userSig. */
  factsOf(client: object | undefined): UserSigFacts | undefined;
  /** Resolves when every decode started so far is done. */
  settled(): Promise<void>;
}

/**
 * Make a book; `onFacts` is called (guarded by the caller) with each client's new facts and what
 * they call for (`findingOf`).
 */
export function createUserSigBook(
  now: () => number,
  onFacts: (client: object, facts: UserSigFacts, finding: UserSigFinding | undefined) => void,
): UserSigBook {
  const facts = new WeakMap<object, UserSigFacts>();
  // The latest decode of each client: an older one finishing later is ignored.
  const latest = new WeakMap<object, Promise<unknown>>();
  const running = new Set<Promise<unknown>>();
  return {
    learn(client, userSig, user) {
      if (typeof userSig !== 'string' || !userSig) return;
      // The decoder loads with the first userSig learned, not with the engine.
      const decode: Promise<unknown> = import('./usersig.js')
        .then(async ({ compareUserSig, findingOf, inspectUserSig }) => {
          const inspection = await inspectUserSig(userSig);
          if (!inspection || latest.get(client) !== decode) return;
          const found = compareUserSig(inspection, user, now());
          facts.set(client, found);
          onFacts(client, found, findingOf(found, now()));
        })
        .catch(() => {})
        .finally(() => running.delete(decode));
      latest.set(client, decode);
      running.add(decode);
    },
    factsOf: (client) => (client ? facts.get(client) : undefined),
    settled: () => Promise.all([...running]).then(() => {}),
  };
}

/** The userSig codes: expired, check failed, made for another user or app, locked. */
const USERSIG_CODES = new Set(
  (
    '70001 70052 70221 70347 70002 70003 70004 70005 70006 70007 70008 70010 70018 70019 70214 ' +
    '70236 70346 70009 70013 70014 70050 -10013 -100018'
  )
    .split(' ')
    .map(Number),
);

/** Whether a diagnosis (or one behind it) is about the userSig: the card then shows its facts. */
export const isUserSigProblem = (d: Diagnosis): boolean =>
  d.id.startsWith('usersig:') ||
  [d, ...d.related].some(
    (x) =>
      ((x.kind === 'account' || x.kind === 'join') && USERSIG_CODES.has(x.code ?? 0)) ||
      USERSIG_CODES.has(x.extraCode ?? 0),
  );

/** `3 h`, `60 s`: the largest unit that keeps a small number. */
export function span(ms: number, lang: Lang): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const [unit, n] =
    s < 120
      ? [0, s]
      : s < 7200
        ? [1, Math.round(s / 60)]
        : s < 172_800
          ? [2, Math.round(s / 3600)]
          : [3, Math.round(s / 86_400)];
  return userSigWords(lang).units[unit]!.replace('{n}', String(n));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local time `14:02`, with the date when it is not the day of `now`. */
export function at(ms: number, now: number): string {
  const d = new Date(ms);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === new Date(now).toDateString()
    ? time
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}

const fill = (template: string, vars: Record<string, string | number | undefined>) =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all));

/** The values the sentences quote. */
const varsOf = (f: UserSigFacts, user: UserSigUser, lang: Lang, now: number) => ({
  ago: span(now - (f.expiresAt ?? now), lang),
  in: span((f.expiresAt ?? now) - now, lang),
  at: at(f.expiresAt ?? now, now),
  issued: at(f.issuedAt ?? now, now),
  validFor: span((f.validForSeconds ?? 0) * 1000, lang),
  identifier: f.identifier,
  signed: f.sdkAppId,
  userId: user.userId ?? f.joiningUserId,
  sdkAppId: user.sdkAppId ?? f.joiningSdkAppId,
});

/** What a card says about a userSig's facts, one sentence each. */
export function describeUserSig(
  f: UserSigFacts,
  user: UserSigUser,
  lang: Lang,
  now: number,
): string[] {
  const w = userSigWords(lang);
  if (!f.valid) return [fill(w.invalid, { reason: w.reasons[f.reason ?? 'not-tls-v2'] })];
  const vars = varsOf(f, user, lang, now);
  return [
    fill(w.issued, vars),
    fill((f.expiresAt ?? 0) <= now ? w.expiredAt : w.expiresAt, vars),
    f.userIdMatches === false && fill(w.madeFor, vars),
    f.sdkAppIdMatches === false && fill(w.madeForApp, vars),
  ].filter((line): line is string => !!line);
}

/** The pre-join findings that become a warning (an invalid userSig shows on the join's error). */
export const WARNED: readonly UserSigFinding[] = [
  'expired',
  'expires-soon',
  'wrong-user',
  'wrong-app',
];

/**
 * The warning problem's diagnosis, `usersig:<finding>` (developer audience), or `undefined` when
 * these facts call for no warning.
 */
export function userSigWarning(
  f: UserSigFacts,
  user: UserSigUser,
  lang: Lang,
  now: number,
  finding: UserSigFinding | undefined,
): Diagnosis | undefined {
  if (!finding || !WARNED.includes(finding)) return undefined;
  const words = userSigWords(lang);
  const [title, cause, fix] = fill(
    words[finding as Exclude<UserSigFinding, 'invalid'>],
    varsOf(f, user, lang, now),
  ).split('|') as [string, string, string];
  return {
    id: `usersig:${finding}`,
    kind: 'account',
    key: finding,
    related: [],
    severity: 'warning',
    title,
    cause,
    fix: [fix],
    actions: [],
    docs: [{ label: words.doc, url: USERSIG_DOC }],
    audience: 'developer',
    lang,
  };
}

/** What the inspector needs from the doctor. */
export interface UserSigHub {
  now(): number;
  lang(): Lang;
  /** Record a warning: `input` is the marker that `diagnose` recognises. */
  record(input: object, source: ProblemSource): void;
  /** Attach facts to the kept problem with this fingerprint. */
  attach(fingerprint: string, facts: UserSigFacts): void;
  /** The open problems now. */
  problems(): readonly Problem[];
}

/** A warning's input: what `diagnose` needs to say it again (in another language). */
interface Warning {
  readonly facts: UserSigFacts;
  readonly user: UserSigUser;
  /** Kept: said again later, it keeps its id (its fingerprint) even if time moved on. */
  readonly finding: UserSigFinding;
}

/** The inspector of one doctor: `learn` is `createFactBook`'s `onUserSig`. */
export interface UserSigInspector {
  learn(client: object, userSig: string, record: MutableFacts): void;
  /** The warning diagnosis of a marker input, else `undefined`. */
  diagnose(input: unknown): Diagnosis | undefined;
  /** The facts to attach to a problem just recorded, when it is about the userSig. */
  factsFor(problem: Problem): UserSigFacts | undefined;
  settled(): Promise<void>;
}

/** The report's form of facts: times as ISO strings, no identifier. */
const checkOf = (f: UserSigFacts): UserSigCheck => ({
  valid: f.valid,
  reason: f.reason,
  issuedAt: f.issuedAt === undefined ? undefined : new Date(f.issuedAt).toISOString(),
  expiresAt: f.expiresAt === undefined ? undefined : new Date(f.expiresAt).toISOString(),
  validForSeconds: f.validForSeconds,
  userIdMatches: f.userIdMatches,
  sdkAppIdMatches: f.sdkAppIdMatches,
});

/** Make the inspector: decodes, warns before a join, and hands facts to userSig problems. */
export function createUserSigInspector(hub: UserSigHub): UserSigInspector {
  const warnings = new WeakMap<object, Warning>();
  const users = new WeakMap<object, UserSigUser>();
  const book = createUserSigBook(hub.now, (client, facts, finding) => {
    const record = users.get(client) as MutableFacts;
    record.userSigCheck = checkOf(facts);
    const user = { userId: record.userId, sdkAppId: record.sdkAppId };
    const source = weakSource({ type: 'client', label: record.label }, client);
    if (finding && WARNED.includes(finding)) {
      const marker = {};
      warnings.set(marker, { facts, user, finding });
      hub.record(marker, source);
    }
    // A userSig error recorded before its decode finished gets the facts now.
    for (const p of hub.problems()) {
      if (p.source.target === client && !p.userSig && isUserSigProblem(p.diagnosis)) {
        hub.attach(p.fingerprint, facts);
      }
    }
  });
  return {
    learn(client, userSig, record) {
      users.set(client, record);
      book.learn(client, userSig, record);
    },
    diagnose(input) {
      const w = typeof input === 'object' && input ? warnings.get(input) : undefined;
      return w && userSigWarning(w.facts, w.user, hub.lang(), hub.now(), w.finding);
    },
    factsFor: (p) => (isUserSigProblem(p.diagnosis) ? book.factsOf(p.source.target) : undefined),
    settled: book.settled,
  };
}
