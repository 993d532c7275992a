/**
 * The words of the userSig inspector: the warnings before a join (a userSig that is expired,
 * about to expire, or made for another user or app) and the decoded facts a card shows. Each
 * warning is `title|cause|fix`; `{name}` placeholders are filled by core.
 */
import type { Lang } from './types.js';

/** Why a string is not a TLS v2 userSig. */
export type UserSigReason = 'not-base64' | 'not-zlib' | 'not-json' | 'not-tls-v2' | 'truncated';

/** What the inspector writes, in one language. */
export interface UserSigWords {
  /** The pre-join warnings, `title|cause|fix`. */
  readonly expired: string;
  readonly 'expires-soon': string;
  readonly 'wrong-user': string;
  readonly 'wrong-app': string;
  /** The facts, one sentence each. */
  readonly issued: string;
  readonly expiredAt: string;
  readonly expiresAt: string;
  readonly madeFor: string;
  readonly madeForApp: string;
  readonly invalid: string;
  /** Why it is not a TLS v2 signature. */
  readonly reasons: Readonly<Record<UserSigReason, string>>;
  /** The label of USERSIG_DOC. */
  readonly doc: string;
  /** Units: `{n} s`, `{n} min`, `{n} h`, `{n} d`. */
  readonly units: readonly [s: string, min: string, h: string, d: string];
}

/** Tencent's page on generating and using a userSig. */
export const USERSIG_DOC = 'https://cloud.tencent.com/document/product/647/17275';

/** English. */
export const en: UserSigWords = {
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

/** 中文。 */
export const zh: UserSigWords = {
  expired:
    'userSig 已过期|该 userSig 已于 {ago}前（{at}）过期，用它进房会失败。|请在服务端重新生成 userSig（expire 单位为秒，例如 86400），并在进房前传入。',
  'expires-soon':
    'userSig 即将过期|该 userSig 将在 {in}后（{at}）过期，之后断线重连会失败。|请在服务端设置更长的 expire（单位为秒），或在过期前获取新的 userSig。',
  'wrong-user':
    'userSig 属于另一个用户|它是为 userId `{identifier}` 生成的，但进房的是 `{userId}`：服务端会拒绝。|请用传给 SDK 的同一个 userId 生成 userSig。',
  'wrong-app':
    'userSig 属于另一个应用|它是为 SDKAppID {signed} 生成的，但该客户端进入的是 {sdkAppId}：服务端会拒绝。|请用所进入 SDKAppID 的密钥生成（控制台 > 应用管理 > 密钥）。',
  issued: '签发于 {issued}，有效期 {validFor}。',
  expiredAt: '已于 {ago}前（{at}）过期。',
  expiresAt: '将在 {in}后（{at}）过期。',
  madeFor: '为 userId `{identifier}` 生成；进房用户为 `{userId}`。',
  madeForApp: '为 SDKAppID {signed} 生成；进入的是 {sdkAppId}。',
  invalid: '这不是 TLS v2 的 userSig：{reason}。',
  reasons: {
    'not-base64': '含有 userSig 不会出现的字符',
    'not-zlib': '压缩格式与 userSig 不同（是别的令牌吗？）',
    'not-json': '内容不是 userSig 的格式',
    'not-tls-v2': '是旧版（v1）签名或其他令牌',
    truncated: '被截断了（请传入完整字符串）',
  },
  doc: 'UserSig 的计算与使用',
  units: ['{n} 秒', '{n} 分钟', '{n} 小时', '{n} 天'],
};

/** Both languages. */
export const USERSIG_WORDS: Readonly<Record<Lang, UserSigWords>> = { en, zh };
