/**
 * The connection test: can this machine reach TRTC, now? Three checks, each with a time limit:
 * the scheduling host over HTTPS, a secure WebSocket to signalling, and which ICE candidate types
 * the browser gathers (host, srflx through STUN, relay through TURN). The verdict says in plain
 * words what is blocked. Every host is an option, so tests point them at loopback stand-ins.
 */
import { field, read } from './guard.js';
import type { ConnectionTestOptions } from './types.js';

/** The first scheduling host the SDK asks (v4 and v5). */
export const DEFAULT_SCHEDULE_URL = 'https://schedule.cloud-rtc.com';
/** The signalling host named in the SDK. */
export const DEFAULT_SIGNAL_URL = 'wss://trtc.rtc.qq.com';
/** How long each check may take. */
export const DEFAULT_CHECK_TIMEOUT_MS = 5000;
/** Tencent's UDP media ports (the official whitelist page). */
export const MEDIA_UDP_PORTS = '8000, 8080, 8800, 843, 443, 16285';

/** The browser objects the test uses; the real ones by default (tests pass fakes). */
export interface ConnectionDeps {
  fetch?: typeof fetch;
  WebSocket?: typeof WebSocket;
  RTCPeerConnection?: typeof RTCPeerConnection;
}

/** What a check found. */
export type CheckOutcome = 'ok' | 'blocked' | 'unsupported';

/** What the connection test found, and its verdict (a key of the result sentences). */
export interface ConnectionFindings {
  readonly schedule: CheckOutcome;
  readonly signal: CheckOutcome;
  readonly ice: CheckOutcome;
  /** The candidate types gathered (`host`, `srflx`, `relay`, `prflx`). */
  readonly candidates: readonly string[];
  /** Whether STUN / TURN servers were given to the ICE check. */
  readonly stun: boolean;
  readonly turn: boolean;
  readonly verdict: ConnectionVerdict;
}

/** The plain-words answer, most blocking first. */
export type ConnectionVerdict =
  | 'conn-offline'
  | 'conn-no-schedule'
  | 'conn-no-signal'
  | 'conn-no-webrtc'
  | 'conn-udp-blocked'
  | 'conn-no-turn'
  | 'conn-no-stun-tested'
  | 'conn-ok';

/** `run` with a time limit: `fallback` when it takes longer (`cleanup` runs either way). */
function limited<T>(run: (done: (v: T) => void) => void, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    try {
      run((v) => (clearTimeout(timer), resolve(v)));
    } catch {
      clearTimeout(timer);
      resolve(fallback);
    }
  });
}

/** The scheduling host answers over HTTPS (`no-cors`: any answer, even opaque, is reachable). */
function checkSchedule(url: string, ms: number, f?: typeof fetch): Promise<CheckOutcome> {
  if (typeof f !== 'function') return Promise.resolve('unsupported');
  const abort = typeof AbortController === 'function' ? new AbortController() : undefined;
  return limited<CheckOutcome>(
    (done) =>
      void f(url, { mode: 'no-cors', cache: 'no-store', signal: abort?.signal }).then(
        () => done('ok'),
        () => done('blocked'),
      ),
    ms,
    'blocked',
  ).finally(() => read(() => abort?.abort()));
}

/** A secure WebSocket to signalling opens (then is closed at once). */
function checkSignal(url: string, ms: number, WS?: typeof WebSocket): Promise<CheckOutcome> {
  if (typeof WS !== 'function') return Promise.resolve('unsupported');
  let socket: WebSocket | undefined;
  return limited<CheckOutcome>(
    (done) => {
      socket = new WS(url);
      socket.onopen = () => done('ok');
      socket.onerror = () => done('blocked');
      socket.onclose = () => done('blocked');
    },
    ms,
    'blocked',
  ).finally(() => {
    if (socket) socket.onopen = socket.onerror = socket.onclose = null;
    read(() => socket?.close());
  });
}

/** The candidate types an RTCPeerConnection gathers with these servers. */
function gather(
  iceServers: RTCIceServer[],
  ms: number,
  PC?: typeof RTCPeerConnection,
): Promise<{ ice: CheckOutcome; types: string[] }> {
  if (typeof PC !== 'function') return Promise.resolve({ ice: 'unsupported', types: [] });
  const types = new Set<string>();
  let pc: RTCPeerConnection | undefined;
  const result = () => ({
    ice: (types.size ? 'ok' : 'blocked') as CheckOutcome,
    types: [...types],
  });
  return limited<{ ice: CheckOutcome; types: string[] } | undefined>(
    (done) => {
      pc = new PC({ iceServers });
      pc.onicecandidate = (event) => {
        const candidate = field(event, 'candidate');
        if (!candidate) return done(result());
        const type =
          field(candidate, 'type') ??
          /\btyp (\w+)/.exec(String(field(candidate, 'candidate')))?.[1];
        if (typeof type === 'string') types.add(type);
      };
      pc.createDataChannel('trtc-doctor');
      void pc
        .createOffer()
        .then((offer) => pc!.setLocalDescription(offer))
        .catch(() => done(result()));
    },
    ms,
    undefined,
  ).then((found) => {
    read(() => pc?.close());
    return found ?? result();
  });
}

/** The plain-words verdict of the three checks. */
export function verdictOf(f: Omit<ConnectionFindings, 'verdict'>): ConnectionVerdict {
  const has = (type: string) => f.candidates.includes(type);
  if (f.schedule === 'blocked' && f.signal === 'blocked') return 'conn-offline';
  if (f.schedule === 'blocked') return 'conn-no-schedule';
  if (f.signal === 'blocked') return 'conn-no-signal';
  if (f.ice !== 'ok') return 'conn-no-webrtc';
  if (f.stun && !has('srflx') && !has('relay')) return 'conn-udp-blocked';
  if (f.turn && !has('relay')) return 'conn-no-turn';
  if (!f.stun && !f.turn) return 'conn-no-stun-tested';
  return 'conn-ok';
}

/** Whether any of the servers has a URL of this scheme (`stun`, `turn`). */
const hasScheme = (servers: RTCIceServer[], scheme: RegExp) =>
  servers.some((s) => [field(s, 'urls')].flat().some((u) => scheme.test(String(u))));

/**
 * Run the three checks at once (each within `timeoutMs`); never rejects.
 *
 * @example
 * ```ts
 * const found = await testConnection({ iceServers: [{ urls: 'stun:stun.example.com' }] });
 * if (found.verdict === 'conn-udp-blocked') showFirewallHelp();
 * ```
 */
export async function testConnection(
  options: ConnectionTestOptions = {},
  deps: ConnectionDeps = {
    fetch: field(globalThis, 'fetch') as typeof fetch,
    WebSocket: field(globalThis, 'WebSocket') as typeof WebSocket,
    RTCPeerConnection: field(globalThis, 'RTCPeerConnection') as typeof RTCPeerConnection,
  },
): Promise<ConnectionFindings> {
  const ms = options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const iceServers = options.iceServers ?? [];
  const [schedule, signal, { ice, types }] = await Promise.all([
    checkSchedule(options.scheduleUrl ?? DEFAULT_SCHEDULE_URL, ms, deps.fetch),
    checkSignal(options.signalUrl ?? DEFAULT_SIGNAL_URL, ms, deps.WebSocket),
    gather(iceServers, ms, deps.RTCPeerConnection),
  ]);
  const found = {
    schedule,
    signal,
    ice,
    candidates: types.sort(),
    stun: hasScheme(iceServers, /^stuns?:/),
    turn: hasScheme(iceServers, /^turns?:/),
  };
  return { ...found, verdict: verdictOf(found) };
}
