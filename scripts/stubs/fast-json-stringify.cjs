// Stands in for fast-json-stringify in the production bundle (scripts/build.ts). graphql-jit
// requires it when loaded but calls it only with `customJSONSerializer`, which the server never
// sets (src/plugins/compiled-execution.ts): bundling it would add its JSON-schema compiler
// (ajv and friends, about 230 KB) to every server for nothing.
module.exports = function fastJsonStringify() {
  throw new Error('fast-json-stringify is not in the bundle: customJSONSerializer is off');
};
