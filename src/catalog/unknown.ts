/**
 * The words for what the catalog does not hold: an unrecognised error, and the note on an error
 * from the v5 SDK (`trtc-sdk-v5`), whose codes differ from 4.x. Read from the loaded packs.
 */
import { line, words } from './build.js';
import type { EntryText, Lang, LocalText } from './types.js';

/** Generic next steps for an error the catalog does not know. */
export const unknownText: Readonly<Record<Lang, EntryText>> = words('unknown');

/** Shown beside a diagnosis of a v5 error: the guidance is the closest 4.x entry. */
export const v5Note: LocalText = line('note:v5');
