/**
 * Writes the schema, sorted so that reordering code does not reorder the file, to
 * `schema.graphql` at the repository root: the artifact frontend codegen reads and the drift
 * test compares against.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemaFile, SCHEMA_FILE } from './schema-file.js';

const target = fileURLToPath(SCHEMA_FILE);
writeFileSync(target, renderSchemaFile());
console.log(`wrote ${target}`);
