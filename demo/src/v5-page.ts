/**
 * What the three v5 pages share: the list of real-error and simulate buttons (made here from one
 * table, so the pages' HTML stays short), their wiring to the kit, the log, and the language
 * switch for the v5 words and the shared ones.
 */
import type { Lang } from '../../src/index';
import { setUpLanguageSwitch } from './i18n';
import { createLog, must, readRoomFields } from './page';
import { createV5Kit, type TrtcV5, type V5Hooks, type V5Kit, type V5Run } from './v5-kit';
import { applyV5Lang } from './v5-words';

/** The buttons of each list, in order; each has a `<run>` word and a `<run>Note` word. */
const LISTS: Record<'real' | 'simulate', readonly V5Run[]> = {
  real: [
    'enterEmpty',
    'roomIdString',
    'roomIdZero',
    'camera',
    'viewMissing',
    'seiOff',
    'remoteBeforeEnter',
    'switchRoleBeforeEnter',
    'enter',
  ],
  simulate: ['kickedOut', 'autoplayFailed', 'firewall'],
};

/** Fills each `<ul data-v5-runs="real|simulate">` with its buttons and their notes. */
function fillLists(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-v5-runs]')) {
    const runs = LISTS[list.dataset.v5Runs as keyof typeof LISTS] ?? [];
    list.replaceChildren(
      ...runs.map((run) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.v5Run = run;
        button.dataset.v5I18n = run;
        const note = document.createElement('span');
        note.dataset.v5I18n = `${run}Note`;
        item.append(button, note);
        return item;
      }),
    );
  }
}

/**
 * Sets up a v5 page: its buttons call the real SDK through the kit, the log shows what the SDK
 * did, and the language switch translates the page and calls `onLang` (which tells the doctor).
 * Returns the starting language and the kit.
 */
export function setUpV5Page(
  trtc: TrtcV5,
  onLang: (lang: Lang) => void,
  hooks?: V5Hooks,
): { lang: Lang; kit: V5Kit } {
  fillLists();
  const lang = setUpLanguageSwitch((next) => {
    applyV5Lang(next);
    onLang(next);
  });
  applyV5Lang(lang);
  onLang(lang);

  const kit = createV5Kit(trtc, createLog(must('#log')), hooks);
  const player = must('#player');
  const form = document.querySelector<HTMLFormElement>('#room');
  form?.addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-v5-run]')) {
    const name = button.dataset.v5Run as V5Run;
    if (typeof kit[name] !== 'function') continue;
    button.addEventListener('click', () => void kit[name](readRoomFields(form), player));
  }
  return { lang, kit };
}
