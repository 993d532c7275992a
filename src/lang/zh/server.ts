/**
 * The Chinese words of the server's codes (`account:` and `join:` entries) and of the userSig inspector (each warning is `title|cause|fix`). Loaded when a problem needs them. The keys of `../en/server.ts`.
 */
import type { Parts } from '../types.js';

/** The entries' words by key. */
export const catalog: Parts['server']['catalog'] = {
  'account:70001': {
    title: 'userSig 已过期',
    cause: 'userSig 已过期；刚生成就过期说明有效期太短或为 0。',
    fix: ['在服务端重新生成 userSig（有效期以秒为单位）后重新进房。'],
    hint: '登录已过期。请刷新页面重新登录；如再次出现，请联系应用客服。',
  },
  // Also join:-10013, join:-100018.
  'account:70002': {
    title: 'userSig 校验失败',
    cause: 'userSig 为空、被截断或改动，或生成参数有误。',
    fix: ['传入完整的 userSig，用控制台的 UserSig 工具校验后重新生成。'],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:70009': {
    title: 'userSig 不匹配',
    cause: 'userSig 属于其他 userId 或 sdkAppId，或用了别的应用密钥。',
    fix: ['用本应用密钥为进房的 sdkAppId 和 userId 重新生成。'],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:70015': {
    title: '应用帐号配置异常',
    cause: 'sdkAppId 未完成帐号集成、未上传公钥，或帐号类型不匹配。',
    fix: ['核对控制台中的 sdkAppId；上传公钥后等十分钟再试。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  'account:70017': {
    title: '帐号服务内部错误',
    cause: '帐号服务（TLS）内部出错或超时，通常是暂时的。',
    fix: ['稍后重试；持续失败请联系 TLS 帐号支持（QQ 3268519604）。'],
    hint: '登录服务暂时不可用。请稍候重试；如持续失败，请联系应用客服。',
  },
  'account:70050': {
    title: '失败过多被限制',
    cause: '校验失败次数过多，暂时被限制。',
    fix: ['修正 userSig，一分钟后再试。'],
    hint: '登录尝试次数过多。请等一分钟后刷新页面。',
  },
  'account:70051': {
    title: '无操作权限',
    cause: '请求者不是该应用的开发者或管理员，或已被限制、拉黑。',
    fix: ['核对 sdkAppId；被限制时请联系 TLS 帐号支持（QQ 3268519604）。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  'account:70101': {
    title: '帐号请求不合法',
    cause: '请求为空、帐号格式不合法或未注册，或批量数量有误。',
    fix: [
      'userId 仅用字母、数字、`_`、`-`，不超过 32 字节。',
      '重试；仍失败请将报告发给技术支持。',
    ],
    hint: '无法登录通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'account:-8': {
    title: 'sdkAppId 不正确',
    cause: 'sdkAppId 不存在或填错。',
    fix: ['从控制台复制 sdkAppId，以数字传入。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  // Also join:-100013.
  'join:10006': {
    title: '服务欠费',
    cause: '帐号欠费或服务已停用。',
    fix: ['在控制台的应用“帐号信息”中查看服务状态，充值后重新进房。'],
    hint: '该应用的通话服务暂不可用，请联系应用客服。',
  },
  // Also join:-10015, join:-10020.
  'join:-10011': {
    title: '服务端临时错误',
    cause: '服务器内部错误、分配节点失败或超时。',
    fix: ['重试；仍失败请将报告发给技术支持。'],
    hint: '服务暂时异常，请稍候重试。',
  },
  'join:-10012': {
    title: 'roomId 不合法',
    cause: '没有传 roomId，或取值不合规。',
    fix: [
      '数字 roomId 取 1–4294967294；字符串 roomId 需 `createClient({ useStringRoomId: true })`。',
    ],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'join:-10016': {
    title: '创建房间失败',
    cause: '建房超出了流控限制。',
    fix: ['检查 roomId，降低建房频率后重试。'],
    hint: '服务暂时异常，请稍候重试。',
  },
  'join:-10018': {
    title: '缺少 privateMapKey',
    cause: '已开启高级权限控制，但进房时未带 privateMapKey。',
    fix: ['服务端生成后传入 `client.join({ roomId, privateMapKey })`。'],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
  'join:-10019': {
    title: 'privateMapKey 不合法',
    cause: 'privateMapKey 过期、与 userId 或 roomId 不符，或被截断。',
    fix: ['为当前 userId 和 roomId 重新生成。'],
    hint: '无法加入通话。请刷新页面；如再次出现，请联系应用客服。',
  },
};

/** What the userSig inspector writes. */
export const usersig: Parts['server']['usersig'] = {
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

/** The server part of the Chinese words. */
export const part: Parts['server'] = { catalog, usersig };
