/**
 * The QA view: developer wording, the launcher always shown and the panel open (timeline,
 * environment, report are its tabs), real errors, and the simulate menu for every catalog entry.
 */
import TRTC from 'trtc-js-sdk';
import { catalog, createDoctor, type CatalogEntry, type Lang } from '../../src/index';
import { setUpLanguageSwitch } from './i18n';
import { createLog, must, wireRealErrors } from './page';
import { createRealErrorKit } from './real-errors';
import { createEmitter, createStandInClient, type StandInClient } from './simulate';

// Room for every catalog entry at once ("Emit all"), beyond the default bound.
const doctor = createDoctor({
  trtc: TRTC,
  audience: 'developer',
  maxProblems: catalog.length + 50,
});
const lang = setUpLanguageSwitch((next) => {
  doctor.configure({ lang: next });
  fillEntries(next);
});
doctor.configure({ lang });
doctor.mount({ mode: 'overlay', audience: 'developer', showLauncher: true });
doctor.open();

// A QA script can drive the menu too: `window.trtcDoctorDemo.simulate('sdk:PLAY_NOT_ALLOWED')`.
const emission = createEmitter(TRTC);
// One stand-in per entry: each simulated entry is its own problem (the doctor merges equal
// diagnoses from one source, and every account code is a JOIN_ROOM_FAILED).
const standIns = new Map<string, StandInClient>();
// The v5 entries come from a v5 instance's events: the v5 QA page (v5-qa.html) emits those.
const V4_ENTRIES = (catalog as readonly CatalogEntry[]).filter((e) => !e.id.startsWith('v5:'));
function simulate(id: string): boolean {
  const entry = V4_ENTRIES.find((e) => e.id === id);
  if (!entry) return false;
  let client = standIns.get(id);
  if (!client) {
    client = createStandInClient();
    doctor.watchClient(client, `simulated ${id}`);
    standIns.set(id, client);
  }
  const { event, payload } = emission(entry);
  client._emit(event, payload);
  return true;
}

const entrySelect = must<HTMLSelectElement>('#sim-entry');
/** The menu: every catalog entry, grouped by kind, titled in the page's language. */
function fillEntries(current: Lang): void {
  const chosen = entrySelect.value;
  const groups = new Map<string, HTMLOptGroupElement>();
  entrySelect.replaceChildren();
  for (const entry of V4_ENTRIES) {
    let group = groups.get(entry.kind);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = entry.kind;
      groups.set(entry.kind, group);
      entrySelect.append(group);
    }
    const title = entry.text[current].title;
    group.append(new Option(`${entry.key ?? entry.code ?? entry.id} — ${title}`, entry.id));
  }
  if (chosen) entrySelect.value = chosen;
}
fillEntries(lang);
must('#sim-emit').addEventListener('click', () => void simulate(entrySelect.value));
must('#sim-all').addEventListener('click', () => {
  for (const entry of V4_ENTRIES) simulate(entry.id);
});

const reportBox = must('#report');
must('#show-report').addEventListener('click', () => {
  reportBox.hidden = false;
  reportBox.textContent = doctor.report({ format: 'markdown' });
});

const kit = createRealErrorKit(TRTC, createLog(must('#log')), {
  onClient: (client) => doctor.watchClient(client),
  onStream: (stream, label) => doctor.watchStream(stream, label),
});
wireRealErrors(kit);

Object.assign(window, { trtcDoctorDemo: { doctor, simulate, catalog: V4_ENTRIES } });
