/** The longer guides inside a card: firewall ports, unblocking camera/microphone, autoplay. */
import {
  FIREWALL_DOC,
  MEDIA_UDP_PORTS,
  SDK_DOMAINS,
  detectBrowser,
  unblockSteps,
} from './guides.js';
import type { PanelModel } from './model.js';

/** Ports and domains to allow, and the official page that keeps the list current. */
export function FirewallGuide({ m }: { m: PanelModel }) {
  return (
    <div class="guide" part="guide" data-guide="firewall">
      <strong>{m.t('fwTitle')}</strong>
      <ul>
        <li>{m.t('fwSignal')}</li>
        <li>{m.t('fwMedia', { ports: MEDIA_UDP_PORTS })}</li>
        <li>
          {m.t('fwDomains')}:{' '}
          {SDK_DOMAINS.map((d) => (
            <code key={d}>{d} </code>
          ))}
        </li>
      </ul>
      <a href={FIREWALL_DOC} target="_blank" rel="noopener noreferrer">
        {m.t('fwOfficial')}
      </a>
    </div>
  );
}

/**
 * How to unblock the camera and microphone, per browser, this browser first and marked. `open`
 * when the browser has just refused: then it is the only way forward.
 */
export function UnblockGuide({ m, open }: { m: PanelModel; open: boolean }) {
  const lang = m.doctor.settings.value.lang;
  const current = detectBrowser(typeof navigator === 'object' ? navigator.userAgent : '');
  const steps = [...unblockSteps].sort((a, b) => +(b.id === current) - +(a.id === current));
  return (
    <details class="guide" part="guide" data-guide="unblock-permission" open={open}>
      <summary>{m.t('unblockTitle')}</summary>
      <ul>
        {steps.map((s) => (
          <li key={s.id} data-browser={s.id} class={s.id === current ? 'cur' : undefined}>
            <strong>
              {s.name[lang]}
              {s.id === current ? ` (${m.t('yourBrowser')})` : ''}
            </strong>
            : {s.steps[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}
