/** Amount arithmetic shared by the seed and the invoice rules, so both always agree. */

/** Rounds to øre, half away from zero, so a credit note's amounts mirror its invoice's. */
export function round2(x: number): number {
  const r = Math.round((Math.abs(x) + Number.EPSILON) * 100) / 100;
  return x < 0 ? -r : r;
}

export interface LineAmounts {
  readonly netAmount: number;
  readonly totalAmount: number;
}

/**
 * Net = quantity × unit price × (1 − discount fraction); total adds VAT at `vatRatePercent`.
 * Text and summary lines carry no amount.
 */
export function lineAmounts(
  quantity: number,
  unitPrice: number,
  discountFraction: number,
  vatRatePercent: number,
): LineAmounts {
  const net = round2(quantity * unitPrice * (1 - discountFraction));
  return { netAmount: net, totalAmount: round2(net + round2((net * vatRatePercent) / 100)) };
}

/** Invoice totals are the sums of its line amounts (reference B9: "calculated from the lines"). */
export function invoiceTotals(lines: ReadonlyArray<Record<string, unknown>>): LineAmounts {
  let net = 0;
  let total = 0;
  for (const l of lines) {
    net += typeof l.netAmount === 'number' ? l.netAmount : 0;
    total += typeof l.totalAmount === 'number' ? l.totalAmount : 0;
  }
  return { netAmount: round2(net), totalAmount: round2(total) };
}
