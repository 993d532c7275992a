/**
 * What every test app shares: a real TRTC v5 error (the SDK's own validation, offline), and the
 * `window.app` handle the browser test drives.
 */
import type { Doctor } from 'trtc-doctor';

/** The SDK's script global (loaded from `/sdk/v5/trtc.js` by each page). */
declare const TRTC: {
  create(options?: object): { enterRoom(params: object): Promise<unknown>; destroy(): void };
};

/** A userSig shaped like a real one (long, base64-ish): tests check it appears nowhere. */
export const USER_SIG =
  'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1Pd80vzijJTU8GmzQyNzUwNTM0sLcwNjQ2MjJVqAQCbfg7e';

/** The handle the test reads and calls. */
export interface AppHandle {
  doctor?: Doctor;
  [name: string]: unknown;
}

declare global {
  interface Window {
    app: AppHandle;
  }
}

window.app ??= {};

/**
 * The real SDK's rejection of `enterRoom` with a string roomId (5000/5016), learned secrets and
 * all: the instance is watched, so the userSig is known before the error is recorded.
 */
export async function realError(doctor: Doctor, handled = true): Promise<void> {
  const trtc = TRTC.create({ enableAutoPlayDialog: false });
  const unwatch = doctor.watchTrtc(trtc as never);
  const entering = trtc.enterRoom({
    sdkAppId: 1400000000,
    userId: 'e2e-user',
    userSig: USER_SIG,
    roomId: '1234',
  });
  if (!handled) return void entering;
  try {
    await entering;
  } catch (error) {
    doctor.capture(error, { operation: 'enterRoom' });
  }
  unwatch();
  trtc.destroy();
}
