/**
 * What a field costs upstream, stated where the field is generated (`extensions.upstream`) and
 * read by the operation-limits rule (`plugins/limits.ts`) before execution, so every resource the
 * registry adds is costed without a hand table. A field without it costs no call (it reads its
 * parent's row).
 *
 * - `list`: one call each time the field resolves (a root list page, a root lookup, `node`).
 * - `batched`: the loader batches every parent of one level into one call per URL chunk of keys
 *   (forward references, plain reverse lists): `ceil(parents / keysPerCall)`.
 * - `relation`: a paged reverse list: one batched call per URL chunk, plus up to one call per
 *   parent when the batch holds more rows than the page needs (`loaders.related`).
 * - `perId`: one call per element of the list argument `arg` (`nodes(ids:)`), which may hold at
 *   most `max` elements (BAD_USER_INPUT above, before any upstream call).
 * - `detail`: the full row of `resource` (one GET per parent: PowerOffice has no batch route for
 *   it); every such field of one object shares that GET.
 */
export type UpstreamCost =
  | { readonly calls: 'list' | 'batched' | 'relation'; readonly detail?: string }
  | { readonly calls: 'perId'; readonly arg: string; readonly max: number }
  | { readonly calls: 'detail'; readonly detail: string };

/** The `extensions` entry of a field that costs `cost` upstream. */
export function upstream(cost: UpstreamCost): { upstream: UpstreamCost } {
  return { upstream: cost };
}
