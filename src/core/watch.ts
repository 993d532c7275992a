/**
 * Attaching to TRTC clients and streams: their events, and (optionally) their methods. Everything
 * added is remembered so each unwatch function removes exactly that, once.
 *
 * The SDK's emitter catches a throwing listener and skips the listeners registered after it, so a
 * bug of ours would silently break the host's own handlers: every listener here is guarded.
 */
import { listenAll, wrapAll } from './attach.js';
import { callMethod, describe, fail, field, isObject, str, text } from './guard.js';
import type { ResolveTrigger, TimelineInput } from './store.js';
import type { ProblemSource, TrtcClientLike, TrtcStreamLike } from './types.js';
import type { WarnOnce } from './warn.js';
import { createWeakList, weakSource } from './weak.js';

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

/** What a method's success settles (see RESOLUTION_RULES). */
const SETTLED_BY: Partial<Record<string, ResolveTrigger>> = {
  join: 'joined',
  initialize: 'captured',
  resume: 'playing',
};

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

type Handler = (payload: unknown, event: string) => void;
type Listener = (payload: unknown) => void;
type Emitter = { on(e: string, h: Listener): unknown; off(e: string, h: Listener): unknown };

/** Throws the misuse error `watchClient()` (or `watchStream()`) gives for a wrong argument. */
export function assertEmitter(target: unknown, client: boolean): asserts target is Emitter {
  if (typeof field(target, 'on') === 'function' && typeof field(target, 'off') === 'function')
    return;
  const expected = client
    ? 'watchClient(client) expects a TRTC client (TRTC.createClient())'
    : 'watchStream(stream) expects a TRTC stream (TRTC.createStream() or a remote one)';
  const got = describe(target) + (isObject(target) ? ' without on()/off()' : '');
  fail(`${expected} with on() and off() methods, got ${got}.`);
}

/** A source without its SDK object, for the timeline and reports. */
export const publicSource = ({
  target: _target,
  ...source
}: ProblemSource): Pick<ProblemSource, 'type' | 'label' | 'userId'> => source;

/** Make the watcher for a hub. */
export function createWatcher(hub: WatchHub): Watcher {
  // The page decides when its objects go: each watched object keeps its own unwatch alive (a
  // WeakMap value lives as long as its key), and destroy() reaches the live ones through `live`.
  const watched = new WeakMap<object, () => void>();
  const live = createWeakList<object>();
  const short = (value: unknown) => text(value, 120);
  const odd = (event: string) =>
    hub.warnOnce(`payload:${event}`, `a "${event}" event of unexpected shape; recorded as is.`);
  let clients = 0;
  let localStreams = 0;

  function watch(target: unknown, client: boolean, label?: string, remote?: boolean): () => void {
    assertEmitter(target, client);
    const existing = watched.get(target);
    if (existing) return existing;
    const userId = client ? undefined : str(callMethod(target, 'getUserId'));
    let source: ProblemSource;
    if (client)
      source = weakSource({ type: 'client', label: label ?? `client ${++clients}` }, target);
    else if (remote || callMethod(target, 'isRemote') === true) {
      const aux = callMethod(target, 'getType') === 'auxiliary' ? ' (auxiliary)' : '';
      const name = label ?? `remote ${userId ?? '?'}${aux}`;
      source = weakSource({ type: 'remote-stream', label: name, userId }, target);
    } else {
      const name = label ?? `local stream ${++localStreams}`;
      source = weakSource({ type: 'local-stream', label: name }, target);
    }
    const name = source.label;
    const pub = publicSource(source);
    const log = (type: TimelineInput['type'], event: string, line: string) =>
      hub.log({ type, event, text: line, source: pub });
    const capture: Handler = (error, event) => hub.capture(error, source, undefined, event);
    const peer: Handler = (payload, event) => log('info', event, short(field(payload, 'userId')));
    const teardowns: (() => void)[] = [];
    const children = new Set<object>();
    let quality = '';

    /** A remote stream an event is about, logged; watched (`stream-removed`: unwatched). */
    const remoteStream: Handler = (payload, event) => {
      const stream = field(payload, 'stream');
      const what = `${short(callMethod(stream, 'getUserId'))} ${short(callMethod(stream, 'getType') ?? '')}`;
      log('info', event, what.trim());
      if (!stream) return;
      if (event === 'stream-removed') {
        if (children.delete(stream)) watched.get(stream)?.();
      } else if (!watched.has(stream)) {
        try {
          watch(stream, false, undefined, true);
          children.add(stream);
        } catch {
          hub.warnOnce(
            'payload:stream',
            `a "${event}" event without a usable stream; its errors are not watched.`,
          );
        }
      }
    };

    // Each handler gets the payload and its event's name. An SDK version we do not know may send
    // other shapes: `odd` says so once, and the event is recorded as it came.
    const events: Record<string, Handler> = {
      error: capture,
      'connection-state-changed': (payload, event) => {
        const state = field(payload, 'state');
        if (typeof state !== 'string') odd(event);
        log('state', event, `${short(field(payload, 'prevState'))} → ${short(state)}`);
        if (client && state === 'CONNECTED') hub.resolve('connected', target);
      },
      ...(client
        ? {
            'client-banned': capture,
            'peer-join': peer,
            'peer-leave': peer,
            // Sampled every 2 s: only a change of the quality levels is worth a line.
            'network-quality': (payload, event) => {
              const [up, down] = ['uplinkNetworkQuality', 'downlinkNetworkQuality'].map((k) =>
                field(payload, k),
              );
              if (typeof up !== 'number' || typeof down !== 'number') odd(event);
              const line = `uplink ${short(up)}, downlink ${short(down)}`;
              if (line !== quality) log('state', event, (quality = line));
            },
            'stream-added': remoteStream,
            'stream-subscribed': remoteStream,
            'stream-removed': remoteStream,
          }
        : {
            'player-state-changed': (payload, event) => {
              const [type, state, reason] = ['type', 'state', 'reason'].map((k) =>
                field(payload, k),
              );
              if (typeof state !== 'string') odd(event);
              log(
                'state',
                event,
                `${short(type)} ${short(state)}${reason ? ` (${short(reason)})` : ''}`,
              );
              if (state === 'PLAYING') hub.resolve('playing', target, str(type));
            },
            'device-auto-recovered': (payload, event) => {
              const what = ['isCamera', 'isMicrophone'].filter((k) => field(payload, k) === true);
              log('info', event, what.join(', ') || 'device');
              hub.resolve('captured', target);
            },
            'screen-sharing-stopped': (_, event) => log('info', event, 'screen sharing stopped'),
          }),
    };
    teardowns.push(...listenAll(target, events, name, hub.warnOnce));

    if (client) {
      hub.learnClient(target, name, {
        sdkAppId: callMethod(target, 'getSDKAppId'),
        userId: callMethod(target, 'getUserId'),
        mode: callMethod(target, 'getMode'),
        userSig: callMethod(target, 'getUserSig'),
      });
    }
    const methods = hub.wrapMethods ? (client ? CLIENT_METHODS : STREAM_METHODS) : [];
    const restores = wrapAll(target, methods, name, hub.warnOnce, (method) => ({
      before: (args) => {
        if (method !== 'join') return;
        const options = args[0];
        hub.learnClient(target, name, {
          roomId: field(options, 'roomId'),
          role: field(options, 'role'),
          privateMapKey: field(options, 'privateMapKey'),
        });
      },
      fulfilled: () => {
        log('info', method, `${method} ok`);
        const trigger = SETTLED_BY[method];
        if (trigger) hub.resolve(trigger, target);
      },
      rejected: (error) => hub.capture(error, source, method, method),
    }));
    teardowns.push(...restores);

    let done = false;
    const forget = live.add(target);
    const unwatch = () => {
      if (done) return;
      done = true;
      forget();
      if (watched.get(target) === unwatch) watched.delete(target);
      teardowns.forEach((teardown) => teardown());
      children.forEach((stream) => watched.get(stream)?.());
    };
    watched.set(target, unwatch);
    return unwatch;
  }

  return {
    watchClient: (client, label) => watch(client, true, label),
    watchStream: (stream, label) => watch(stream, false, label),
    unwatchAll: () => live.forEach((target) => watched.get(target)?.()),
  };
}
