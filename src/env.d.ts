/** The package version, set at build time (and by Vitest through `define`). */
declare const __TRTC_DOCTOR_VERSION__: string;
/** True in development and test builds: gates debug logging so production builds drop it. */
declare const __TRTC_DOCTOR_DEBUG__: boolean;
