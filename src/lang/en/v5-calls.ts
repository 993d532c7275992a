/**
 * The English words of the v5 SDK (`trtc-sdk-v5`): its parameter and call errors (`INVALID_PARAMETER` 5000, `INVALID_OPERATION` 5100 and their extra codes). Loaded when a problem needs them.
 */
import type { Parts } from '../types.js';

/** Both room ID checks: the official page and the runtime swap 5012 and 5013. */
const ROOM_ID_FIX = [
  'A numeric room: pass `roomId` as an integer in [1, 4294967294].',
  'A named room: pass `strRoomId` as a non-empty string of at most 64 bytes; every user of the room must use the same form.',
];
const ROOM_ID_CAUSE = (doc: string, runtime: string): string =>
  `The room ID is invalid: Tencent's error page gives this code to ${doc}, the SDK itself to ${runtime} (either can be the cause).`;
const NUMERIC = 'a `roomId` outside [1, 4294967294]';
const NAMED = 'a `strRoomId` that is not a valid string';
/** A wrong call of the app: the end user can only reload or ask the app's support. */
const APP_HINT =
  "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.";

/** The words of these v5 entries, by entry name. */
export const v5: Parts['v5-calls']['v5'] = {
  5000: {
    title: 'Invalid parameter',
    cause:
      'A parameter of the call named in `error.functionName` is missing or invalid; the message names it.',
    fix: [
      'Read the message: it names the parameter and the value received.',
      'Check the call against the v5 API, e.g. `trtc.enterRoom({ sdkAppId, userId, userSig, roomId })`.',
    ],
    hint: APP_HINT,
  },
  5001: {
    title: 'Required parameter missing',
    cause:
      'A required parameter was not passed, e.g. `sdkAppId`, `userId` or `userSig` in `enterRoom()`.',
    fix: ['Pass the parameter the message names.'],
    hint: APP_HINT,
  },
  5002: {
    title: 'Parameter of the wrong type',
    cause: 'A parameter has the wrong type, e.g. `sdkAppId` as a string.',
    fix: ['Pass the type the message names (`sdkAppId` is a number).'],
    hint: APP_HINT,
  },
  5003: {
    title: 'Empty parameter',
    cause: "A parameter is empty (`''`, null) where a value is needed.",
    fix: ['Pass a value; check that the variable is set before the call.'],
    hint: APP_HINT,
  },
  5004: {
    title: 'Parameter is not the expected object',
    cause: 'A parameter must be an instance of a given class (e.g. `MediaStreamTrack`) and is not.',
    fix: ['Pass an object of the class the message names.'],
    hint: APP_HINT,
  },
  5005: {
    title: 'Value not allowed',
    cause: 'The value is not one of the allowed ones, e.g. a `role` other than anchor or audience.',
    fix: ['Use a value the message lists, best through the `TRTC.TYPE.*` constants.'],
    hint: APP_HINT,
  },
  5006: {
    title: 'Value below 0',
    cause: 'A number that must be 0 or more is negative.',
    fix: ['Pass 0 or a positive number.'],
    hint: APP_HINT,
  },
  5007: {
    title: 'Value below the minimum',
    cause: 'A number is smaller than its minimum; the message gives the minimum.',
    fix: ['Pass a value at or above the minimum in the message.'],
    hint: APP_HINT,
  },
  5008: {
    title: 'Value above the maximum',
    cause: 'A number is larger than its maximum; the message gives the maximum.',
    fix: ['Pass a value at or below the maximum in the message.'],
    hint: APP_HINT,
  },
  5009: {
    title: 'View element not found',
    cause:
      "The `view` is an element id that is not in the page when the call runs (e.g. `startLocalVideo({ view: 'local' })` before the element is rendered).",
    fix: [
      'Render the element first, then call; or pass the HTMLElement itself as `view`.',
      'Check the spelling of the id.',
    ],
    hint: APP_HINT,
  },
  5010: {
    title: 'View is not an element',
    cause:
      'The `view` is neither an element id nor an HTMLElement (e.g. a ref object or a jQuery wrapper).',
    fix: ['Pass the element id or the DOM element itself (`ref.current`, `$el[0]`).'],
    hint: APP_HINT,
  },
  5011: {
    title: 'Invalid streamId',
    cause:
      'A stream ID (CDN relay, mixing) has characters other than letters, digits, `-` and `_`, or is too long.',
    fix: ['Use only a-z, A-Z, 0-9, `-` and `_`, within 64 bytes.'],
    hint: APP_HINT,
  },
  5012: {
    title: 'Invalid room ID',
    cause: ROOM_ID_CAUSE(NUMERIC, NAMED),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5013: {
    title: 'Invalid room ID',
    cause: ROOM_ID_CAUSE(NAMED, NUMERIC),
    fix: ROOM_ID_FIX,
    hint: APP_HINT,
  },
  5014: {
    title: 'streamType missing',
    cause:
      "The call names a remote user (not `'*'`) without a `streamType`, e.g. `startRemoteVideo({ userId, view })`.",
    fix: [
      'Pass `streamType: TRTC.TYPE.STREAM_TYPE_MAIN` (camera) or `TRTC.TYPE.STREAM_TYPE_SUB` (screen).',
    ],
    hint: APP_HINT,
  },
  5015: {
    title: 'No room ID',
    cause: '`enterRoom()` got neither `roomId` nor `strRoomId` (`roomId: 0` counts as none).',
    fix: ['Pass `roomId` (an integer 1–4294967294, not 0) or `strRoomId` (a string).'],
    hint: APP_HINT,
  },
  5016: {
    title: 'roomId given as a string',
    cause: "`roomId` must be a number, but a string (e.g. `'1234'`) was passed.",
    fix: [
      'Convert it: `roomId: Number(id)`.',
      'For rooms named by strings, pass `strRoomId` instead; every user of the room must use the same form.',
    ],
    hint: APP_HINT,
  },
  5017: {
    title: 'Empty message buffer',
    cause: '`sendSEIMessage()` or `sendCustomMessage()` got an ArrayBuffer of size 0.',
    fix: ['Send a non-empty buffer, e.g. `new TextEncoder().encode(text).buffer`.'],
    hint: APP_HINT,
  },
  5018: {
    title: 'Message buffer too large',
    cause:
      'The buffer given to `sendSEIMessage()` or `sendCustomMessage()` is over the limit (1000 bytes).',
    fix: ['Keep each message within 1000 bytes; split or shorten larger data.'],
    hint: APP_HINT,
  },
  5019: {
    title: 'switchRoom with the other ID type',
    cause: '`switchRoom()` got a `roomId` after entering with `strRoomId`, or the reverse.',
    fix: ['Switch with the same form of room ID as `enterRoom()` used.'],
    hint: APP_HINT,
  },
  5020: {
    title: 'Already in that room',
    cause: '`switchRoom()` targets the room you are already in.',
    fix: ['Compare with the current room before calling; nothing else to do.'],
    hint: 'You are already in this call; nothing to do.',
  },
  5100: {
    title: 'Call at the wrong time',
    cause:
      'The call is not allowed in the current state, e.g. `switchRole()` before `enterRoom()` resolved, or playing a user who is not there.',
    fix: [
      'Await `enterRoom()` before room calls; start remote video from `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE`.',
      '`error.extraCode` names the missing precondition.',
    ],
    hint: APP_HINT,
  },
  5101: {
    title: 'Not in the room yet',
    cause:
      'A room call (`startRemoteVideo`, `switchRole`, `muteRemoteAudio`...) ran before `enterRoom()` resolved, or after `exitRoom()`.',
    fix: ['Call `await trtc.enterRoom(...)` first; make no room calls after `exitRoom()`.'],
    hint: 'You are not in the call yet. Wait until you have joined, then retry.',
  },
  5102: {
    title: 'Remote user not there',
    cause:
      'The `userId` given to `startRemoteVideo()` (or a similar call) is not in the room, or has left.',
    fix: [
      'Start remote video in the `TRTC.EVENT.REMOTE_VIDEO_AVAILABLE` handler, with its `userId` and `streamType`.',
    ],
    hint: 'The other person may have left the call.',
  },
  5103: {
    title: 'Stream type not published',
    cause:
      'The remote user publishes no stream of that `streamType`, e.g. `STREAM_TYPE_SUB` with no screen share.',
    fix: ['Use the `streamType` that `REMOTE_VIDEO_AVAILABLE` reports.'],
    hint: 'The other person is not sending this video right now.',
  },
  5104: {
    title: 'Repeated call',
    cause: 'The same call is already running or done, e.g. `startLocalVideo()` twice.',
    fix: [
      'Call it once; to change settings use `updateLocalVideo()` / `updateLocalAudio()`.',
      'Guard buttons against double clicks.',
    ],
    hint: 'This is already running; nothing to do.',
  },
  5105: {
    title: 'Camera not started',
    cause: 'The call needs the local camera, e.g. `updateLocalVideo()` before `startLocalVideo()`.',
    fix: ['Call `trtc.startLocalVideo()` first.'],
    hint: 'Turn on your camera first, then retry.',
  },
  5106: {
    title: 'Microphone or screen not started',
    cause:
      'The call needs the local microphone or the screen share, e.g. `updateLocalAudio()` before `startLocalAudio()`.',
    fix: ['Call `trtc.startLocalAudio()` (or `startScreenShare()`) first.'],
    hint: 'Turn on your microphone or screen share first, then retry.',
  },
  5107: {
    title: 'Not allowed for the audience',
    cause: 'In live mode the audience role cannot publish or do this call.',
    fix: [
      '`await trtc.switchRole(TRTC.TYPE.ROLE_ANCHOR)` first, or enter with `role: TRTC.TYPE.ROLE_ANCHOR`.',
    ],
    hint: 'You are in the audience and cannot do this.',
  },
  5108: {
    title: 'SEI not enabled',
    cause: '`sendSEIMessage()` needs SEI to be switched on when the instance is created.',
    fix: ['Create the instance with `TRTC.create({ enableSEI: true })`.'],
    hint: APP_HINT,
  },
  5109: {
    title: 'Publish first',
    cause:
      'The call works only once local media is published, e.g. `sendSEIMessage()` before `startLocalVideo()` finished.',
    fix: ['In the room, await `startLocalVideo()` (or `startLocalAudio()`) before this call.'],
    hint: 'Turn on your camera or microphone first, then retry.',
  },
};

/** The v5-calls part of the English words. */
export const part: Parts['v5-calls'] = { v5 };
