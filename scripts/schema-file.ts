import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.js';

/** Where the committed schema artifact lives. */
export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

/** The exact text `schema.graphql` must hold for the current code. */
export function renderSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
