import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the example operations, generated from the committed schema artifact
 * (not from a running server, so codegen works offline and in CI). A frontend team copies this
 * file, points `documents` at its own components, and `graphql()` returns TypedDocumentNodes that
 * Apollo, urql and React Query accept as they are.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/operations/*.graphql'],
  ignoreNoDocuments: false,
  // Relative imports with `.js`, as NodeNext resolution (our tsconfig) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/generated/': {
      preset: 'client',
      presetConfig: {
        // Fragment masking is a UI-components habit; the examples read results directly.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // Types for what the operations use, not the whole schema: smaller files and no churn
        // when an unrelated part of the schema changes.
        onlyOperationTypes: true,
        enumsAsTypes: true,
        // Every custom scalar of the schema, as it travels in JSON.
        scalars: {
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
          Long: { input: 'number', output: 'number' },
        },
        strictScalars: true,
      },
    },
  },
};

export default config;
