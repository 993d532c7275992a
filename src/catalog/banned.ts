/**
 * The three `client-banned` reasons (`{ reason, message }` on the client, not an RtcError), each
 * explained on its own: `sdk:CLIENT_BANNED/kick`, `/banned`, `/room-disband`, all with the key
 * `CLIENT_BANNED` and its code, so a lookup by code still finds the plain `sdk:CLIENT_BANNED`.
 */
import { entry, texts, type EntrySpec } from './build.js';
import { SDK_CODES } from './sdk.js';
import type { CatalogEntry } from './types.js';

const bannedSpecs: Record<'kick' | 'banned' | 'room-disband', EntrySpec> = {
  kick: {
    actions: ['rejoin'],
    text: texts(
      [
        '同一帐号在别处进房',
        '同一 userId 在另一端进房，本端被踢；同名用户同时在房会导致音视频异常。',
        ['为每个用户和设备使用唯一 userId，勿自动重进。'],
        '帐号已在别处进房，请关闭其他页面后再进入。',
      ],
      [
        'userId joined elsewhere',
        'The same userId joined from another client; one userId twice breaks the call.',
        ['Use a unique userId per user and device; do not auto-rejoin.'],
        'Joined elsewhere: close the other tab, then rejoin.',
      ],
    ),
  },
  banned: {
    severity: 'warning',
    text: texts(
      [
        '被管理员移出',
        '服务端 API 或管理员将该用户移出了房间。',
        ['告知用户；如非预期，检查服务端调用。'],
      ],
      [
        'Removed by the app',
        'Your server API or an admin removed this user.',
        ['Tell the user; if unexpected, check your server.'],
      ],
    ),
  },
  'room-disband': {
    severity: 'warning',
    text: texts(
      ['房间已解散', '房间被服务端 API 解散，所有人已退出。', ['提示用户通话已结束。']],
      [
        'Room dismissed',
        'The server dismissed the room; everyone left.',
        ['Tell the user the call has ended.'],
      ],
    ),
  },
};

/** The `client-banned` entries. */
export const bannedEntries: readonly CatalogEntry[] = Object.entries(bannedSpecs).map(
  ([reason, spec]) =>
    entry('sdk', `CLIENT_BANNED/${reason}`, {
      ...spec,
      key: 'CLIENT_BANNED',
      code: SDK_CODES.CLIENT_BANNED,
    }),
);
