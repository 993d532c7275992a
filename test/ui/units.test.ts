import { render } from '@testing-library/preact';
import { createElement } from 'preact';
import { describe, expect, it } from 'vitest';
import { BROWSERS, detectBrowser, unblockSteps } from '../../src/ui/guides';
import { pack as en } from '../../src/lang/en/index';
import { useAllPacks } from '../../src/lang/all';
import { pack as zh } from '../../src/lang/zh/index';
import { matchesShortcut, parseShortcut } from '../../src/core/shortcut';
import { DARK, LIGHT } from '../../src/ui/styles';
import type { ColorRole } from '../../src/ui/styles';
import { Time, relativeTime } from '../../src/ui/time';

describe('parseShortcut / matchesShortcut', () => {
  it('parses modifiers and one key, any case and spelling', () => {
    expect(parseShortcut('ctrl+shift+d')).toEqual({
      ctrl: true,
      shift: true,
      alt: false,
      meta: false,
      key: 'd',
    });
    expect(parseShortcut('Cmd+K')).toEqual({
      ctrl: false,
      shift: false,
      alt: false,
      meta: true,
      key: 'k',
    });
    expect(parseShortcut('alt+1')).toMatchObject({ alt: true, key: '1' });
  });

  it.each(['d', 'ctrl+', 'ctrl+shift', 'ctrl+dd', 'hyper+d', 'ctrl+ctrl+d', 'constructor+d', ''])(
    'rejects %j with a clear error',
    (text) => {
      expect(() => parseShortcut(text)).toThrow(
        /shortcut .* is not valid.*e\.g\. "ctrl\+shift\+d"/,
      );
    },
  );

  it('matches the physical key with exactly the modifiers', () => {
    const s = parseShortcut('alt+d');
    const ev = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(matchesShortcut(ev({ code: 'KeyD', key: '∂', altKey: true }), s)).toBe(true);
    expect(matchesShortcut(ev({ code: 'KeyD', key: 'd', altKey: true, shiftKey: true }), s)).toBe(
      false,
    );
    expect(matchesShortcut(ev({ code: 'KeyE', key: 'e', altKey: true }), s)).toBe(false);
    expect(
      matchesShortcut(ev({ code: 'Digit2', key: '2', ctrlKey: true }), parseShortcut('ctrl+2')),
    ).toBe(true);
  });
});

describe('unblock guide', () => {
  it.each([
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.40',
      'wechat',
    ],
    [
      'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.40',
      'wechat',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1',
      'ios',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36 Edg/126.0',
      'edge',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'firefox'],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
      'chrome',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15',
      'safari',
    ],
    ['curl/8', undefined],
  ])('detects %s', (ua, id) => {
    expect(detectBrowser(ua)).toBe(id);
  });

  it('covers the six browsers, in both languages, one "name|steps" row each', () => {
    expect(BROWSERS).toEqual(
      expect.arrayContaining(['chrome', 'edge', 'firefox', 'safari', 'ios', 'wechat']),
    );
    useAllPacks();
    for (const lang of ['en', 'zh'] as const) {
      expect(unblockSteps(lang)).toHaveLength(BROWSERS.length);
      for (const row of unblockSteps(lang)) {
        const [name, steps, extra] = row.split('|');
        expect(name, row).toMatch(/\S/);
        expect(steps, row).toMatch(lang === 'en' ? /\w{3}/ : /[\u4e00-\u9fff]/);
        expect(extra, row).toBeUndefined();
      }
    }
  });
});

describe('messages', () => {
  it('every key has both languages, non-empty, with the same placeholders', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [k, text] of Object.entries(en.ui)) {
      const other = zh.ui[k as keyof typeof zh.ui];
      expect(text, k).not.toBe('');
      expect(other, k).not.toBe('');
      expect(holes(other), k).toEqual(holes(text));
    }
  });
});

describe('relativeTime', () => {
  const now = Date.UTC(2024, 0, 1, 12);
  it('says how long ago, in the language', () => {
    expect(relativeTime(now - 2 * 60_000, 'en', now)).toMatch(/^2 min\. ago$|^2 minutes ago$/);
    expect(relativeTime(now - 3 * 3600_000, 'en', now)).toMatch(/^3 hr\. ago$|^3 hours ago$/);
    expect(relativeTime(now, 'en', now)).toBe('now');
    expect(relativeTime(now - 2 * 60_000, 'zh', now)).toBe('2分钟前');
  });
});

// WCAG 2 relative luminance and contrast ratio.
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('default colours meet WCAG AA', () => {
  const text: ColorRole[] = ['fg', 'muted', 'accent', 'error', 'warning', 'info', 'ok'];
  const filled: ColorRole[] = ['accent', 'error', 'warning', 'info', 'ok'];
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)(
    '%s: text on backgrounds >= 4.5, text on filled colours >= 4.5, borders >= 3',
    (_, p) => {
      for (const fg of text)
        for (const bg of ['bg', 'surface'] as const) {
          expect(contrast(p[fg], p[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      for (const bg of filled)
        expect(contrast(p.on, p[bg]), `on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.border, p.bg), 'border').toBeGreaterThanOrEqual(3);
    },
  );
});

describe('Time', () => {
  it('renders nothing for a time that is not a number, instead of throwing', () => {
    const { container } = render(createElement(Time, { at: Number.NaN, lang: 'en' }));
    expect(container.innerHTML).toBe('');
    const ok = render(createElement(Time, { at: Date.now() - 5_000, lang: 'en' }));
    expect(ok.container.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-/);
  });
});
