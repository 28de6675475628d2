import { describe, expect, it } from 'vitest';
import { renderOfflineGraphiQL } from '../src/graphiql/render.js';

describe('renderOfflineGraphiQL', () => {
  it('keeps option text from closing the inline script or the title', () => {
    const html = renderOfflineGraphiQL({
      title: '<img src=x onerror=alert(1)>',
      defaultQuery: '# </script><script>alert(2)</script>\n{ __typename }',
    });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Only the page's own three script elements close.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(2)');
  });

  it('opens the editor with the default query', () => {
    const html = renderOfflineGraphiQL({ defaultQuery: '{ customers { totalCount } }' });
    const props = /renderYogaGraphiQL\(document\.getElementById\('root'\), (.*)\);/.exec(html);
    expect(JSON.parse(props?.[1] ?? 'null')).toMatchObject({
      query: '{ customers { totalCount } }',
    });
  });
});
