/**
 * The QA "simulate" menu: emits any catalog entry the way the SDK would deliver it, through a
 * stand-in client (a tiny emitter the doctor watches), so every card can be seen without a real
 * failure. Errors are built with the SDK's own RtcError class, taken from a real error, so they
 * carry the real `getCode()`, `getExtraCode()` and `<NAME 0xhex>` message tag.
 */
import type { CatalogEntry } from '../../src/index';
import type { Trtc } from './real-errors';

type Handler = (...args: unknown[]) => unknown;

/** The stand-in: `on`/`off` like the SDK's clients, plus `_emit` to fire an event. */
export interface StandInClient {
  on(event: string, handler: Handler): void;
  off(event: string, handler: Handler): void;
  _emit(event: string, ...args: unknown[]): void;
}

/** Makes a stand-in client. */
export function createStandInClient(): StandInClient {
  const handlers = new Map<string, Set<Handler>>();
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler);
    },
    _emit(event, ...args) {
      for (const handler of [...(handlers.get(event) ?? [])]) handler(...args);
    },
  };
}

interface RtcErrorInit {
  code: number;
  extraCode?: number;
  message: string;
  name?: string;
  constraint?: string;
}

type RtcErrorClass = new (init: RtcErrorInit) => Error;

/** The SDK's RtcError class (not exported by the SDK): the constructor of a real, sync error. */
function rtcErrorClass(trtc: Trtc): RtcErrorClass | undefined {
  try {
    // No doctor watches this call: the QA page passes its TRTC to createDoctor, which does not
    // patch the namespace, so this real INVALID_PARAMETER stays private.
    trtc.createClient({} as Parameters<Trtc['createClient']>[0]);
  } catch (error) {
    const ctor = (error as { constructor?: unknown }).constructor;
    if (
      typeof ctor === 'function' &&
      typeof (error as { getCode?: unknown }).getCode === 'function'
    ) {
      return ctor as RtcErrorClass;
    }
  }
  return undefined;
}

/** A constraint for each OverconstrainedError variant whose name is not one itself. */
const VARIANT_CONSTRAINT: Partial<Record<string, string>> = {
  resolution: 'width',
  audio: 'sampleRate',
};

const JOIN_ROOM_FAILED = 16388;
const INITIALIZE_FAILED = 4100;

/** What to emit for an entry: an `error` payload, or a `client-banned` payload. */
export interface Emission {
  event: 'error' | 'client-banned';
  payload: unknown;
}

/** Builds the emissions for catalog entries, with the SDK's RtcError class when it can be had. */
export function createEmitter(trtc: Trtc): (entry: CatalogEntry) => Emission {
  // Taken at the first emission, not at load: the SDK logs the error it throws to the console.
  let RtcError: RtcErrorClass | undefined | null = null;
  const rtcError = (init: RtcErrorInit): Error => {
    if (RtcError === null) RtcError = rtcErrorClass(trtc);
    if (RtcError) return new RtcError(init);
    // A look-alike when the SDK's class is out of reach: the same methods and message tag.
    const hex = `0x${init.code.toString(16)}`;
    return Object.assign(new Error(`${init.message} <${init.name ?? 'UNKNOWN'} ${hex}>`), {
      name: init.name ?? 'RtcError',
      getCode: () => init.code,
      getExtraCode: () => init.extraCode ?? 0,
    });
  };

  return (entry) => {
    const what = `(simulated) ${entry.key ?? entry.id}`;
    // `sdk:CLIENT_BANNED/kick` and its siblings: the SDK's `client-banned` event, not an error.
    const reason = entry.key === 'CLIENT_BANNED' ? entry.id.split('/')[1] : undefined;
    if (reason) return { event: 'client-banned', payload: { reason, message: what } };
    switch (entry.kind) {
      case 'sdk':
        return { event: 'error', payload: rtcError({ code: entry.code ?? 65535, message: what }) };
      case 'account':
      case 'join':
        // Server codes reach the app as JOIN_ROOM_FAILED, with the code as the extra code and
        // in the message, as the SDK words it.
        return {
          event: 'error',
          payload: rtcError({
            code: JOIN_ROOM_FAILED,
            extraCode: entry.code,
            message: `Failed to join room - ${what} code: ${entry.code}`,
          }),
        };
      case 'browser': {
        // Capture failures: INITIALIZE_FAILED carrying the browser's error name; an
        // OverconstrainedError variant (`.../resolution`) names a constraint of it, as the SDK does.
        const variant = entry.id.split('/')[1];
        const constraint = variant ? (VARIANT_CONSTRAINT[variant] ?? variant) : undefined;
        return {
          event: 'error',
          payload: rtcError({
            code: INITIALIZE_FAILED,
            name: entry.key,
            message: constraint ? `${what} constraint: ${constraint}` : what,
            constraint,
          }),
        };
      }
      default:
        // Common-error messages: the text is what identifies them.
        return { event: 'error', payload: new Error(entry.key ?? what) };
    }
  };
}
