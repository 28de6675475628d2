// The CommonJS entry on purpose: graphql 16 has no `exports` map, so Node (and Pothos, which
// built the schema) load `index.js`, while Vite would pick `index.mjs` for a bare 'graphql' in
// this file, and graphql refuses to mix types of the two copies under vitest.
import { lexicographicSortSchema, printSchema } from 'graphql/index.js';
import { schema } from '../src/schema/index.js';

/** Where the committed schema artifact lives. */
export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

/** The exact text `schema.graphql` must hold for the current code. */
export function renderSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
