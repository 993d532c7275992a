/**
 * Stand-ins for TRTC Web SDK 4.x objects, shared by the core and UI tests. Stable API:
 *
 * - `FakeEmitter`: real `on`/`off` bookkeeping, `listenerCount(event?)`, and `_emit(event, payload)`
 *   that behaves like the SDK's emitter: a listener that throws is caught and logged (in
 *   `emitter.logged`), and the listeners registered after it are SKIPPED for that emit.
 * - `FakeClient` (`TRTC.createClient()`), `FakeStream` (local or remote): their methods live on the
 *   prototype, as in the SDK, and do what `behave[method]` says (default: resolve `undefined`).
 *   Every call is recorded in `calls` with its `this` and arguments.
 * - `rtcError(code, message?, extraCode?, name?)`: a v4 RtcError look-alike (`getCode()`,
 *   `getExtraCode()`, `name`, message ending in `<KEY 0xhex>`); `v5Error(...)`: a v5 error shape.
 * - `createFakeTrtc(version?)`: a `TRTC` namespace whose `createClient`/`createStream` live on the
 *   prototype (as in the real SDK) and whose device/system checks are configurable.
 * - `makeDoctor(options?, mounter?)`: a real doctor (English unless told), destroyed when the
 *   test that made it ends.
 * - `fakeDiagnosis(id, over?)`: a plain diagnosis (kind from the id's prefix) for store and action
 *   tests that need no catalog text.
 */
import { onTestFinished } from 'vitest';
import { createDoctorCore } from '../src/core/doctor';
import type { Diagnosis, Doctor, DoctorOptions, PanelMounter } from '../src/core/types';

/** A listener as the SDK calls it. */
export type Listener = (payload?: unknown) => void;

/** An event emitter that behaves like the SDK's (eventemitter3 wrapped to catch throws). */
export class FakeEmitter {
  /** What throwing listeners threw, in order (the SDK logs these). */
  readonly logged: unknown[] = [];
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
  }

  /** Removes one registration of `listener`; `off('*')` removes everything, as in the SDK. */
  off(event: string, listener?: Listener): void {
    if (event === '*') {
      this.listeners.clear();
      return;
    }
    const list = this.listeners.get(event);
    if (!list) return;
    const at = listener ? list.indexOf(listener) : -1;
    if (at !== -1) list.splice(at, 1);
    if (!list.length) this.listeners.delete(event);
  }

  /** Listeners of `event`, or of every event when none is given. */
  listenerCount(event?: string): number {
    if (event !== undefined) return this.listeners.get(event)?.length ?? 0;
    let total = 0;
    for (const list of this.listeners.values()) total += list.length;
    return total;
  }

  /** Emit like the SDK: a throwing listener is logged and the later ones are skipped. */
  _emit(event: string, payload?: unknown): void {
    try {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
    } catch (error) {
      this.logged.push(error);
    }
  }
}

/** One recorded method call. */
export interface FakeCall {
  readonly method: string;
  readonly self: unknown;
  readonly args: readonly unknown[];
}

type Behaviour = (...args: unknown[]) => unknown;

const KEYS: Record<number, string> = {
  4096: 'INVALID_PARAMETER',
  4097: 'INVALID_OPERATION',
  4099: 'DEVICE_NOT_FOUND',
  4100: 'INITIALIZE_FAILED',
  16385: 'SIGNAL_CHANNEL_SETUP_FAILED',
  16388: 'JOIN_ROOM_FAILED',
  16389: 'CREATE_OFFER_FAILED',
  16390: 'SIGNAL_CHANNEL_RECONNECTION_FAILED',
  16391: 'UPLINK_RECONNECTION_FAILED',
  16392: 'DOWNLINK_RECONNECTION_FAILED',
  16451: 'PLAY_NOT_ALLOWED',
  16452: 'DEVICE_AUTO_RECOVER_FAILED',
  16460: 'SCHEDULE_FAILED',
};

/** A v4 RtcError look-alike. The SDK does not export its class; this has its shape. */
export class FakeRtcError extends Error {
  constructor(
    private readonly code: number,
    message: string,
    private readonly extraCode = 0,
    name = 'RtcError',
  ) {
    super(message);
    this.name = name;
  }
  getCode(): number {
    return this.code;
  }
  getExtraCode(): number {
    return this.extraCode;
  }
}

/** A v4 RtcError with the SDK's message format: `<text> <KEY 0xhex>`. */
export function rtcError(
  code: number,
  text = 'failed',
  extraCode = 0,
  name = 'RtcError',
): FakeRtcError {
  const key = KEYS[code] ?? 'UNKNOWN';
  return new FakeRtcError(code, `${text} <${key} 0x${code.toString(16)}>`, extraCode, name);
}

/** A v5 error shape (plain fields, no getCode). */
export function v5Error(code: number, message = 'failed', extraCode?: number): Error {
  return Object.assign(new Error(message), {
    name: 'DEVICE_ERROR',
    code,
    extraCode,
    functionName: 'startLocalVideo',
  });
}

/** Shared method plumbing: record the call, then do what `behave` says. */
class FakeSdkObject extends FakeEmitter {
  readonly calls: FakeCall[] = [];
  /** What each method does; default: resolve `undefined`. */
  behave: Record<string, Behaviour | undefined> = {};

  protected run(method: string, self: unknown, args: unknown[]): Promise<unknown> {
    this.calls.push({ method, self, args });
    const behaviour = this.behave[method];
    // A behaviour may also throw synchronously or return a non-promise, as a buggy SDK might.
    return (behaviour ? behaviour(...args) : Promise.resolve(undefined)) as Promise<unknown>;
  }
}

/** Config of a fake client (as `TRTC.createClient` takes it). */
export interface FakeClientConfig {
  sdkAppId?: number;
  userId?: string;
  userSig?: string;
  mode?: string;
}

/** A TRTC v4 client stand-in. */
export class FakeClient extends FakeSdkObject {
  constructor(readonly config: FakeClientConfig = {}) {
    super();
  }
  join(...args: unknown[]): Promise<unknown> {
    return this.run('join', this, args);
  }
  leave(...args: unknown[]): Promise<unknown> {
    return this.run('leave', this, args);
  }
  publish(...args: unknown[]): Promise<unknown> {
    return this.run('publish', this, args);
  }
  unpublish(...args: unknown[]): Promise<unknown> {
    return this.run('unpublish', this, args);
  }
  subscribe(...args: unknown[]): Promise<unknown> {
    return this.run('subscribe', this, args);
  }
  switchRole(...args: unknown[]): Promise<unknown> {
    return this.run('switchRole', this, args);
  }
  getUserSig(): string | undefined {
    return this.config.userSig;
  }
  getSDKAppId(): number | undefined {
    return this.config.sdkAppId;
  }
  getUserId(): string | undefined {
    return this.config.userId;
  }
  getMode(): string | undefined {
    return this.config.mode;
  }
}

/** A TRTC v4 stream stand-in (local by default). */
export class FakeStream extends FakeSdkObject {
  constructor(
    readonly options: { userId?: string; remote?: boolean; type?: 'main' | 'auxiliary' } = {},
  ) {
    super();
  }
  initialize(...args: unknown[]): Promise<unknown> {
    return this.run('initialize', this, args);
  }
  play(...args: unknown[]): Promise<unknown> {
    return this.run('play', this, args);
  }
  resume(...args: unknown[]): Promise<unknown> {
    return this.run('resume', this, args);
  }
  isRemote(): boolean {
    return this.options.remote === true;
  }
  /** Typed `string` as in the SDK's typings, though a real local stream returns `undefined`. */
  getUserId(): string {
    return this.options.userId as string;
  }
  getType(): string {
    return this.options.type ?? 'main';
  }
  getId(): string {
    return 'stream-id';
  }
}

/** A `TRTC` namespace stand-in: factories on the prototype, like the real (a class instance). */
export class FakeTrtc {
  readonly clients: FakeClient[] = [];
  readonly streams: FakeStream[] = [];
  /** What the checks return; `undefined` makes the function absent-like (resolves nothing). */
  cameras: unknown[] = [{ deviceId: 'cam1', label: 'Front camera', kind: 'videoinput' }];
  microphones: unknown[] = [{ deviceId: 'mic1', label: 'Mic', kind: 'audioinput' }];
  speakers: unknown[] = [];
  system: unknown = { result: true, detail: { isBrowserSupported: true, isWebRTCSupported: true } };
  constructor(readonly VERSION = '4.15.22') {}
  createClient(config: FakeClientConfig & Record<string, unknown>): FakeClient {
    if (typeof config?.sdkAppId !== 'number') {
      throw rtcError(4096, 'Invalid parameter: sdkAppId must be a number');
    }
    const client = new FakeClient(config);
    this.clients.push(client);
    return client;
  }
  createStream(options: { userId?: string } = {}): FakeStream {
    const stream = new FakeStream({ userId: options.userId });
    this.streams.push(stream);
    return stream;
  }
  checkSystemRequirements(): Promise<unknown> {
    return Promise.resolve(this.system);
  }
  isScreenShareSupported(): boolean {
    return true;
  }
  getCameras(): Promise<unknown[]> {
    return Promise.resolve(this.cameras);
  }
  getMicrophones(): Promise<unknown[]> {
    return Promise.resolve(this.microphones);
  }
  getSpeakers(): Promise<unknown[]> {
    return Promise.resolve(this.speakers);
  }
}

/** A fresh fake `TRTC` namespace. */
export function createFakeTrtc(version?: string): FakeTrtc {
  return new FakeTrtc(version);
}

/** Waits for pending promise callbacks (a few macrotask turns). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A doctor made by `createDoctorCore` (English unless `options` say otherwise), destroyed when the
 * current test ends, so no test leaves listeners or patches behind for the next. Call it inside a
 * test.
 */
export function makeDoctor(options: DoctorOptions = {}, mounter?: PanelMounter): Doctor {
  const doctor = createDoctorCore({ lang: 'en', ...options }, mounter);
  onTestFinished(() => doctor.destroy());
  return doctor;
}

const KINDS: readonly string[] = ['sdk', 'account', 'join', 'browser', 'message'];

/**
 * A diagnosis with the id given, its kind read from the id's prefix (`account:70001` is an
 * `account` one; no known prefix is `unknown`), empty texts and lists, and `over` on top.
 */
export function fakeDiagnosis(id: string, over: Partial<Diagnosis> = {}): Diagnosis {
  const prefix = id.split(':')[0]!;
  return {
    id,
    kind: KINDS.includes(prefix) ? (prefix as Diagnosis['kind']) : 'unknown',
    related: [],
    severity: 'error',
    title: id,
    cause: '',
    fix: [],
    actions: [],
    docs: [],
    lang: 'en',
    ...over,
  };
}
