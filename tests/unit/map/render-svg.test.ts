import { describe, expect, it } from 'vitest';
import { inlineSvg, renderDot } from '../../../src/map/render-svg.js';

describe('inlineSvg', () => {
  it('drops the XML prologue and comments and adds a title', async () => {
    const svg = inlineSvg(await renderDot('digraph "g" { "a-b" [id="map-node-a-b"]; }'), {
      title: 'Map of <b>"this"</b> & that',
      titleId: 'map-title',
      className: 'app-journey-map__svg',
    });

    expect(svg).toMatch(/^<svg class="app-journey-map__svg" aria-labelledby="map-title" width="/);
    expect(svg).toContain('>\n<title id="map-title">Map of &lt;b&gt;&quot;this&quot;&lt;/b&gt; &amp; that</title>');
    expect(svg).toContain('<g id="map-node-a-b" class="node">');
    expect(svg).not.toContain('<?xml');
    expect(svg).not.toContain('<!DOCTYPE');
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('&#45;');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('rejects a title id that is not a plain name', () => {
    expect(() => inlineSvg('<svg></svg>', { title: 'x', titleId: 'a"b', className: 'x' })).toThrow(/titleId 'a"b' is not valid/);
  });

  it('rejects output with no SVG element', () => {
    expect(() => inlineSvg('<html></html>', { title: 'x', titleId: 'x', className: 'x' })).toThrow('Graphviz output has no <svg> element');
  });
});
