// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_CLIENTS, MAX_SECRETS, createFactBook } from '../../src/core/facts';
import { MIN_SECRET_LENGTH } from '../../src/core/redact';

const secret = (i: number) => `secret-value-${i}`;

describe('fact book', () => {
  it(`remembers at most ${MAX_SECRETS} secrets, the newest, and says when one is new`, () => {
    let learned = 0;
    const facts = createFactBook(() => learned++);
    for (let i = 0; i < MAX_SECRETS + 3; i++) facts.rememberConfig({ userSig: secret(i) });
    facts.rememberConfig({ userSig: secret(MAX_SECRETS + 2) }); // known: not new
    facts.rememberConfig({ userSig: 'x'.repeat(MIN_SECRET_LENGTH - 1) }); // too short to redact
    expect(learned).toBe(MAX_SECRETS + 3);
    expect(facts.secrets()).toHaveLength(MAX_SECRETS);
    expect(facts.secrets()).not.toContain(secret(2));
    expect(facts.secrets()).toContain(secret(3));
    expect(facts.secrets().at(-1)).toBe(secret(MAX_SECRETS + 2));
  });

  it(`describes at most ${MAX_REPORTED_CLIENTS} clients, the newest`, () => {
    const facts = createFactBook(() => {});
    for (let i = 0; i < MAX_REPORTED_CLIENTS + 2; i++) {
      facts.learn({}, `client ${i}`, { sdkAppId: '1400000001', userId: `u${i}` });
    }
    const clients = facts.clients();
    expect(clients).toHaveLength(MAX_REPORTED_CLIENTS);
    expect(clients[0]).toEqual({ label: 'client 2', sdkAppId: 1400000001, userId: 'u2' });
    expect(clients.at(-1)?.label).toBe(`client ${MAX_REPORTED_CLIENTS + 1}`);
  });

  it("keeps a createClient config's facts until that client is watched", () => {
    const facts = createFactBook(() => {});
    const client = {};
    facts.rememberConfig({ sdkAppId: 7, userId: 'ann', mode: 'live', userSig: secret(1) }, client);
    expect(facts.clients()).toEqual([]);
    facts.learn(client, 'main', { roomId: 42, role: 'anchor' });
    expect(facts.clients()).toEqual([
      { label: 'main', sdkAppId: 7, userId: 'ann', mode: 'live', roomId: 42, role: 'anchor' },
    ]);
    expect(facts.secrets()).toEqual([secret(1)]);
  });
});
