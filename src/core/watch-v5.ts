/**
 * Attaching to a TRTC Web SDK v5 instance (`TRTC.create()`): one object per call, no stream
 * objects. Its events and (optionally) its methods are watched the way the v4 watcher watches a
 * client and its streams, through the same hub, so problems, secrets and resolutions work alike.
 *
 * v5 reports blocked playback per remote user and media type on the instance
 * (`autoplay-failed { userId, mediaType, resume }`). Each blocked user gets a small handle object
 * as its problem's target: its `resume()` calls every pending `resume()` of that user at once, so
 * the panel's Resume button (which calls `target.resume()` inside the click) works unchanged, and
 * a PLAYING play-state event settles exactly that user's problem.
 *
 * Like the SDK's v4 emitter, v5's catches a throwing listener: every listener here is guarded.
 */
import { listenAll, wrapAll } from './attach.js';
import { fail, field, isObject, str, text } from './guard.js';
import type { TimelineInput } from './store.js';
import type { ProblemSource, TrtcInstanceLike } from './types.js';
import { weakSource } from './weak.js';
import { wrapMethod } from './wrap.js';
import type { WatchHub } from './watch.js';

/** Instance methods whose outcome is recorded when `wrapMethods` is on. */
export const TRTC_METHODS = [
  'enterRoom',
  'exitRoom',
  'switchRoom',
  'switchRole',
  'startLocalVideo',
  'updateLocalVideo',
  'startLocalAudio',
  'updateLocalAudio',
  'startScreenShare',
  'startRemoteVideo',
  'sendSEIMessage',
  'startPlugin',
] as const;

/** What a method's success settles (see store.ts RESOLUTION_RULES). */
const SETTLED_BY: Partial<Record<string, 'joined' | 'captured'>> = {
  enterRoom: 'joined',
  switchRoom: 'joined',
  startLocalVideo: 'captured',
  startLocalAudio: 'captured',
};

/** The developer-only notice that the SDK's own autoplay dialog is on (src/catalog/notices.ts). */
export const AUTOPLAY_DIALOG_NOTICE = 'v5:autoplay-dialog';

/** At most this many remote users' blocked playback is tracked per instance (oldest go first). */
export const MAX_BLOCKED_USERS = 32;

/** `TRTC.create()` options by instance, seen by `instrumentTrtc` (weak: instances come and go). */
const createOptions = new WeakMap<object, unknown>();

/** Remember what `TRTC.create(options)` was given, for the checks made at `enterRoom()`. */
export function rememberCreateOptions(trtc: object, options: unknown): void {
  createOptions.set(trtc, options);
}

/**
 * Whether the SDK's own autoplay dialog is on for this `enterRoom()`: its option wins over
 * `create()`'s, and the default is on. `undefined` when neither call was seen saying anything
 * (an instance watched without `instrumentTrtc`, whose `create()` options are unknown).
 */
function autoplayDialogOn(trtc: object, enterOptions: unknown): boolean | undefined {
  const own = field(enterOptions, 'enableAutoPlayDialog');
  if (typeof own === 'boolean') return own;
  if (!createOptions.has(trtc)) return undefined;
  return field(createOptions.get(trtc), 'enableAutoPlayDialog') !== false;
}

/** A v5 instance: `enterRoom` and the emitter, and no v4 `join`. */
export function isTrtcInstance(value: unknown): value is TrtcInstanceLike {
  return (
    typeof field(value, 'enterRoom') === 'function' &&
    typeof field(value, 'on') === 'function' &&
    typeof field(value, 'off') === 'function'
  );
}

/** Throws the misuse error `watchTrtc()` gives for a wrong argument. */
export function assertInstance(target: unknown): asserts target is TrtcInstanceLike {
  if (isTrtcInstance(target)) return;
  const got = isObject(target)
    ? typeof field(target, 'join') === 'function'
      ? 'a v4 client (use watchClient)'
      : 'an object without enterRoom(), on() and off()'
    : typeof target;
  fail(`watchTrtc(trtc) expects a TRTC v5 instance (TRTC.create()), got ${got}.`);
}

/** A blocked remote user: the handle the panel resumes, and what is still waiting to play. */
interface Blocked {
  readonly handle: { resume(): Promise<unknown> };
  readonly source: ProblemSource;
  /** mediaType -> the event's `resume()` (absent below 5.9). */
  readonly pending: Map<string, (() => unknown) | undefined>;
}

/** Watches one v5 instance; returns its unwatch function (idempotent). */
export function watchInstance(
  hub: WatchHub,
  trtc: TrtcInstanceLike,
  label: string,
  onGone: () => void,
): () => void {
  const short = (value: unknown) => text(value, 120);
  // Read weakly: a problem listed in the panel must not keep a dropped instance alive.
  const source = weakSource({ type: 'client', label }, trtc);
  const pub = { type: source.type, label };
  const log = (type: TimelineInput['type'], event: string, line: string) =>
    hub.log({ type, event, text: line, source: pub });
  const odd = (event: string) =>
    hub.warnOnce(`payload:${event}`, `a "${event}" event of unexpected shape; recorded as is.`);
  const blocked = new Map<string, Blocked>();
  const teardowns: (() => void)[] = [];
  let quality = '';

  /** The blocked-playback record of a remote user, made on first need. */
  function blockedUser(userId: string): Blocked {
    let entry = blocked.get(userId);
    if (entry) return entry;
    if (blocked.size >= MAX_BLOCKED_USERS) blocked.delete(blocked.keys().next().value!);
    const pending = new Map<string, (() => unknown) | undefined>();
    const handle = {
      // Every call starts now, inside the click that asked for it.
      resume: () =>
        Promise.all(
          [...pending.values()].map((resume) =>
            typeof resume === 'function'
              ? new Promise((done) => done(resume()))
              : Promise.reject(
                  new Error('this SDK version has no resume(): play again in a click'),
                ),
          ),
        ),
    };
    entry = {
      handle,
      pending,
      // The handle lives as long as this record (held by the instance's listeners), no longer.
      source: weakSource(
        {
          type: 'remote-stream',
          label: `${label} · ${userId || '?'}`,
          userId: userId || undefined,
        },
        handle,
      ),
    };
    blocked.set(userId, entry);
    return entry;
  }

  /** A play-state event: PLAYING settles that user's blocked media. */
  function played(payload: unknown, event: string, media: 'audio' | 'video'): void {
    const [userId, state, reason] = ['userId', 'state', 'reason'].map((k) => field(payload, k));
    if (typeof state !== 'string') odd(event);
    const who = str(userId) || 'local';
    log('state', event, `${short(who)} ${short(state)}${reason ? ` (${short(reason)})` : ''}`);
    const entry = typeof userId === 'string' ? blocked.get(userId) : undefined;
    if (state !== 'PLAYING' || !entry) return;
    entry.pending.delete(media);
    if (media === 'video') entry.pending.delete('screen');
    if (entry.pending.size) return;
    blocked.delete(userId as string);
    hub.resolve('playing', entry.handle);
  }

  type Handler = (payload: unknown, event: string) => void;
  const events: Record<string, Handler> = {
    error: (error, event) =>
      hub.capture(error, source, str(field(error, 'functionName')) || undefined, event),
    'autoplay-failed': (payload, event) => {
      const userId = str(field(payload, 'userId')) ?? '';
      const media = str(field(payload, 'mediaType')) ?? 'audio';
      const resume = field(payload, 'resume');
      const entry = blockedUser(userId);
      entry.pending.set(
        media,
        typeof resume === 'function' ? () => resume.call(payload) : undefined,
      );
      hub.capture(payload, entry.source, 'autoplay', event);
    },
    'kicked-out': (payload, event) => hub.capture(payload, source, undefined, event),
    'connection-state-changed': (payload, event) => {
      const state = field(payload, 'state');
      if (typeof state !== 'string') odd(event);
      const again = field(payload, 'isReconnecting') === true ? ' (reconnecting)' : '';
      log('state', event, `${short(field(payload, 'prevState'))} → ${short(state)}${again}`);
      if (state === 'CONNECTED') hub.resolve('connected', trtc);
    },
    // Sampled every 2 s: only a change of the quality levels is worth a line.
    'network-quality': (payload, event) => {
      const [up, down] = ['uplinkNetworkQuality', 'downlinkNetworkQuality'].map((k) =>
        field(payload, k),
      );
      if (typeof up !== 'number' || typeof down !== 'number') odd(event);
      const line = `uplink ${short(up)}, downlink ${short(down)}`;
      if (line !== quality) log('state', event, (quality = line));
    },
    'publish-state-changed': (payload, event) => {
      const [media, state, reason] = ['mediaType', 'state', 'reason'].map((k) => field(payload, k));
      log('state', event, `${short(media)} ${short(state)}${reason ? ` (${short(reason)})` : ''}`);
      const error = field(payload, 'error');
      if (reason === 'error' && isObject(error)) hub.capture(error, source, 'publish', event);
    },
    'audio-play-state-changed': (payload, event) => played(payload, event, 'audio'),
    'video-play-state-changed': (payload, event) => played(payload, event, 'video'),
    'device-changed': (payload, event) => {
      const [type, action] = ['type', 'action'].map((k) => short(field(payload, k)));
      const name = short(field(field(payload, 'device'), 'label') ?? '');
      log('info', event, `${type} ${action}${name ? `: ${name}` : ''}`);
    },
    'permission-state-change': (payload, event) => {
      const [camera, microphone] = ['camera', 'microphone'].map((k) => field(payload, k));
      log('state', event, `camera ${short(camera)}, microphone ${short(microphone)}`);
      if (camera === 'granted' || microphone === 'granted') hub.resolve('permission-granted', trtc);
    },
    'remote-user-enter': (payload, event) => log('info', event, short(field(payload, 'userId'))),
    'remote-user-exit': (payload, event) => {
      const userId = field(payload, 'userId');
      const reason = field(payload, 'reason');
      log(
        'info',
        event,
        `${short(userId)}${typeof reason === 'number' ? ` (reason ${reason})` : ''}`,
      );
      // A user who left plays nothing more: their blocked playback is moot.
      if (typeof userId === 'string') blocked.delete(userId);
    },
  };
  teardowns.push(...listenAll(trtc, events, label, hub.warnOnce));

  const methods = hub.wrapMethods ? TRTC_METHODS : [];
  const restores = wrapAll(trtc, methods, label, hub.warnOnce, (method) => ({
    // The secrets are known before the call: its rejection's message may already hold them.
    before: (args) => {
      if (method !== 'enterRoom' && method !== 'switchRoom') return;
      const options = args[0];
      const roomId = field(options, 'roomId');
      hub.learnClient(trtc, label, {
        sdkAppId: field(options, 'sdkAppId'),
        userId: field(options, 'userId'),
        userSig: field(options, 'userSig'),
        privateMapKey: field(options, 'privateMapKey'),
        roomId: roomId ?? field(options, 'strRoomId'),
        role: field(options, 'role'),
      });
      // Both dialogs would compete for the same click: tell the developer how to choose.
      if (method === 'enterRoom' && autoplayDialogOn(trtc, options)) {
        hub.capture(AUTOPLAY_DIALOG_NOTICE, source, undefined, 'notice');
      }
    },
    fulfilled: () => {
      log('info', method, `${method} ok`);
      const trigger = SETTLED_BY[method];
      if (trigger) hub.resolve(trigger, trtc);
    },
    rejected: (error) => hub.capture(error, source, method, method),
  }));
  teardowns.push(...restores);

  let done = false;
  const unwatch = () => {
    if (done) return;
    done = true;
    teardowns.forEach((teardown) => teardown());
    blocked.clear();
    onGone();
  };
  // A destroyed instance emits nothing more: let it (and what it holds) go.
  const restoreDestroy = wrapMethod(trtc, 'destroy', { before: unwatch });
  if (restoreDestroy) teardowns.push(restoreDestroy);
  // Listed in reports from the start, before any enterRoom().
  hub.learnClient(trtc, label, {});
  return unwatch;
}
