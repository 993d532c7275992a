/**
 * Stand-ins for TRTC Web SDK v5 objects (`trtc-sdk-v5`), shaped as the real ones are measured in
 * REAL-SDK-V5.md:
 *
 * - `FakeTrtcInstance` (`TRTC.create()`): the SDK's emitter (`FakeEmitter`), and its methods on the
 *   prototype doing what `behave[method]` says (default: resolve `undefined`), every call recorded.
 * - `createFakeTrtcV5(version?)`: a v5 namespace: `create` (a plain writable property, as in the
 *   real SDK), `ERROR_CODE`, `isSupported`, the device lists and `getPermissions`.
 * - `rtcErrorV5(fields)`: a v5 RtcError as the runtime makes it: own `name` (the code's name),
 *   `code`, `extraCode`, `functionName`, `message` ending in ` thrown from fn()`, `originError`.
 */
import { FakeEmitter } from './fakes';
import { V5_TOP_CODES } from './fixtures/v5-codes';

type Behaviour = (...args: unknown[]) => unknown;

/** A v5 instance stand-in; its methods live on the prototype, as in the SDK. */
export class FakeTrtcInstance extends FakeEmitter {
  readonly calls: { method: string; self: unknown; args: unknown[] }[] = [];
  behave: Record<string, Behaviour | undefined> = {};
  destroyed = false;
  constructor(readonly options: unknown = undefined) {
    super();
  }
  protected run(method: string, self: unknown, args: unknown[]): Promise<unknown> {
    this.calls.push({ method, self, args });
    const behaviour = this.behave[method];
    return (behaviour ? behaviour(...args) : Promise.resolve(undefined)) as Promise<unknown>;
  }
  enterRoom(...args: unknown[]): Promise<unknown> {
    return this.run('enterRoom', this, args);
  }
  exitRoom(...args: unknown[]): Promise<unknown> {
    return this.run('exitRoom', this, args);
  }
  switchRoom(...args: unknown[]): Promise<unknown> {
    return this.run('switchRoom', this, args);
  }
  switchRole(...args: unknown[]): Promise<unknown> {
    return this.run('switchRole', this, args);
  }
  startLocalVideo(...args: unknown[]): Promise<unknown> {
    return this.run('startLocalVideo', this, args);
  }
  updateLocalVideo(...args: unknown[]): Promise<unknown> {
    return this.run('updateLocalVideo', this, args);
  }
  startLocalAudio(...args: unknown[]): Promise<unknown> {
    return this.run('startLocalAudio', this, args);
  }
  updateLocalAudio(...args: unknown[]): Promise<unknown> {
    return this.run('updateLocalAudio', this, args);
  }
  startScreenShare(...args: unknown[]): Promise<unknown> {
    return this.run('startScreenShare', this, args);
  }
  startRemoteVideo(...args: unknown[]): Promise<unknown> {
    return this.run('startRemoteVideo', this, args);
  }
  sendSEIMessage(...args: unknown[]): Promise<unknown> {
    return this.run('sendSEIMessage', this, args);
  }
  startPlugin(...args: unknown[]): Promise<unknown> {
    return this.run('startPlugin', this, args);
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** The top-level codes, as `TRTC.ERROR_CODE` has them at run time (the measured fixture's). */
export const ERROR_CODE = Object.freeze({ ...V5_TOP_CODES });

/** A v5 namespace stand-in; what its checks return is configurable. */
export interface FakeTrtcV5 {
  VERSION: string;
  ERROR_CODE: typeof ERROR_CODE;
  instances: FakeTrtcInstance[];
  create(options?: unknown): FakeTrtcInstance;
  isSupported(): Promise<unknown>;
  getCameraList(requestPermission?: boolean): Promise<unknown[]>;
  getMicrophoneList(requestPermission?: boolean): Promise<unknown[]>;
  getSpeakerList(requestPermission?: boolean): Promise<unknown[]>;
  getPermissions(option: unknown): Promise<unknown>;
  /** The arguments each list and permission call got. */
  asked: { name: string; args: unknown[] }[];
  system: unknown;
  permissions: unknown;
}

/** A fresh fake v5 `TRTC` namespace. */
export function createFakeTrtcV5(version = '5.17.1'): FakeTrtcV5 {
  const asked: FakeTrtcV5['asked'] = [];
  const list =
    (name: string, devices: unknown[]) =>
    (...args: unknown[]) => {
      asked.push({ name, args });
      return Promise.resolve(devices);
    };
  const ns: FakeTrtcV5 = {
    VERSION: version,
    ERROR_CODE,
    instances: [],
    asked,
    system: { result: true, detail: { isBrowserSupported: true, isWebRTCSupported: true } },
    permissions: { camera: 'granted', microphone: 'prompt' },
    create(options) {
      const instance = new FakeTrtcInstance(options);
      ns.instances.push(instance);
      return instance;
    },
    isSupported: () => Promise.resolve(ns.system),
    getCameraList: list('getCameraList', [{ deviceId: 'cam1', label: 'Cam', kind: 'videoinput' }]),
    getMicrophoneList: list('getMicrophoneList', [
      { deviceId: 'mic1', label: 'Mic', kind: 'audioinput' },
    ]),
    getSpeakerList: list('getSpeakerList', []),
    getPermissions: (...args: unknown[]) => {
      asked.push({ name: 'getPermissions', args });
      return Promise.resolve(ns.permissions);
    },
  };
  return ns;
}

/** What a v5 RtcError carries. */
export interface V5ErrorFields {
  code: number;
  extraCode?: number;
  functionName?: string;
  message?: string;
  name?: string;
  originError?: unknown;
  handler?: () => void;
}

const NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(ERROR_CODE).map(([name, code]) => [code, name]),
);

/** A v5 RtcError as the runtime makes it (own fields; the class itself is not reachable). */
export function rtcErrorV5({ code, functionName = '', message, ...rest }: V5ErrorFields): Error {
  const text =
    message ??
    `${functionName || 'event'} failed${functionName ? ` thrown from ${functionName}()` : ''}`;
  return Object.assign(new Error(text), {
    name: NAMES[code] ?? 'UNKNOWN_ERROR',
    code,
    functionName,
    ...rest,
  });
}
