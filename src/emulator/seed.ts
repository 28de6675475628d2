import { allResources } from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';
import { invoiceTotals, lineAmounts, round2 } from './money.js';
import { createPrng, type Prng } from './prng.js';
import { BOOK_TABLES, seedBooks } from './seed-books.js';
import { seedLedger } from './seed-ledger.js';
import { seedSales } from './seed-sales.js';
import { seedTime } from './seed-time.js';
import { seedVouchers } from './seed-vouchers.js';
import { DAY_MS, formatDateTime, formatDateTimeOffset, type Row } from './wire.js';

/**
 * Deterministic demo data: Norwegian companies and people, products in groups with Norwegian VAT
 * rates, and invoices whose lines reference real products and whose totals are the sums of the
 * lines. Same seed + same anchor date → identical data.
 */

export type SeedScale =
  | 'tiny'
  | 'demo'
  | 'bench'
  | { customers: number; invoicesPerCustomer: number; products?: number };

export interface SeedOptions {
  readonly seed: number;
  readonly scale: SeedScale;
  /** "Today" for generated dates (epoch ms, UTC midnight). */
  readonly anchorMs: number;
  /** An agriculture client: ledger accounts keyed by code + department (seed-ledger.ts). */
  readonly agriculture?: boolean;
}

export interface SeedData {
  /** Rows per table (resource name: `Customer`, `OutgoingInvoice`, …). */
  readonly tables: Record<string, Row[]>;
  /** Next free ids of nested rows that have no table of their own (addresses, lines). */
  readonly next: Record<string, number>;
  /** Tables built on first use (the books), each group by one function; see `Store.defer`. */
  readonly deferred?: readonly DeferredSeed[];
}

export interface DeferredSeed {
  readonly tables: readonly string[];
  readonly build: () => { tables: Record<string, Row[]>; next: Record<string, number> };
}

interface Size {
  customers: number;
  invoicesPerCustomer: number;
  products: number;
  employees: number;
}

export function sizeOf(scale: SeedScale): Size {
  if (scale === 'tiny')
    return { customers: 12, invoicesPerCustomer: 3, products: 12, employees: 6 };
  if (scale === 'demo') {
    return { customers: 200, invoicesPerCustomer: 10, products: 60, employees: 20 };
  }
  if (scale === 'bench') {
    return { customers: 10_000, invoicesPerCustomer: 10, products: 500, employees: 60 };
  }
  const customers = Math.max(1, Math.floor(scale.customers));
  return {
    customers,
    invoicesPerCustomer: Math.max(0, Math.floor(scale.invoicesPerCustomer)),
    products: Math.max(3, Math.floor(scale.products ?? Math.min(500, 10 + customers / 5))),
    employees: Math.max(3, Math.min(200, Math.floor(customers / 20))),
  };
}

/** Real postcode/city pairs. */
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['0150', 'OSLO'],
  ['0187', 'OSLO'],
  ['0257', 'OSLO'],
  ['0484', 'OSLO'],
  ['0661', 'OSLO'],
  ['1337', 'SANDVIKA'],
  ['1530', 'MOSS'],
  ['1606', 'FREDRIKSTAD'],
  ['1721', 'SARPSBORG'],
  ['2004', 'LILLESTRØM'],
  ['2317', 'HAMAR'],
  ['2609', 'LILLEHAMMER'],
  ['2815', 'GJØVIK'],
  ['3015', 'DRAMMEN'],
  ['3111', 'TØNSBERG'],
  ['3209', 'SANDEFJORD'],
  ['3714', 'SKIEN'],
  ['4006', 'STAVANGER'],
  ['4307', 'SANDNES'],
  ['4610', 'KRISTIANSAND S'],
  ['4836', 'ARENDAL'],
  ['5003', 'BERGEN'],
  ['5527', 'HAUGESUND'],
  ['6002', 'ÅLESUND'],
  ['6413', 'MOLDE'],
  ['7010', 'TRONDHEIM'],
  ['7600', 'LEVANGER'],
  ['8006', 'BODØ'],
  ['8514', 'NARVIK'],
  ['9008', 'TROMSØ'],
  ['9405', 'HARSTAD'],
  ['9600', 'HAMMERFEST'],
];
const STREETS = [
  'Storgata',
  'Kirkegata',
  'Strandveien',
  'Industriveien',
  'Skolegata',
  'Fjordveien',
  'Jernbanegata',
  'Kongens gate',
  'Dronningens gate',
  'Havnegata',
  'Bryggen',
  'Sjøgata',
  'Parkveien',
  'Løkkeveien',
  'Bjørkeveien',
  'Granåsen',
  'Torggata',
  'Nedre Slottsgate',
];
const NAME_PARTS = [
  'Nordlys',
  'Fjord',
  'Vik',
  'Berg',
  'Havbris',
  'Solberg',
  'Lien',
  'Haugen',
  'Tind',
  'Fonn',
  'Elve',
  'Skog',
  'Stein',
  'Brekke',
  'Dal',
  'Kyst',
  'Vest',
  'Nord',
  'Øst',
  'Sør',
  'Polar',
  'Furu',
  'Bjørk',
  'Ask',
  'Lyng',
  'Myr',
  'Hav',
  'Ulv',
  'Ørn',
  'Rein',
];
const TRADES = [
  'Bygg',
  'Elektro',
  'Rørleggerservice',
  'Transport',
  'Regnskap',
  'Fisk',
  'Data',
  'Maskin',
  'Eiendom',
  'Consulting',
  'Snekkerverksted',
  'Maling',
  'Handel',
  'Media',
  'Reklame',
  'Renhold',
  'Catering',
  'Arkitekter',
  'Tannklinikk',
  'Advokatfirma',
  'Marine',
  'Energi',
];
const FORMS = ['AS', 'AS', 'AS', 'AS', 'ANS', 'DA', 'Holding AS', 'Gruppen AS'];
const FIRST = [
  'Ola',
  'Kari',
  'Per',
  'Ingrid',
  'Lars',
  'Anne',
  'Jon',
  'Marit',
  'Erik',
  'Silje',
  'Knut',
  'Hilde',
  'Bjørn',
  'Nora',
  'Sindre',
  'Ingeborg',
  'Håkon',
  'Solveig',
  'Magnus',
  'Astrid',
  'Øystein',
  'Tone',
  'Eirik',
  'Ragnhild',
  'Jørgen',
  'Liv',
  'Torbjørn',
  'Maja',
  'Emil',
  'Thea',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Lund',
  'Moen',
  'Bakke',
  'Solberg',
  'Strand',
  'Kristoffersen',
  'Sæther',
  'Nygård',
];
const FEMALE = new Set([
  'Kari',
  'Ingrid',
  'Anne',
  'Marit',
  'Silje',
  'Hilde',
  'Nora',
  'Ingeborg',
  'Solveig',
  'Astrid',
  'Tone',
  'Ragnhild',
  'Liv',
  'Maja',
  'Thea',
]);
const JOBS = [
  'Daglig leder',
  'Regnskapsfører',
  'Selger',
  'Prosjektleder',
  'Konsulent',
  'Tekniker',
  'Lagermedarbeider',
  'Økonomisjef',
  'Salgssjef',
  'Utvikler',
];

/** Norwegian VAT codes used by the seed (rates 25/15/12/0 %). */
const VAT_CODES: ReadonlyArray<readonly [string, string, number]> = [
  ['0', 'Ingen mva-behandling', 0],
  ['1', 'Inngående mva, høy sats', 25],
  ['11', 'Inngående mva, middels sats', 15],
  ['13', 'Inngående mva, lav sats', 12],
  ['3', 'Utgående mva, høy sats', 25],
  ['31', 'Utgående mva, middels sats', 15],
  ['33', 'Utgående mva, lav sats', 12],
  ['5', 'Innenlands omsetning, fritatt for mva', 0],
  ['52', 'Utførsel av varer og tjenester, fritatt', 0],
  ['6', 'Omsetning utenfor merverdiavgiftsloven', 0],
];

interface GroupDef {
  code: string;
  name: string;
  type: number; // ProductType: 1 Product, 2 Service
  vatCode: string;
  unit: number; // UnitOfMeasureCode
  items: readonly string[];
  price: readonly [number, number];
}
const GROUPS: readonly GroupDef[] = [
  {
    code: '10',
    name: 'Konsulenttjenester',
    type: 2,
    vatCode: '3',
    unit: 7,
    items: ['Rådgivning', 'Prosjektledelse', 'Systemutvikling', 'Regnskapsbistand', 'Kurs'],
    price: [850, 1650],
  },
  {
    code: '20',
    name: 'Maskinvare',
    type: 1,
    vatCode: '3',
    unit: 5,
    items: ['Bærbar PC', 'Skjerm 27"', 'Tastatur', 'Dokkingstasjon', 'Nettverkssvitsj'],
    price: [390, 18990],
  },
  {
    code: '30',
    name: 'Næringsmidler',
    type: 1,
    vatCode: '31',
    unit: 4,
    items: ['Kaffe', 'Laks', 'Brunost', 'Knekkebrød', 'Eplemost'],
    price: [39, 420],
  },
  {
    code: '40',
    name: 'Persontransport',
    type: 2,
    vatCode: '33',
    unit: 5,
    items: ['Taxitur', 'Busstransport', 'Ferjebillett', 'Minibussleie'],
    price: [120, 4500],
  },
  {
    code: '50',
    name: 'Bøker og aviser',
    type: 1,
    vatCode: '5',
    unit: 5,
    items: ['Fagbok', 'Avisabonnement', 'Tidsskrift', 'Lærebok'],
    price: [149, 1299],
  },
  {
    code: '60',
    name: 'Programvare og lisenser',
    type: 2,
    vatCode: '3',
    unit: 12,
    items: ['Lisens', 'Support', 'Skylagring', 'Vedlikeholdsavtale'],
    price: [99, 2490],
  },
];

const DEPARTMENTS = [
  ['100', 'Administrasjon'],
  ['200', 'Salg'],
  ['300', 'Drift'],
  ['400', 'Utvikling'],
  ['500', 'Økonomi'],
] as const;
const LOCATIONS = [
  ['OSL', 'Oslo'],
  ['BGO', 'Bergen'],
  ['TRD', 'Trondheim'],
  ['SVG', 'Stavanger'],
  ['TOS', 'Tromsø'],
] as const;
const CONTACT_GROUPS = ['Nyhetsbrev', 'Storkunder', 'Offentlig sektor', 'Partnere', 'Julegave'];

/** A 9-digit organisation number with a valid mod-11 check digit. */
function orgNumber(prng: Prng): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [prng.pick([8, 9]), ...Array.from({ length: 7 }, () => prng.int(0, 9))];
    const sum = digits.reduce((s, d, i) => s + d * (weights[i] as number), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}

/** A KID (payment reference) with a mod-10 (Luhn) check digit. */
export function kid(base: string): string {
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    let d = Number(base[base.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${base}${(10 - (sum % 10)) % 10}`;
}

function gtin(prng: Prng): string {
  const digits = [7, 0, 3, 8, ...Array.from({ length: 8 }, () => prng.int(0, 9))];
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
  return `${digits.join('')}${(10 - (sum % 10)) % 10}`;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '');

function address(prng: Prng, id: number, lastChanged: string): Row {
  const [zip, city] = prng.pick(PLACES);
  return {
    id,
    address1: `${prng.pick(STREETS)} ${prng.int(1, 120)}`,
    zipCode: zip,
    city,
    countryCode: 'NO',
    isPrimary: true,
    lastChanged,
  };
}

/** A contact person of a company party (reference B5), reachable at the company's domain. */
function contactRow(prng: Prng, id: number, party: Row, domain: string, changed: string): Row {
  const firstName = prng.pick(FIRST);
  const lastName = prng.pick(LAST);
  return {
    id,
    ...party,
    firstName,
    lastName,
    emailAddress: `${slug(firstName)}.${slug(lastName)}@${domain}`,
    phoneNumber: phone(prng),
    isActive: true,
    hasNorwegianSSN: false,
    gender: FEMALE.has(firstName) ? 2 : 1,
    lastChanged: changed,
  };
}

const phone = (prng: Prng): string => `${prng.pick(['9', '4', '2'])}${prng.int(1000000, 9999999)}`;

/** A declaration's example rows: ids 1, 2, … and audit stamps where the resource has them. */
function exampleRows(spec: ResourceSpec, stamp: string): Row[] {
  return (spec.examples ?? []).map((example, i) => {
    const row: Row = { ...example };
    if ('id' in spec.fields && row.id === undefined) row.id = i + 1;
    for (const audit of ['createdDate', 'lastChanged']) {
      if (audit in spec.fields && row[audit] === undefined) row[audit] = stamp;
    }
    return row;
  });
}

/** Builds every seeded table. Ids start at fixed bases so that resources are easy to tell apart. */
export function generateSeed(opts: SeedOptions): SeedData {
  const prng = createPrng(opts.seed);
  const size = sizeOf(opts.scale);
  const today = opts.anchorMs;
  const dayOffset = (days: number): number => today - days * DAY_MS;
  const ts = (days: number): string =>
    formatDateTimeOffset(dayOffset(days) + prng.int(0, DAY_MS - 1));
  let addressId = 1;

  const vatCodes: Row[] = VAT_CODES.map(([code, name, rate], i) => ({
    id: i + 1,
    code,
    name,
    description: name,
    rate,
    isActive: true,
    validFrom: formatDateTime(Date.UTC(2013, 0, 1)),
    isCustom: false,
    isVatCompensationCode: false,
    vatBasisRatio: 1,
  }));
  const vatRate = new Map(VAT_CODES.map(([code, , rate]) => [code, rate]));

  const locations: Row[] = LOCATIONS.map(([code, name], i) => ({
    id: 3001 + i,
    code,
    name,
    isActive: true,
  }));

  const employees: Row[] = [];
  for (let i = 0; i < size.employees; i++) {
    const firstName = prng.pick(FIRST);
    const lastName = prng.pick(LAST);
    const hired = dayOffset(prng.int(60, 4000));
    const created = ts(prng.int(800, 1500));
    employees.push({
      id: 500_001 + i,
      code: i + 1,
      firstName,
      lastName,
      emailAddress: `${slug(firstName)}.${slug(lastName)}${i + 1}@emulert-demo.no`,
      phoneNumber: phone(prng),
      mailAddress: address(prng, addressId++, created),
      jobTitle: i === 0 ? 'Daglig leder' : prng.pick(JOBS),
      hiredDate: formatDateTime(hired),
      startDate: formatDateTime(hired),
      dateOfBirth: formatDateTime(Date.UTC(prng.int(1960, 2000), prng.int(0, 11), prng.int(1, 28))),
      departmentCode: DEPARTMENTS[i % DEPARTMENTS.length]?.[0],
      locationCode: prng.pick(LOCATIONS)[0],
      managerEmployeeCode: i === 0 ? undefined : 1,
      gender: FEMALE.has(firstName) ? 2 : 1,
      isArchived: false,
      // Every third employee in a group, by index: the seed's random sequence stays as it was.
      contactGroups: i % 3 === 0 ? [CONTACT_GROUPS[i % CONTACT_GROUPS.length] as string] : [],
      createdDate: created,
      employeeCreatedDate: created,
      lastChanged: ts(prng.int(0, 700)),
    });
  }
  const employeeCodes = employees.map((e) => e.code as number);

  const departments: Row[] = DEPARTMENTS.map(([code, name], i) => ({
    id: 2001 + i,
    code,
    name,
    managerCode: employeeCodes[i % employeeCodes.length],
    isActive: true,
    lastChanged: ts(prng.int(100, 900)),
  }));

  const contactGroups: Row[] = CONTACT_GROUPS.map((title, i) => ({
    id: 4001 + i,
    title,
    sendInvoicesToGroup: i === 1,
  }));

  const productGroups: Row[] = GROUPS.map((g, i) => ({
    id: 6001 + i,
    code: g.code,
    name: g.name,
    description: `${g.name} (mva-kode ${g.vatCode})`,
    type: g.type,
    salesAccount: vatRate.get(g.vatCode) === 0 ? 3100 : 3000,
    vatExemptSalesAccount: 3100,
    lastChanged: ts(prng.int(300, 900)),
    // Not a ProductGroup field on the wire: the VAT code its products inherit (B7 vatCode).
    vatCode: g.vatCode,
  }));

  const products: Row[] = [];
  for (let i = 0; i < size.products; i++) {
    const gi = i % GROUPS.length;
    const g = GROUPS[gi] as GroupDef;
    const item = prng.pick(g.items);
    const salesPrice = round2(prng.int(g.price[0], g.price[1]) - (prng.chance(0.5) ? 0.1 : 0));
    const physical = g.type === 1;
    const onHand = physical ? prng.int(0, 500) : undefined;
    products.push({
      id: 7001 + i,
      code: String(1001 + i),
      name: `${item} ${NAME_PARTS[i % NAME_PARTS.length]}`,
      description: `${item} fra varegruppe ${g.name.toLowerCase()}`,
      productGroupId: productGroups[gi]?.id,
      type: g.type,
      unitOfMeasureCode: g.unit,
      costPrice: round2(salesPrice * 0.6),
      salesPrice,
      salesAccount: vatRate.get(g.vatCode) === 0 ? 3100 : 3000,
      vatExemptSalesAccount: 3100,
      vatCode: g.vatCode,
      gtin: physical ? gtin(prng) : undefined,
      productsOnHand: onHand,
      availableStock: onHand,
      isActive: prng.chance(0.95),
      lastChanged: ts(prng.int(0, 700)),
    });
  }

  const customers: Row[] = [];
  const contacts: Row[] = [];
  let contactId = 800_001;
  for (let i = 0; i < size.customers; i++) {
    const id = 100_001 + i;
    const code = 10_001 + i;
    const person = prng.chance(0.12);
    const created = ts(prng.int(750, 3000));
    const changed = ts(prng.int(0, 740));
    const place = address(prng, addressId++, changed);
    const c: Row = {
      id,
      code,
      isPerson: person,
      mailAddress: place,
      streetAddresses: [{ ...place, id: addressId++ }],
      phoneNumber: phone(prng),
      isArchived: prng.chance(0.03),
      isActive: true,
      since: formatDateTime(dayOffset(prng.int(750, 3000))),
      customerCreatedDate: created,
      createdDate: created,
      lastChanged: changed,
      currencyCode: 'NOK',
      invoiceBrandingThemeCode: i % 5 === 4 ? 'ENGELSK' : undefined,
      paymentTerms: prng.pick([10, 14, 14, 14, 20, 30]),
      invoiceDeliveryType: prng.pick([1, 1, 1, 3, 3, 6]),
      useInvoiceFee: true,
      sendReminders: true,
      isVatFree: false,
      contactGroups: prng.chance(0.3) ? [prng.pick(CONTACT_GROUPS)] : [],
      ourReferenceEmployeeCode: prng.pick(employeeCodes),
      departmentCode: prng.chance(0.5) ? prng.pick(DEPARTMENTS)[0] : undefined,
    };
    if (person) {
      const firstName = prng.pick(FIRST);
      const lastName = prng.pick(LAST);
      Object.assign(c, {
        name: `${firstName} ${lastName}`,
        firstName,
        lastName,
        emailAddress: `${slug(firstName)}.${slug(lastName)}@epost.no`,
        invoiceDeliveryType: 1,
      });
    } else {
      const name = `${prng.pick(NAME_PARTS)} ${prng.pick(TRADES)} ${prng.pick(FORMS)}`;
      const domain = `${slug(name.replace(/ (AS|ANS|DA)$/, ''))}.no`;
      Object.assign(c, {
        name,
        legalName: name.toUpperCase(),
        vatNumber: orgNumber(prng),
        emailAddress: `post@${domain}`,
        invoiceEmailAddress: `faktura@${domain}`,
        websiteUrl: `https://www.${domain}`,
      });
      const n = prng.int(1, 2);
      for (let k = 0; k < n; k++) {
        contacts.push(
          contactRow(prng, contactId, { partyId: id, partyCustomerCode: code }, domain, changed),
        );
        if (k === 0) c.contactPersonId = contactId;
        contactId++;
      }
    }
    customers.push(c);
  }

  const projects: Row[] = [];
  const projectCount = Math.max(2, Math.floor(size.customers / 10));
  for (let i = 0; i < projectCount; i++) {
    const cust = prng.pick(customers);
    const start = dayOffset(prng.int(30, 700));
    const status = prng.pick([2, 2, 2, 5, 4, 1]);
    projects.push({
      id: 9001 + i,
      code: `P${1001 + i}`,
      name: `${prng.pick(['Oppgradering', 'Innføring', 'Rammeavtale', 'Utbygging', 'Revisjon'])} ${cust.name as string}`,
      customerCode: cust.code,
      contactPersonId: cust.contactPersonId,
      projectManagerCode: prng.pick(employeeCodes),
      departmentCode: prng.pick(DEPARTMENTS)[0],
      locationCode: prng.pick(LOCATIONS)[0],
      brandingThemeCode: i % 2 === 0 ? 'STANDARD' : undefined,
      status,
      isBillable: true,
      isInternal: false,
      startDate: formatDateTime(start),
      endDate: status === 5 ? formatDateTime(start + prng.int(30, 200) * DAY_MS) : undefined,
      billingMethod: prng.pick([1, 2, 3]),
      billingHourlyRateSpecification: 3,
      billableRate: prng.pick([950, 1150, 1350]),
      paymentTerms: cust.paymentTerms,
      progress: status === 5 ? 100 : prng.int(0, 95),
      allowAllActivities: true,
      allowAllEmployees: true,
      attachExpenseVouchersWhenBilling: false,
      markupHourlyRateEnabled: false,
      markupOtherExpensesEnabled: false,
      createdDate: formatDateTimeOffset(start),
      lastChanged: ts(prng.int(0, 30)),
    });
  }
  // Sub-projects ("Parent.Child", reference B17) of every other project, copied from the parent.
  const subProjects = projects
    .filter((_, i) => i % 2 === 0)
    .map((parent, i) => ({
      ...parent,
      id: 9001 + projectCount + i,
      code: `${parent.code as string}.1`,
      name: `${parent.name as string}, fase 1`,
      parentProjectCode: parent.code,
    }));
  projects.push(...subProjects);
  const projectsByCustomer = new Map<unknown, string[]>();
  for (const p of projects) {
    const list = projectsByCustomer.get(p.customerCode) ?? [];
    list.push(p.code as string);
    projectsByCustomer.set(p.customerCode, list);
  }

  // Invoices: orderNo/invoiceNo follow creation order; statuses spread Draft..Archived, with
  // older invoices more likely paid, and only posted ones (Sent/Paid/Archived) carrying numbers.
  const invoices: Row[] = [];
  let lineId = 1_000_001;
  let orderNo = 1;
  let invoiceNo = 10_001;
  for (const cust of customers) {
    for (let k = 0; k < size.invoicesPerCustomer; k++) {
      const age = prng.int(0, 729);
      const orderMs = dayOffset(age);
      const r = prng.next();
      const status =
        age < 20
          ? r < 0.45
            ? 0
            : r < 0.6
              ? 1
              : 2
          : r < 0.04
            ? 0
            : r < 0.06
              ? 1
              : r < 0.25
                ? 2
                : r < 0.93
                  ? 3
                  : 4;
      const nLines = prng.int(1, 4);
      const projectCodes = projectsByCustomer.get(cust.code);
      const lines: Row[] = [];
      for (let j = 0; j < nLines; j++) {
        const p = products[prng.int(0, products.length - 1)] as Row;
        const quantity = p.type === 2 ? prng.int(1, 40) / 2 : prng.int(1, 20);
        const discount = prng.chance(0.15) ? prng.pick([0.05, 0.1, 0.15]) : 0;
        const rate = vatRate.get(p.vatCode as string) ?? 0;
        const amounts = lineAmounts(quantity, p.salesPrice as number, discount, rate);
        lines.push({
          id: lineId++,
          lineType: 0,
          productCode: p.code,
          description: p.name,
          quantity,
          unitPrice: p.salesPrice,
          unitCost: p.costPrice,
          discountPercent: discount,
          unitOfMeasureCode: p.unitOfMeasureCode,
          exemptVat: false,
          vatReturnSpecification: 0,
          sortOrder: j + 1,
          // Line dimensions by position (no random draws): the second line names its sales
          // person and department, the third its project and location.
          salesPersonEmployeeCode: j === 1 ? cust.ourReferenceEmployeeCode : undefined,
          departmentCode: j === 1 ? DEPARTMENTS[orderNo % DEPARTMENTS.length]?.[0] : undefined,
          projectCode: j === 2 ? projectCodes?.[0] : undefined,
          locationCode: j === 2 ? LOCATIONS[orderNo % LOCATIONS.length]?.[0] : undefined,
          salesAccount: p.salesAccount,
          vatExemptSalesAccount: p.vatExemptSalesAccount,
          vatCode: p.vatCode,
          vatRate: rate,
          totalAmount: amounts.totalAmount,
          netAmount: amounts.netAmount,
        });
      }
      const totals = invoiceTotals(lines);
      const posted = status >= 2;
      const created = formatDateTimeOffset(orderMs + prng.int(0, DAY_MS - 1));
      // One object literal with every key (absent ones undefined) gives all invoices one shape,
      // which keeps 100 000 of them compact and cheap to collect.
      const no = posted ? invoiceNo++ : undefined;
      const voucherMs = posted ? orderMs + prng.int(0, 2) * DAY_MS : 0;
      const dueMs = voucherMs + (cust.paymentTerms as number) * DAY_MS;
      const voucherDate = posted ? formatDateTime(voucherMs) : undefined;
      const dueDate = posted ? formatDateTime(dueMs) : undefined;
      const deliveryType = posted ? (cust.invoiceDeliveryType as number) : 0;
      const inv: Row = {
        id: prng.guid(),
        status,
        customerCode: cust.code,
        orderNo: orderNo++,
        orderDate: formatDateTime(orderMs),
        deliveryDate: formatDateTime(orderMs),
        currencyCode: 'NOK',
        currencyExchangeRate: 1,
        ourReferenceEmployeeCode: cust.ourReferenceEmployeeCode,
        customerReferenceContactPersonId: cust.contactPersonId,
        purchaseOrderNo: prng.chance(0.2) ? `PO-${prng.int(10000, 99999)}` : undefined,
        projectCode: projectCodes && prng.chance(0.5) ? prng.pick(projectCodes) : undefined,
        departmentCode: cust.departmentCode,
        locationCode: orderNo % 4 === 0 ? LOCATIONS[orderNo % LOCATIONS.length]?.[0] : undefined,
        brandingThemeCode: cust.invoiceBrandingThemeCode,
        paymentTerms: cust.paymentTerms,
        invoiceDeliveryType: deliveryType,
        customerEmail:
          posted && deliveryType === 1
            ? (cust.invoiceEmailAddress ?? cust.emailAddress)
            : undefined,
        outgoingInvoiceLines: lines,
        netAmount: totals.netAmount,
        totalAmount: totals.totalAmount,
        balance: status === 2 ? totals.totalAmount : posted ? 0 : undefined,
        invoiceNo: no,
        documentNo: no === undefined ? undefined : String(no),
        voucherNo: no,
        cid:
          no === undefined
            ? undefined
            : kid(`${cust.code as number}${String(no).padStart(7, '0')}`),
        voucherDate,
        sentDate: voucherDate,
        invoiceDeliveryDate: voucherDate,
        dueDate,
        expectedDueDate: dueDate,
        isInvoiceBeingProcessed: false,
        createdDate: created,
        lastChanged: posted
          ? formatDateTimeOffset(Math.min(today, voucherMs + prng.int(0, 40) * DAY_MS))
          : created,
      };
      invoices.push(inv);
    }
  }

  // Drafts invoiced to a whole contact group (contactGroupId instead of customerCode, B9).
  const group = contactGroups.find((g) => g.sendInvoicesToGroup === true) as Row;
  for (let k = 0; k < Math.min(3, Math.max(1, Math.floor(size.customers / 20))); k++) {
    const p = products[k % products.length] as Row;
    const rate = vatRate.get(p.vatCode as string) ?? 0;
    const amounts = lineAmounts(1, p.salesPrice as number, 0, rate);
    const lines: Row[] = [
      {
        id: lineId++,
        lineType: 0,
        productCode: p.code,
        description: p.name,
        quantity: 1,
        unitPrice: p.salesPrice,
        unitCost: p.costPrice,
        discountPercent: 0,
        unitOfMeasureCode: p.unitOfMeasureCode,
        exemptVat: false,
        vatReturnSpecification: 0,
        sortOrder: 1,
        salesAccount: p.salesAccount,
        vatExemptSalesAccount: p.vatExemptSalesAccount,
        vatCode: p.vatCode,
        vatRate: rate,
        ...amounts,
      },
    ];
    const created = formatDateTimeOffset(dayOffset(k + 1));
    invoices.push({
      id: prng.guid(),
      status: 0,
      contactGroupId: group.id,
      contactGroup: group.title,
      orderNo: orderNo++,
      orderDate: formatDateTime(dayOffset(k + 1)),
      currencyCode: 'NOK',
      currencyExchangeRate: 1,
      invoiceDeliveryType: 0,
      outgoingInvoiceLines: lines,
      ...invoiceTotals(lines),
      isInvoiceBeingProcessed: false,
      createdDate: created,
      lastChanged: created,
    });
  }

  // Credit notes of the first two paid invoices (relatedDocumentNo, B9): the lines negated.
  for (const original of invoices.filter((i) => i.status === 3 && i.customerCode).slice(0, 2)) {
    const lines = (original.outgoingInvoiceLines as Row[]).map((l) => ({
      ...l,
      id: lineId++,
      quantity: -(l.quantity as number),
      netAmount: -(l.netAmount as number),
      totalAmount: -(l.totalAmount as number),
    }));
    const no = invoiceNo++;
    invoices.push({
      ...original,
      id: prng.guid(),
      orderNo: orderNo++,
      outgoingInvoiceLines: lines,
      ...invoiceTotals(lines),
      balance: 0,
      invoiceNo: no,
      documentNo: String(no),
      voucherNo: no,
      cid: kid(`${original.customerCode as number}${String(no).padStart(7, '0')}`),
      relatedDocumentNo: original.documentNo,
    });
  }

  // Suppliers (reference B2), drawn after everything else so earlier tables stay as they were;
  // every other one has a contact person, and every third is in a contact group.
  const suppliers: Row[] = [];
  const supplierCount = Math.max(4, Math.floor(size.customers / 4));
  for (let i = 0; i < supplierCount; i++) {
    const id = 200_001 + i;
    const code = 20_001 + i;
    const name = `${prng.pick(NAME_PARTS)} ${prng.pick(TRADES)} ${prng.pick(FORMS)}`;
    const domain = `${slug(name.replace(/ (AS|ANS|DA)$/, ''))}.no`;
    const created = ts(prng.int(750, 3000));
    const changed = ts(prng.int(0, 740));
    const place = address(prng, addressId++, changed);
    const supplier: Row = {
      id,
      code,
      name,
      legalName: name.toUpperCase(),
      isPerson: false,
      vatNumber: orgNumber(prng),
      emailAddress: `post@${domain}`,
      phoneNumber: phone(prng),
      websiteUrl: `https://www.${domain}`,
      mailAddress: place,
      streetAddresses: [{ ...place, id: addressId++ }],
      isArchived: false,
      isActive: true,
      since: formatDateTime(dayOffset(prng.int(750, 3000))),
      supplierCreatedDate: created,
      createdDate: created,
      lastChanged: changed,
      currencyCode: 'NOK',
      contactGroups: i % 3 === 0 ? ['Partnere'] : [],
    };
    if (i % 2 === 0) {
      contacts.push(
        contactRow(prng, contactId, { partyId: id, partySupplierCode: code }, domain, changed),
      );
      supplier.contactPersonId = contactId++;
    }
    suppliers.push(supplier);
  }

  // Notes (VoucherNote, reference B9) on the first three drafts; no random draws, so the rest of
  // the data does not move. The user id is a fixed demo user.
  const seedUser = '5eed0000-0000-4000-a000-000000000001';
  const notes: Row[] = invoices
    .filter((i) => i.status === 0)
    .slice(0, 3)
    .map((inv, i) => ({
      id: i + 1,
      voucherId: inv.id,
      text: ['Ring kunden før utsending.', 'Avtalt 10 dagers betaling.', 'Sjekk leveringsadresse.'][
        i
      ],
      createdDate: formatDateTime(dayOffset(i + 1)),
      lastChangedDate: formatDateTime(dayOffset(i + 1)),
      createdByUserId: seedUser,
      lastChangedByUserId: seedUser,
    }));

  // Attachments (reference B12) on the first two sent invoices: a small PDF each, by index.
  const attachments: Row[] = invoices
    .filter((i) => (i.status as number) >= 2 && i.customerCode !== undefined)
    .slice(0, 2)
    .map((inv, i) => {
      const content = Buffer.from(`%PDF-1.4\n% Ordrebekreftelse ${String(inv.orderNo)}\n%%EOF\n`);
      return {
        id: i + 1,
        invoiceId: inv.id,
        fileName: `ordrebekreftelse-${String(inv.orderNo)}.pdf`,
        base64EncodedData: content.toString('base64'),
        fileSizeInBytes: content.length,
        lastChanged: inv.lastChanged,
      };
    });

  // The books (accounting.md §11–§15): postings of the rows above, built on first use.
  const books = () =>
    seedBooks(
      {
        invoices,
        customers,
        suppliers,
        employees,
        departments,
        projects,
        imports: all.Import,
        bankTransfers: all.BankTransfer,
      },
      opts.seed,
      today,
    );
  const tables = {
    InvoiceAttachment: attachments,
    VoucherNote: notes,
    Supplier: suppliers,
    VatCode: vatCodes,
    Location: locations,
    Employee: employees,
    Department: departments,
    ContactGroup: contactGroups,
    ProductGroup: productGroups,
    Product: products,
    Customer: customers,
    ContactPerson: contacts,
    Project: projects,
    OutgoingInvoice: invoices,
  };
  // Reference resources declare their own rows (`examples`); no seed code is needed for them.
  const all: Record<string, Row[]> = { ...tables, ...seedSales(tables, opts) };
  Object.assign(all, seedTime({ seed: opts.seed, today, tables: all }));
  Object.assign(all, seedVouchers(all, opts));
  for (const spec of allResources) {
    if (spec.examples && !spec.readVia && !all[spec.name]) {
      all[spec.name] = exampleRows(spec, formatDateTimeOffset(today));
    }
  }
  seedLedger(all, { stamp: formatDateTimeOffset(today), agriculture: opts.agriculture === true });
  return {
    tables: all,
    next: { Address: addressId, OutgoingInvoiceLine: lineId },
    deferred: [{ tables: BOOK_TABLES, build: books }],
  };
}
