/**
 * What the three demo pages share: the log of what the SDK did, the room fields, and the wiring
 * of the real-error buttons (`data-run="<kit method>"`).
 */
import { describeError, type LogFn, type RealErrorKit, type RoomFields } from './real-errors';
import { t } from './i18n';

/** Looks up an element the page's HTML must have; a missing one is a bug in the page. */
export function must<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo: the page has no ${selector}`);
  return found;
}

/** Appends outcomes to the page's log list, newest first, as text (SDK text is never HTML). */
export function createLog(list: HTMLElement): LogFn {
  must('[data-clear-log]').addEventListener('click', () => list.replaceChildren());
  return (what, error) => {
    const item = document.createElement('li');
    item.className = error === undefined ? 'ok' : 'failed';
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const head = document.createElement('strong');
    head.textContent = what;
    const detail = document.createElement('pre');
    detail.textContent = error === undefined ? t('ok') : describeError(error);
    item.append(time, ' ', head, detail);
    list.prepend(item);
    if (error !== undefined) console.warn(`demo: ${what} failed:`, error);
  };
}

/** The room fields of the page's form (`name="sdkAppId"` ...), empty strings when absent. */
export function readRoomFields(form: HTMLFormElement | null): RoomFields {
  const data = form ? new FormData(form) : undefined;
  const read = (name: string): string => String(data?.get(name) ?? '');
  return {
    sdkAppId: read('sdkAppId'),
    userId: read('userId'),
    userSig: read('userSig'),
    roomId: read('roomId'),
  };
}

/** Connects each `[data-run]` button to the kit, and starts playback at once on `?autoplay`. */
export function wireRealErrors(kit: RealErrorKit): void {
  const player = must<HTMLDivElement>('#player');
  const form = document.querySelector<HTMLFormElement>('#room');
  form?.addEventListener('submit', (event) => event.preventDefault());
  const runs: Record<string, () => unknown> = {
    badParams: () => kit.badParams(),
    publishBeforeJoin: () => kit.publishBeforeJoin(),
    capture: () => kit.capture(player),
    join: () => kit.join(readRoomFields(form)),
    publish: () => kit.publish(player),
    leave: () => kit.leave(),
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-run]')) {
    const run = runs[button.dataset.run ?? ''];
    if (run) button.addEventListener('click', () => void run());
  }
  if (new URLSearchParams(location.search).has('autoplay')) {
    must('[data-autoplay-status]').hidden = false;
    // On load, before any click: the browser's autoplay policy blocks the sound.
    void kit.playGenerated(player);
  }
}
