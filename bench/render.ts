/**
 * Re-renders bench/RESULTS.md from bench/results.json (same figures, current report layout):
 * `npx tsx bench/render.ts [results.json] [RESULTS.md]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderMarkdown } from './lib/report.js';
import type { Results } from './run.js';
import { SCENARIOS } from './scenarios.js';

const [input = 'bench/results.json', output = 'bench/RESULTS.md'] = process.argv.slice(2);
const results = JSON.parse(readFileSync(input, 'utf8')) as Results;
writeFileSync(output, renderMarkdown(results, SCENARIOS, readAnalysis()));
console.log(`wrote ${output}`);

/** bench/analysis.md: commentary on the committed run, kept across re-renders. */
function readAnalysis(): string | undefined {
  try {
    return readFileSync(new URL('./analysis.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
