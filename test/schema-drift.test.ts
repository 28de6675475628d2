import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemaFile, SCHEMA_FILE } from '../scripts/schema-file.js';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = renderSchemaFile();
    if (committed !== current) {
      expect.fail(
        'schema.graphql is out of date with the code: run `npm run schema:print`, review the ' +
          'diff (it is what frontend teams will see) and commit it, then `npm run codegen`.',
      );
    }
    expect(committed).toBe(current);
  });
});
