/**
 * The v5 SDK's entries (`trtc-sdk-v5`): its 8 top-level codes, its own extra codes and the event
 * payloads worth explaining (`kicked-out` reasons, `autoplay-failed`). Ids: `v5:5300` (a code),
 * `v5:5302` (an extra code, `key` and `code` of its top-level code: `DEVICE_ERROR`, 5300),
 * `v5:kicked-out/kick`. The words are the packs' `v5` records (`src/lang/<lang>/v5.ts`), by
 * entry name; this table holds only what differs between entries: actions, severity, guide, links.
 */
import {
  ACCOUNT,
  CAPTURE,
  ENVIRONMENT,
  FIREWALL_GUIDE,
  INFO,
  MEDIA_PATH,
  NETWORK,
  NO_DEVICE,
  NONE,
  PERMISSION_GUIDE,
  NO_TEXT,
  REPORT,
  WARNING,
  frozenText,
  localised,
  type Complete,
  type More,
} from './build.js';
import { CHROME_AUTOPLAY, PORTS } from './links.js';
import { partOfV5 } from '../lang/registry.js';
import type { LineKey } from '../lang/types.js';
import type {
  ActionId,
  CatalogEntry,
  DocLink,
  V5EntryName,
  V5ErrorCode,
  V5Words,
} from './types.js';

const { freeze } = Object;

/** The top-level codes by value, as `TRTC.ERROR_CODE` names them (the `key` of their entries). */
export const V5_ERROR_KEYS: Readonly<Record<V5ErrorCode, string>> = freeze({
  5000: 'INVALID_PARAMETER',
  5100: 'INVALID_OPERATION',
  5200: 'ENV_NOT_SUPPORTED',
  5300: 'DEVICE_ERROR',
  5400: 'SERVER_ERROR',
  5500: 'OPERATION_FAILED',
  5998: 'OPERATION_ABORT',
  5999: 'UNKNOWN_ERROR',
});

const V5_DOC = 'https://web.sdk.qcloud.com/trtc/webrtc/v5/doc/';

/**
 * A page of the v5 docs twice, English and Chinese (the site has one URL per language), each
 * labelled in every language: the page's title (the line `title`, its `{key}` filled), then the
 * site's line (`v5-site:en`: "{page}（英文）" in Chinese, the title alone in English).
 */
function pages(page: string, title: LineKey, key = ''): readonly DocLink[] {
  return freeze(
    (['en', 'zh-cn'] as const).map((site) =>
      freeze({
        url: `${V5_DOC}${site}/${page}`,
        label: localised(
          'base',
          ({ lines }) =>
            lines[`v5-site:${site}`].replace('{page}', lines[title].replace('{key}', key)),
          '',
        ),
      }),
    ),
  );
}

/** The v5 error-code page at a top-level code's own section. */
const errorPages = (key: string): readonly DocLink[] =>
  pages(`module-ERROR_CODE.html#.${key}`, 'v5:error-code', key);

/** Ports, domains, TURN and proxy for v5, with the ports table the 4.x entries link. */
const FIREWALL_PAGES = [...pages('tutorial-34-advanced-proxy.html', 'v5:proxy'), PORTS];
const AUTOPLAY_PAGES = [
  ...pages('tutorial-21-advanced-auto-play-policy.html', 'v5:autoplay'),
  CHROME_AUTOPLAY,
];
const AUTOPLAY: More = { severity: 'warning', guide: 'autoplay' };
const KICKED_PAGES = pages('module-EVENT.html#.KICKED_OUT', 'v5:kicked-out');

/** Codes that share everything but their words: space-separated codes, actions, more, links. */
type Group = readonly [
  codes: string,
  actions: readonly ActionId[],
  more?: More,
  docs?: readonly DocLink[],
];

const groups = [
  [
    '5000 5001 5002 5003 5004 5005 5006 5007 5008 5009 5010 5011 5012 5013 5014 5015 5016 5017 5018 5019',
    NONE,
  ],
  ['5020 5102 5103 5104', NONE, WARNING],
  ['5100 5101 5105 5106 5107 5108 5109', NONE],
  ['5200 5201 5202 5203 5204 5205 5207 5208 5209 5210', ENVIRONMENT],
  ['5206', ENVIRONMENT, WARNING],
  ['5300 5303 5307 5308 5309', CAPTURE],
  ['5301 5304', NO_DEVICE],
  // The system, not the browser, may have refused: `error.handler()` opens its settings.
  [
    '5302',
    freeze<ActionId[]>(['request-permission', 'open-system-settings', 'check-devices']),
    PERMISSION_GUIDE,
  ],
  ['5305', freeze<ActionId[]>(['retry-capture'])],
  ['5306', ENVIRONMENT],
  ['5310', freeze<ActionId[]>(['check-devices'])],
  ['5400', ACCOUNT],
  ['5401 5999', REPORT],
  ['5500 5502', NETWORK],
  ['5501', MEDIA_PATH, FIREWALL_GUIDE, FIREWALL_PAGES],
  ['5503', NONE, WARNING],
  ['5504 5505 5506 5507 5508', freeze<ActionId[]>(['check-environment', 'copy-report'])],
  ['5998', NONE, INFO],
  // Event payloads: `kicked-out` reasons and `autoplay-failed`.
  ['kicked-out/kick', freeze<ActionId[]>(['rejoin']), undefined, KICKED_PAGES],
  ['kicked-out/banned kicked-out/room_disband', NONE, WARNING, KICKED_PAGES],
  ['autoplay-failed', freeze<ActionId[]>(['resume-playback']), AUTOPLAY, AUTOPLAY_PAGES],
  // No `resume()` to call below 5.9: the words say what to do instead.
  ['autoplay-failed/no-resume', NONE, AUTOPLAY, AUTOPLAY_PAGES],
] as const satisfies readonly Group[];

/** The codes of a space-separated list, as a union. */
type Codes<S> = S extends `${infer Head} ${infer Tail}` ? Head | Codes<Tail> : S;

/** Type check only: every v5 code, extra code and event entry has a group. */
export type V5EntriesComplete = Complete<
  Exclude<`${V5EntryName}`, Codes<(typeof groups)[number][0]>>
>;

/** The top-level code of a code or extra code: 5302 -> 5300; 5998 and 5999 are their own. */
export const v5TopCode = (code: number): number => (code >= 5998 ? code : code - (code % 100));

function toEntry(name: string, [, actions, more, docs]: Group): CatalogEntry {
  const numeric = Number(name);
  const top = v5TopCode(numeric) as V5ErrorCode;
  const key = numeric ? V5_ERROR_KEYS[top] : (name.split('/')[0] ?? name);
  return freeze({
    id: `v5:${name}`,
    kind: 'v5' as const,
    key,
    ...(numeric ? { code: top } : {}),
    severity: 'error' as const,
    actions,
    docs: numeric ? freeze([...errorPages(key), ...(docs ?? NONE)]) : (docs ?? NONE),
    ...more,
    text: words(numeric || name),
  });
}

/** The words of the v5 entry `name`, from its part (by code: `partOfV5`). */
function words(name: number | string) {
  const entry = name as V5EntryName;
  const read = (part: { readonly v5: object }) => frozenText((part.v5 as Partial<V5Words>)[entry]);
  return localised(partOfV5(entry), read, NO_TEXT);
}

/** The v5 entries: codes in code order, then the event entries. */
export const v5Entries: readonly CatalogEntry[] = freeze(
  (groups as readonly Group[])
    .flatMap((group) => group[0].split(' ').map((name) => toEntry(name, group)))
    .sort((a, b) => (a.id < b.id ? -1 : 1)),
);
