/**
 * Notices: advice about how the page set the SDK up, found before anything failed. For developers
 * only (`audience: 'developer'`): an end user can do nothing about them. Their words are the
 * packs' `notices` records, by notice id.
 */
import type { NoticeId } from '../lang/types.js';
import { NO_TEXT, frozenText, localised, type Complete } from './build.js';
import type { CatalogEntry } from './types.js';

export type { NoticeId } from '../lang/types.js';

const IDS = ['v5:autoplay-dialog'] as const satisfies readonly NoticeId[];

/** Type check only: every notice of the packs has an entry. */
export type NoticesComplete = Complete<Exclude<NoticeId, (typeof IDS)[number]>>;

/** The notice entries: informational, developer audience, no actions. */
export const noticeEntries: readonly CatalogEntry[] = IDS.map((id) =>
  Object.freeze({
    id,
    kind: 'v5' as const,
    key: 'AUTOPLAY_DIALOG',
    severity: 'info' as const,
    audience: 'developer' as const,
    actions: Object.freeze([]),
    docs: Object.freeze([]),
    // Frozen all the way down, like every catalog entry: callers share this data.
    text: localised('v5-network', (part) => frozenText(part.notices[id]), NO_TEXT),
  }),
);
