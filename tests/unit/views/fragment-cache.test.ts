import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';

import { FragmentCache } from '../../../src/server/fragment-cache.js';

/** Returns a render function for one template source, with its own fragment cache. */
function template(source: string): (context: Record<string, unknown>) => string {
  const env = new nunjucks.Environment(null, { autoescape: true });
  env.addExtension('FragmentCache', new FragmentCache());
  return (context) => env.renderString(source, context);
}

describe('fragment tag', () => {
  it('renders the body once per key', () => {
    let calls = 0;
    const render = template('{% fragment "footer|" + name %}<p>{{ count() }} {{ name }}</p>{% endfragment %}');
    const count = () => (calls += 1);

    expect(render({ name: 'Shropshire', count })).toBe('<p>1 Shropshire</p>');
    expect(render({ name: 'Shropshire', count })).toBe('<p>1 Shropshire</p>');
    expect(render({ name: 'Lambeth', count })).toBe('<p>2 Lambeth</p>');
    expect(calls).toBe(2);
  });

  it('keeps escaping inside the body', () => {
    const render = template('{% fragment "name" %}<b>{{ name }}</b>{% endfragment %}');

    expect(render({ name: '<script>' })).toBe('<b>&lt;script&gt;</b>');
  });

  it('leaves the rest of the page uncached', () => {
    const render = template('{% fragment "banner" %}<p>Prototype</p>{% endfragment %}<main>{{ nonce }}</main>');

    expect(render({ nonce: 'a1' })).toBe('<p>Prototype</p><main>a1</main>');
    expect(render({ nonce: 'b2' })).toBe('<p>Prototype</p><main>b2</main>');
  });

  it('stops caching after 1000 keys', () => {
    let calls = 0;
    const render = template('{% fragment key %}{{ count() }}{% endfragment %}');
    const count = () => (calls += 1);
    for (let key = 0; key < 1000; key += 1) render({ key, count });

    render({ key: 'one more', count });
    render({ key: 'one more', count });
    expect(calls).toBe(1002);
    render({ key: 0, count });
    expect(calls).toBe(1002);
  });
});
