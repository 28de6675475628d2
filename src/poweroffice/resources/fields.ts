/**
 * The field registry DSL: one declaration per PowerOffice resource field, from which we derive
 *  - the DTO TypeScript type (`DtoOf`),
 *  - the OData property name (PascalCase, or an explicit override such as VatCode's `Validto`),
 *  - the literal format the OData builder and the emulator use for that field,
 *  - nullability / read-only facts from the reference (SW `nullable` / `readOnly`),
 *  - the description the GraphQL schema shows.
 *
 * Contract: a field map is the single source of truth for a resource's wire shape. The emulator
 * filters and validates with it, the client builds `$filter` through it, the schema documents it.
 */

/** Wire kinds. `int`/`long`/`double` are all JSON numbers; dates are ISO strings on the wire. */
export type ScalarKind =
  | 'int'
  | 'long'
  | 'double'
  | 'string'
  | 'bool'
  | 'guid'
  /** .NET DateTime: no offset on the wire, filtered with `DateTime'…'`. */
  | 'datetime'
  /** .NET DateTimeOffset (createdDate, lastChanged…): filtered with `DateTimeOffset'…'`. */
  | 'datetimeoffset';

/** A PowerOffice enum: wire numbers with readable names (reference Part C). */
export interface EnumSpec<Name extends string = string> {
  readonly name: string;
  readonly values: Readonly<Record<Name, number>>;
  readonly description: string;
}

interface FieldBase {
  /** From the reference: SW `nullable` (null values are omitted from responses). */
  readonly nullable: boolean;
  /** From the reference: SW `readOnly` (server-computed; ignored on input). */
  readonly readOnly: boolean;
  /** Write-only fields are accepted on POST and never returned (or returned as "hidden"). */
  readonly writeOnly?: boolean;
  /** OData property name when it is not the PascalCase of the JSON key. */
  readonly odataName?: string;
  /** False for fields the API cannot filter or sort on (arrays, write-only data). */
  readonly filterable: boolean;
  readonly description: string;
  /** The value points at another resource's key (for a list: each item does). */
  readonly ref?: RefSpec;
  /** The GraphQL name of the property when it differs from the JSON key. */
  readonly gqlName?: string;
  /** The value PowerOffice stores when a create leaves the property out (reference B*). */
  readonly default?: string | number | boolean;
  /**
   * A file's content as base64 (reference: attachments, voucher documents): never a GraphQL
   * output field; the graph carries the row's metadata and a download URL of the facade, whose
   * route names the file by the row's `nameField`.
   */
  readonly file?: { readonly nameField: string };
  /** The reference marks the property required: a create without it is refused. */
  readonly required?: true;
  /** The reference's maximum length of a string property. */
  readonly maxLength?: number;
  /** A number must be greater than this (BankTransfer.amount "must be > 0"). */
  readonly above?: number;
  /** A number must be at least this (RecurringInvoice.sendFrequency "every N units", N ≥ 1). */
  readonly min?: number;
  /**
   * Uploaded content as base64 (journal-entry files, import files, EHF): must be base64 and at
   * most `maxBytes` once decoded. Checked with the other value rules (`checks.ts`), by the
   * facade before any upstream call and by the emulator.
   */
  readonly base64?: { readonly maxBytes: number };
  /**
   * The value is a code that names a row of one of several resources, told apart by code
   * ranges (`accountCode`): a ledger account or a customer, supplier or employee account.
   */
  readonly codeOf?: CodeRefSpec;
  /** Inclusive bounds of a number (account codes 1000–9999, accounting.md §1). */
  readonly range?: readonly [number, number];
  /** A documented format rule: a message when `value` breaks it (bank account check digits). */
  readonly check?: (value: unknown) => string | undefined;
  /**
   * Given together with this other field or not at all (`pairProblems`): checked on a create's
   * body and on an update merged onto the stored row.
   */
  readonly pairedWith?: string;
  /** Never given together with these fields ("mutually exclusive"), checked like `pairedWith`. */
  readonly excludes?: readonly string[];
}

/**
 * Resources that share one code space, told apart by ranges (accounting.md §1, §2;
 * relations.md §3.6). A code inside a fixed range names that range's resource; any other code
 * is looked up in the ranges a resource's rows declare (the sub-ledger number series), read
 * once per operation. Declared once (`account-code.ts`), used by every field that holds such a
 * code.
 */
export interface CodeClasses {
  /** Name of the GraphQL union of the target types, e.g. `LedgerAccount`. */
  readonly name: string;
  readonly description: string;
  /** Fixed ranges: general ledger accounts are 1000–9999 (accounting.md §1). */
  readonly fixed: readonly {
    readonly from: number;
    readonly to: number;
    readonly resource: string;
    readonly key: string;
  }[];
  /** Ranges held in a resource's rows (SubledgerNumberSeries: fromInclusive..toInclusive). */
  readonly series: {
    readonly resource: string;
    readonly from: string;
    readonly to: string;
    /** The row field saying which resource the range belongs to, and its values. */
    readonly kindField: string;
    readonly kinds: Readonly<Record<number, string>>;
    /** The key of the target resources the codes are (`code`). */
    readonly key: string;
    /**
     * The field each kind's type gets for the series row whose range holds its code (the
     * parties' `subledgerNumberSeriesId` is write-only, relations.md §1.2: derive it).
     */
    readonly field: { readonly name: string; readonly description: string };
  };
}

/** A field holding a code of a `CodeClasses` space (`f.accountCode`). */
export interface CodeRefSpec {
  readonly classes: CodeClasses;
  /** Name of the forward field; default: the JSON key without its `Code`/`No` suffix. */
  readonly as?: string;
  /** Description of the forward field. */
  readonly description: string;
  /**
   * PowerOffice refuses a save whose code names no row (default true). Only top-level fields
   * are checked by the emulator's generic rule, like `ref`.
   */
  readonly mustExist?: boolean;
}

/**
 * A reference to another resource's key, declared once on the holding field. From it come the
 * forward field (`as`), the reverse list on the target (`inverse`), the emulator's must-exist
 * check on save and delete block, and the seed order.
 */
export interface RefSpec {
  /** The target resource's `name`. */
  readonly to: string;
  /** The target's key field this value holds (default `code`). */
  readonly key?: string;
  /**
   * Name of the forward field; default: the JSON key without its `Code`/`Id` suffix; `null`: no
   * forward field (the value may name a row of more than one resource).
   */
  readonly as?: string | null;
  /** Description of the forward field. */
  readonly description: string;
  /** The reverse list on the target: every holder whose value is the target's key. */
  readonly inverse?: InverseSpec;
  /**
   * PowerOffice refuses a save whose value names no target row. Default true: "→ X.code means
   * the value must match the code of an existing X" (reference Part B legend); `false` where
   * the reference says otherwise (unknown contact-group titles are created, B1).
   */
  readonly mustExist?: boolean;
  /** PowerOffice refuses deleting the target while a row holds its key (reference A4/A8). */
  readonly blocksDelete?: boolean;
  /** A value meaning "none" (dimension codes: `"-1"`, reference Part B legend). */
  readonly none?: string;
  /**
   * Further resources the value may name instead (a party id: a bank account's `partyId` is a
   * customer's, a supplier's or an employee's, reference B6). Each target gets the `inverse`;
   * must-exist means "a row of any of them"; no forward field (`as: null`).
   */
  readonly alsoTo?: readonly string[];
  /**
   * The target is only looked for among rows whose `targetField` equals the holder's
   * `holderKey` (Employee.payrollBankAccountCode names a bank account *of this employee*,
   * reference B3): the forward field loads the holder's related rows (one batched call per
   * level) and picks the one with the key; must-exist and delete blocks check the pair.
   */
  readonly within?: { readonly targetField: string; readonly holderKey: string };
  /**
   * Holder fields that carry the target key's scope (`KeySpec.scope`), by target field: a
   * product's `salesAccount` comes with `salesAccountAgricultureDepartment`. When the holder
   * has a value there, the forward field loads by the composite key.
   */
  readonly scope?: Readonly<Record<string, string>>;
}

export interface InverseSpec {
  readonly name: string;
  readonly description: string;
  /** A plain list instead of a connection (a handful of rows per parent, never paged). */
  readonly plainList?: boolean;
  /**
   * The holder is a report: the relation takes its route parameters (dates) as arguments, with
   * the report's requiredness, and batches the parents per argument set (`Customer.ledger`).
   */
  readonly params?: boolean;
  /** At most one holder row per target row (a balance): a to-one field, not a list. */
  readonly single?: boolean;
}

export interface ScalarField extends FieldBase {
  readonly type: 'scalar';
  readonly kind: ScalarKind;
}
export interface EnumField extends FieldBase {
  readonly type: 'enum';
  readonly enum: EnumSpec;
}
export interface ObjectField extends FieldBase {
  readonly type: 'object';
  readonly typeName: string;
  readonly fields: FieldMap;
}
export interface ListField extends FieldBase {
  readonly type: 'list';
  readonly item: ScalarField | EnumField | ObjectField;
}
export type FieldSpec = ScalarField | EnumField | ObjectField | ListField;
export type FieldMap = Readonly<Record<string, FieldSpec>>;

export interface FieldOptions {
  /** Defaults to true: almost every SW property is nullable. */
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  odataName?: string;
  filterable?: boolean;
  ref?: RefSpec;
  gqlName?: string;
  default?: string | number | boolean;
  file?: { readonly nameField: string };
  required?: true;
  maxLength?: number;
  above?: number;
  min?: number;
  base64?: { readonly maxBytes: number };
  codeOf?: CodeRefSpec;
  range?: readonly [number, number];
  check?: (value: unknown) => string | undefined;
  pairedWith?: string;
  excludes?: readonly string[];
}

function base(description: string, o: FieldOptions = {}): FieldBase {
  return {
    nullable: o.nullable ?? true,
    readOnly: o.readOnly ?? false,
    ...(o.writeOnly ? { writeOnly: true } : {}),
    ...(o.odataName ? { odataName: o.odataName } : {}),
    filterable: o.filterable ?? !o.writeOnly,
    description,
    ...(o.ref ? { ref: o.ref } : {}),
    ...(o.gqlName ? { gqlName: o.gqlName } : {}),
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.file ? { file: o.file } : {}),
    ...(o.required ? { required: true as const } : {}),
    ...(o.maxLength !== undefined ? { maxLength: o.maxLength } : {}),
    ...(o.above !== undefined ? { above: o.above } : {}),
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.base64 ? { base64: o.base64 } : {}),
    ...(o.codeOf ? { codeOf: o.codeOf } : {}),
    ...(o.range ? { range: o.range } : {}),
    ...(o.check ? { check: o.check } : {}),
    ...(o.pairedWith ? { pairedWith: o.pairedWith } : {}),
    ...(o.excludes ? { excludes: o.excludes } : {}),
  };
}

/** Keeps `nullable: false` as a literal type so `DtoOf` can make the key required. */
type Nullability<O> = O extends { nullable: false }
  ? { readonly nullable: false }
  : { readonly nullable: true };

function scalar<K extends ScalarKind>(kind: K) {
  return <const O extends FieldOptions = Record<never, never>>(description: string, o?: O) =>
    ({ ...base(description, o), type: 'scalar', kind }) as ScalarField & {
      readonly kind: K;
    } & Nullability<O>;
}

/** Field constructors, named after the reference's types. */
export const f = {
  int: scalar('int'),
  long: scalar('long'),
  double: scalar('double'),
  string: scalar('string'),
  bool: scalar('bool'),
  guid: scalar('guid'),
  datetime: scalar('datetime'),
  datetimeoffset: scalar('datetimeoffset'),
  enum: <E extends EnumSpec, const O extends FieldOptions = Record<never, never>>(
    e: E,
    description: string,
    o?: O,
  ) =>
    ({ ...base(description, o), type: 'enum', enum: e }) as EnumField & {
      readonly enum: E;
    } & Nullability<O>,
  object: <M extends FieldMap>(
    typeName: string,
    fields: M,
    description: string,
    o?: FieldOptions,
  ) =>
    // Omit first: intersecting with ObjectField would widen `fields` to `FieldMap & M`, whose
    // index signature would leak into DtoOf as `[key: string]: …`.
    ({ ...base(description, o), type: 'object', typeName, fields }) as Omit<
      ObjectField,
      'fields'
    > & {
      readonly fields: M;
    },
  list: <I extends ScalarField | EnumField | ObjectField>(
    item: I,
    description: string,
    o?: FieldOptions,
  ) =>
    // Omit first, for the same reason as in `object`: keep the item's exact type.
    ({ ...base(description, { filterable: false, ...o }), type: 'list', item }) as Omit<
      ListField,
      'item'
    > & {
      readonly item: I;
    },
};

export function defineEnum<const V extends Record<string, number>>(
  name: string,
  values: V,
  description: string,
): EnumSpec<Extract<keyof V, string>> {
  return { name, values, description };
}

/** The largest upload the facade and the emulator accept, decoded (DECISIONS.md). */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** The OData property name of a JSON key: PascalCase unless the field overrides it. */
export function odataName(jsonKey: string, field: FieldSpec): string {
  return field.odataName ?? jsonKey.charAt(0).toUpperCase() + jsonKey.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Type-level derivation of DTOs from field maps.

type ScalarTs<K extends ScalarKind> = K extends 'int' | 'long' | 'double'
  ? number
  : K extends 'bool'
    ? boolean
    : string;

/** Enums decode to their wire number; `enumName()` turns one into its name. */
type ValueOf<F> = F extends { type: 'scalar'; kind: infer K extends ScalarKind }
  ? ScalarTs<K>
  : F extends { type: 'enum' }
    ? number
    : F extends { type: 'object'; fields: infer M extends FieldMap }
      ? DtoOf<M>
      : F extends { type: 'list'; item: infer I }
        ? ValueOf<I>[]
        : never;

type RequiredKeys<M extends FieldMap> = {
  [K in keyof M]: M[K] extends { nullable: false } ? K : never;
}[keyof M];

/**
 * The wire DTO of a field map. Nullable fields are optional because PowerOffice omits nulls;
 * we also admit `null` since clients may send it explicitly.
 */
export type DtoOf<M extends FieldMap> = {
  -readonly [K in RequiredKeys<M>]: ValueOf<M[K]>;
} & {
  -readonly [K in Exclude<keyof M, RequiredKeys<M>>]?: ValueOf<M[K]> | null;
};
