/**
 * The join-room codes: the seed page's 9, plus the six-digit -100013 (out of credit) and -100018
 * (userSig check failed) that the server also sends. `join:<code>`.
 */
import { ACCOUNT, entry, texts, type EntrySpec } from './build.js';
import { USERSIG_INVALID } from './account.js';
import { RETRY_THEN_REPORT } from './shared.js';
import { CONSOLE, JOIN_CODES, PRIVATE_MAP_KEY } from './links.js';
import type { CatalogEntry, JoinCode } from './types.js';

const OUT_OF_CREDIT: EntrySpec = {
  actions: ACCOUNT,
  docs: [CONSOLE, JOIN_CODES],
  text: texts(
    [
      '服务欠费',
      '帐号欠费或服务已停用。',
      ['在控制台的应用“帐号信息”中查看服务状态，充值后重进。'],
    ],
    [
      'Out of credit',
      'The account is in arrears or the service is suspended.',
      ['Check the service status in the console (app > account info), top up, rejoin.'],
    ],
  ),
};

const SERVER_RETRY: EntrySpec = {
  actions: ACCOUNT,
  docs: [JOIN_CODES],
  text: texts(
    ['服务端临时错误', '服务器内部错误、分配节点失败或超时。', [RETRY_THEN_REPORT.zh]],
    [
      'Temporary server error',
      'A server error, node allocation failure or timeout.',
      [RETRY_THEN_REPORT.en],
    ],
  ),
};

const USERSIG: EntrySpec = { ...USERSIG_INVALID, docs: [JOIN_CODES] };

/** Every join code and its explanation. */
const joinCodes: Record<JoinCode, EntrySpec> = {
  10006: OUT_OF_CREDIT,
  [-10011]: SERVER_RETRY,
  [-10012]: {
    docs: [JOIN_CODES],
    text: texts(
      [
        'roomId 不合法',
        '没有传 roomId，或取值不合规。',
        [
          '数字 roomId 取 1–4294967294；字符串 roomId 需 `createClient({ useStringRoomId: true })`。',
        ],
      ],
      [
        'Invalid roomId',
        'The roomId is missing or invalid.',
        ['Use an integer 1–4294967294; string IDs need `createClient({ useStringRoomId: true })`.'],
      ],
    ),
  },
  [-10013]: USERSIG,
  [-10015]: SERVER_RETRY,
  [-10016]: {
    actions: ACCOUNT,
    docs: [JOIN_CODES],
    text: texts(
      ['创建房间失败', '建房超出了流控限制。', ['检查 roomId，降低建房频率后重试。']],
      [
        'Room creation failed',
        'Room creation hit flow-control limits.',
        ['Check the roomId, slow down room creation and retry.'],
      ],
    ),
  },
  [-10018]: {
    docs: [PRIVATE_MAP_KEY, JOIN_CODES],
    text: texts(
      [
        '缺少 privateMapKey',
        '已开启高级权限控制，但进房时未带 privateMapKey。',
        ['服务端生成后传入 `client.join({ roomId, privateMapKey })`。'],
      ],
      [
        'privateMapKey missing',
        'Advanced permission control is on, but the join had no privateMapKey.',
        ['Generate one on the server; pass it to `client.join({ roomId, privateMapKey })`.'],
      ],
    ),
  },
  [-10019]: {
    actions: ACCOUNT,
    docs: [PRIVATE_MAP_KEY, JOIN_CODES],
    text: texts(
      [
        'privateMapKey 不合法',
        'privateMapKey 过期、与 userId 或 roomId 不符，或被截断。',
        ['为当前 userId 和 roomId 重新生成。'],
      ],
      [
        'Invalid privateMapKey',
        'The privateMapKey is expired, for another userId or roomId, or truncated.',
        ['Regenerate it for this userId and roomId.'],
      ],
    ),
  },
  [-10020]: SERVER_RETRY,
  [-100013]: OUT_OF_CREDIT,
  [-100018]: USERSIG,
};

/** The join entries, `join:<code>`. */
export const joinEntries: readonly CatalogEntry[] = Object.entries(joinCodes).map(([code, spec]) =>
  entry('join', code, spec),
);
