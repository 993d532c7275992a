/**
 * The demo's buttons: each calls the real SDK the way an app would and lets it fail for real
 * (no fake errors here). The page logs what the SDK did; the doctor, watching the same client and
 * streams, explains it. Every call catches its error: the page must keep working.
 */
import type TRTCNamespace from 'trtc-js-sdk';
import type { Client, LocalStream } from 'trtc-js-sdk';
import { createSyntheticTracks, type SyntheticTracks } from './synthetic';

/** The SDK's namespace, from the script tag's global or from `import TRTC from 'trtc-js-sdk'`. */
export type Trtc = typeof TRTCNamespace;

/** Where to join. Empty fields get placeholders, which fail as an app without credentials does. */
export interface RoomFields {
  sdkAppId: string;
  userId: string;
  userSig: string;
  roomId: string;
}

/** Writes one outcome to the page's log: `error` undefined means it worked. */
export type LogFn = (what: string, error?: unknown) => void;

/** What an ESM page does with each new SDK object (the script tag's doctor finds them itself). */
export interface Hooks {
  onClient?(client: Client): void;
  onStream?(stream: LocalStream, label: string): void;
}

/** An app-like sequence of real SDK calls, one method per demo button. */
export interface RealErrorKit {
  badParams(): void;
  publishBeforeJoin(): Promise<void>;
  capture(player: HTMLDivElement): Promise<void>;
  join(fields: RoomFields): Promise<void>;
  publish(player: HTMLDivElement): Promise<void>;
  leave(): Promise<void>;
  /** Plays generated media with sound; before any click, the browser blocks it. */
  playGenerated(player: HTMLDivElement): Promise<void>;
}

/** Placeholder credentials: the SDK accepts their shape; the server (if reached) refuses them. */
const PLACEHOLDER = { sdkAppId: 1400000000, userSig: 'placeholder-user-sig' };

/** `NAME code message`, the way the log shows an SDK error. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & {
    getCode?: () => number;
    getExtraCode?: () => number;
    code?: unknown;
    extraCode?: unknown;
  };
  // 4.x: getCode() and getExtraCode(); v5: code and extraCode fields.
  const codeOf = typeof e.getCode === 'function' ? e.getCode() : e.code;
  const extraOf = typeof e.getExtraCode === 'function' ? e.getExtraCode() : e.extraCode;
  const code = typeof codeOf === 'number' ? ` ${codeOf}` : '';
  const extra = typeof extraOf === 'number' && extraOf ? ` (extra ${extraOf})` : '';
  return `${e.name}${code}${extra}: ${e.message.trim()}`;
}

/** Makes the kit for one page. */
export function createRealErrorKit(trtc: Trtc, log: LogFn, hooks: Hooks = {}): RealErrorKit {
  let client: Client | undefined;
  let clientKey = '';
  let camera: LocalStream | undefined;
  let synthetic: SyntheticTracks | undefined;

  const newClient = (config: Parameters<Trtc['createClient']>[0]): Client => {
    const made = trtc.createClient(config);
    hooks.onClient?.(made);
    return made;
  };

  const newStream = (config: Parameters<Trtc['createStream']>[0], label: string): LocalStream => {
    const made = trtc.createStream(config);
    hooks.onStream?.(made, label);
    return made;
  };

  const generatedStream = (label: string): LocalStream => {
    synthetic?.stop();
    synthetic = createSyntheticTracks();
    return newStream({ audioSource: synthetic.audio, videoSource: synthetic.video }, label);
  };

  const attempt = async (what: string, run: () => Promise<unknown>): Promise<void> => {
    try {
      await run();
      log(what);
    } catch (error) {
      log(what, error);
    }
  };

  return {
    badParams() {
      try {
        // What an app sends when its config failed to load: no sdkAppId, userId or userSig.
        newClient({} as Parameters<Trtc['createClient']>[0]);
        log('TRTC.createClient({})');
      } catch (error) {
        log('TRTC.createClient({})', error);
      }
    },

    publishBeforeJoin: () =>
      attempt('client.publish() before join()', async () => {
        const stream = generatedStream('generated');
        await stream.initialize();
        const early = newClient({
          mode: 'rtc',
          userId: `demo-${Date.now() % 1e6}`,
          ...PLACEHOLDER,
        });
        await early.publish(stream);
      }),

    capture: (player) =>
      attempt('localStream.initialize() (camera + microphone)', async () => {
        camera?.close();
        camera = newStream({ audio: true, video: true }, 'camera');
        await camera.initialize();
        // Our own preview is muted: no echo, and no autoplay block for a muted element.
        await camera.play(player, { muted: true });
      }),

    join: (fields) =>
      attempt('client.join()', async () => {
        const sdkAppId = Number(fields.sdkAppId) || PLACEHOLDER.sdkAppId;
        const userId = fields.userId.trim() || `demo-${Date.now() % 1e6}`;
        const userSig = fields.userSig.trim() || PLACEHOLDER.userSig;
        const key = `${sdkAppId}/${userId}/${userSig}`;
        // One client per identity, as the SDK asks ("call createClient once per call").
        if (!client || key !== clientKey) {
          client = newClient({ mode: 'rtc', sdkAppId, userId, userSig });
          clientKey = key;
        }
        await client.join({ roomId: Number(fields.roomId) || 1234 });
      }),

    publish: (player) =>
      attempt('client.publish(camera)', async () => {
        if (!client) throw new Error('Join the room first.');
        if (!camera) {
          camera = newStream({ audio: true, video: true }, 'camera');
          await camera.initialize();
          await camera.play(player, { muted: true });
        }
        await client.publish(camera);
      }),

    leave: () =>
      attempt('client.leave()', async () => {
        await client?.leave();
      }),

    playGenerated: (player) =>
      attempt('localStream.play() with sound', async () => {
        const stream = generatedStream('generated');
        await stream.initialize();
        await stream.play(player, { muted: false });
      }),
  };
}
