/**
 * What the doctor knows about the page's clients: the facts a support ticket needs (SDKAppID,
 * user, room, mode) and the secrets that must never leave (userSig, privateMapKey). Secrets are
 * kept only to be removed from messages and reports; nothing exported ever holds them.
 */
import { field } from './guard.js';
import { MIN_SECRET_LENGTH } from './redact.js';
import type { ClientFacts } from './report.js';
import type { ClientFactsInput } from './watch.js';

/** At most this many secret values are remembered (the newest win). */
export const MAX_SECRETS = 16;
/** At most this many clients are described in a report (the oldest go first). */
export const MAX_REPORTED_CLIENTS = 8;

/** A client's record, as the book fills it in. */
export type MutableFacts = { -readonly [K in keyof ClientFacts]: ClientFacts[K] };

/** The facts and secrets of one doctor. */
export interface FactBook {
  /** Learn facts about a watched client (from its getters or its `join()` arguments). */
  learn(client: object, label: string, facts: ClientFactsInput): void;
  /** Remember a `createClient` config: its secrets now, its facts once `client` is watched. */
  rememberConfig(config: unknown, client?: object): void;
  /** The exact secret values seen so far. */
  secrets(): readonly string[];
  /** The facts of each client, for a report (which copies what it keeps). */
  clients(): ClientFacts[];
}

/**
 * Make a fact book; `onSecret` runs when a new secret is learned (caches must be dropped), and
 * `onUserSig` with each userSig a client is given (and the client's record, to read and annotate).
 */
export function createFactBook(
  onSecret: () => void,
  onUserSig?: (client: object, userSig: string, record: MutableFacts) => void,
): FactBook {
  // Replaced, never changed in place: the redactor prepares each list once (see redact.ts).
  let secrets: readonly string[] = [];
  const clients = new Map<string, MutableFacts>();
  const factsOf = new WeakMap<object, MutableFacts>();
  const pending = new WeakMap<object, ClientFactsInput>();

  function addSecret(value: unknown): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
    if (secrets.includes(value)) return;
    secrets = [...secrets, value].slice(-MAX_SECRETS);
    onSecret();
  }

  function learn(client: object, label: string, facts: ClientFactsInput): void {
    addSecret(facts.userSig);
    addSecret(facts.privateMapKey);
    let record = factsOf.get(client);
    if (!record) {
      factsOf.set(client, (record = { label }));
      const config = pending.get(client);
      if (config) learn(client, label, config);
    }
    if (!clients.has(record.label)) {
      if (clients.size >= MAX_REPORTED_CLIENTS) clients.delete(clients.keys().next().value!);
      clients.set(record.label, record);
    }
    const { sdkAppId, userId, mode, roomId, role } = facts;
    // A numeric string counts (configs often carry one).
    const appId = typeof sdkAppId === 'string' ? Number(sdkAppId) : sdkAppId;
    if (typeof appId === 'number' && appId > 0 && appId < Infinity) record.sdkAppId = appId;
    if (typeof userId === 'string' && userId) record.userId = userId;
    if (typeof mode === 'string') record.mode = mode;
    if ((typeof roomId === 'string' && roomId) || (typeof roomId === 'number' && roomId > 0)) {
      record.roomId = roomId;
    }
    if (typeof role === 'string') record.role = role;
    if (typeof facts.userSig === 'string' && facts.userSig)
      onUserSig?.(client, facts.userSig, record);
  }

  return {
    learn,
    rememberConfig(config, client) {
      const facts: Record<string, unknown> = {};
      for (const key of ['sdkAppId', 'userId', 'mode', 'userSig', 'privateMapKey']) {
        facts[key] = field(config, key);
      }
      addSecret(facts.userSig);
      addSecret(facts.privateMapKey);
      if (client) pending.set(client, facts);
    },
    secrets: () => secrets,
    clients: () => [...clients.values()],
  };
}
