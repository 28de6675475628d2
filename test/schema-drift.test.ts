import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemaFile, SCHEMA_FILE } from '../scripts/schema-file.js';

/** Where two texts first differ, as `line N: committed | code` for the failure message. */
function firstDifference(committed: string, current: string): string {
  const a = committed.split('\n');
  const b = current.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      return `first difference at line ${i + 1}:\n  committed: ${a[i] ?? '<end of file>'}\n  code:      ${b[i] ?? '<end of file>'}`;
    }
  }
  return 'no line differs';
}

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = renderSchemaFile();
    if (committed !== current) {
      expect.fail(
        'schema.graphql is out of date with the code: run `npm run schema:print`, review the ' +
          'diff (it is what frontend teams will see) and commit it, then `npm run codegen`.\n' +
          firstDifference(committed, current),
      );
    }
    expect(committed).toBe(current);
  });
});
