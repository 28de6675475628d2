/**
 * The one error the OData engine throws. The HTTP layer turns it into PowerOffice's
 * `success:false` envelope with `validation.exception = "OData"` and `summary = message`.
 *
 * Messages are ours, name the query option and a position, and may quote a property name the
 * client sent (bounded in length) but never a literal value: literals can carry anything,
 * including secrets pasted by mistake.
 */
export class ODataError extends Error {
  override readonly name = 'ODataError';
  constructor(
    message: string,
    /** The query option at fault, e.g. `$filter`. */
    readonly option?: string,
    /** Zero-based character offset in that option's value, when known. */
    readonly position?: number,
  ) {
    super(message);
  }
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A client-supplied name made safe to quote: identifiers only, at most 64 characters. */
export function quoteName(name: string): string {
  return IDENT.test(name) ? `'${name}'` : '(unprintable name)';
}
