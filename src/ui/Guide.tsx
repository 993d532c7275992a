/** The longer guides inside a card: firewall ports and unblocking camera/microphone. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import {
  BROWSERS,
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
 * How to unblock the camera and microphone in this browser; the other browsers' steps behind a
 * disclosure (all of them open when the browser is not known). `open` when the browser has just
 * refused: then it is the only way forward.
 */
export function UnblockGuide({ m, open }: { m: PanelModel; open: boolean }) {
  const rows = unblockSteps(m.doctor.settings.value.lang);
  const current = detectBrowser(typeof navigator === 'object' ? navigator.userAgent : '');
  const item = (i: number) => {
    const id = BROWSERS[i]!;
    const [name, steps] = rows[i]!.split('|');
    return (
      <li key={id} data-browser={id} class={id === current ? 'cur' : undefined}>
        <strong>
          {name}
          {id === current && ` (${m.t('yourBrowser')})`}
        </strong>
        : {steps}
      </li>
    );
  };
  const mine = BROWSERS.indexOf(current!);
  // The operating system's own switch can block any browser: it stays beside this browser's.
  const shown = [mine, BROWSERS.indexOf('system')];
  const others = BROWSERS.flatMap((_, i) => (shown.includes(i) ? [] : [item(i)]));
  return (
    <details class="guide" part="guide" data-guide="unblock-permission" open={open}>
      <summary>{m.t('unblockTitle')}</summary>
      {mine >= 0 ? (
        [
          <ul>{shown.map(item)}</ul>,
          <details data-others>
            <summary>{m.t('otherBrowsers')}</summary>
            <ul>{others}</ul>
          </details>,
        ]
      ) : (
        <ul>{BROWSERS.map((_, i) => item(i))}</ul>
      )}
    </details>
  );
}
