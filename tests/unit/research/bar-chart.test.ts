import { describe, expect, it } from 'vitest';
import { barChart, escapeXml } from '../../../src/research/bar-chart.js';

const bars = [
  { label: 'Start', value: 4, valueText: '4 reached' },
  { label: 'Your <partner> & "you"', value: 2, valueText: '2 reached' },
  { label: 'Nobody here', value: 0, valueText: '0 reached' },
];

function chart() {
  return barChart({ id: 'test-chart', title: 'Reached', description: 'Bars of pages', bars });
}

describe('barChart', () => {
  it('is an image named by its title and description', () => {
    const svg = chart();
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="test-chart-title test-chart-desc"');
    expect(svg).toContain('<title id="test-chart-title">Reached</title>');
    expect(svg).toContain('<desc id="test-chart-desc">Bars of pages</desc>');
  });

  it('draws bars in proportion and labels each', () => {
    const svg = chart();
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    const labels = [...svg.matchAll(/class="app-chart__label"[^>]*>([^<]*)</g)].map((match) => match[1]);
    const values = [...svg.matchAll(/class="app-chart__value"[^>]*>([^<]*)</g)].map((match) => match[1]);

    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2);
    expect(labels).toEqual(['Start', 'Your &lt;partner&gt; &amp; &quot;you&quot;', 'Nobody here']);
    expect(values).toEqual(['4 reached', '2 reached', '0 reached']);
  });

  it('cuts long labels with an ellipsis', () => {
    const svg = barChart({ id: 'long', title: 't', description: 'd', bars: [{ label: 'word '.repeat(40), value: 1, valueText: '1' }] });
    const label = /class="app-chart__label"[^>]*>([^<]*)</.exec(svg)?.[1] ?? '';
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(84);
  });

  it('rejects an id that is not a plain name', () => {
    expect(() => barChart({ id: '1 "x"', title: 't', description: 'd', bars })).toThrow(/Invalid chart id/);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
