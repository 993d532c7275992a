/**
 * The account-system codes (the seed page's 62), as the server returns them behind
 * SIGNAL_CHANNEL_SETUP_FAILED and JOIN_ROOM_FAILED. Many codes share one meaning, so they share
 * one group (words + actions); each code still has its own entry, `account:<code>`.
 */
import { ACCOUNT, REPORT, entry, texts, type Texts } from './build.js';
import { RETRY_THEN_REPORT } from './shared.js';
import { JOIN_CODES } from './links.js';
import type { AccountCode, ActionId, CatalogEntry } from './types.js';

/** Words and actions several codes share. */
interface Group {
  readonly text: Texts;
  readonly actions: readonly ActionId[];
}

const TLS_SUPPORT = {
  zh: '联系 TLS 帐号支持（QQ 3268519604）',
  en: 'contact TLS account support (QQ 3268519604)',
};

const SDKAPPID: Group = {
  actions: REPORT,
  text: texts(
    ['sdkAppId 不正确', 'sdkAppId 不存在或填错。', ['从控制台复制 sdkAppId，以数字传入。']],
    [
      'Wrong sdkAppId',
      'The sdkAppId does not exist or is mistyped.',
      ['Copy it from the console; pass it as a number.'],
    ],
  ),
};

const EXPIRED: Group = {
  actions: ACCOUNT,
  text: texts(
    [
      'userSig 已过期',
      'userSig 已过期或失效；刚生成就过期说明有效期太短或为 0。',
      ['在服务端重新生成 userSig（有效期以秒为单位）后重新进房。'],
    ],
    [
      'userSig expired',
      'The userSig has expired; expiring at once means expire is too small or 0.',
      ['Regenerate it on the server (expire is in seconds) and rejoin.'],
    ],
  ),
};

/** Also the join codes -10013 and -100018: the same check, failed. */
export const USERSIG_INVALID: Group = {
  actions: ACCOUNT,
  text: texts(
    [
      'userSig 校验失败',
      'userSig 为空、被截断或改动，或生成参数有误。',
      ['传入完整的 userSig，用控制台的 UserSig 工具校验后重新生成。'],
    ],
    [
      'userSig check failed',
      'The userSig is empty, truncated, altered or made with wrong parameters.',
      ['Pass the whole userSig; verify it with the console UserSig tool and regenerate.'],
    ],
  ),
};

const MISMATCH: Group = {
  actions: ACCOUNT,
  text: texts(
    [
      'userSig 不匹配',
      'userSig 属于其他 userId 或 sdkAppId，或用了别的应用密钥。',
      ['用本应用密钥为进房的 sdkAppId 和 userId 重新生成。'],
    ],
    [
      'userSig mismatch',
      "The userSig is for another userId or sdkAppId, or used another app's key.",
      ["Regenerate it with this app's key for the joining sdkAppId and userId."],
    ],
  ),
};

const APP_SETUP: Group = {
  actions: REPORT,
  text: texts(
    [
      '应用帐号配置异常',
      'sdkAppId 未完成帐号集成、未上传公钥，或帐号类型不匹配。',
      ['核对控制台中的 sdkAppId；上传公钥后等十分钟再试。'],
    ],
    [
      'App setup problem',
      'No account integration or public key for the sdkAppId, or a wrong account type.',
      ['Check the sdkAppId in the console; after uploading a key, wait ten minutes.'],
    ],
  ),
};

const INTERNAL: Group = {
  actions: ACCOUNT,
  text: texts(
    [
      '帐号服务内部错误',
      '帐号服务（TLS）内部出错或超时，通常是暂时的。',
      [`稍后重试；持续失败请${TLS_SUPPORT.zh}。`],
    ],
    [
      'Account service error',
      'The account service (TLS) failed inside; usually temporary.',
      [`Retry later; if it persists, ${TLS_SUPPORT.en}.`],
    ],
  ),
};

const BAD_REQUEST: Group = {
  actions: REPORT,
  text: texts(
    [
      '帐号请求不合法',
      '请求为空、帐号格式不合法或未注册，或批量数量有误。',
      ['userId 仅用字母、数字、`_`、`-`，不超过 32 字节。', RETRY_THEN_REPORT.zh],
    ],
    [
      'Invalid account request',
      'Empty request, malformed or unregistered account, or invalid batch size.',
      ['Use a userId of letters, digits, `_`, `-`, up to 32 bytes.', RETRY_THEN_REPORT.en],
    ],
  ),
};

const NOT_PERMITTED: Group = {
  actions: REPORT,
  text: texts(
    [
      '无操作权限',
      '请求者不是该应用的开发者或管理员，或已被限制、拉黑。',
      [`核对 sdkAppId；被限制时请${TLS_SUPPORT.zh}。`],
    ],
    [
      'Not permitted',
      "The requester is not this app's developer or admin, or is restricted or blacklisted.",
      [`Check the sdkAppId; if restricted, ${TLS_SUPPORT.en}.`],
    ],
  ),
};

const LOCKED: Group = {
  actions: ACCOUNT,
  text: texts(
    ['失败过多被限制', '校验失败次数过多，暂时被限制。', ['修正 userSig，一分钟后再试。']],
    [
      'Locked after failures',
      'Too many failed checks: locked for a while.',
      ['Fix the userSig; retry after a minute.'],
    ],
  ),
};

/** Every account code of the page and the group that explains it. */
const accountCodes: Record<AccountCode, Group> = {
  [-8]: SDKAPPID,
  70001: EXPIRED,
  70002: USERSIG_INVALID,
  70003: USERSIG_INVALID,
  70004: USERSIG_INVALID,
  70005: USERSIG_INVALID,
  70006: USERSIG_INVALID,
  70007: USERSIG_INVALID,
  70008: USERSIG_INVALID,
  70009: MISMATCH,
  70010: USERSIG_INVALID,
  70013: MISMATCH,
  70014: MISMATCH,
  70015: APP_SETUP,
  70016: APP_SETUP,
  70017: INTERNAL,
  70018: USERSIG_INVALID,
  70019: USERSIG_INVALID,
  70020: APP_SETUP,
  70050: LOCKED,
  70051: NOT_PERMITTED,
  70052: EXPIRED,
  70101: BAD_REQUEST,
  70102: APP_SETUP,
  70103: BAD_REQUEST,
  70104: BAD_REQUEST,
  70105: BAD_REQUEST,
  70106: APP_SETUP,
  70107: BAD_REQUEST,
  70113: BAD_REQUEST,
  70114: NOT_PERMITTED,
  70115: NOT_PERMITTED,
  70140: APP_SETUP,
  70145: APP_SETUP,
  70169: INTERNAL,
  70201: INTERNAL,
  70202: INTERNAL,
  70203: INTERNAL,
  70204: APP_SETUP,
  70205: INTERNAL,
  70206: BAD_REQUEST,
  70207: INTERNAL,
  70208: INTERNAL,
  70209: INTERNAL,
  70210: NOT_PERMITTED,
  70211: NOT_PERMITTED,
  70212: INTERNAL,
  70213: INTERNAL,
  70214: USERSIG_INVALID,
  70221: EXPIRED,
  70222: INTERNAL,
  70225: INTERNAL,
  70231: INTERNAL,
  70236: USERSIG_INVALID,
  70308: INTERNAL,
  70346: USERSIG_INVALID,
  70347: EXPIRED,
  70348: INTERNAL,
  70362: INTERNAL,
  70401: INTERNAL,
  70402: BAD_REQUEST,
  70403: NOT_PERMITTED,
};

const docs = [JOIN_CODES];

/** The account entries, `account:<code>`. */
export const accountEntries: readonly CatalogEntry[] = Object.entries(accountCodes).map(
  ([code, { text, actions }]) => entry('account', code, { text, actions, docs }),
);
