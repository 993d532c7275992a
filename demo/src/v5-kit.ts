/**
 * The v5 demo's buttons: each calls the real TRTC Web SDK v5 (`trtc-sdk-v5`) the way an app would
 * and lets it fail for real. The three events an offline page cannot make (`kicked-out`,
 * `autoplay-failed`, a firewall `error` 5501) are delivered through the real instance's own
 * `emit()`, so they reach every listener exactly as the SDK's would. Every call catches its error:
 * the page must keep working.
 */
import type TRTCNamespace from 'trtc-sdk-v5';
import type { LogFn, RoomFields } from './real-errors';
import { createSyntheticTracks, type SyntheticTracks } from './synthetic';

/** The SDK v5 namespace, from the script tag's global or from `import TRTC from 'trtc-sdk-v5'`. */
export type TrtcV5 = typeof TRTCNamespace;
/** One `TRTC.create()` instance. */
export type TrtcV5Instance = ReturnType<TrtcV5['create']>;

/** The real instance's emitter, which the d.ts does not declare. */
type Emitting = { emit(event: string, payload: unknown): void };
/** The SDK's RtcError class, which it does not export. */
type ErrorClass = new (fields: { code: number; extraCode?: number; message?: string }) => Error;

/** Every button of the v5 pages: the kit method it runs. */
export type V5Run =
  | 'enterEmpty'
  | 'roomIdString'
  | 'roomIdZero'
  | 'camera'
  | 'viewMissing'
  | 'seiOff'
  | 'remoteBeforeEnter'
  | 'switchRoleBeforeEnter'
  | 'enter'
  | 'exit'
  | 'kickedOut'
  | 'autoplayFailed'
  | 'firewall';

/** What an ESM page does with the instance (the script tag's doctor finds it itself). */
export interface V5Hooks {
  onInstance?(trtc: TrtcV5Instance): void;
}

/** Placeholder credentials: the SDK accepts their shape; the server (if reached) refuses them. */
const PLACEHOLDER = { sdkAppId: 1400000000, userSig: 'placeholder-user-sig' };
/** The remote user a simulated event is about. */
const REMOTE_USER = 'demo-remote';
/** The `kicked-out` reasons, taken in turn by the button. */
const KICK_REASONS = ['kick', 'banned', 'room_disband'] as const;

/**
 * Where the SDK's schedule and log requests go without real credentials: this page's own host,
 * so an offline demo never reaches Tencent (the schedule fails as it would offline). With real
 * credentials the SDK uses its own hosts.
 */
function loopbackProxy(): { scheduleProxy: string; loggerProxy: string } {
  return {
    scheduleProxy: `${location.host}/trtc-schedule`,
    loggerProxy: `${location.origin}/trtc-log`,
  };
}

/** One button's call. */
export type V5RunFn = (fields: RoomFields, player: HTMLElement) => Promise<void>;

/** The kit: one call per button, and `simulate` for the QA view's "every v5 entry". */
export type V5Kit = Record<V5Run, V5RunFn> & {
  /**
   * Delivers a v5 catalog entry (`v5:5302`, `v5:kicked-out/kick`, `v5:autoplay-failed`...) through
   * the instance's emit, errors made by the SDK's own class. False for an id no event carries.
   */
  simulate(id: string): Promise<boolean>;
};

/** Top-level codes that are their own family (5998, 5999 are not extra codes of 5900). */
const OWN_FAMILY = new Set([5998, 5999]);

/** Makes the kit for one page; the instance is made on first use. */
export function createV5Kit(trtc: TrtcV5, log: LogFn, hooks: V5Hooks = {}): V5Kit {
  let made: TrtcV5Instance | undefined;
  let errorClass: ErrorClass | undefined;
  let kicks = 0;
  let tone: SyntheticTracks | undefined;

  const instance = (): TrtcV5Instance => {
    if (made) return made;
    // trtc-doctor's Resume replaces the SDK's own autoplay dialog (both would ask for a click).
    made = trtc.create({ enableAutoPlayDialog: false });
    hooks.onInstance?.(made);
    return made;
  };
  const emit = (event: string, payload: unknown): void =>
    (instance() as unknown as Emitting).emit(event, payload);

  const attempt = async (what: string, run: () => unknown): Promise<void> => {
    try {
      await run();
      log(what);
    } catch (error) {
      // The SDK's own error class is not exported: learn it from the first real error.
      if (!errorClass && error instanceof Error && 'code' in error) {
        errorClass = error.constructor as ErrorClass;
      }
      log(what, error);
    }
  };

  const room = (fields: RoomFields, roomId: unknown = Number(fields.roomId) || 1234) => {
    const real = Boolean(fields.sdkAppId.trim() && fields.userSig.trim());
    return {
      sdkAppId: Number(fields.sdkAppId) || PLACEHOLDER.sdkAppId,
      userId: fields.userId.trim() || `demo-${Date.now() % 1e6}`,
      userSig: fields.userSig.trim() || PLACEHOLDER.userSig,
      roomId: roomId as number,
      ...(real ? {} : { proxy: loopbackProxy() }),
    };
  };

  return {
    enterEmpty: () =>
      attempt('trtc.enterRoom({})', () =>
        instance().enterRoom({} as Parameters<TrtcV5Instance['enterRoom']>[0]),
      ),
    roomIdString: (fields) =>
      attempt("trtc.enterRoom({ roomId: '1234' })", () =>
        instance().enterRoom(room(fields, '1234')),
      ),
    roomIdZero: (fields) =>
      attempt('trtc.enterRoom({ roomId: 0 })', () => instance().enterRoom(room(fields, 0))),
    camera: (_fields, player) =>
      attempt('trtc.startLocalVideo({ view })', () => instance().startLocalVideo({ view: player })),
    viewMissing: () =>
      attempt("trtc.startLocalVideo({ view: 'nope' })", () =>
        instance().startLocalVideo({ view: 'nope' }),
      ),
    seiOff: () =>
      attempt('trtc.sendSEIMessage() without enableSEI', () =>
        instance().sendSEIMessage(new Uint8Array([1, 2, 3]).buffer),
      ),
    remoteBeforeEnter: (_fields, player) =>
      attempt('trtc.startRemoteVideo() before enterRoom()', () =>
        instance().startRemoteVideo({
          userId: REMOTE_USER,
          streamType: trtc.TYPE.STREAM_TYPE_MAIN,
          view: player,
        }),
      ),
    switchRoleBeforeEnter: () =>
      attempt('trtc.switchRole() before enterRoom()', () =>
        instance().switchRole(trtc.TYPE.ROLE_ANCHOR),
      ),
    enter: (fields) => attempt('trtc.enterRoom()', () => instance().enterRoom(room(fields))),
    exit: () => attempt('trtc.exitRoom()', () => made?.exitRoom()),

    kickedOut: () =>
      attempt('simulated kicked-out', () => {
        const reason = KICK_REASONS[kicks++ % KICK_REASONS.length];
        emit('kicked-out', { reason });
        log(`kicked-out { reason: '${reason}' }`);
      }),
    autoplayFailed: (_fields, player) =>
      attempt('simulated autoplay-failed', () => {
        emit('autoplay-failed', {
          userId: REMOTE_USER,
          mediaType: 'audio',
          // What the SDK's resume() does: play the blocked media (here a generated tone) in the
          // click that called it, then say so with the play-state event.
          resume: async () => {
            tone?.stop();
            tone = createSyntheticTracks();
            const audio = document.createElement('audio');
            audio.srcObject = new MediaStream([tone.audio]);
            player.replaceChildren(audio);
            await audio.play();
            emit('audio-play-state-changed', {
              userId: REMOTE_USER,
              state: 'PLAYING',
              reason: 'playing',
            });
          },
        });
      }),
    firewall: () =>
      attempt('simulated error 5501', async () => {
        emit('error', new (await learnErrorClass())({ code: 5500, extraCode: 5501 }));
      }),

    async simulate(id) {
      const [family, detail] = id.replace(/^v5:/, '').split('/');
      if (family === 'kicked-out') emit('kicked-out', { reason: detail });
      else if (family === 'autoplay-failed') {
        // Below 5.9 the payload has no resume().
        const resume = detail ? {} : { resume: () => Promise.resolve() };
        emit('autoplay-failed', {
          userId: `${REMOTE_USER}-${detail ?? 'v5.9'}`,
          mediaType: 'audio',
          ...resume,
        });
      } else if (/^\d{4}$/.test(family ?? '')) {
        const n = Number(family);
        const top = n % 100 === 0 || OWN_FAMILY.has(n) ? n : n - (n % 100);
        const Made = await learnErrorClass();
        // Our own message: the SDK's templates need the parameters of a real call.
        const message = `(simulated) ${id}`;
        emit('error', new Made({ code: top, extraCode: top === n ? undefined : n, message }));
      } else return false;
      return true;
    },
  };

  /** The SDK's RtcError class, learnt from one real error (`enterRoom({})`) the first time. */
  async function learnErrorClass(): Promise<ErrorClass> {
    if (!errorClass) {
      await instance()
        .enterRoom({} as Parameters<TrtcV5Instance['enterRoom']>[0])
        .catch((error: Error) => (errorClass = error.constructor as ErrorClass));
    }
    if (!errorClass) throw new Error('the SDK gave no error to learn its error class from');
    return errorClass;
  }
}
