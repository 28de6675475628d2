import type { GraphiQLOptions } from 'graphql-yoga';
import { GRAPHIQL_ASSET_PREFIX } from './assets.js';

/** JSON that is safe inside an inline `<script>`: no `</script>` or HTML comment can form. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Renders the GraphiQL page with every asset on this server's origin (Yoga's stock page loads
 * them from unpkg.com, which corporate networks and offline machines cannot reach).
 * The favicon is an empty data URL so the browser does not ask anyone for one.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const title = options.title ?? 'GraphiQL';
  const asset = (name: string) => `${GRAPHIQL_ASSET_PREFIX}${name}`;
  const workers = {
    editorWorkerService: asset('monacoeditorwork/editor.worker.bundle.js'),
    json: asset('monacoeditorwork/json.worker.bundle.js'),
    graphql: asset('monacoeditorwork/graphql.worker..bundle.js'),
  };
  // Yoga's GraphiQL opens with `query` (or its welcome text), not with `defaultQuery`.
  const props = { ...options, query: options.defaultQuery };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.css')}">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root">Loading ${escapeHtml(title)}…</div>
<script>
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    var urls = ${scriptJson(workers)};
    return urls[label] || urls.editorWorkerService;
  },
};
</script>
<script src="${asset('yoga-graphiql.umd.js')}"></script>
<script>
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(props)});
</script>
</body>
</html>
`;
}
