/**
 * The English words of the server's codes (`account:` and `join:` entries) and of the userSig inspector (each warning is `title|cause|fix`). Loaded when a problem needs them.
 */
import type { EntryText } from '../../catalog/types.js';
import type { UserSigWords } from '../../catalog/usersig.js';
import type { Parts } from '../types.js';

/** The entries' words by key. */
export const catalog = {
  'account:70001': {
    title: 'userSig expired',
    cause: 'The userSig has expired; expiring at once means expire is too small or 0.',
    fix: ['Regenerate it on the server (expire is in seconds) and rejoin.'],
    hint: "Your sign-in expired. Reload the page to sign in again; if it happens again, contact the app's support.",
  },
  // Also join:-10013, join:-100018.
  'account:70002': {
    title: 'userSig check failed',
    cause: 'The userSig is empty, truncated, altered or made with wrong parameters.',
    fix: ['Pass the whole userSig; verify it with the console UserSig tool and regenerate.'],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:70009': {
    title: 'userSig mismatch',
    cause: "The userSig is for another userId or sdkAppId, or used another app's key.",
    fix: ["Regenerate it with this app's key for the joining sdkAppId and userId."],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:70015': {
    title: 'App setup problem',
    cause: 'No account integration or public key for the sdkAppId, or a wrong account type.',
    fix: ['Check the sdkAppId in the console; after uploading a key, wait ten minutes.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  'account:70017': {
    title: 'Account service error',
    cause: 'The account service (TLS) failed or timed out inside; usually temporary.',
    fix: ['Retry later; if it persists, contact TLS account support (QQ 3268519604).'],
    hint: "Sign-in is briefly unavailable. Wait a moment, then retry; if it persists, contact the app's support.",
  },
  'account:70050': {
    title: 'Locked after failures',
    cause: 'Too many failed checks: locked for a while.',
    fix: ['Fix the userSig; retry after a minute.'],
    hint: 'Too many sign-in attempts. Wait a minute, then reload the page.',
  },
  'account:70051': {
    title: 'Not permitted',
    cause: "The requester is not this app's developer or admin, or is restricted or blacklisted.",
    fix: ['Check the sdkAppId; if restricted, contact TLS account support (QQ 3268519604).'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  'account:70101': {
    title: 'Invalid account request',
    cause: 'Empty request, malformed or unregistered account, or invalid batch size.',
    fix: [
      'Use a userId of letters, digits, `_`, `-`, up to 32 bytes.',
      'Retry; if it fails again, send the report to support.',
    ],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:-8': {
    title: 'Wrong sdkAppId',
    cause: 'The sdkAppId does not exist or is mistyped.',
    fix: ['Copy it from the console; pass it as a number.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  // Also join:-100013.
  'join:10006': {
    title: 'Out of credit',
    cause: 'The account is in arrears or the service is suspended.',
    fix: ['Check the service status in the console (app > account info), top up, then rejoin.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  // Also join:-10015, join:-10020.
  'join:-10011': {
    title: 'Temporary server error',
    cause: 'A server error, node allocation failure or timeout.',
    fix: ['Retry; if it fails again, send the report to support.'],
    hint: 'The service had a hiccup. Wait a moment, then retry.',
  },
  'join:-10012': {
    title: 'Invalid roomId',
    cause: 'The roomId is missing or invalid.',
    fix: [
      'Use an integer 1–4294967294; string IDs need `createClient({ useStringRoomId: true })`.',
    ],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
  'join:-10016': {
    title: 'Room creation failed',
    cause: 'Room creation hit flow-control limits.',
    fix: ['Check the roomId, slow down room creation and retry.'],
    hint: 'The service had a hiccup. Wait a moment, then retry.',
  },
  'join:-10018': {
    title: 'privateMapKey missing',
    cause: 'Advanced permission control is on, but the join had no privateMapKey.',
    fix: ['Generate one on the server; pass it to `client.join({ roomId, privateMapKey })`.'],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
  'join:-10019': {
    title: 'Invalid privateMapKey',
    cause: 'The privateMapKey is expired, for another userId or roomId, or truncated.',
    fix: ['Regenerate it for this userId and roomId.'],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
} satisfies Readonly<Record<`account:${string}` | `join:${string}`, EntryText>>;

/** What the userSig inspector writes. */
export const usersig: UserSigWords = {
  expired:
    'The userSig has already expired|This userSig expired {ago} ago (at {at}); joining with it will fail.|Generate a new userSig on your server (expire is in seconds, e.g. 86400) and pass it before joining.',
  'expires-soon':
    'The userSig expires soon|This userSig expires in {in} (at {at}); the call fails to reconnect after that.|Give it a longer expire (in seconds) on your server, or fetch a new one before it runs out.',
  'wrong-user':
    'The userSig is for another user|It was made for userId `{identifier}`, but `{userId}` is joining: the server will refuse it.|Generate the userSig for the same userId you pass to the SDK.',
  'wrong-app':
    'The userSig is for another app|It was made for SDKAppID {signed}, but this client joins {sdkAppId}: the server will refuse it.|Generate it with the key of the SDKAppID you join (console > Application > key).',
  issued: 'Issued {issued}, valid for {validFor}.',
  expiredAt: 'Expired {ago} ago, at {at}.',
  expiresAt: 'Expires in {in}, at {at}.',
  madeFor: 'Made for userId `{identifier}`; joining as `{userId}`.',
  madeForApp: 'Made for SDKAppID {signed}; joining {sdkAppId}.',
  invalid: 'This is not a TLS v2 userSig: {reason}.',
  reasons: {
    'not-base64': 'it holds characters a userSig never has',
    'not-zlib': 'it is not compressed the way a userSig is (another kind of token?)',
    'not-json': 'its content is not what a userSig holds',
    'not-tls-v2': 'it is an old (v1) signature or another kind of token',
    truncated: 'it was cut short (pass the whole string)',
  },
  doc: 'How to generate a userSig',
  units: ['{n} s', '{n} min', '{n} h', '{n} d'],
};

/** The server part of the English words. */
export const part: Parts['server'] = { catalog, usersig };
