/**
 * Attaching to TRTC clients and streams: their events, and (optionally) their methods. Everything
 * added is remembered so each unwatch function removes exactly that, once.
 *
 * The SDK's emitter catches a throwing listener and skips the listeners registered after it, so a
 * bug of ours would silently break the host's own handlers: every listener here is guarded.
 */
import type { ResolveTrigger, TimelineInput } from './store.js';
import type { ProblemSource, TrtcClientLike, TrtcStreamLike } from './types.js';
import type { WarnOnce } from './warn.js';
import { wrapMethod } from './wrap.js';
import type { MethodHooks } from './wrap.js';

/** Client methods whose outcome is recorded when `wrapMethods` is on. */
export const CLIENT_METHODS = [
  'join',
  'leave',
  'publish',
  'unpublish',
  'subscribe',
  'switchRole',
] as const;
/** Stream methods whose outcome is recorded when `wrapMethods` is on. */
export const STREAM_METHODS = ['initialize', 'play', 'resume'] as const;

/** Facts about a client learned from its config, its getters or its `join()` arguments. */
export interface ClientFactsInput {
  sdkAppId?: unknown;
  userId?: unknown;
  mode?: unknown;
  roomId?: unknown;
  role?: unknown;
  /** Secrets: only ever handed to the redactor. */
  userSig?: unknown;
  privateMapKey?: unknown;
}

/** What the watcher needs from the doctor. */
export interface WatchHub {
  readonly wrapMethods: boolean;
  readonly warnOnce: WarnOnce;
  capture(
    error: unknown,
    source: ProblemSource,
    operation: string | undefined,
    event: string,
  ): void;
  /** Add a timeline entry whose text comes from a payload (the hub redacts it). */
  log(entry: TimelineInput): void;
  /** `media`: what the event is about (audio or video), when it says. */
  resolve(trigger: ResolveTrigger, target: object, media?: string): void;
  learnClient(client: object, label: string, facts: ClientFactsInput): void;
}

/** The watching half of a doctor. */
export interface Watcher {
  watchClient(client: TrtcClientLike, label?: string): () => void;
  watchStream(stream: TrtcStreamLike, label?: string): () => void;
  /** Unwatch everything (destroy). */
  unwatchAll(): void;
}

type Handler = (payload?: unknown) => void;
type Emitter = { on(e: string, h: Handler): unknown; off(e: string, h: Handler): unknown };

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Calls `obj[name]()` if it is a function; anything odd gives `undefined`. */
function callGetter(obj: object, name: string): unknown {
  return read(() => {
    const fn = (obj as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as () => unknown).call(obj) : undefined;
  });
}

const field = (payload: unknown, name: string): unknown =>
  read(() =>
    typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)[name]
      : undefined,
  );

const short = (value: unknown): string => String(read(() => String(value)) ?? '?').slice(0, 120);

function assertEmitter(call: string, what: string, target: unknown): asserts target is Emitter {
  const ok =
    typeof target === 'object' &&
    target !== null &&
    typeof read(() => (target as Emitter).on) === 'function' &&
    typeof read(() => (target as Emitter).off) === 'function';
  if (!ok) {
    const got =
      target === null
        ? 'null'
        : typeof target === 'object'
          ? 'an object without on()/off()'
          : typeof target === 'function'
            ? 'a function'
            : String(target);
    throw new TypeError(
      `trtc-doctor: ${call} expects ${what} (with on() and off() methods), got ${got}.`,
    );
  }
}

/** Throws the misuse error `watchClient()` gives for something that is not a client. */
export function assertClient(client: unknown): void {
  assertEmitter('watchClient(client)', 'a TRTC client (from TRTC.createClient())', client);
}

/** Throws the misuse error `watchStream()` gives for something that is not a stream. */
export function assertStream(stream: unknown): void {
  assertEmitter(
    'watchStream(stream)',
    'a TRTC stream (TRTC.createStream() or a remote stream)',
    stream,
  );
}

/** Make the watcher for a hub. */
export function createWatcher(hub: WatchHub): Watcher {
  const watched = new Map<object, () => void>();
  // An SDK version we do not know may send other shapes: say so once, record what came.
  const odd = (event: string) =>
    hub.warnOnce(`payload:${event}`, `a "${event}" event of unexpected shape; recorded as is.`);
  let clients = 0;
  let localStreams = 0;

  /** Listen to `events` on `target`; returns the function that removes exactly those listeners. */
  function listen(target: Emitter, events: Record<string, Handler>, what: string): () => void {
    const added: [string, Handler][] = [];
    for (const [event, handle] of Object.entries(events)) {
      const listener: Handler = (payload) => {
        try {
          handle(payload);
        } catch (error) {
          hub.warnOnce(
            `listener:${event}`,
            `could not read a "${event}" event of ${what}: ${short(error)}`,
          );
        }
      };
      try {
        target.on(event, listener);
        added.push([event, listener]);
      } catch {
        hub.warnOnce(`on:${event}`, `${what}.on("${event}") threw; that event is not watched.`);
      }
    }
    return () => {
      for (const [event, listener] of added) read(() => target.off(event, listener));
    };
  }

  function wrapAll(
    target: object,
    names: readonly string[],
    hooksFor: (name: string) => MethodHooks,
    what: string,
  ) {
    const restores: (() => void)[] = [];
    if (!hub.wrapMethods) return restores;
    for (const name of names) {
      if (typeof read(() => (target as Record<string, unknown>)[name]) !== 'function') continue;
      const restore = wrapMethod(target, name, hooksFor(name));
      if (restore) restores.push(restore);
      else
        hub.warnOnce(
          `wrap:${name}`,
          `cannot wrap ${what}.${name}() (frozen or an accessor); use doctor.track() on its promise.`,
        );
    }
    return restores;
  }

  /** Register `target` with its teardown; watching twice returns the first unwatch. */
  function register(target: object, teardown: () => void): () => void {
    let done = false;
    const unwatch = () => {
      if (done) return;
      done = true;
      if (watched.get(target) === unwatch) watched.delete(target);
      teardown();
    };
    watched.set(target, unwatch);
    return unwatch;
  }

  function operationHooks(
    source: ProblemSource,
    name: string,
    onSuccess?: () => void,
  ): MethodHooks {
    return {
      fulfilled: () => {
        hub.log({ type: 'info', event: name, text: `${name} ok`, source: publicSource(source) });
        onSuccess?.();
      },
      rejected: (error) => hub.capture(error, source, name, name),
    };
  }

  function watchStream(stream: TrtcStreamLike, label?: string, remote = false): () => void {
    assertStream(stream);
    const existing = watched.get(stream);
    if (existing) return existing;
    const isRemote = remote || callGetter(stream, 'isRemote') === true;
    const userIdValue = callGetter(stream, 'getUserId');
    const userId = typeof userIdValue === 'string' ? userIdValue : undefined;
    const kind = callGetter(stream, 'getType');
    const name =
      label ??
      (isRemote
        ? `remote ${userId ?? '?'}${kind === 'auxiliary' ? ' (auxiliary)' : ''}`
        : `local stream ${++localStreams}`);
    const source: ProblemSource = isRemote
      ? { type: 'remote-stream', label: name, userId, target: stream }
      : { type: 'local-stream', label: name, target: stream };
    const pub = publicSource(source);
    const state = (event: string, text: string) =>
      hub.log({ type: 'state', event, text, source: pub });

    const off = listen(
      stream,
      {
        error: (error) => hub.capture(error, source, undefined, 'error'),
        'player-state-changed': (payload) => {
          const [type, now, reason] = ['type', 'state', 'reason'].map((k) => field(payload, k));
          if (typeof now !== 'string') odd('player-state-changed');
          state(
            'player-state-changed',
            `${short(type)} ${short(now)}${reason ? ` (${short(reason)})` : ''}`,
          );
          if (now === 'PLAYING')
            hub.resolve('playing', stream, typeof type === 'string' ? type : undefined);
        },
        'connection-state-changed': (payload) => connectionChange(payload, state),
        'device-auto-recovered': (payload) => {
          const what = ['isCamera', 'isMicrophone']
            .filter((k) => field(payload, k) === true)
            .join(', ');
          hub.log({
            type: 'info',
            event: 'device-auto-recovered',
            text: what || 'device',
            source: pub,
          });
          hub.resolve('captured', stream);
        },
        'screen-sharing-stopped': () =>
          hub.log({
            type: 'info',
            event: 'screen-sharing-stopped',
            text: 'screen sharing stopped',
            source: pub,
          }),
      },
      name,
    );
    const restores = wrapAll(
      stream,
      STREAM_METHODS,
      (method) =>
        operationHooks(source, method, () => {
          if (method === 'initialize') hub.resolve('captured', stream);
          if (method === 'resume') hub.resolve('playing', stream);
        }),
      name,
    );
    return register(stream, () => {
      off();
      restores.forEach((restore) => restore());
    });
  }

  function connectionChange(
    payload: unknown,
    state: (event: string, text: string) => void,
  ): string | undefined {
    const prev = field(payload, 'prevState');
    const now = field(payload, 'state');
    if (typeof now !== 'string') odd('connection-state-changed');
    state('connection-state-changed', `${short(prev)} → ${short(now)}`);
    return typeof now === 'string' ? now : undefined;
  }

  function watchClient(client: TrtcClientLike, label?: string): () => void {
    assertClient(client);
    const existing = watched.get(client);
    if (existing) return existing;
    const name = label ?? `client ${++clients}`;
    const source: ProblemSource = { type: 'client', label: name, target: client };
    const pub = publicSource(source);
    const children = new Set<object>();
    let quality = '';
    hub.learnClient(client, name, {
      sdkAppId: callGetter(client, 'getSDKAppId'),
      userId: callGetter(client, 'getUserId'),
      mode: callGetter(client, 'getMode'),
      userSig: callGetter(client, 'getUserSig'),
    });
    const log = (type: TimelineInput['type'], event: string, text: string) =>
      hub.log({ type, event, text, source: pub });

    const remoteStream = (payload: unknown, event: string) => {
      const stream = field(payload, 'stream') as TrtcStreamLike | undefined;
      const userId = stream ? callGetter(stream, 'getUserId') : undefined;
      log(
        'info',
        event,
        `${short(userId)} ${short(stream ? callGetter(stream, 'getType') : '')}`.trim(),
      );
      return stream;
    };

    const off = listen(
      client,
      {
        error: (error) => hub.capture(error, source, undefined, 'error'),
        'client-banned': (payload) => hub.capture(payload, source, undefined, 'client-banned'),
        'connection-state-changed': (payload) => {
          if (
            connectionChange(payload, (event, text) => log('state', event, text)) === 'CONNECTED'
          ) {
            hub.resolve('connected', client);
          }
        },
        'peer-join': (payload) => log('info', 'peer-join', short(field(payload, 'userId'))),
        'peer-leave': (payload) => log('info', 'peer-leave', short(field(payload, 'userId'))),
        // Sampled every 2 s: only a change of the quality levels is worth a line.
        'network-quality': (payload) => {
          const up = field(payload, 'uplinkNetworkQuality');
          const down = field(payload, 'downlinkNetworkQuality');
          if (typeof up !== 'number' || typeof down !== 'number') odd('network-quality');
          const text = `uplink ${short(up)}, downlink ${short(down)}`;
          if (text === quality) return;
          quality = text;
          log('state', 'network-quality', text);
        },
        'stream-added': (payload) => autoWatch(remoteStream(payload, 'stream-added')),
        'stream-subscribed': (payload) => autoWatch(remoteStream(payload, 'stream-subscribed')),
        'stream-removed': (payload) => {
          const stream = remoteStream(payload, 'stream-removed');
          if (stream && children.delete(stream)) watched.get(stream)?.();
        },
      },
      name,
    );

    function autoWatch(stream: TrtcStreamLike | undefined) {
      if (!stream || watched.has(stream)) return;
      try {
        watchStream(stream, undefined, true);
        children.add(stream);
      } catch {
        hub.warnOnce(
          'payload:stream',
          'a remote-stream event without a usable stream; its errors are not watched.',
        );
      }
    }

    const restores = wrapAll(
      client,
      CLIENT_METHODS,
      (method) => {
        const hooks = operationHooks(
          source,
          method,
          method === 'join' ? () => hub.resolve('joined', client) : undefined,
        );
        if (method !== 'join') return hooks;
        return {
          ...hooks,
          before: (args) => {
            const options = args[0];
            hub.learnClient(client, name, {
              roomId: field(options, 'roomId'),
              role: field(options, 'role'),
              privateMapKey: field(options, 'privateMapKey'),
            });
          },
        };
      },
      name,
    );
    return register(client, () => {
      off();
      restores.forEach((restore) => restore());
      for (const stream of children) watched.get(stream)?.();
      children.clear();
    });
  }

  return {
    watchClient: (client, label) => watchClient(client, label),
    watchStream: (stream, label) => watchStream(stream, label),
    unwatchAll() {
      for (const unwatch of [...watched.values()]) unwatch();
    },
  };
}

/** A source without its SDK object, for the timeline and reports. */
export function publicSource(
  source: ProblemSource,
): Pick<ProblemSource, 'type' | 'label' | 'userId'> {
  return source.userId === undefined
    ? { type: source.type, label: source.label }
    : { type: source.type, label: source.label, userId: source.userId };
}
