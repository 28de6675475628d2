/**
 * The seeded client's chart of accounts: a subset of the Norwegian standard chart (NS 4102) that
 * the demo books use. One list so the ledger accounts the emulator serves
 * (`GeneralLedgerAccount`, accounting.md §1), the postings behind the reports (§11–§15) and the
 * vouchers, imports and bank transfers that post to them agree on every code.
 *
 * `vatCode` is the account's default VAT code (→ VatCode.code, seeded in `seed.ts`); `control`
 * marks the sub-ledger control accounts whose postings carry a customer, supplier or employee
 * code (§2, §11 `customerAccountNo`/`supplierAccountNo`/`employeeAccountNo`).
 */
export interface ChartAccount {
  readonly code: number;
  readonly name: string;
  readonly vatCode?: string;
  readonly control?: 'customer' | 'supplier' | 'employee';
}

export const CHART: readonly ChartAccount[] = [
  { code: 1200, name: 'Maskiner og anlegg' },
  { code: 1250, name: 'Inventar' },
  { code: 1280, name: 'Kontormaskiner' },
  { code: 1460, name: 'Innkjøpte varer for videresalg' },
  { code: 1500, name: 'Kundefordringer', control: 'customer' },
  { code: 1570, name: 'Andre kortsiktige fordringer' },
  { code: 1700, name: 'Forskuddsbetalt kostnad' },
  { code: 1920, name: 'Bankinnskudd' },
  { code: 1950, name: 'Bankinnskudd for skattetrekk' },
  { code: 2000, name: 'Aksjekapital' },
  { code: 2050, name: 'Annen egenkapital' },
  { code: 2400, name: 'Leverandørgjeld', control: 'supplier' },
  { code: 2600, name: 'Forskuddstrekk' },
  { code: 2700, name: 'Utgående merverdiavgift, høy sats' },
  { code: 2701, name: 'Utgående merverdiavgift, middels sats' },
  { code: 2702, name: 'Utgående merverdiavgift, lav sats' },
  { code: 2710, name: 'Inngående merverdiavgift, høy sats' },
  { code: 2711, name: 'Inngående merverdiavgift, middels sats' },
  { code: 2712, name: 'Inngående merverdiavgift, lav sats' },
  { code: 2740, name: 'Oppgjørskonto merverdiavgift' },
  { code: 2770, name: 'Skyldig arbeidsgiveravgift' },
  { code: 2910, name: 'Gjeld til ansatte', control: 'employee' },
  { code: 2940, name: 'Skyldige feriepenger' },
  { code: 2960, name: 'Påløpt kostnad' },
  { code: 3000, name: 'Salgsinntekt, avgiftspliktig', vatCode: '3' },
  { code: 3020, name: 'Salgsinntekt, avgiftspliktig, middels sats', vatCode: '31' },
  { code: 3030, name: 'Salgsinntekt, avgiftspliktig, lav sats', vatCode: '33' },
  { code: 3100, name: 'Salgsinntekt, avgiftsfri', vatCode: '5' },
  { code: 3200, name: 'Salgsinntekt, utenfor avgiftsområdet', vatCode: '6' },
  { code: 4000, name: 'Innkjøp av råvarer og halvfabrikata', vatCode: '1' },
  { code: 4300, name: 'Innkjøp av varer for videresalg', vatCode: '1' },
  { code: 5000, name: 'Lønn til ansatte' },
  { code: 5180, name: 'Påløpte feriepenger' },
  { code: 5400, name: 'Arbeidsgiveravgift' },
  { code: 6300, name: 'Leie lokale', vatCode: '0' },
  { code: 6540, name: 'Inventar', vatCode: '1' },
  { code: 6800, name: 'Kontorrekvisita', vatCode: '1' },
  { code: 6900, name: 'Telefon', vatCode: '1' },
  { code: 7100, name: 'Bilgodtgjørelse, oppgavepliktig' },
  { code: 7140, name: 'Reisekostnad, ikke oppgavepliktig', vatCode: '11' },
  { code: 7350, name: 'Representasjon, fradragsberettiget', vatCode: '1' },
  { code: 7770, name: 'Bank- og kortgebyrer' },
  { code: 8040, name: 'Renteinntekt' },
  { code: 8150, name: 'Rentekostnad' },
];

/** The output-VAT account that a sales line with `vatCode` posts its VAT to (none for 0 %). */
export const OUTPUT_VAT_ACCOUNT: Readonly<Record<string, number>> = {
  '3': 2700,
  '31': 2701,
  '33': 2702,
};
/** The input-VAT account that a purchase line with `vatCode` posts its VAT to (none for 0 %). */
export const INPUT_VAT_ACCOUNT: Readonly<Record<string, number>> = {
  '1': 2710,
  '11': 2711,
  '13': 2712,
};

/** The control accounts, by the kind of sub-ledger they summarise. */
export const CONTROL_ACCOUNT = { customer: 1500, supplier: 2400, employee: 2910 } as const;
/** The bank account the seeded company pays from and into. */
export const BANK_ACCOUNT = 1920;
