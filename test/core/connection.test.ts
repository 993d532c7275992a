// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../src/core/connection';
import type { ConnectionDeps } from '../../src/core/connection';
import { makeDoctor } from '../fakes';

/** A fetch that answers (or fails) per URL, recording what was asked. */
const fetchThat = (reachable: boolean, asked: string[] = []) =>
  (async (url: string, init?: RequestInit) => {
    asked.push(`${url} ${init?.mode}`);
    if (!reachable) throw new TypeError('Failed to fetch');
    return new Response(null, { status: 200 });
  }) as unknown as typeof fetch;

/** A WebSocket that opens, or errors then closes; records `close()`. */
function socketThat(opens: boolean, closed: string[] = []) {
  return class {
    onopen: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onclose: (() => void) | null = null;
    constructor(readonly url: string) {
      setTimeout(() => (opens ? this.onopen?.() : (this.onerror?.(), this.onclose?.())), 1);
    }
    close() {
      closed.push(this.url);
    }
  } as unknown as typeof WebSocket;
}

/** An RTCPeerConnection that gathers these candidate types, then ends gathering. */
function peerGathering(types: string[], closed: number[] = []) {
  return class {
    onicecandidate: ((e: { candidate: unknown }) => void) | null = null;
    constructor(readonly config: RTCConfiguration) {}
    createDataChannel() {}
    async createOffer() {
      return { type: 'offer', sdp: '' };
    }
    async setLocalDescription() {
      types.forEach((type, i) =>
        setTimeout(() =>
          this.onicecandidate?.({
            candidate: { candidate: `candidate:${i} 1 udp 1 10.0.0.${i} 5000${i} typ ${type}` },
          }),
        ),
      );
      setTimeout(() => this.onicecandidate?.({ candidate: null }), 5);
    }
    close() {
      closed.push(1);
    }
  } as unknown as typeof RTCPeerConnection;
}

const deps = (schedule: boolean, signal: boolean, types: string[]): ConnectionDeps => ({
  fetch: fetchThat(schedule),
  WebSocket: socketThat(signal),
  RTCPeerConnection: peerGathering(types),
});
const STUN = [{ urls: 'stun:127.0.0.1:3478' }];
const TURN = [{ urls: ['turn:127.0.0.1:3479'], username: 'u', credential: 'p' }];

describe('testConnection', () => {
  it('asks the hosts it is given (no-cors), closes what it opened', async () => {
    const asked: string[] = [];
    const closedSockets: string[] = [];
    const closedPeers: number[] = [];
    const found = await testConnection(
      { scheduleUrl: 'https://127.0.0.1:1/s', signalUrl: 'wss://127.0.0.1:1/w', iceServers: STUN },
      {
        fetch: fetchThat(true, asked),
        WebSocket: socketThat(true, closedSockets),
        RTCPeerConnection: peerGathering(['host', 'srflx'], closedPeers),
      },
    );
    expect(asked).toEqual(['https://127.0.0.1:1/s no-cors']);
    expect(closedSockets).toEqual(['wss://127.0.0.1:1/w']);
    expect(closedPeers).toEqual([1]);
    expect(found).toMatchObject({
      schedule: 'ok',
      signal: 'ok',
      ice: 'ok',
      candidates: ['host', 'srflx'],
      verdict: 'conn-ok',
    });
  });

  it.each([
    [false, false, ['host'], STUN, 'conn-offline'],
    [false, true, ['host'], STUN, 'conn-no-schedule'],
    [true, false, ['host'], STUN, 'conn-no-signal'],
    [true, true, [], STUN, 'conn-no-webrtc'],
    [true, true, ['host'], STUN, 'conn-udp-blocked'],
    [true, true, ['host', 'srflx'], [...STUN, ...TURN], 'conn-no-turn'],
    [true, true, ['host', 'srflx', 'relay'], [...STUN, ...TURN], 'conn-ok'],
    [true, true, ['host'], [], 'conn-no-stun-tested'],
  ] as const)('schedule %s, signal %s, candidates %j: %s', async (s, w, types, ice, verdict) => {
    const found = await testConnection({ iceServers: [...ice] }, deps(s, w, [...types]));
    expect(found.verdict).toBe(verdict);
  });

  it('a host that never answers is blocked after the time limit', async () => {
    const hang = (() => new Promise(() => {})) as unknown as typeof fetch;
    const silent = class {
      onopen = null;
      close() {}
    } as unknown as typeof WebSocket;
    const started = Date.now();
    const found = await testConnection(
      { timeoutMs: 50 },
      { fetch: hang, WebSocket: silent, RTCPeerConnection: peerGathering([]) },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(found).toMatchObject({
      schedule: 'blocked',
      signal: 'blocked',
      verdict: 'conn-offline',
    });
  });
});

describe('the test-connection action', () => {
  it('says in plain words that nothing answers (loopback ports that refuse)', async () => {
    const doctor = makeDoctor({
      connectionTest: {
        scheduleUrl: 'http://127.0.0.1:9/',
        signalUrl: 'ws://127.0.0.1:9/',
        timeoutMs: 200,
      },
    });
    expect(doctor.canRun('test-connection')).toBe(true);
    const result = await doctor.runAction('test-connection');
    // Node has fetch; port 9 on loopback refuses: nothing leaves the machine.
    // Node 22 has a WebSocket (refused too); Node 20 has none (that check is skipped).
    const bothBlocked = typeof WebSocket === 'function';
    expect(result.outcome).toBe(bothBlocked ? 'conn-offline' : 'conn-no-schedule');
    expect(result.text).toMatch(
      bothBlocked ? /cannot be reached at all/ : /scheduling host is blocked/,
    );
    expect(result.ok).toBe(false);
  });

  it('rejects a connectionTest option that is not one', () => {
    expect(() => makeDoctor({ connectionTest: { scheduleUrl: 'ftp://x' } })).toThrow(/scheduleUrl/);
  });
});
