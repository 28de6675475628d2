/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. PowerOffice dates without an offset (.NET DateTime) are served as their date part. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset; served in UTC (2025-01-31T12:00:00.000Z). */
  DateTime: { input: string; output: string; }
  /** A 64-bit integer (PowerOffice ids and numbers), limited to the safe JSON range. */
  Long: { input: number; output: number; }
};

/** One sort key of a AccountTransaction list; earlier entries sort first. */
export type AccountTransactionOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: AccountTransactionOrderField;
};

/** Properties a AccountTransaction list can be sorted by. */
export type AccountTransactionOrderField =
  /** Account posted to. */
  | 'ACCOUNT_CODE'
  /** Agriculture department. */
  | 'AGRICULTURE_DEPARTMENT'
  /** Amount in the client currency; debit positive, credit negative. */
  | 'AMOUNT'
  /** Bank transfer that created the entry. */
  | 'BANK_TRANSFER_ID'
  /** The voucher this one corrects. */
  | 'CORRECTION_OF_VOUCHER_NO'
  /** When the entry was posted. */
  | 'CREATED_DATE'
  /** Import that created the entry. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Amount in the voucher currency. */
  | 'CURRENCY_AMOUNT'
  /** Currency of the voucher. */
  | 'CURRENCY_CODE'
  /** Customer code when the account is the customer control account. */
  | 'CUSTOMER_ACCOUNT_NO'
  /** Matching reference. */
  | 'CUSTOM_MATCHING_REFERENCE'
  /** Posting date. */
  | 'DATE'
  /** Department dimension. */
  | 'DEPARTMENT_CODE'
  /** Voucher description. */
  | 'DESCRIPTION'
  /** Custom dimension 1. */
  | 'DIM1_CODE'
  /** Custom dimension 2. */
  | 'DIM2_CODE'
  /** Custom dimension 3. */
  | 'DIM3_CODE'
  /** Document number (the invoice number on invoices). */
  | 'DOCUMENT_NO'
  /** Employee code when the account is the employee control account. */
  | 'EMPLOYEE_ACCOUNT_NO'
  /** Idempotency key of the import. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Documents are attached to the voucher. */
  | 'HAS_VOUCHER_DOCUMENTATION'
  /** Id of the entry. */
  | 'ID'
  /** Voucher number in the system it was imported from. */
  | 'IMPORTED_VOUCHER_NO'
  /** Created from an EHF document. */
  | 'IS_CREATED_FROM_EHF'
  /** Main entry of a note. */
  | 'IS_NOTE_MAIN_ENTRY'
  /** The voucher has been reversed. */
  | 'IS_REVERSED'
  /** When the entry last changed. */
  | 'LAST_CHANGED'
  /** Location dimension. */
  | 'LOCATION_CODE'
  /** Salesperson. */
  | 'OUR_REFERENCE_EMPLOYEE_CODE'
  /** Product dimension. */
  | 'PRODUCT_CODE'
  /** Project dimension. */
  | 'PROJECT_CODE'
  /** Quantity. */
  | 'QUANTITY'
  /** Second quantity. */
  | 'QUANTITY2'
  /** The voucher this one reverses. */
  | 'REVERSED_VOUCHER_NO'
  /** The customer or supplier ledger entry of this line. */
  | 'SUB_LEDGER_ENTRY_ID'
  /** Supplier code when the account is the supplier control account. */
  | 'SUPPLIER_ACCOUNT_NO'
  /** Line text. */
  | 'TEXT'
  /** VAT of the line. */
  | 'VAT_AMOUNT'
  /** VAT code of the line. */
  | 'VAT_CODE'
  /** VAT rate, percent. */
  | 'VAT_RATE'
  /** VAT return adjustment kind. */
  | 'VAT_RETURN_SPECIFICATION'
  /** KID of the voucher. */
  | 'VOUCHER_CID'
  /** On a credit note: the credited invoice number. */
  | 'VOUCHER_CREDIT_NOTE_REFERENCE'
  /** Document date of the voucher. */
  | 'VOUCHER_DATE'
  /** Due date of the voucher. */
  | 'VOUCHER_DUE_DATE'
  /** Id of the voucher. */
  | 'VOUCHER_ID'
  /** Pages of the voucher image. */
  | 'VOUCHER_IMAGES_COUNT'
  /** Voucher number. */
  | 'VOUCHER_NO'
  /** Reference of the voucher. */
  | 'VOUCHER_REFERENCE'
  /** Kind of voucher. */
  | 'VOUCHER_TYPE';

/** Conditions on AccountTransaction properties, compiled to one OData $filter. */
export type AccountTransactionWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<AccountTransactionWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<AccountTransactionWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<AccountTransactionWhere>>;
  /** Account posted to. */
  accountCode?: InputMaybe<LongFilter>;
  /** Agriculture department. */
  agricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Amount in the client currency; debit positive, credit negative. */
  amount?: InputMaybe<FloatFilter>;
  /** Bank transfer that created the entry. */
  bankTransferId?: InputMaybe<GuidFilter>;
  /** The voucher this one corrects. */
  correctionOfVoucherNo?: InputMaybe<LongFilter>;
  /** When the entry was posted. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import that created the entry. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Amount in the voucher currency. */
  currencyAmount?: InputMaybe<FloatFilter>;
  /** Currency of the voucher. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Matching reference. */
  customMatchingReference?: InputMaybe<StringFilter>;
  /** Customer code when the account is the customer control account. */
  customerAccountNo?: InputMaybe<LongFilter>;
  /** Posting date. */
  date?: InputMaybe<DateFilter>;
  /** Department dimension. */
  departmentCode?: InputMaybe<StringFilter>;
  /** Voucher description. */
  description?: InputMaybe<StringFilter>;
  /** Custom dimension 1. */
  dim1Code?: InputMaybe<StringFilter>;
  /** Custom dimension 2. */
  dim2Code?: InputMaybe<StringFilter>;
  /** Custom dimension 3. */
  dim3Code?: InputMaybe<StringFilter>;
  /** Document number (the invoice number on invoices). */
  documentNo?: InputMaybe<StringFilter>;
  /** Employee code when the account is the employee control account. */
  employeeAccountNo?: InputMaybe<LongFilter>;
  /** Idempotency key of the import. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Documents are attached to the voucher. */
  hasVoucherDocumentation?: InputMaybe<BooleanFilter>;
  /** Id of the entry. */
  id?: InputMaybe<LongFilter>;
  /** Voucher number in the system it was imported from. */
  importedVoucherNo?: InputMaybe<LongFilter>;
  /** Created from an EHF document. */
  isCreatedFromEhf?: InputMaybe<BooleanFilter>;
  /** Main entry of a note. */
  isNoteMainEntry?: InputMaybe<BooleanFilter>;
  /** The voucher has been reversed. */
  isReversed?: InputMaybe<BooleanFilter>;
  /** When the entry last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Location dimension. */
  locationCode?: InputMaybe<StringFilter>;
  /** Salesperson. */
  ourReferenceEmployeeCode?: InputMaybe<LongFilter>;
  /** Product dimension. */
  productCode?: InputMaybe<StringFilter>;
  /** Project dimension. */
  projectCode?: InputMaybe<StringFilter>;
  /** Quantity. */
  quantity?: InputMaybe<FloatFilter>;
  /** Second quantity. */
  quantity2?: InputMaybe<FloatFilter>;
  /** The voucher this one reverses. */
  reversedVoucherNo?: InputMaybe<LongFilter>;
  /** The customer or supplier ledger entry of this line. */
  subLedgerEntryId?: InputMaybe<LongFilter>;
  /** Supplier code when the account is the supplier control account. */
  supplierAccountNo?: InputMaybe<LongFilter>;
  /** Line text. */
  text?: InputMaybe<StringFilter>;
  /** VAT of the line. */
  vatAmount?: InputMaybe<FloatFilter>;
  /** VAT code of the line. */
  vatCode?: InputMaybe<StringFilter>;
  /** VAT rate, percent. */
  vatRate?: InputMaybe<FloatFilter>;
  /** VAT return adjustment kind. */
  vatReturnSpecification?: InputMaybe<VatReturnSpecificationFilter>;
  /** KID of the voucher. */
  voucherCID?: InputMaybe<StringFilter>;
  /** On a credit note: the credited invoice number. */
  voucherCreditNoteReference?: InputMaybe<StringFilter>;
  /** Document date of the voucher. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Due date of the voucher. */
  voucherDueDate?: InputMaybe<DateFilter>;
  /** Id of the voucher. */
  voucherId?: InputMaybe<GuidFilter>;
  /** Pages of the voucher image. */
  voucherImagesCount?: InputMaybe<IntFilter>;
  /** Voucher number. */
  voucherNo?: InputMaybe<LongFilter>;
  /** Reference of the voucher. */
  voucherReference?: InputMaybe<StringFilter>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<VoucherTypeFilter>;
};

/** Writable properties of Accrual. */
export type AccrualInput = {
  /** Agriculture department of the balance account. */
  balanceAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Balance account of the accrual (GeneralLedgerAccount.code). */
  balanceAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** First day of the accrual period. */
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  /** Whether the line is accrued. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number of months, for recurring invoices instead of from/to dates. */
  numOfMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Agriculture department of the result account. */
  resultAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Result account of the accrual (GeneralLedgerAccount.code). */
  resultAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** Last day of the accrual period. */
  toDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Writable properties of a Activity. */
export type ActivityFields = {
  /** Kind of activity; required on create, never None. */
  activityType?: InputMaybe<ActivityType>;
  /** Unique code (max 50); entries and projects refer to it. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Hour type, by its description (HourType.description). */
  hourType?: InputMaybe<Scalars['String']['input']>;
  /** Hourly rate. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Whether the activity is in use. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entries cannot change the hour type. */
  isLockedHourType?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name (max 400). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Product invoiced for billable time (Product.code). */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Entries must carry an external comment. */
  requireExternalComment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entries must name a project. */
  requireProject?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entries take the employee's default hour type. */
  useEmployeeDefaultHourType?: InputMaybe<Scalars['Boolean']['input']>;
  /** Entries take the regular-hours hour type. */
  useRegularHoursHourType?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key of a Activity list; earlier entries sort first. */
export type ActivityOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ActivityOrderField;
};

/** Properties a Activity list can be sorted by. */
export type ActivityOrderField =
  /** Kind of activity; required on create, never None. */
  | 'ACTIVITY_TYPE'
  /** Unique code (max 50); entries and projects refer to it. */
  | 'CODE'
  /** Import journal that created the activity. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Hourly rate. */
  | 'HOURLY_RATE'
  /** Hour type, by its description (HourType.description). */
  | 'HOUR_TYPE'
  /** PowerOffice id of the activity. Send it to update. */
  | 'ID'
  /** Whether the activity is in use. */
  | 'IS_ACTIVE'
  /** Entries cannot change the hour type. */
  | 'IS_LOCKED_HOUR_TYPE'
  /** When the activity last changed. */
  | 'LAST_CHANGED'
  /** Name (max 400). */
  | 'NAME'
  /** Product invoiced for billable time (Product.code). */
  | 'PRODUCT_CODE'
  /** Entries must carry an external comment. */
  | 'REQUIRE_EXTERNAL_COMMENT'
  /** Entries must name a project. */
  | 'REQUIRE_PROJECT'
  /** Entries take the employee's default hour type. */
  | 'USE_EMPLOYEE_DEFAULT_HOUR_TYPE'
  /** Entries take the regular-hours hour type. */
  | 'USE_REGULAR_HOURS_HOUR_TYPE';

/** Kind of a time-tracking activity (billable, internal, leave…). */
export type ActivityType =
  /** Billable (100 on the wire). */
  | 'BILLABLE'
  /** Internal (250 on the wire). */
  | 'INTERNAL'
  /** None (0 on the wire). */
  | 'NONE'
  /** NonBillable (200 on the wire). */
  | 'NON_BILLABLE'
  /** PaidLeave (500 on the wire). */
  | 'PAID_LEAVE'
  /** PaidSickLeave (300 on the wire). */
  | 'PAID_SICK_LEAVE'
  /** PaidSickLeaveForSickChildren (302 on the wire). */
  | 'PAID_SICK_LEAVE_FOR_SICK_CHILDREN'
  /** PaidSickLeaveWithSickNote (301 on the wire). */
  | 'PAID_SICK_LEAVE_WITH_SICK_NOTE'
  /** UnpaidLeave (600 on the wire). */
  | 'UNPAID_LEAVE'
  /** UnpaidSickLeave (400 on the wire). */
  | 'UNPAID_SICK_LEAVE'
  /** Vacation (700 on the wire). */
  | 'VACATION';

/** Conditions on a ActivityType property. */
export type ActivityTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<ActivityType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ActivityType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ActivityType>;
};

/** Conditions on Activity properties, compiled to one OData $filter. */
export type ActivityWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ActivityWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ActivityWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ActivityWhere>>;
  /** Kind of activity; required on create, never None. */
  activityType?: InputMaybe<ActivityTypeFilter>;
  /** Unique code (max 50); entries and projects refer to it. */
  code?: InputMaybe<StringFilter>;
  /** Import journal that created the activity. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Hour type, by its description (HourType.description). */
  hourType?: InputMaybe<StringFilter>;
  /** Hourly rate. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the activity. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the activity is in use. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Entries cannot change the hour type. */
  isLockedHourType?: InputMaybe<BooleanFilter>;
  /** When the activity last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Name (max 400). */
  name?: InputMaybe<StringFilter>;
  /** Product invoiced for billable time (Product.code). */
  productCode?: InputMaybe<StringFilter>;
  /** Entries must carry an external comment. */
  requireExternalComment?: InputMaybe<BooleanFilter>;
  /** Entries must name a project. */
  requireProject?: InputMaybe<BooleanFilter>;
  /** Entries take the employee's default hour type. */
  useEmployeeDefaultHourType?: InputMaybe<BooleanFilter>;
  /** Entries take the regular-hours hour type. */
  useRegularHoursHourType?: InputMaybe<BooleanFilter>;
};

/** Adds invoices to a case. */
export type AddInvoicesToDebtCollectionCaseInput = {
  /** Global id of the debt collection case. */
  caseId: Scalars['ID']['input'];
  /** Invoices to add (their ids). */
  invoiceIds: Array<Scalars['String']['input']>;
};

/** Writable properties of Address. */
export type AddressInput = {
  /** First address line. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** Second address line. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** Third address line (deprecated). */
  address3?: InputMaybe<Scalars['String']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166 alpha-2 country code. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** External reference of the address. */
  externalCode?: InputMaybe<Scalars['String']['input']>;
  /** Address id; send it to update an existing address. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** Primary delivery address, suggested on new invoices. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postcode. */
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on the properties of an embedded Address. */
export type AddressWhere = {
  /** First address line. */
  address1?: InputMaybe<StringFilter>;
  /** Second address line. */
  address2?: InputMaybe<StringFilter>;
  /** Third address line (deprecated). */
  address3?: InputMaybe<StringFilter>;
  /** City. */
  city?: InputMaybe<StringFilter>;
  /** ISO 3166 alpha-2 country code. */
  countryCode?: InputMaybe<StringFilter>;
  /** External reference of the address. */
  externalCode?: InputMaybe<StringFilter>;
  /** Address id; send it to update an existing address. */
  id?: InputMaybe<LongFilter>;
  /** Primary delivery address, suggested on new invoices. */
  isPrimary?: InputMaybe<BooleanFilter>;
  /** When the address last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Postcode. */
  zipCode?: InputMaybe<StringFilter>;
};

/** Agriculture department, for agriculture clients. */
export type AgricultureDepartment =
  /** Farming (20 on the wire). */
  | 'FARMING'
  /** Finance (10 on the wire). */
  | 'FINANCE'
  /** Forestry (30 on the wire). */
  | 'FORESTRY'
  /** FurAnimals (50 on the wire). */
  | 'FUR_ANIMALS'
  /** None (0 on the wire). */
  | 'NONE'
  /** OtherIndustries (60 on the wire). */
  | 'OTHER_INDUSTRIES'
  /** Private (90 on the wire). */
  | 'PRIVATE';

/** Conditions on a AgricultureDepartment property. */
export type AgricultureDepartmentFilter = {
  /** Equal to. */
  eq?: InputMaybe<AgricultureDepartment>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<AgricultureDepartment>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<AgricultureDepartment>;
};

/** Writable properties of a BankTransfer. */
export type BankTransferFields = {
  /** Amount to pay; must be greater than 0. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Agriculture department of the balancing account. */
  balancingAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** The debit side: a general-ledger account code or a sub-ledger (supplier, customer, employee) code. */
  balancingAccountNo?: InputMaybe<Scalars['Long']['input']>;
  /** KID payment reference. */
  cid?: InputMaybe<Scalars['String']['input']>;
  /** Currency of the amount. */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Currency-registry code (abroad). */
  currencyRegistryCode?: InputMaybe<CurrencyRegistryCodes>;
  /** Currency-registry text (abroad). */
  currencyRegistryText?: InputMaybe<Scalars['String']['input']>;
  /** Department posted on the remittance. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** What the payment is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Who pays the fees (abroad). */
  internationalPaymentFeeDistribution?: InputMaybe<InternationalPaymentFeeDistribution>;
  /** The supplier invoice voucher paid; set this or subLedgerEntryId, PowerOffice fills the other. */
  invoiceId?: InputMaybe<Scalars['String']['input']>;
  /** Express payment. */
  isExpress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Held back from payment. */
  isOnHold?: InputMaybe<Scalars['Boolean']['input']>;
  /** The bank account paid from (ClientBankAccount.code). */
  payableBankAccount?: InputMaybe<Scalars['String']['input']>;
  /** When to pay. */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Message to the receiver, used when there is no KID. */
  paymentMessage?: InputMaybe<Scalars['String']['input']>;
  /** Project posted on the remittance. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Bank code of the receiver's bank (abroad). */
  receivableBankAccountBankCode?: InputMaybe<Scalars['String']['input']>;
  /** BIC/SWIFT of the receiver's bank (abroad). */
  receivableBankAccountBicSwift?: InputMaybe<Scalars['String']['input']>;
  /** The receiver's account number (IBAN abroad). */
  receivableBankAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** Country of the receiver's account. */
  receivableBankAccountCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Receiver's country (ISO 3166-1 alpha-2). */
  receiverCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Name of the receiver. */
  receiverName?: InputMaybe<Scalars['String']['input']>;
  /** Receiver's organisation number. */
  receiverVatNumber?: InputMaybe<Scalars['String']['input']>;
  /** The supplier ledger entry paid (SupplierLedgerEntry.id). */
  subLedgerEntryId?: InputMaybe<Scalars['Long']['input']>;
};

/** One sort key of a BankTransfer list; earlier entries sort first. */
export type BankTransferOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: BankTransferOrderField;
};

/** Properties a BankTransfer list can be sorted by. */
export type BankTransferOrderField =
  /** Amount to pay; must be greater than 0. */
  | 'AMOUNT'
  /** Agriculture department of the balancing account. */
  | 'BALANCING_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** The debit side: a general-ledger account code or a sub-ledger (supplier, customer, employee) code. */
  | 'BALANCING_ACCOUNT_NO'
  /** KID payment reference. */
  | 'CID'
  /** Currency of the amount. */
  | 'CURRENCY_CODE'
  /** Currency-registry code (abroad). */
  | 'CURRENCY_REGISTRY_CODE'
  /** Currency-registry text (abroad). */
  | 'CURRENCY_REGISTRY_TEXT'
  /** Department posted on the remittance. */
  | 'DEPARTMENT_CODE'
  /** What the payment is for. */
  | 'DESCRIPTION'
  /** Idempotency key: unique per client, at most 50 characters. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the transfer. */
  | 'ID'
  /** Who pays the fees (abroad). */
  | 'INTERNATIONAL_PAYMENT_FEE_DISTRIBUTION'
  /** The supplier invoice voucher paid; set this or subLedgerEntryId, PowerOffice fills the other. */
  | 'INVOICE_ID'
  /** Express payment. */
  | 'IS_EXPRESS'
  /** Held back from payment. */
  | 'IS_ON_HOLD'
  /** The bank account paid from (ClientBankAccount.code). */
  | 'PAYABLE_BANK_ACCOUNT'
  /** When to pay. */
  | 'PAYMENT_DATE'
  /** Message to the receiver, used when there is no KID. */
  | 'PAYMENT_MESSAGE'
  /** Project posted on the remittance. */
  | 'PROJECT_CODE'
  /** Bank code of the receiver's bank (abroad). */
  | 'RECEIVABLE_BANK_ACCOUNT_BANK_CODE'
  /** BIC/SWIFT of the receiver's bank (abroad). */
  | 'RECEIVABLE_BANK_ACCOUNT_BIC_SWIFT'
  /** The receiver's account number (IBAN abroad). */
  | 'RECEIVABLE_BANK_ACCOUNT_CODE'
  /** Country of the receiver's account. */
  | 'RECEIVABLE_BANK_ACCOUNT_COUNTRY_CODE'
  /** Receiver's country (ISO 3166-1 alpha-2). */
  | 'RECEIVER_COUNTRY_CODE'
  /** Name of the receiver. */
  | 'RECEIVER_NAME'
  /** Receiver's organisation number. */
  | 'RECEIVER_VAT_NUMBER'
  /** State of the transfer; a new one awaits authorisation. */
  | 'STATUS'
  /** The supplier ledger entry paid (SupplierLedgerEntry.id). */
  | 'SUB_LEDGER_ENTRY_ID';

/** State of an outgoing bank transfer (accounting reference §21). */
export type BankTransferStatus =
  /** Authorized (1 on the wire). */
  | 'AUTHORIZED'
  /** AwaitingAuthorization (0 on the wire). */
  | 'AWAITING_AUTHORIZATION'
  /** Completed (2 on the wire). */
  | 'COMPLETED'
  /** Deleted (10 on the wire). */
  | 'DELETED'
  /** Failed (99 on the wire). */
  | 'FAILED';

/** Conditions on a BankTransferStatus property. */
export type BankTransferStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<BankTransferStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<BankTransferStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<BankTransferStatus>;
};

/** Conditions on BankTransfer properties, compiled to one OData $filter. */
export type BankTransferWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<BankTransferWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<BankTransferWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<BankTransferWhere>>;
  /** Amount to pay; must be greater than 0. */
  amount?: InputMaybe<FloatFilter>;
  /** Agriculture department of the balancing account. */
  balancingAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** The debit side: a general-ledger account code or a sub-ledger (supplier, customer, employee) code. */
  balancingAccountNo?: InputMaybe<LongFilter>;
  /** KID payment reference. */
  cid?: InputMaybe<StringFilter>;
  /** Currency of the amount. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Currency-registry code (abroad). */
  currencyRegistryCode?: InputMaybe<CurrencyRegistryCodesFilter>;
  /** Currency-registry text (abroad). */
  currencyRegistryText?: InputMaybe<StringFilter>;
  /** Department posted on the remittance. */
  departmentCode?: InputMaybe<StringFilter>;
  /** What the payment is for. */
  description?: InputMaybe<StringFilter>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the transfer. */
  id?: InputMaybe<GuidFilter>;
  /** Who pays the fees (abroad). */
  internationalPaymentFeeDistribution?: InputMaybe<InternationalPaymentFeeDistributionFilter>;
  /** The supplier invoice voucher paid; set this or subLedgerEntryId, PowerOffice fills the other. */
  invoiceId?: InputMaybe<GuidFilter>;
  /** Express payment. */
  isExpress?: InputMaybe<BooleanFilter>;
  /** Held back from payment. */
  isOnHold?: InputMaybe<BooleanFilter>;
  /** The bank account paid from (ClientBankAccount.code). */
  payableBankAccount?: InputMaybe<StringFilter>;
  /** When to pay. */
  paymentDate?: InputMaybe<DateFilter>;
  /** Message to the receiver, used when there is no KID. */
  paymentMessage?: InputMaybe<StringFilter>;
  /** Project posted on the remittance. */
  projectCode?: InputMaybe<StringFilter>;
  /** Bank code of the receiver's bank (abroad). */
  receivableBankAccountBankCode?: InputMaybe<StringFilter>;
  /** BIC/SWIFT of the receiver's bank (abroad). */
  receivableBankAccountBicSwift?: InputMaybe<StringFilter>;
  /** The receiver's account number (IBAN abroad). */
  receivableBankAccountCode?: InputMaybe<StringFilter>;
  /** Country of the receiver's account. */
  receivableBankAccountCountryCode?: InputMaybe<StringFilter>;
  /** Receiver's country (ISO 3166-1 alpha-2). */
  receiverCountryCode?: InputMaybe<StringFilter>;
  /** Name of the receiver. */
  receiverName?: InputMaybe<StringFilter>;
  /** Receiver's organisation number. */
  receiverVatNumber?: InputMaybe<StringFilter>;
  /** State of the transfer; a new one awaits authorisation. */
  status?: InputMaybe<BankTransferStatusFilter>;
  /** The supplier ledger entry paid (SupplierLedgerEntry.id). */
  subLedgerEntryId?: InputMaybe<LongFilter>;
};

/** Conditions on a yes/no property. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key of a BrandingTheme list; earlier entries sort first. */
export type BrandingThemeOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: BrandingThemeOrderField;
};

/** Properties a BrandingTheme list can be sorted by. */
export type BrandingThemeOrderField =
  /** Theme code; customers, invoices and projects refer to it. */
  | 'CODE'
  /** Country of the layout (ISO 3166 alpha-2). */
  | 'COUNTRY_CODE'
  /** PowerOffice id of the theme. */
  | 'ID'
  /** Language of the layout. */
  | 'LANGUAGE_CODE'
  /** Theme name. */
  | 'NAME';

/** Conditions on BrandingTheme properties, compiled to one OData $filter. */
export type BrandingThemeWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<BrandingThemeWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<BrandingThemeWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<BrandingThemeWhere>>;
  /** Theme code; customers, invoices and projects refer to it. */
  code?: InputMaybe<StringFilter>;
  /** Country of the layout (ISO 3166 alpha-2). */
  countryCode?: InputMaybe<StringFilter>;
  /** PowerOffice id of the theme. */
  id?: InputMaybe<LongFilter>;
  /** Language of the layout. */
  languageCode?: InputMaybe<StringFilter>;
  /** Theme name. */
  name?: InputMaybe<StringFilter>;
};

/** Writable properties of a ClientBankAccount. */
export type ClientBankAccountFields = {
  /** Name of the bank. */
  bankName?: InputMaybe<Scalars['String']['input']>;
  /** BIC (SWIFT) of the bank. */
  bicSwift?: InputMaybe<Scalars['String']['input']>;
  /** The bank account number; required and valid (11 digits or an IBAN). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Country of the account (ISO 3166-1 alpha-2). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Currency of the account (ISO 4217). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Agriculture department of the ledger account. */
  generalLedgerAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Ledger account of the bank account (its code). */
  generalLedgerAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** Client trust account. */
  isClientTrustAccount?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key of a ClientBankAccount list; earlier entries sort first. */
export type ClientBankAccountOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ClientBankAccountOrderField;
};

/** Properties a ClientBankAccount list can be sorted by. */
export type ClientBankAccountOrderField =
  /** Name of the bank. */
  | 'BANK_NAME'
  /** BIC (SWIFT) of the bank. */
  | 'BIC_SWIFT'
  /** The bank account number; required and valid (11 digits or an IBAN). */
  | 'CODE'
  /** Country of the account (ISO 3166-1 alpha-2). */
  | 'COUNTRY_CODE'
  /** Currency of the account (ISO 4217). */
  | 'CURRENCY_CODE'
  /** Agriculture department of the ledger account. */
  | 'GENERAL_LEDGER_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Ledger account of the bank account (its code). */
  | 'GENERAL_LEDGER_ACCOUNT_CODE'
  /** Incoming payments from the bank are enabled. */
  | 'HAS_INCOMING_PAYMENT_SERVICE'
  /** Outgoing payments through the bank are enabled. */
  | 'HAS_OUTGOING_PAYMENT_SERVICE'
  /** PowerOffice id of the bank account. Send it to update. */
  | 'ID'
  /** Client trust account. */
  | 'IS_CLIENT_TRUST_ACCOUNT'
  /** The operating account ("driftskonto"). */
  | 'IS_CURRENT_ACCOUNT';

/** Conditions on ClientBankAccount properties, compiled to one OData $filter. */
export type ClientBankAccountWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ClientBankAccountWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ClientBankAccountWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ClientBankAccountWhere>>;
  /** Name of the bank. */
  bankName?: InputMaybe<StringFilter>;
  /** BIC (SWIFT) of the bank. */
  bicSwift?: InputMaybe<StringFilter>;
  /** The bank account number; required and valid (11 digits or an IBAN). */
  code?: InputMaybe<StringFilter>;
  /** Country of the account (ISO 3166-1 alpha-2). */
  countryCode?: InputMaybe<StringFilter>;
  /** Currency of the account (ISO 4217). */
  currencyCode?: InputMaybe<StringFilter>;
  /** Agriculture department of the ledger account. */
  generalLedgerAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Ledger account of the bank account (its code). */
  generalLedgerAccountCode?: InputMaybe<LongFilter>;
  /** Incoming payments from the bank are enabled. */
  hasIncomingPaymentService?: InputMaybe<BooleanFilter>;
  /** Outgoing payments through the bank are enabled. */
  hasOutgoingPaymentService?: InputMaybe<BooleanFilter>;
  /** PowerOffice id of the bank account. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Client trust account. */
  isClientTrustAccount?: InputMaybe<BooleanFilter>;
  /** The operating account ("driftskonto"). */
  isCurrentAccount?: InputMaybe<BooleanFilter>;
};

/** One sort key of a ClientContact list; earlier entries sort first. */
export type ClientContactOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ClientContactOrderField;
};

/** Properties a ClientContact list can be sorted by. */
export type ClientContactOrderField =
  /** Year of birth (a date in that year). */
  | 'BORN_YEAR'
  /** Email address. */
  | 'EMAIL'
  /** Given name. */
  | 'FIRST_NAME'
  /** PowerOffice id of the contact. */
  | 'ID'
  /** Family name. */
  | 'LAST_NAME'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Role in the company. */
  | 'ROLE';

/** Conditions on ClientContact properties, compiled to one OData $filter. */
export type ClientContactWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ClientContactWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ClientContactWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ClientContactWhere>>;
  /** Year of birth (a date in that year). */
  bornYear?: InputMaybe<DateFilter>;
  /** Email address. */
  email?: InputMaybe<StringFilter>;
  /** Given name. */
  firstName?: InputMaybe<StringFilter>;
  /** PowerOffice id of the contact. */
  id?: InputMaybe<LongFilter>;
  /** Family name. */
  lastName?: InputMaybe<StringFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Role in the company. */
  role?: InputMaybe<ContactPersonRoleFilter>;
};

/** Writable properties of the Client. */
export type ClientFields = {
  /** Default agriculture department. */
  defaultAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Email address. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Last month of the financial year. */
  financialYearEndMonth?: InputMaybe<Months>;
  /** Registered legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressInput>;
  /** Company name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Street address. */
  streetAddress?: InputMaybe<AddressInput>;
  /** Organisation number. */
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  /** How often VAT is reported. */
  vatPeriod?: InputMaybe<VatPeriod>;
  /** Website URL. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Writable properties of a ContactGroup. */
export type ContactGroupFields = {
  /** Whether one invoice may be sent to the whole group. */
  sendInvoicesToGroup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Group title, unique per client ignoring case; parties list it by title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a ContactGroup list; earlier entries sort first. */
export type ContactGroupOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ContactGroupOrderField;
};

/** Properties a ContactGroup list can be sorted by. */
export type ContactGroupOrderField =
  /** PowerOffice id of the group; used by OutgoingInvoice.contactGroupId. */
  | 'ID'
  /** Whether one invoice may be sent to the whole group. */
  | 'SEND_INVOICES_TO_GROUP'
  /** Group title, unique per client ignoring case; parties list it by title. */
  | 'TITLE';

/** Conditions on ContactGroup properties, compiled to one OData $filter. */
export type ContactGroupWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ContactGroupWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ContactGroupWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ContactGroupWhere>>;
  /** PowerOffice id of the group; used by OutgoingInvoice.contactGroupId. */
  id?: InputMaybe<LongFilter>;
  /** Whether one invoice may be sent to the whole group. */
  sendInvoicesToGroup?: InputMaybe<BooleanFilter>;
  /** Group title, unique per client ignoring case; parties list it by title. */
  title?: InputMaybe<StringFilter>;
};

/** Writable properties of a ContactPerson. */
export type ContactPersonFields = {
  /** First address line. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** Second address line. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** Countries the person is a citizen of. */
  citizenship?: InputMaybe<Array<Scalars['String']['input']>>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Email address. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Free-text reference in an external system. */
  externalCode?: InputMaybe<Scalars['String']['input']>;
  /** Given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender of the person. */
  gender?: InputMaybe<Gender>;
  /** Whether the person holds a Norwegian identity number. */
  hasNorwegianSSN?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the contact person is in use. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Politically exposed person. */
  isPep?: InputMaybe<Scalars['Boolean']['input']>;
  /** Relative or close associate of a politically exposed person. */
  isRca?: InputMaybe<Scalars['Boolean']['input']>;
  /** Family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Place of birth. */
  placeOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Country of residence (ISO 3166 alpha-2). */
  residenceCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** National identity number of the person. */
  socialSecurityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Postcode. */
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a ContactPerson list; earlier entries sort first. */
export type ContactPersonOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ContactPersonOrderField;
};

/** Properties a ContactPerson list can be sorted by. */
export type ContactPersonOrderField =
  /** First address line. */
  | 'ADDRESS1'
  /** Second address line. */
  | 'ADDRESS2'
  /** City. */
  | 'CITY'
  /** Date of birth. */
  | 'DATE_OF_BIRTH'
  /** Email address. */
  | 'EMAIL_ADDRESS'
  /** Free-text reference in an external system. */
  | 'EXTERNAL_CODE'
  /** Given name. */
  | 'FIRST_NAME'
  /** Gender of the person. */
  | 'GENDER'
  /** Whether the person holds a Norwegian identity number. */
  | 'HAS_NORWEGIAN_SSN'
  /** PowerOffice id of the contact person. Send it to update. */
  | 'ID'
  /** Whether the contact person is in use. */
  | 'IS_ACTIVE'
  /** Politically exposed person. */
  | 'IS_PEP'
  /** Relative or close associate of a politically exposed person. */
  | 'IS_RCA'
  /** When the contact person last changed. */
  | 'LAST_CHANGED'
  /** Family name. */
  | 'LAST_NAME'
  /** Customer number of the owning party, when it is a customer. */
  | 'PARTY_CUSTOMER_CODE'
  /** Id of the customer or supplier party the person belongs to. */
  | 'PARTY_ID'
  /** Supplier number of the owning party, when it is a supplier. */
  | 'PARTY_SUPPLIER_CODE'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Place of birth. */
  | 'PLACE_OF_BIRTH'
  /** Country of residence (ISO 3166 alpha-2). */
  | 'RESIDENCE_COUNTRY_CODE'
  /** National identity number of the person. */
  | 'SOCIAL_SECURITY_NUMBER'
  /** Postcode. */
  | 'ZIP_CODE';

/** A contact's role in the client company (reference Part C). */
export type ContactPersonRole =
  /** BoardMember (4 on the wire). */
  | 'BOARD_MEMBER'
  /** ChairmanOfTheBoard (3 on the wire). */
  | 'CHAIRMAN_OF_THE_BOARD'
  /** GeneralManager (2 on the wire). */
  | 'GENERAL_MANAGER'
  /** None (0 on the wire). */
  | 'NONE'
  /** Other (1 on the wire). */
  | 'OTHER';

/** Conditions on a ContactPersonRole property. */
export type ContactPersonRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<ContactPersonRole>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ContactPersonRole>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ContactPersonRole>;
};

/** Conditions on ContactPerson properties, compiled to one OData $filter. */
export type ContactPersonWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ContactPersonWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ContactPersonWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ContactPersonWhere>>;
  /** First address line. */
  address1?: InputMaybe<StringFilter>;
  /** Second address line. */
  address2?: InputMaybe<StringFilter>;
  /** City. */
  city?: InputMaybe<StringFilter>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<DateFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** Free-text reference in an external system. */
  externalCode?: InputMaybe<StringFilter>;
  /** Given name. */
  firstName?: InputMaybe<StringFilter>;
  /** Gender of the person. */
  gender?: InputMaybe<GenderFilter>;
  /** Whether the person holds a Norwegian identity number. */
  hasNorwegianSSN?: InputMaybe<BooleanFilter>;
  /** PowerOffice id of the contact person. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the contact person is in use. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Politically exposed person. */
  isPep?: InputMaybe<BooleanFilter>;
  /** Relative or close associate of a politically exposed person. */
  isRca?: InputMaybe<BooleanFilter>;
  /** When the contact person last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Family name. */
  lastName?: InputMaybe<StringFilter>;
  /** Customer number of the owning party, when it is a customer. */
  partyCustomerCode?: InputMaybe<LongFilter>;
  /** Id of the customer or supplier party the person belongs to. */
  partyId?: InputMaybe<LongFilter>;
  /** Supplier number of the owning party, when it is a supplier. */
  partySupplierCode?: InputMaybe<LongFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Place of birth. */
  placeOfBirth?: InputMaybe<StringFilter>;
  /** Country of residence (ISO 3166 alpha-2). */
  residenceCountryCode?: InputMaybe<StringFilter>;
  /** National identity number of the person. */
  socialSecurityNumber?: InputMaybe<StringFilter>;
  /** Postcode. */
  zipCode?: InputMaybe<StringFilter>;
};

/** A new Activity. */
export type CreateActivityInput = {
  /** Properties. */
  data: ActivityFields;
};

/** A new BankTransfer. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateBankTransferInput = {
  /** Properties. */
  data: BankTransferFields;
};

/** A new ClientBankAccount. */
export type CreateClientBankAccountInput = {
  /** Properties. */
  data: ClientBankAccountFields;
};

/** Asks for an onboarding link for a client company (reference A2). */
export type CreateClientOnboardingUrlInput = {
  /** Where PowerOffice POSTs the outcome (and the client key). */
  callbackUri: Scalars['String']['input'];
  /** Organisation number of the client company. */
  clientOrganizationNo: Scalars['String']['input'];
  /** Where the administrator's browser goes afterwards. */
  redirectUri: Scalars['String']['input'];
};

/** A new ContactGroup. */
export type CreateContactGroupInput = {
  /** Properties. */
  data: ContactGroupFields;
};

/** A new contact person of a customer or supplier: give exactly one parent id. */
export type CreateContactPersonInput = {
  /** Global id of the customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Properties. */
  data: ContactPersonFields;
  /** Global id of the supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new Customer. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateCustomerInput = {
  /** Properties. */
  data: CustomerFields;
};

/** A new DebtCollectionCase. */
export type CreateDebtCollectionCaseInput = {
  /** Properties. */
  data: DebtCollectionCaseFields;
};

/** A new DeliveryTerm. */
export type CreateDeliveryTermInput = {
  /** Properties. */
  data: DeliveryTermFields;
};

/** A new Department. */
export type CreateDepartmentInput = {
  /** Properties. */
  data: DepartmentFields;
};

/** A new Employee. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateEmployeeInput = {
  /** Properties. */
  data: EmployeeFields;
};

/** A new GeneralLedgerAccount. */
export type CreateGeneralLedgerAccountInput = {
  /** Properties. */
  data: GeneralLedgerAccountFields;
};

/** A new HourType. */
export type CreateHourTypeInput = {
  /** Properties. */
  data: HourTypeFields;
};

/** A new Import. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateImportInput = {
  /** Properties. */
  data: ImportFields;
};

/** A new InvoiceAttachment. */
export type CreateInvoiceAttachmentInput = {
  /** Properties. */
  data: InvoiceAttachmentFields;
};

/** A new JournalEntryVoucher. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateJournalEntryVoucherInput = {
  /** Properties. */
  data: JournalEntryVoucherFields;
};

/** A new Location. */
export type CreateLocationInput = {
  /** Properties. */
  data: LocationFields;
};

/** A new OutgoingInvoice. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateOutgoingInvoiceInput = {
  /** Properties. */
  data: OutgoingInvoiceFields;
};

/** A new party bank account of a customer or supplier or employee: give exactly one parent id. */
export type CreatePartyBankAccountInput = {
  /** Global id of the customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Properties. */
  data: PartyBankAccountFields;
  /** Global id of the employee. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Global id of the supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new PaymentTerm. */
export type CreatePaymentTermInput = {
  /** Properties. */
  data: PaymentTermFields;
};

/** A new ProductGroup. */
export type CreateProductGroupInput = {
  /** Properties. */
  data: ProductGroupFields;
};

/** A new Product. */
export type CreateProductInput = {
  /** Properties. */
  data: ProductFields;
};

/** A new project activity of a project. */
export type CreateProjectActivityInput = {
  /** Properties. */
  data: ProjectActivityFields;
  /** Global id of the project. */
  projectId: Scalars['ID']['input'];
};

/** A new Project. */
export type CreateProjectInput = {
  /** Properties. */
  data: ProjectFields;
};

/** A new project team member of a project. */
export type CreateProjectTeamMemberInput = {
  /** Properties. */
  data: ProjectTeamMemberFields;
  /** Global id of the project. */
  projectId: Scalars['ID']['input'];
};

/** A new RecurringInvoice. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateRecurringInvoiceInput = {
  /** Properties. */
  data: RecurringInvoiceFields;
};

/** A new SalaryLine. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateSalaryLineInput = {
  /** Properties. */
  data: SalaryLineFields;
};

/** A new Supplier. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateSupplierInput = {
  /** Properties. */
  data: SupplierFields;
};

/** A new TimeTrackingEntry. `data.externalImportReference` is the create's idempotency key (at most 50 characters, unique): give your own to repeat a create safely, or the facade generates one and returns it with the record. */
export type CreateTimeTrackingEntryInput = {
  /** Properties. */
  data: TimeTrackingEntryFields;
};

/** One sort key of a Currency list; earlier entries sort first. */
export type CurrencyOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: CurrencyOrderField;
};

/** Properties a Currency list can be sorted by. */
export type CurrencyOrderField =
  /** ISO 4217 code, e.g. NOK; parties and invoices refer to it. */
  | 'CODE'
  /** Whether the client uses the currency. */
  | 'IS_ACTIVE'
  /** English name. */
  | 'NOTATION';

/** Norwegian currency-registry code of an international payment (accounting reference §21). */
export type CurrencyRegistryCodes =
  /** Dividends (35 on the wire). */
  | 'DIVIDENDS'
  /** InheritanceGiftsAndMore (82 on the wire). */
  | 'INHERITANCE_GIFTS_AND_MORE'
  /** Interests (31 on the wire). */
  | 'INTERESTS'
  /** InvestmentInOtherCapital (45 on the wire). */
  | 'INVESTMENT_IN_OTHER_CAPITAL'
  /** InvestmentInSharesAndMore (43 on the wire). */
  | 'INVESTMENT_IN_SHARES_AND_MORE'
  /** LeaseOfServices (26 on the wire). */
  | 'LEASE_OF_SERVICES'
  /** LifeInsurancePension (71 on the wire). */
  | 'LIFE_INSURANCE_PENSION'
  /** None (0 on the wire). */
  | 'NONE'
  /** OtherFinancialInvestments (79 on the wire). */
  | 'OTHER_FINANCIAL_INVESTMENTS'
  /** OtherPurchaseOrSaleOfServices (29 on the wire). */
  | 'OTHER_PURCHASE_OR_SALE_OF_SERVICES'
  /** OtherReturnOnCapital (38 on the wire). */
  | 'OTHER_RETURN_ON_CAPITAL'
  /** PortfolioInvestmentInBondsAndNotes (52 on the wire). */
  | 'PORTFOLIO_INVESTMENT_IN_BONDS_AND_NOTES'
  /** PortfolioInvestmentInDerivatives (53 on the wire). */
  | 'PORTFOLIO_INVESTMENT_IN_DERIVATIVES'
  /** PortfolioInvestmentInSharesAndMutualFundsShares (51 on the wire). */
  | 'PORTFOLIO_INVESTMENT_IN_SHARES_AND_MUTUAL_FUNDS_SHARES'
  /** PurchaseOfGoods (14 on the wire). */
  | 'PURCHASE_OF_GOODS'
  /** PurchaseOrSaleOfProperty (41 on the wire). */
  | 'PURCHASE_OR_SALE_OF_PROPERTY'
  /** Salaries (81 on the wire). */
  | 'SALARIES';

/** Conditions on a CurrencyRegistryCodes property. */
export type CurrencyRegistryCodesFilter = {
  /** Equal to. */
  eq?: InputMaybe<CurrencyRegistryCodes>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<CurrencyRegistryCodes>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<CurrencyRegistryCodes>;
};

/** Conditions on Currency properties, compiled to one OData $filter. */
export type CurrencyWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<CurrencyWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<CurrencyWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<CurrencyWhere>>;
  /** ISO 4217 code, e.g. NOK; parties and invoices refer to it. */
  code?: InputMaybe<StringFilter>;
  /** Whether the client uses the currency. */
  isActive?: InputMaybe<BooleanFilter>;
  /** English name. */
  notation?: InputMaybe<StringFilter>;
};

/** One sort key of a CustomerBalance list; earlier entries sort first. */
export type CustomerBalanceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: CustomerBalanceOrderField;
};

/** Properties a CustomerBalance list can be sorted by. */
export type CustomerBalanceOrderField =
  /** Balance in the client currency. */
  | 'BALANCE'
  /** Code of the customer. */
  | 'CUSTOMER_CODE'
  /** External code of the customer. */
  | 'CUSTOMER_EXTERNAL_CODE'
  /** Id of the customer. */
  | 'CUSTOMER_ID'
  /** Name of the customer. */
  | 'CUSTOMER_NAME';

/** Conditions on CustomerBalance properties, compiled to one OData $filter. */
export type CustomerBalanceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<CustomerBalanceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<CustomerBalanceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<CustomerBalanceWhere>>;
  /** Balance in the client currency. */
  balance?: InputMaybe<FloatFilter>;
  /** Code of the customer. */
  customerCode?: InputMaybe<LongFilter>;
  /** External code of the customer. */
  customerExternalCode?: InputMaybe<LongFilter>;
  /** Id of the customer. */
  customerId?: InputMaybe<LongFilter>;
  /** Name of the customer. */
  customerName?: InputMaybe<StringFilter>;
};

/** Writable properties of a Customer. */
export type CustomerFields = {
  /** Customer number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<Scalars['Long']['input']>;
  /** Titles of the contact groups the customer belongs to. Unknown titles are created on save. */
  contactGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Primary contact person (a ContactPerson id of this party). */
  contactPersonId?: InputMaybe<Scalars['Long']['input']>;
  /** Default currency (ISO 4217). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, for persons. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<Scalars['String']['input']>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Default discount in percent (0..100; -1000..0 for a premium). */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** No late-payment fees are added. */
  doNotAddLatePaymentFees?: InputMaybe<Scalars['Boolean']['input']>;
  /** No late-payment interest is added. */
  doNotAddLatePaymentInterest?: InputMaybe<Scalars['Boolean']['input']>;
  /** Email address. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Original customer number from an import. */
  externalCode?: InputMaybe<Scalars['Long']['input']>;
  /** Idempotency/correlation key, at most 50 characters, unique among customers. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** First name, for persons. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Hourly rate for time billing. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** International id; reads return "hidden" when set. */
  internationalIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdType>;
  /** Branding theme of invoices; null = client default. */
  invoiceBrandingThemeCode?: InputMaybe<Scalars['String']['input']>;
  /** Default delivery of invoices. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryType>;
  /** Email address invoices are sent to. */
  invoiceEmailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 copy addresses, separated by ";". */
  invoiceEmailAddressCC?: InputMaybe<Scalars['String']['input']>;
  /** Whether the party currently is a customer. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Archived (inactive). Archive instead of deleting a party with data. */
  isArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the customer is a private person. */
  isPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sales to this customer are VAT-free. */
  isVatFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name, for persons. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Registered legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressInput>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Delivery of debt-collection notices. */
  noticeOfDebtCollectionDeliveryType?: InputMaybe<InvoiceDeliveryType>;
  /** Sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Payment terms in days. */
  paymentTerms?: InputMaybe<Scalars['Int']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Delivery of reminders. */
  reminderDeliveryType?: InputMaybe<InvoiceDeliveryType>;
  /** Email address reminders are sent to. */
  reminderEmailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reminders are sent for overdue invoices. */
  sendReminders?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the party first became a contact. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Social security number; reads return "hidden" when set. */
  socialSecurityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressInput>;
  /** Street (delivery) addresses. Replaced as a full set on update. */
  streetAddresses?: InputMaybe<Array<AddressInput>>;
  /** Sub-ledger number series, used on create only. */
  subledgerNumberSeriesId?: InputMaybe<Scalars['String']['input']>;
  /** Overdue invoices go to debt collection. */
  transferToDebtCollectionAgency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Invoices are sent through factoring. */
  useFactoring?: InputMaybe<Scalars['Boolean']['input']>;
  /** An invoice fee is added (default true). */
  useInvoiceFee?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organisation number. */
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  /** Website URL. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a CustomerLedgerEntry list; earlier entries sort first. */
export type CustomerLedgerEntryOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: CustomerLedgerEntryOrderField;
};

/** Properties a CustomerLedgerEntry list can be sorted by. */
export type CustomerLedgerEntryOrderField =
  /** Amount in the client currency. */
  | 'AMOUNT'
  /** Remaining amount in the client currency. */
  | 'BALANCE'
  /** KID. */
  | 'CID'
  /** The voucher this one corrects. */
  | 'CORRECTION_OF_VOUCHER_NO'
  /** When the entry was posted. */
  | 'CREATED_DATE'
  /** Import that created the entry. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Amount in the currency. */
  | 'CURRENCY_AMOUNT'
  /** Currency. */
  | 'CURRENCY_CODE'
  /** Code of the customer; the report's filter key. */
  | 'CUSTOMER_CODE'
  /** Matching reference. */
  | 'CUSTOM_MATCHING_REFERENCE'
  /** Debt-collection case. */
  | 'DEBT_COLLECTION_CASE_CODE'
  /** Debt-collection case id. */
  | 'DEBT_COLLECTION_CASE_ID'
  /** Department. */
  | 'DEPARTMENT_CODE'
  /** Department name. */
  | 'DEPARTMENT_NAME'
  /** Custom dimension 1. */
  | 'DIM1_CODE'
  /** Custom dimension 1 name. */
  | 'DIM1_NAME'
  /** Custom dimension 2. */
  | 'DIM2_CODE'
  /** Custom dimension 2 name. */
  | 'DIM2_NAME'
  /** Custom dimension 3. */
  | 'DIM3_CODE'
  /** Custom dimension 3 name. */
  | 'DIM3_NAME'
  /** Document number (usually the invoice number). */
  | 'DOCUMENT_NO'
  /** Due date. */
  | 'DUE_DATE'
  /** Idempotency key of the import. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Factoring integration. */
  | 'FACTORING_INTEGRATION_NAME'
  /** Factoring state (a raw number). */
  | 'FACTORING_INVOICE_STATUS'
  /** Documents are attached. */
  | 'HAS_VOUCHER_DOCUMENTATION'
  /** Id of the entry (AccountTransaction.subLedgerEntryId). */
  | 'ID'
  /** Order number in the system the invoice came from. */
  | 'IMPORTED_ORDER_NO'
  /** Debt-collection state (a raw number). */
  | 'INVOICE_DEBT_COLLECTION_STATUS'
  /** Created by this integration. */
  | 'IS_CREATED_BY_CURRENT_INTEGRATION'
  /** The voucher has been reversed. */
  | 'IS_REVERSED'
  /** A write-off. */
  | 'IS_WRITE_OFF'
  /** When the entry last changed. */
  | 'LAST_CHANGED'
  /** Location. */
  | 'LOCATION_CODE'
  /** Location name. */
  | 'LOCATION_NAME'
  /** Entries matched together share this id. */
  | 'MATCH_ID'
  /** Bank account an OCR payment came from. */
  | 'PAID_FROM_BANK_ACCOUNT'
  /** Posting date. */
  | 'POSTING_DATE'
  /** Project. */
  | 'PROJECT_CODE'
  /** Project name. */
  | 'PROJECT_NAME'
  /** The voucher this one reverses. */
  | 'REVERSED_VOUCHER_NO'
  /** Voucher date. */
  | 'VOUCHER_DATE'
  /** Id of the voucher (an invoice's own id, §14). */
  | 'VOUCHER_ID'
  /** Voucher number. */
  | 'VOUCHER_NO'
  /** Kind of voucher. */
  | 'VOUCHER_TYPE';

/** Conditions on CustomerLedgerEntry properties, compiled to one OData $filter. */
export type CustomerLedgerEntryWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<CustomerLedgerEntryWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<CustomerLedgerEntryWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<CustomerLedgerEntryWhere>>;
  /** Amount in the client currency. */
  amount?: InputMaybe<FloatFilter>;
  /** Remaining amount in the client currency. */
  balance?: InputMaybe<FloatFilter>;
  /** KID. */
  cid?: InputMaybe<StringFilter>;
  /** The voucher this one corrects. */
  correctionOfVoucherNo?: InputMaybe<LongFilter>;
  /** When the entry was posted. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import that created the entry. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Amount in the currency. */
  currencyAmount?: InputMaybe<FloatFilter>;
  /** Currency. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Matching reference. */
  customMatchingReference?: InputMaybe<StringFilter>;
  /** Code of the customer; the report's filter key. */
  customerCode?: InputMaybe<LongFilter>;
  /** Debt-collection case. */
  debtCollectionCaseCode?: InputMaybe<StringFilter>;
  /** Debt-collection case id. */
  debtCollectionCaseId?: InputMaybe<GuidFilter>;
  /** Department. */
  departmentCode?: InputMaybe<StringFilter>;
  /** Department name. */
  departmentName?: InputMaybe<StringFilter>;
  /** Custom dimension 1. */
  dim1Code?: InputMaybe<StringFilter>;
  /** Custom dimension 1 name. */
  dim1Name?: InputMaybe<StringFilter>;
  /** Custom dimension 2. */
  dim2Code?: InputMaybe<StringFilter>;
  /** Custom dimension 2 name. */
  dim2Name?: InputMaybe<StringFilter>;
  /** Custom dimension 3. */
  dim3Code?: InputMaybe<StringFilter>;
  /** Custom dimension 3 name. */
  dim3Name?: InputMaybe<StringFilter>;
  /** Document number (usually the invoice number). */
  documentNo?: InputMaybe<StringFilter>;
  /** Due date. */
  dueDate?: InputMaybe<DateFilter>;
  /** Idempotency key of the import. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Factoring integration. */
  factoringIntegrationName?: InputMaybe<StringFilter>;
  /** Factoring state (a raw number). */
  factoringInvoiceStatus?: InputMaybe<LongFilter>;
  /** Documents are attached. */
  hasVoucherDocumentation?: InputMaybe<BooleanFilter>;
  /** Id of the entry (AccountTransaction.subLedgerEntryId). */
  id?: InputMaybe<LongFilter>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<LongFilter>;
  /** Debt-collection state (a raw number). */
  invoiceDebtCollectionStatus?: InputMaybe<IntFilter>;
  /** Created by this integration. */
  isCreatedByCurrentIntegration?: InputMaybe<BooleanFilter>;
  /** The voucher has been reversed. */
  isReversed?: InputMaybe<BooleanFilter>;
  /** A write-off. */
  isWriteOff?: InputMaybe<BooleanFilter>;
  /** When the entry last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Location. */
  locationCode?: InputMaybe<StringFilter>;
  /** Location name. */
  locationName?: InputMaybe<StringFilter>;
  /** Entries matched together share this id. */
  matchId?: InputMaybe<LongFilter>;
  /** Bank account an OCR payment came from. */
  paidFromBankAccount?: InputMaybe<StringFilter>;
  /** Posting date. */
  postingDate?: InputMaybe<DateFilter>;
  /** Project. */
  projectCode?: InputMaybe<StringFilter>;
  /** Project name. */
  projectName?: InputMaybe<StringFilter>;
  /** The voucher this one reverses. */
  reversedVoucherNo?: InputMaybe<LongFilter>;
  /** Voucher date. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Id of the voucher (an invoice's own id, §14). */
  voucherId?: InputMaybe<GuidFilter>;
  /** Voucher number. */
  voucherNo?: InputMaybe<LongFilter>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<VoucherTypeFilter>;
};

/** One sort key of a Customer list; earlier entries sort first. */
export type CustomerOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: CustomerOrderField;
};

/** Properties a Customer list can be sorted by. */
export type CustomerOrderField =
  /** Customer number; assigned by PowerOffice when omitted on create. */
  | 'CODE'
  /** Primary contact person (a ContactPerson id of this party). */
  | 'CONTACT_PERSON_ID'
  /** When the party was created. */
  | 'CREATED_DATE'
  /** Import journal that created the customer. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Default currency (ISO 4217). */
  | 'CURRENCY_CODE'
  /** When the party became a customer. */
  | 'CUSTOMER_CREATED_DATE'
  /** Date of birth, for persons. */
  | 'DATE_OF_BIRTH'
  /** Delivery term (free text). */
  | 'DELIVERY_TERM'
  /** Department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** Default discount in percent (0..100; -1000..0 for a premium). */
  | 'DISCOUNT_PERCENT'
  /** No late-payment fees are added. */
  | 'DO_NOT_ADD_LATE_PAYMENT_FEES'
  /** No late-payment interest is added. */
  | 'DO_NOT_ADD_LATE_PAYMENT_INTEREST'
  /** Email address. */
  | 'EMAIL_ADDRESS'
  /** Original customer number from an import. */
  | 'EXTERNAL_CODE'
  /** Idempotency/correlation key, at most 50 characters, unique among customers. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** First name, for persons. */
  | 'FIRST_NAME'
  /** Hourly rate for time billing. */
  | 'HOURLY_RATE'
  /** PowerOffice id of the party. Send it to update. */
  | 'ID'
  /** Country of the international id (ISO alpha-2). */
  | 'INTERNATIONAL_ID_COUNTRY_CODE'
  /** Kind of international id. */
  | 'INTERNATIONAL_ID_TYPE'
  /** Branding theme of invoices; null = client default. */
  | 'INVOICE_BRANDING_THEME_CODE'
  /** Default delivery of invoices. */
  | 'INVOICE_DELIVERY_TYPE'
  /** Email address invoices are sent to. */
  | 'INVOICE_EMAIL_ADDRESS'
  /** Up to 10 copy addresses, separated by ";". */
  | 'INVOICE_EMAIL_ADDRESS_CC'
  /** Whether the party currently is a customer. */
  | 'IS_ACTIVE'
  /** Archived (inactive). Archive instead of deleting a party with data. */
  | 'IS_ARCHIVED'
  /** Whether the customer is a private person. */
  | 'IS_PERSON'
  /** Sales to this customer are VAT-free. */
  | 'IS_VAT_FREE'
  /** When the customer or one of its addresses last changed. */
  | 'LAST_CHANGED'
  /** Last name, for persons. */
  | 'LAST_NAME'
  /** Registered legal name. */
  | 'LEGAL_NAME'
  /** Display name. */
  | 'NAME'
  /** Delivery of debt-collection notices. */
  | 'NOTICE_OF_DEBT_COLLECTION_DELIVERY_TYPE'
  /** Sales person (Employee.code). */
  | 'OUR_REFERENCE_EMPLOYEE_CODE'
  /** Payment terms in days. */
  | 'PAYMENT_TERMS'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Delivery of reminders. */
  | 'REMINDER_DELIVERY_TYPE'
  /** Email address reminders are sent to. */
  | 'REMINDER_EMAIL_ADDRESS'
  /** Whether an international id is reported. */
  | 'REPORT_INTERNATIONAL_ID'
  /** Reminders are sent for overdue invoices. */
  | 'SEND_REMINDERS'
  /** When the party first became a contact. */
  | 'SINCE'
  /** Overdue invoices go to debt collection. */
  | 'TRANSFER_TO_DEBT_COLLECTION_AGENCY'
  /** Invoices are sent through factoring. */
  | 'USE_FACTORING'
  /** An invoice fee is added (default true). */
  | 'USE_INVOICE_FEE'
  /** Organisation number. */
  | 'VAT_NUMBER'
  /** Website URL. */
  | 'WEBSITE_URL';

/** Conditions on Customer properties, compiled to one OData $filter. */
export type CustomerWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<CustomerWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<CustomerWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<CustomerWhere>>;
  /** Customer number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<LongFilter>;
  /** Primary contact person (a ContactPerson id of this party). */
  contactPersonId?: InputMaybe<LongFilter>;
  /** When the party was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import journal that created the customer. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Default currency (ISO 4217). */
  currencyCode?: InputMaybe<StringFilter>;
  /** When the party became a customer. */
  customerCreatedDate?: InputMaybe<DateTimeFilter>;
  /** Date of birth, for persons. */
  dateOfBirth?: InputMaybe<DateFilter>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<StringFilter>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** Default discount in percent (0..100; -1000..0 for a premium). */
  discountPercent?: InputMaybe<FloatFilter>;
  /** No late-payment fees are added. */
  doNotAddLatePaymentFees?: InputMaybe<BooleanFilter>;
  /** No late-payment interest is added. */
  doNotAddLatePaymentInterest?: InputMaybe<BooleanFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** Original customer number from an import. */
  externalCode?: InputMaybe<LongFilter>;
  /** Idempotency/correlation key, at most 50 characters, unique among customers. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** First name, for persons. */
  firstName?: InputMaybe<StringFilter>;
  /** Hourly rate for time billing. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the party. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<StringFilter>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdTypeFilter>;
  /** Branding theme of invoices; null = client default. */
  invoiceBrandingThemeCode?: InputMaybe<StringFilter>;
  /** Default delivery of invoices. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryTypeFilter>;
  /** Email address invoices are sent to. */
  invoiceEmailAddress?: InputMaybe<StringFilter>;
  /** Up to 10 copy addresses, separated by ";". */
  invoiceEmailAddressCC?: InputMaybe<StringFilter>;
  /** Whether the party currently is a customer. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Archived (inactive). Archive instead of deleting a party with data. */
  isArchived?: InputMaybe<BooleanFilter>;
  /** Whether the customer is a private person. */
  isPerson?: InputMaybe<BooleanFilter>;
  /** Sales to this customer are VAT-free. */
  isVatFree?: InputMaybe<BooleanFilter>;
  /** When the customer or one of its addresses last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Last name, for persons. */
  lastName?: InputMaybe<StringFilter>;
  /** Registered legal name. */
  legalName?: InputMaybe<StringFilter>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressWhere>;
  /** Display name. */
  name?: InputMaybe<StringFilter>;
  /** Delivery of debt-collection notices. */
  noticeOfDebtCollectionDeliveryType?: InputMaybe<InvoiceDeliveryTypeFilter>;
  /** Sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<LongFilter>;
  /** Payment terms in days. */
  paymentTerms?: InputMaybe<IntFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Delivery of reminders. */
  reminderDeliveryType?: InputMaybe<InvoiceDeliveryTypeFilter>;
  /** Email address reminders are sent to. */
  reminderEmailAddress?: InputMaybe<StringFilter>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<BooleanFilter>;
  /** Reminders are sent for overdue invoices. */
  sendReminders?: InputMaybe<BooleanFilter>;
  /** When the party first became a contact. */
  since?: InputMaybe<DateFilter>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressWhere>;
  /** Overdue invoices go to debt collection. */
  transferToDebtCollectionAgency?: InputMaybe<BooleanFilter>;
  /** Invoices are sent through factoring. */
  useFactoring?: InputMaybe<BooleanFilter>;
  /** An invoice fee is added (default true). */
  useInvoiceFee?: InputMaybe<BooleanFilter>;
  /** Organisation number. */
  vatNumber?: InputMaybe<StringFilter>;
  /** Website URL. */
  websiteUrl?: InputMaybe<StringFilter>;
};

/** Conditions on a calendar date, all of which must hold. */
export type DateFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['Date']['input']>;
};

/** Conditions on an instant, all of which must hold. */
export type DateTimeFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Writable properties of a DebtCollectionCase. */
export type DebtCollectionCaseFields = {
  /** Balance of the case at the agency. */
  balanceAgency?: InputMaybe<Scalars['Float']['input']>;
  /** Case number (PowerOffice's example uses the customer number). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Link to the case at the agency's site. */
  externalCaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** The invoices in the case; on create give their ids (`{ id }`). */
  invoices?: InputMaybe<Array<DebtCollectionInvoiceInput>>;
  /** State of the case; a new case is Active. */
  status?: InputMaybe<DebtCollectionCaseStatus>;
};

/** One sort key of a DebtCollectionCase list; earlier entries sort first. */
export type DebtCollectionCaseOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: DebtCollectionCaseOrderField;
};

/** Properties a DebtCollectionCase list can be sorted by. */
export type DebtCollectionCaseOrderField =
  /** Balance of the case at the agency. */
  | 'BALANCE_AGENCY'
  /** Case number (PowerOffice's example uses the customer number). */
  | 'CODE'
  /** Link to the case at the agency's site. */
  | 'EXTERNAL_CASE_URL'
  /** PowerOffice id of the case. */
  | 'ID'
  /** When an invoice of the case last changed. */
  | 'INVOICE_LAST_CHANGED'
  /** When the case last changed. */
  | 'LAST_CHANGED'
  /** State of the case; a new case is Active. */
  | 'STATUS';

/** State of the debt-collection case of an invoice. */
export type DebtCollectionCaseStatus =
  /** Active (0 on the wire). */
  | 'ACTIVE'
  /** Closed (10 on the wire). */
  | 'CLOSED';

/** Conditions on a DebtCollectionCaseStatus property. */
export type DebtCollectionCaseStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<DebtCollectionCaseStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<DebtCollectionCaseStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<DebtCollectionCaseStatus>;
};

/** Conditions on DebtCollectionCase properties, compiled to one OData $filter. */
export type DebtCollectionCaseWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<DebtCollectionCaseWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<DebtCollectionCaseWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<DebtCollectionCaseWhere>>;
  /** Balance of the case at the agency. */
  balanceAgency?: InputMaybe<FloatFilter>;
  /** Case number (PowerOffice's example uses the customer number). */
  code?: InputMaybe<StringFilter>;
  /** Link to the case at the agency's site. */
  externalCaseUrl?: InputMaybe<StringFilter>;
  /** PowerOffice id of the case. */
  id?: InputMaybe<GuidFilter>;
  /** When an invoice of the case last changed. */
  invoiceLastChanged?: InputMaybe<DateTimeFilter>;
  /** When the case last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** State of the case; a new case is Active. */
  status?: InputMaybe<DebtCollectionCaseStatusFilter>;
};

/** One sort key of a DebtCollectionCaseWithMatches list; earlier entries sort first. */
export type DebtCollectionCaseWithMatchesOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: DebtCollectionCaseWithMatchesOrderField;
};

/** Properties a DebtCollectionCaseWithMatches list can be sorted by. */
export type DebtCollectionCaseWithMatchesOrderField =
  /** Balance of the case at the agency. */
  | 'BALANCE_AGENCY'
  /** Case number (PowerOffice's example uses the customer number). */
  | 'CODE'
  /** Link to the case at the agency's site. */
  | 'EXTERNAL_CASE_URL'
  /** PowerOffice id of the case. */
  | 'ID'
  /** When an invoice of the case last changed. */
  | 'INVOICE_LAST_CHANGED'
  /** When the case last changed. */
  | 'LAST_CHANGED'
  /** State of the case; a new case is Active. */
  | 'STATUS';

/** Conditions on DebtCollectionCaseWithMatches properties, compiled to one OData $filter. */
export type DebtCollectionCaseWithMatchesWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<DebtCollectionCaseWithMatchesWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<DebtCollectionCaseWithMatchesWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<DebtCollectionCaseWithMatchesWhere>>;
  /** Balance of the case at the agency. */
  balanceAgency?: InputMaybe<FloatFilter>;
  /** Case number (PowerOffice's example uses the customer number). */
  code?: InputMaybe<StringFilter>;
  /** Link to the case at the agency's site. */
  externalCaseUrl?: InputMaybe<StringFilter>;
  /** PowerOffice id of the case. */
  id?: InputMaybe<GuidFilter>;
  /** When an invoice of the case last changed. */
  invoiceLastChanged?: InputMaybe<DateTimeFilter>;
  /** When the case last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** State of the case; a new case is Active. */
  status?: InputMaybe<DebtCollectionCaseStatusFilter>;
};

/** Writable properties of DebtCollectionInvoice. */
export type DebtCollectionInvoiceInput = {
  /** Id of the outgoing invoice. */
  id?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a DebtCollectionInvoice list; earlier entries sort first. */
export type DebtCollectionInvoiceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: DebtCollectionInvoiceOrderField;
};

/** Properties a DebtCollectionInvoice list can be sorted by. */
export type DebtCollectionInvoiceOrderField =
  /** KID payment reference. */
  | 'CID'
  /** Invoice currency. */
  | 'CURRENCY_CODE'
  /** Customer number. */
  | 'CUSTOMER_CODE'
  /** Due date. */
  | 'DUE_DATE'
  /** Idempotency key the invoice was created with. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Id of the outgoing invoice. */
  | 'ID'
  /** Invoice date. */
  | 'INVOICE_DATE'
  /** Where the invoice went. */
  | 'INVOICE_EMAIL_ADDRESS'
  /** Invoice number. */
  | 'INVOICE_NO'
  /** When the invoice last changed. */
  | 'LAST_CHANGED'
  /** Due date of the last reminder. */
  | 'LAST_REMINDER_DUE_DATE'
  /** Where the last reminder went. */
  | 'LAST_REMINDER_EMAIL_ADDRESS'
  /** When the last reminder was sent. */
  | 'LAST_REMINDER_SENT_DATE'
  /** Kind of the last reminder voucher. */
  | 'LAST_REMINDER_VOUCHER_TYPE'
  /** Amount in the invoice currency. */
  | 'ORIGINAL_AMOUNT'
  /** Amount posted, in the client currency. */
  | 'ORIGINAL_POSTED_AMOUNT'
  /** Amount still unpaid, in the client currency. */
  | 'REMAINING_AMOUNT';

/** Conditions on DebtCollectionInvoice properties, compiled to one OData $filter. */
export type DebtCollectionInvoiceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<DebtCollectionInvoiceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<DebtCollectionInvoiceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<DebtCollectionInvoiceWhere>>;
  /** KID payment reference. */
  cid?: InputMaybe<StringFilter>;
  /** Invoice currency. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Customer number. */
  customerCode?: InputMaybe<LongFilter>;
  /** Due date. */
  dueDate?: InputMaybe<DateFilter>;
  /** Idempotency key the invoice was created with. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Id of the outgoing invoice. */
  id?: InputMaybe<GuidFilter>;
  /** Invoice date. */
  invoiceDate?: InputMaybe<DateFilter>;
  /** Where the invoice went. */
  invoiceEmailAddress?: InputMaybe<StringFilter>;
  /** Invoice number. */
  invoiceNo?: InputMaybe<LongFilter>;
  /** When the invoice last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Due date of the last reminder. */
  lastReminderDueDate?: InputMaybe<DateFilter>;
  /** Where the last reminder went. */
  lastReminderEmailAddress?: InputMaybe<StringFilter>;
  /** When the last reminder was sent. */
  lastReminderSentDate?: InputMaybe<DateFilter>;
  /** Kind of the last reminder voucher. */
  lastReminderVoucherType?: InputMaybe<VoucherTypeFilter>;
  /** Amount in the invoice currency. */
  originalAmount?: InputMaybe<FloatFilter>;
  /** Amount posted, in the client currency. */
  originalPostedAmount?: InputMaybe<FloatFilter>;
  /** Amount still unpaid, in the client currency. */
  remainingAmount?: InputMaybe<FloatFilter>;
};

/** Debt-collection state of an invoice. */
export type DebtCollectionStatus =
  /** Approved (3 on the wire). */
  | 'APPROVED'
  /** Draft (1 on the wire). */
  | 'DRAFT'
  /** Exported (4 on the wire). */
  | 'EXPORTED'
  /** None (0 on the wire). */
  | 'NONE'
  /** OnHold (2 on the wire). */
  | 'ON_HOLD'
  /** Rejected (10 on the wire). */
  | 'REJECTED';

/** Conditions on a DebtCollectionStatus property. */
export type DebtCollectionStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<DebtCollectionStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<DebtCollectionStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<DebtCollectionStatus>;
};

/** Writable properties of DeliveredFile. */
export type DeliveredFileInput = {
  /** The delivered document, base64. */
  base64EncodedData?: InputMaybe<Scalars['String']['input']>;
  /** File name with its extension. */
  fileName?: InputMaybe<Scalars['String']['input']>;
};

/** Writable properties of a DeliveryTerm. */
export type DeliveryTermFields = {
  /** The client default; it cannot be deleted. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the term, e.g. "Fritt levert". */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a DeliveryTerm list; earlier entries sort first. */
export type DeliveryTermOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: DeliveryTermOrderField;
};

/** Properties a DeliveryTerm list can be sorted by. */
export type DeliveryTermOrderField =
  /** PowerOffice id of the delivery term. Send it to update. */
  | 'ID'
  /** The client default; it cannot be deleted. */
  | 'IS_DEFAULT'
  /** Name of the term, e.g. "Fritt levert". */
  | 'NAME';

/** Conditions on DeliveryTerm properties, compiled to one OData $filter. */
export type DeliveryTermWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<DeliveryTermWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<DeliveryTermWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<DeliveryTermWhere>>;
  /** PowerOffice id of the delivery term. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** The client default; it cannot be deleted. */
  isDefault?: InputMaybe<BooleanFilter>;
  /** Name of the term, e.g. "Fritt levert". */
  name?: InputMaybe<StringFilter>;
};

/** Writable properties of a Department. */
export type DepartmentFields = {
  /** Unique department code, chosen by the user. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Whether the department can be used. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Manager (Employee.code); the employee must exist. */
  managerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Department name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a Department list; earlier entries sort first. */
export type DepartmentOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: DepartmentOrderField;
};

/** Properties a Department list can be sorted by. */
export type DepartmentOrderField =
  /** Unique department code, chosen by the user. */
  | 'CODE'
  /** Import journal that created the department. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** PowerOffice id of the department. Send it to update. */
  | 'ID'
  /** Whether the department can be used. */
  | 'IS_ACTIVE'
  /** When the department last changed. */
  | 'LAST_CHANGED'
  /** Manager (Employee.code); the employee must exist. */
  | 'MANAGER_CODE'
  /** Department name. */
  | 'NAME';

/** Conditions on Department properties, compiled to one OData $filter. */
export type DepartmentWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<DepartmentWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<DepartmentWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<DepartmentWhere>>;
  /** Unique department code, chosen by the user. */
  code?: InputMaybe<StringFilter>;
  /** Import journal that created the department. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** PowerOffice id of the department. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the department can be used. */
  isActive?: InputMaybe<BooleanFilter>;
  /** When the department last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Manager (Employee.code); the employee must exist. */
  managerCode?: InputMaybe<LongFilter>;
  /** Department name. */
  name?: InputMaybe<StringFilter>;
};

/** Content type of a voucher document (accounting reference §21). */
export type DocumentMimeType =
  /** ApplicationDocx (23 on the wire). */
  | 'APPLICATION_DOCX'
  /** ApplicationDwg (28 on the wire). */
  | 'APPLICATION_DWG'
  /** ApplicationExcel (7 on the wire). */
  | 'APPLICATION_EXCEL'
  /** ApplicationJavascript (18 on the wire). */
  | 'APPLICATION_JAVASCRIPT'
  /** ApplicationJson (6 on the wire). */
  | 'APPLICATION_JSON'
  /** ApplicationOctetStream (0 on the wire). */
  | 'APPLICATION_OCTET_STREAM'
  /** ApplicationOpenOfficePresentation (26 on the wire). */
  | 'APPLICATION_OPEN_OFFICE_PRESENTATION'
  /** ApplicationOpenOfficeSpreadsheet (25 on the wire). */
  | 'APPLICATION_OPEN_OFFICE_SPREADSHEET'
  /** ApplicationOpenOfficeText (27 on the wire). */
  | 'APPLICATION_OPEN_OFFICE_TEXT'
  /** ApplicationPdf (5 on the wire). */
  | 'APPLICATION_PDF'
  /** ApplicationPptx (24 on the wire). */
  | 'APPLICATION_PPTX'
  /** ApplicationXlsx (22 on the wire). */
  | 'APPLICATION_XLSX'
  /** ApplicationXml (15 on the wire). */
  | 'APPLICATION_XML'
  /** ImageBmp (12 on the wire). */
  | 'IMAGE_BMP'
  /** ImageGif (10 on the wire). */
  | 'IMAGE_GIF'
  /** ImageJpeg (11 on the wire). */
  | 'IMAGE_JPEG'
  /** ImagePng (9 on the wire). */
  | 'IMAGE_PNG'
  /** ImageSvg (21 on the wire). */
  | 'IMAGE_SVG'
  /** ImageTiff (8 on the wire). */
  | 'IMAGE_TIFF'
  /** ImageUnknown (13 on the wire). */
  | 'IMAGE_UNKNOWN'
  /** MultipartFormData (14 on the wire). */
  | 'MULTIPART_FORM_DATA'
  /** MultipartReport (16 on the wire). */
  | 'MULTIPART_REPORT'
  /** TextCss (19 on the wire). */
  | 'TEXT_CSS'
  /** TextCsv (2 on the wire). */
  | 'TEXT_CSV'
  /** TextHtml (4 on the wire). */
  | 'TEXT_HTML'
  /** TextMarkdown (20 on the wire). */
  | 'TEXT_MARKDOWN'
  /** TextPlain (3 on the wire). */
  | 'TEXT_PLAIN'
  /** TextXml (1 on the wire). */
  | 'TEXT_XML'
  /** ZipArchive (17 on the wire). */
  | 'ZIP_ARCHIVE';

/** Writable properties of a Employee. */
export type EmployeeFields = {
  /** Employee number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<Scalars['Long']['input']>;
  /** Titles of the contact groups the employee belongs to. */
  contactGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Last working day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Expense refund account: the code of a bank account of this employee. */
  expenseBankAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** Original employee number from an import. */
  externalCode?: InputMaybe<Scalars['Long']['input']>;
  /** Idempotency/correlation key, at most 50 characters, unique among employees. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender; Hidden unless the integration may read personal data. */
  gender?: InputMaybe<Gender>;
  /** Date the employee was hired. */
  hiredDate?: InputMaybe<Scalars['Date']['input']>;
  /** Deprecated: today's hourly cost on reads; ignored on save. */
  hourlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** Deprecated: today's hourly rate on reads; ignored on save. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Dated hourly rates and costs; rows are added, updated or deleted one by one. */
  hourlyRates?: InputMaybe<Array<EmployeeTimeHourlyRatesInput>>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** International id; reads return "hidden" when set. */
  internationalIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdType>;
  /** Archived (inactive). */
  isArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Job title. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressInput>;
  /** Manager (Employee.code). */
  managerEmployeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Nationality (ISO 3166 alpha-2). */
  nationalityCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Salary account: the code of a bank account of this employee. */
  payrollBankAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address payslips are sent to. */
  payrollEmailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<Scalars['Boolean']['input']>;
  /** Social security number; reads return "hidden" when set. */
  socialSecurityNumber?: InputMaybe<Scalars['String']['input']>;
  /** First working day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressInput>;
  /** Street addresses. Replaced as a full set on update. */
  streetAddresses?: InputMaybe<Array<AddressInput>>;
  /** Sub-ledger number series, used on create only. */
  subledgerNumberSeriesId?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a Employee list; earlier entries sort first. */
export type EmployeeOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: EmployeeOrderField;
};

/** Properties a Employee list can be sorted by. */
export type EmployeeOrderField =
  /** Employee number; assigned by PowerOffice when omitted on create. */
  | 'CODE'
  /** When the party was created. */
  | 'CREATED_DATE'
  /** Import journal that created the employee. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Date of birth. */
  | 'DATE_OF_BIRTH'
  /** Department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** Email address. */
  | 'EMAIL_ADDRESS'
  /** When the party became an employee. */
  | 'EMPLOYEE_CREATED_DATE'
  /** Last working day. */
  | 'END_DATE'
  /** Expense refund account: the code of a bank account of this employee. */
  | 'EXPENSE_BANK_ACCOUNT_CODE'
  /** Original employee number from an import. */
  | 'EXTERNAL_CODE'
  /** Idempotency/correlation key, at most 50 characters, unique among employees. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Given name. */
  | 'FIRST_NAME'
  /** Gender; Hidden unless the integration may read personal data. */
  | 'GENDER'
  /** Date the employee was hired. */
  | 'HIRED_DATE'
  /** Deprecated: today's hourly cost on reads; ignored on save. */
  | 'HOURLY_COST'
  /** Deprecated: today's hourly rate on reads; ignored on save. */
  | 'HOURLY_RATE'
  /** PowerOffice id of the party. Send it to update. */
  | 'ID'
  /** Country of the international id (ISO alpha-2). */
  | 'INTERNATIONAL_ID_COUNTRY_CODE'
  /** Kind of international id. */
  | 'INTERNATIONAL_ID_TYPE'
  /** Archived (inactive). */
  | 'IS_ARCHIVED'
  /** Job title. */
  | 'JOB_TITLE'
  /** When the employee or one of its addresses last changed. */
  | 'LAST_CHANGED'
  /** Family name. */
  | 'LAST_NAME'
  /** Location (Location.code). */
  | 'LOCATION_CODE'
  /** Manager (Employee.code). */
  | 'MANAGER_EMPLOYEE_CODE'
  /** Nationality (ISO 3166 alpha-2). */
  | 'NATIONALITY_COUNTRY_CODE'
  /** Salary account: the code of a bank account of this employee. */
  | 'PAYROLL_BANK_ACCOUNT_CODE'
  /** Email address payslips are sent to. */
  | 'PAYROLL_EMAIL_ADDRESS'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Whether an international id is reported. */
  | 'REPORT_INTERNATIONAL_ID'
  /** First working day. */
  | 'START_DATE';

/** Writable properties of EmployeeTimeHourlyRates. */
export type EmployeeTimeHourlyRatesInput = {
  /** Hourly cost of the employee. */
  hourlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** Hourly rate billed for the employee. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Id of the rate row; omit to add, send to update or delete. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** Send true together with the id to remove the row. */
  isDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day the rate applies. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** Conditions on Employee properties, compiled to one OData $filter. */
export type EmployeeWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<EmployeeWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<EmployeeWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<EmployeeWhere>>;
  /** Employee number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<LongFilter>;
  /** When the party was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import journal that created the employee. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<DateFilter>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** When the party became an employee. */
  employeeCreatedDate?: InputMaybe<DateTimeFilter>;
  /** Last working day. */
  endDate?: InputMaybe<DateFilter>;
  /** Expense refund account: the code of a bank account of this employee. */
  expenseBankAccountCode?: InputMaybe<StringFilter>;
  /** Original employee number from an import. */
  externalCode?: InputMaybe<LongFilter>;
  /** Idempotency/correlation key, at most 50 characters, unique among employees. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Given name. */
  firstName?: InputMaybe<StringFilter>;
  /** Gender; Hidden unless the integration may read personal data. */
  gender?: InputMaybe<GenderFilter>;
  /** Date the employee was hired. */
  hiredDate?: InputMaybe<DateFilter>;
  /** Deprecated: today's hourly cost on reads; ignored on save. */
  hourlyCost?: InputMaybe<FloatFilter>;
  /** Deprecated: today's hourly rate on reads; ignored on save. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the party. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<StringFilter>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdTypeFilter>;
  /** Archived (inactive). */
  isArchived?: InputMaybe<BooleanFilter>;
  /** Job title. */
  jobTitle?: InputMaybe<StringFilter>;
  /** When the employee or one of its addresses last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Family name. */
  lastName?: InputMaybe<StringFilter>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<StringFilter>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressWhere>;
  /** Manager (Employee.code). */
  managerEmployeeCode?: InputMaybe<LongFilter>;
  /** Nationality (ISO 3166 alpha-2). */
  nationalityCountryCode?: InputMaybe<StringFilter>;
  /** Salary account: the code of a bank account of this employee. */
  payrollBankAccountCode?: InputMaybe<StringFilter>;
  /** Email address payslips are sent to. */
  payrollEmailAddress?: InputMaybe<StringFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<BooleanFilter>;
  /** First working day. */
  startDate?: InputMaybe<DateFilter>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressWhere>;
};

/** How an external delivery service is to deliver an invoice (reference Part C). */
export type ExternalInvoiceDeliveryType =
  /** Ehf (3 on the wire). */
  | 'EHF'
  /** PdfByEmail (2 on the wire). */
  | 'PDF_BY_EMAIL'
  /** Print (1 on the wire). */
  | 'PRINT'
  /** Unspecified (0 on the wire). */
  | 'UNSPECIFIED';

/** Conditions on a ExternalInvoiceDeliveryType property. */
export type ExternalInvoiceDeliveryTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<ExternalInvoiceDeliveryType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ExternalInvoiceDeliveryType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ExternalInvoiceDeliveryType>;
};

/** One sort key of a ExternallyDeliverableInvoice list; earlier entries sort first. */
export type ExternallyDeliverableInvoiceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ExternallyDeliverableInvoiceOrderField;
};

/** Properties a ExternallyDeliverableInvoice list can be sorted by. */
export type ExternallyDeliverableInvoiceOrderField =
  /** When it was handed over for external delivery. */
  | 'CREATED_DATE'
  /** The customer invoiced (Customer.code). */
  | 'CUSTOMER_CODE'
  /** The customer's email address for the invoice. */
  | 'CUSTOMER_EMAIL'
  /** Due date. */
  | 'DUE_DATE'
  /** How to deliver it. */
  | 'EXTERNAL_INVOICE_DELIVERY_TYPE'
  /** PowerOffice id; the same as the outgoing invoice it delivers. */
  | 'ID'
  /** Invoice date. */
  | 'INVOICE_DATE'
  /** When it was delivered. */
  | 'INVOICE_DELIVERY_DATE'
  /** Invoice number (OutgoingInvoice.invoiceNo). */
  | 'INVOICE_NO'
  /** Whether the delivery service reported it delivered. */
  | 'IS_DELIVERED'
  /** Total including VAT. */
  | 'TOTAL_AMOUNT';

/** Conditions on ExternallyDeliverableInvoice properties, compiled to one OData $filter. */
export type ExternallyDeliverableInvoiceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ExternallyDeliverableInvoiceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ExternallyDeliverableInvoiceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ExternallyDeliverableInvoiceWhere>>;
  /** When it was handed over for external delivery. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** The customer invoiced (Customer.code). */
  customerCode?: InputMaybe<LongFilter>;
  /** The customer's email address for the invoice. */
  customerEmail?: InputMaybe<StringFilter>;
  /** Due date. */
  dueDate?: InputMaybe<DateFilter>;
  /** How to deliver it. */
  externalInvoiceDeliveryType?: InputMaybe<ExternalInvoiceDeliveryTypeFilter>;
  /** PowerOffice id; the same as the outgoing invoice it delivers. */
  id?: InputMaybe<GuidFilter>;
  /** Invoice date. */
  invoiceDate?: InputMaybe<DateFilter>;
  /** When it was delivered. */
  invoiceDeliveryDate?: InputMaybe<DateFilter>;
  /** Invoice number (OutgoingInvoice.invoiceNo). */
  invoiceNo?: InputMaybe<LongFilter>;
  /** Whether the delivery service reported it delivered. */
  isDelivered?: InputMaybe<BooleanFilter>;
  /** Total including VAT. */
  totalAmount?: InputMaybe<FloatFilter>;
};

/** Conditions on a decimal number, all of which must hold. */
export type FloatFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['Float']['input']>;
};

/** Queues an incoming EHF invoice into Go. */
export type ForwardIncomingEhfInput = {
  /** The EHF XML, base64 (at most 5 MiB decoded). */
  base64EncodedData: Scalars['String']['input'];
  /** File name of the EHF invoice (.xml). */
  originalFileName: Scalars['String']['input'];
};

/** Gender. Hidden (-1) is returned when the integration may not read it. */
export type Gender =
  /** Female (2 on the wire). */
  | 'FEMALE'
  /** Hidden (-1 on the wire). */
  | 'HIDDEN'
  /** Male (1 on the wire). */
  | 'MALE'
  /** Unspecified (0 on the wire). */
  | 'UNSPECIFIED';

/** Conditions on a Gender property. */
export type GenderFilter = {
  /** Equal to. */
  eq?: InputMaybe<Gender>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Gender>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Gender>;
};

/** Writable properties of a GeneralLedgerAccount. */
export type GeneralLedgerAccountFields = {
  /** Agriculture department; with the code, the key on agriculture clients. */
  agricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Account number, 1000–9999; required on create. */
  code?: InputMaybe<Scalars['Long']['input']>;
  /** Currency of the account (ISO 4217). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Default department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Inactive accounts are hidden from users. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry an activity. */
  isActivityRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry an agriculture product. */
  isAgricultureProductRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a department. */
  isDepartmentRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry dimension 1. */
  isDim1Required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry dimension 2. */
  isDim2Required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry dimension 3. */
  isDim3Required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry an enterprise. */
  isEnterpriseRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a fixed asset. */
  isFixedAssetsRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a location. */
  isLocationRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a product. */
  isProductRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a project. */
  isProjectRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a second quantity. */
  isQuantity2Required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Postings to the account must carry a quantity. */
  isQuantityRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** The VAT code cannot change once the account is posted. */
  isVatCodeLockedAfterPosting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Account name; required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default project (Project.code). */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** First unit (agriculture clients). */
  unit1?: InputMaybe<UnitOfMeasureCode>;
  /** Second unit (agriculture clients). */
  unit2?: InputMaybe<UnitOfMeasureCode>;
  /** Default VAT code (VatCode.code, "MVA-kode"). */
  vatCode?: InputMaybe<Scalars['String']['input']>;
  /** VAT return specification. */
  vatReturnSpecification?: InputMaybe<VatReturnSpecification>;
};

/** One sort key of a GeneralLedgerAccount list; earlier entries sort first. */
export type GeneralLedgerAccountOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: GeneralLedgerAccountOrderField;
};

/** Properties a GeneralLedgerAccount list can be sorted by. */
export type GeneralLedgerAccountOrderField =
  /** Agriculture department; with the code, the key on agriculture clients. */
  | 'AGRICULTURE_DEPARTMENT'
  /** Account number, 1000–9999; required on create. */
  | 'CODE'
  /** Import journal that created the account. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Currency of the account (ISO 4217). */
  | 'CURRENCY_CODE'
  /** Default department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** PowerOffice id of the account (not its code). Send it to update. */
  | 'ID'
  /** Inactive accounts are hidden from users. */
  | 'IS_ACTIVE'
  /** Postings to the account must carry an activity. */
  | 'IS_ACTIVITY_REQUIRED'
  /** Postings to the account must carry an agriculture product. */
  | 'IS_AGRICULTURE_PRODUCT_REQUIRED'
  /** Postings to the account must carry a department. */
  | 'IS_DEPARTMENT_REQUIRED'
  /** Postings to the account must carry dimension 1. */
  | 'IS_DIM1_REQUIRED'
  /** Postings to the account must carry dimension 2. */
  | 'IS_DIM2_REQUIRED'
  /** Postings to the account must carry dimension 3. */
  | 'IS_DIM3_REQUIRED'
  /** Postings to the account must carry an enterprise. */
  | 'IS_ENTERPRISE_REQUIRED'
  /** Postings to the account must carry a fixed asset. */
  | 'IS_FIXED_ASSETS_REQUIRED'
  /** Postings to the account must carry a location. */
  | 'IS_LOCATION_REQUIRED'
  /** Postings to the account must carry a product. */
  | 'IS_PRODUCT_REQUIRED'
  /** Postings to the account must carry a project. */
  | 'IS_PROJECT_REQUIRED'
  /** Postings to the account must carry a second quantity. */
  | 'IS_QUANTITY2_REQUIRED'
  /** Postings to the account must carry a quantity. */
  | 'IS_QUANTITY_REQUIRED'
  /** The VAT code cannot change once the account is posted. */
  | 'IS_VAT_CODE_LOCKED_AFTER_POSTING'
  /** When the account last changed. */
  | 'LAST_CHANGED'
  /** Account name; required on create. */
  | 'NAME'
  /** Default project (Project.code). */
  | 'PROJECT_CODE'
  /** First unit (agriculture clients). */
  | 'UNIT1'
  /** Second unit (agriculture clients). */
  | 'UNIT2'
  /** Default VAT code (VatCode.code, "MVA-kode"). */
  | 'VAT_CODE'
  /** VAT return specification. */
  | 'VAT_RETURN_SPECIFICATION';

/** Conditions on GeneralLedgerAccount properties, compiled to one OData $filter. */
export type GeneralLedgerAccountWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<GeneralLedgerAccountWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<GeneralLedgerAccountWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<GeneralLedgerAccountWhere>>;
  /** Agriculture department; with the code, the key on agriculture clients. */
  agricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Account number, 1000–9999; required on create. */
  code?: InputMaybe<LongFilter>;
  /** Import journal that created the account. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Currency of the account (ISO 4217). */
  currencyCode?: InputMaybe<StringFilter>;
  /** Default department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** PowerOffice id of the account (not its code). Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Inactive accounts are hidden from users. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry an activity. */
  isActivityRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry an agriculture product. */
  isAgricultureProductRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a department. */
  isDepartmentRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry dimension 1. */
  isDim1Required?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry dimension 2. */
  isDim2Required?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry dimension 3. */
  isDim3Required?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry an enterprise. */
  isEnterpriseRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a fixed asset. */
  isFixedAssetsRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a location. */
  isLocationRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a product. */
  isProductRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a project. */
  isProjectRequired?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a second quantity. */
  isQuantity2Required?: InputMaybe<BooleanFilter>;
  /** Postings to the account must carry a quantity. */
  isQuantityRequired?: InputMaybe<BooleanFilter>;
  /** The VAT code cannot change once the account is posted. */
  isVatCodeLockedAfterPosting?: InputMaybe<BooleanFilter>;
  /** When the account last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Account name; required on create. */
  name?: InputMaybe<StringFilter>;
  /** Default project (Project.code). */
  projectCode?: InputMaybe<StringFilter>;
  /** First unit (agriculture clients). */
  unit1?: InputMaybe<UnitOfMeasureCodeFilter>;
  /** Second unit (agriculture clients). */
  unit2?: InputMaybe<UnitOfMeasureCodeFilter>;
  /** Default VAT code (VatCode.code, "MVA-kode"). */
  vatCode?: InputMaybe<StringFilter>;
  /** VAT return specification. */
  vatReturnSpecification?: InputMaybe<VatReturnSpecificationFilter>;
};

/** Conditions on a GUID property. */
export type GuidFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['String']['input']>;
};

/** Writable properties of a HourType. */
export type HourTypeFields = {
  /** Factor on the cost price. */
  costPriceFactor?: InputMaybe<Scalars['Float']['input']>;
  /** The natural key activities and entries name, e.g. "Overtid 100 %". */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Factor for flexitime. */
  flexTimeFactor?: InputMaybe<Scalars['Float']['input']>;
  /** Whether the hour type is in use. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Pay item the hours are paid with (PayItem.code). */
  payItemCode?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a HourType list; earlier entries sort first. */
export type HourTypeOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: HourTypeOrderField;
};

/** Properties a HourType list can be sorted by. */
export type HourTypeOrderField =
  /** Factor on the cost price. */
  | 'COST_PRICE_FACTOR'
  /** The natural key activities and entries name, e.g. "Overtid 100 %". */
  | 'DESCRIPTION'
  /** Factor for flexitime. */
  | 'FLEX_TIME_FACTOR'
  /** PowerOffice id of the hour type. Send it to update. */
  | 'ID'
  /** Whether the hour type is in use. */
  | 'IS_ACTIVE'
  /** When the hour type last changed. */
  | 'LAST_CHANGED'
  /** Pay item the hours are paid with (PayItem.code). */
  | 'PAY_ITEM_CODE';

/** Conditions on HourType properties, compiled to one OData $filter. */
export type HourTypeWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<HourTypeWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<HourTypeWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<HourTypeWhere>>;
  /** Factor on the cost price. */
  costPriceFactor?: InputMaybe<FloatFilter>;
  /** The natural key activities and entries name, e.g. "Overtid 100 %". */
  description?: InputMaybe<StringFilter>;
  /** Factor for flexitime. */
  flexTimeFactor?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the hour type. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the hour type is in use. */
  isActive?: InputMaybe<BooleanFilter>;
  /** When the hour type last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Pay item the hours are paid with (PayItem.code). */
  payItemCode?: InputMaybe<StringFilter>;
};

/** Where a project takes its billing hourly rate from. */
export type HourlyRateSpecification =
  /** Activity (1 on the wire). */
  | 'ACTIVITY'
  /** Employee (2 on the wire). */
  | 'EMPLOYEE'
  /** None (0 on the wire). */
  | 'NONE'
  /** Project (3 on the wire). */
  | 'PROJECT';

/** Conditions on a HourlyRateSpecification property. */
export type HourlyRateSpecificationFilter = {
  /** Equal to. */
  eq?: InputMaybe<HourlyRateSpecification>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<HourlyRateSpecification>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<HourlyRateSpecification>;
};

/** Writable properties of a Import. */
export type ImportFields = {
  /** When it was saved in Go. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** What the import holds. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** The import file; when given, lines are ignored. */
  file?: InputMaybe<ImportFileInput>;
  /** The lines; ignored when a file is given. */
  importLines?: InputMaybe<Array<ImportLineInput>>;
  /** Kind of journal. */
  type?: InputMaybe<ImportType>;
};

/** Writable properties of ImportFile. */
export type ImportFileInput = {
  /** The content, base64 (at most 5 MiB decoded). */
  base64EncodedData?: InputMaybe<Scalars['String']['input']>;
  /** File name with its extension. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** Format of the file. */
  importFileType?: InputMaybe<ImportFileType>;
};

/** Format of an uploaded import file (accounting reference §21). */
export type ImportFileType =
  /** InvoicePdfZipFile (2 on the wire). */
  | 'INVOICE_PDF_ZIP_FILE'
  /** NetsOcrFile (3 on the wire). */
  | 'NETS_OCR_FILE'
  /** StandardImportFile (1 on the wire). */
  | 'STANDARD_IMPORT_FILE';

/** Writable properties of ImportLine. */
export type ImportLineInput = {
  /** Ledger account code; ignored when a sub-ledger code is set. */
  accountNumber?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department. */
  agricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** + debit / − credit, local currency; each voucher sums to 0 per posting date. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** KID payment reference. */
  cid?: InputMaybe<Scalars['String']['input']>;
  /** Contract number. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Amount in the currency. */
  currencyAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Currency. */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Matching reference. */
  customMatchingReference?: InputMaybe<Scalars['String']['input']>;
  /** Posts to this customer’s sub-ledger. */
  customerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Delivery date. */
  deliveryDate?: InputMaybe<Scalars['Date']['input']>;
  /** Department. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Line text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Custom dimension 1. */
  dim1Code?: InputMaybe<Scalars['String']['input']>;
  /** Custom dimension 2. */
  dim2Code?: InputMaybe<Scalars['String']['input']>;
  /** Custom dimension 3. */
  dim3Code?: InputMaybe<Scalars['String']['input']>;
  /** Discount in percent (25 means 25 %). */
  discount?: InputMaybe<Scalars['Float']['input']>;
  /** Voucher date. */
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Voucher grouping key: lines with the same number form one voucher. */
  documentNumber?: InputMaybe<Scalars['Long']['input']>;
  /** Due date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Posts to this employee’s sub-ledger. */
  employeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Id of the line. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** Invoice number. */
  invoiceNo?: InputMaybe<Scalars['String']['input']>;
  /** Location. */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** Posting date. */
  postingDate?: InputMaybe<Scalars['Date']['input']>;
  /** Product. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Project. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase order number. */
  purchaseOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** Quantity. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** SAF-T batch id (at most 35). */
  saftBatchId?: InputMaybe<Scalars['String']['input']>;
  /** SAF-T source id (at most 35). */
  saftSourceId?: InputMaybe<Scalars['String']['input']>;
  /** Posts to this supplier’s sub-ledger. */
  supplierCode?: InputMaybe<Scalars['Long']['input']>;
  /** VAT code. */
  vatCode?: InputMaybe<Scalars['String']['input']>;
  /** VAT return specification. */
  vatReturnSpecification?: InputMaybe<VatReturnSpecification>;
};

/** One sort key of a Import list; earlier entries sort first. */
export type ImportOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ImportOrderField;
};

/** Properties a Import list can be sorted by. */
export type ImportOrderField =
  /** When it was saved in Go. */
  | 'DATE'
  /** What the import holds. */
  | 'DESCRIPTION'
  /** Idempotency key: unique per client, at most 50 characters. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the import. */
  | 'ID'
  /** Posted: its vouchers are in the ledger. */
  | 'IS_POSTED'
  /** When the import last changed. */
  | 'LAST_CHANGED'
  /** Kind of journal. */
  | 'TYPE';

/** Kind of import journal; there is no value 2 (accounting reference §21). */
export type ImportType =
  /** Cash (4 on the wire). */
  | 'CASH'
  /** None (0 on the wire). */
  | 'NONE'
  /** OutgoingVoucher (1 on the wire). */
  | 'OUTGOING_VOUCHER'
  /** Payroll (3 on the wire). */
  | 'PAYROLL'
  /** VoucherJournal (99 on the wire). */
  | 'VOUCHER_JOURNAL'
  /** YearEnd (5 on the wire). */
  | 'YEAR_END';

/** Conditions on a ImportType property. */
export type ImportTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<ImportType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ImportType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ImportType>;
};

/** Conditions on Import properties, compiled to one OData $filter. */
export type ImportWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ImportWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ImportWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ImportWhere>>;
  /** When it was saved in Go. */
  date?: InputMaybe<DateFilter>;
  /** What the import holds. */
  description?: InputMaybe<StringFilter>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the import. */
  id?: InputMaybe<GuidFilter>;
  /** Posted: its vouchers are in the ledger. */
  isPosted?: InputMaybe<BooleanFilter>;
  /** When the import last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Kind of journal. */
  type?: InputMaybe<ImportTypeFilter>;
};

/** Conditions on a 32-bit number, all of which must hold. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of international identifier reported for a party. */
export type InternationalIdType =
  /** NationalIdentityNumber (2 on the wire). */
  | 'NATIONAL_IDENTITY_NUMBER'
  /** None (0 on the wire). */
  | 'NONE'
  /** PassportNumber (1 on the wire). */
  | 'PASSPORT_NUMBER'
  /** TaxIdentificationNumber (3 on the wire). */
  | 'TAX_IDENTIFICATION_NUMBER'
  /** ValueAddedTaxIdentificationNumber (4 on the wire). */
  | 'VALUE_ADDED_TAX_IDENTIFICATION_NUMBER';

/** Conditions on a InternationalIdType property. */
export type InternationalIdTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<InternationalIdType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<InternationalIdType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<InternationalIdType>;
};

/** Who pays the fees of an international payment (accounting reference §21). */
export type InternationalPaymentFeeDistribution =
  /** Receiver (2 on the wire). */
  | 'RECEIVER'
  /** Sender (1 on the wire). */
  | 'SENDER'
  /** Shared (0 on the wire). */
  | 'SHARED';

/** Conditions on a InternationalPaymentFeeDistribution property. */
export type InternationalPaymentFeeDistributionFilter = {
  /** Equal to. */
  eq?: InputMaybe<InternationalPaymentFeeDistribution>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<InternationalPaymentFeeDistribution>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<InternationalPaymentFeeDistribution>;
};

/** Writable properties of a InvoiceAttachment. */
export type InvoiceAttachmentFields = {
  /** The content, base64; required on add, only GET by id returns it. */
  base64EncodedData?: InputMaybe<Scalars['String']['input']>;
  /** File name with its extension; required on add. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The invoice the file is attached to (an outgoing or recurring invoice). */
  invoiceId?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a InvoiceAttachment list; earlier entries sort first. */
export type InvoiceAttachmentOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: InvoiceAttachmentOrderField;
};

/** Properties a InvoiceAttachment list can be sorted by. */
export type InvoiceAttachmentOrderField =
  /** File name with its extension; required on add. */
  | 'FILE_NAME'
  /** Size of the file in bytes. */
  | 'FILE_SIZE_IN_BYTES'
  /** PowerOffice id of the attachment. */
  | 'ID'
  /** The invoice the file is attached to (an outgoing or recurring invoice). */
  | 'INVOICE_ID'
  /** When the attachment last changed. */
  | 'LAST_CHANGED';

/** Conditions on InvoiceAttachment properties, compiled to one OData $filter. */
export type InvoiceAttachmentWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<InvoiceAttachmentWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<InvoiceAttachmentWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<InvoiceAttachmentWhere>>;
  /** File name with its extension; required on add. */
  fileName?: InputMaybe<StringFilter>;
  /** Size of the file in bytes. */
  fileSizeInBytes?: InputMaybe<LongFilter>;
  /** PowerOffice id of the attachment. */
  id?: InputMaybe<LongFilter>;
  /** The invoice the file is attached to (an outgoing or recurring invoice). */
  invoiceId?: InputMaybe<GuidFilter>;
  /** When the attachment last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
};

/** How an invoice is (or was) delivered to the customer. */
export type InvoiceDeliveryType =
  /** AvtaleGiro (4 on the wire). */
  | 'AVTALE_GIRO'
  /** Efaktura (6 on the wire). */
  | 'EFAKTURA'
  /** EHF (3 on the wire). */
  | 'EHF'
  /** External (5 on the wire). */
  | 'EXTERNAL'
  /** Factoring (7 on the wire). */
  | 'FACTORING'
  /** None (0 on the wire). */
  | 'NONE'
  /** PdfByEmail (1 on the wire). */
  | 'PDF_BY_EMAIL'
  /** Print (2 on the wire). */
  | 'PRINT';

/** Conditions on a InvoiceDeliveryType property. */
export type InvoiceDeliveryTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<InvoiceDeliveryType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<InvoiceDeliveryType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<InvoiceDeliveryType>;
};

/** One sort key of a InvoiceJournalLine list; earlier entries sort first. */
export type InvoiceJournalLineOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: InvoiceJournalLineOrderField;
};

/** Properties a InvoiceJournalLine list can be sorted by. */
export type InvoiceJournalLineOrderField =
  /** Amount still unpaid, in the client currency. */
  | 'BALANCE'
  /** KID payment reference. */
  | 'CID'
  /** Import journal that created the voucher. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** On a credit note: the number of the credited invoice. */
  | 'CREDIT_NOTE_INVOICE_REFERENCE'
  /** Currency code. */
  | 'CURRENCY'
  /** Exchange rate. */
  | 'CURRENCY_RATE'
  /** State of the collection case. */
  | 'DEBT_COLLECTION_CASE_STATUS'
  /** Reference of the collection case. */
  | 'DEBT_COLLECTION_CODE'
  /** Due date. */
  | 'DUE_DATE'
  /** Expected due date. */
  | 'EXPECTED_DUE_DATE'
  /** Case number at a debt-collection agency. */
  | 'EXTERNAL_CASE_NUMBER'
  /** Idempotency key the invoice was created with. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Whether documents are attached to the voucher. */
  | 'HAS_VOUCHER_DOCUMENTATION'
  /** Id of the voucher (presumably the OutgoingInvoice id, §14). */
  | 'ID'
  /** Order number in the system the invoice came from. */
  | 'IMPORTED_ORDER_NO'
  /** Debt-collection state. */
  | 'INVOICE_DEBT_COLLECTION_STATUS'
  /** Invoice number. */
  | 'INVOICE_NO'
  /** Payment and collection state. */
  | 'INVOICE_STATUS'
  /** Collection is on hold. */
  | 'IS_ON_HOLD'
  /** Language of the invoice. */
  | 'LANGUAGE_CODE'
  /** When the voucher last changed. */
  | 'LAST_CHANGED'
  /** Total excluding VAT. */
  | 'NET_AMOUNT'
  /** Customer's reference. */
  | 'REFERENCE'
  /** Due date of the reminder. */
  | 'REMINDER_DUE_DATE'
  /** When a reminder was sent. */
  | 'REMINDER_SENT_DATE'
  /** Voucher text. */
  | 'TEXT'
  /** Total including VAT. */
  | 'TOTAL_AMOUNT'
  /** VAT. */
  | 'VAT_AMOUNT'
  /** Voucher date. */
  | 'VOUCHER_DATE'
  /** Voucher number. */
  | 'VOUCHER_NO'
  /** OutgoingInvoice or OutgoingCreditNote. */
  | 'VOUCHER_TYPE';

/** Conditions on InvoiceJournalLine properties, compiled to one OData $filter. */
export type InvoiceJournalLineWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<InvoiceJournalLineWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<InvoiceJournalLineWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<InvoiceJournalLineWhere>>;
  /** Amount still unpaid, in the client currency. */
  balance?: InputMaybe<FloatFilter>;
  /** KID payment reference. */
  cid?: InputMaybe<StringFilter>;
  /** Import journal that created the voucher. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** On a credit note: the number of the credited invoice. */
  creditNoteInvoiceReference?: InputMaybe<LongFilter>;
  /** Currency code. */
  currency?: InputMaybe<StringFilter>;
  /** Exchange rate. */
  currencyRate?: InputMaybe<FloatFilter>;
  /** State of the collection case. */
  debtCollectionCaseStatus?: InputMaybe<DebtCollectionCaseStatusFilter>;
  /** Reference of the collection case. */
  debtCollectionCode?: InputMaybe<StringFilter>;
  /** Due date. */
  dueDate?: InputMaybe<DateFilter>;
  /** Expected due date. */
  expectedDueDate?: InputMaybe<DateFilter>;
  /** Case number at a debt-collection agency. */
  externalCaseNumber?: InputMaybe<StringFilter>;
  /** Idempotency key the invoice was created with. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Whether documents are attached to the voucher. */
  hasVoucherDocumentation?: InputMaybe<BooleanFilter>;
  /** Id of the voucher (presumably the OutgoingInvoice id, §14). */
  id?: InputMaybe<GuidFilter>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<LongFilter>;
  /** Debt-collection state. */
  invoiceDebtCollectionStatus?: InputMaybe<DebtCollectionStatusFilter>;
  /** Invoice number. */
  invoiceNo?: InputMaybe<LongFilter>;
  /** Payment and collection state. */
  invoiceStatus?: InputMaybe<InvoiceStatusFilter>;
  /** Collection is on hold. */
  isOnHold?: InputMaybe<BooleanFilter>;
  /** Language of the invoice. */
  languageCode?: InputMaybe<StringFilter>;
  /** When the voucher last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Total excluding VAT. */
  netAmount?: InputMaybe<FloatFilter>;
  /** Customer's reference. */
  reference?: InputMaybe<StringFilter>;
  /** Due date of the reminder. */
  reminderDueDate?: InputMaybe<DateFilter>;
  /** When a reminder was sent. */
  reminderSentDate?: InputMaybe<DateFilter>;
  /** Voucher text. */
  text?: InputMaybe<StringFilter>;
  /** Total including VAT. */
  totalAmount?: InputMaybe<FloatFilter>;
  /** VAT. */
  vatAmount?: InputMaybe<FloatFilter>;
  /** Voucher date. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Voucher number. */
  voucherNo?: InputMaybe<LongFilter>;
  /** OutgoingInvoice or OutgoingCreditNote. */
  voucherType?: InputMaybe<VoucherTypeFilter>;
};

/** Payment and collection state of a sent invoice (accounting reference §21). */
export type InvoiceStatus =
  /** NoticeOfDebtCollectionSent (30 on the wire). */
  | 'NOTICE_OF_DEBT_COLLECTION_SENT'
  /** Paid (1 on the wire). */
  | 'PAID'
  /** PaymentDemandSent (40 on the wire). */
  | 'PAYMENT_DEMAND_SENT'
  /** PaymentNotificationSent (10 on the wire). */
  | 'PAYMENT_NOTIFICATION_SENT'
  /** PaymentReminderSent (20 on the wire). */
  | 'PAYMENT_REMINDER_SENT'
  /** Unpaid (0 on the wire). */
  | 'UNPAID'
  /** WarrantOfExecutionSent (50 on the wire). */
  | 'WARRANT_OF_EXECUTION_SENT';

/** Conditions on a InvoiceStatus property. */
export type InvoiceStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<InvoiceStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<InvoiceStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<InvoiceStatus>;
};

/** Writable properties of JournalEntryFile. */
export type JournalEntryFileInput = {
  /** The content, base64 (at most 5 MiB decoded). */
  base64EncodedData?: InputMaybe<Scalars['String']['input']>;
  /** File name with its extension. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** Type of the file (not None). */
  fileType?: InputMaybe<JournalEntryFileType>;
};

/** Type of the documentation file of a journal-entry voucher (accounting reference §21). */
export type JournalEntryFileType =
  /** ImageBmp (6 on the wire). */
  | 'IMAGE_BMP'
  /** ImageGif (5 on the wire). */
  | 'IMAGE_GIF'
  /** ImageJpeg (2 on the wire). */
  | 'IMAGE_JPEG'
  /** ImagePng (3 on the wire). */
  | 'IMAGE_PNG'
  /** ImageTiff (4 on the wire). */
  | 'IMAGE_TIFF'
  /** None (0 on the wire). */
  | 'NONE'
  /** Pdf (1 on the wire). */
  | 'PDF';

/** Writable properties of a JournalEntryVoucher. */
export type JournalEntryVoucherFields = {
  /** Bank account to pay out to. */
  bankAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** KID payment reference. */
  cid?: InputMaybe<Scalars['String']['input']>;
  /** Comment for new vouchers only; never returned (at most 250). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Contract number. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Credit-note number. */
  creditNoteNo?: InputMaybe<Scalars['String']['input']>;
  /** Currency. */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Exchange rate (invoice, credit-note and expense vouchers). */
  currencyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Department. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Text (not used for supplier invoices or credit notes). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date (supplier invoices, credit notes, expenses). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Employee (expenses). */
  employeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** The documentation (image or PDF). */
  file?: InputMaybe<JournalEntryFileInput>;
  /** Invoice number; for a credit note the credited invoice. */
  invoiceNo?: InputMaybe<Scalars['String']['input']>;
  /** Payment date; default the due date. */
  paymentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Create a remittance draft (default true). */
  payout?: InputMaybe<Scalars['Boolean']['input']>;
  /** Project. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Purchase order number. */
  purchaseOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** Try to submit the voucher for approval. */
  submitForApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Supplier (supplier invoices and credit notes). */
  supplierCode?: InputMaybe<Scalars['Long']['input']>;
  /** Head amount posted on the sub-ledger. */
  totalAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Voucher date. */
  voucherDate?: InputMaybe<Scalars['Date']['input']>;
  /** The lines; lines without id are added, isDeleted removes one. */
  voucherLines?: InputMaybe<Array<JournalEntryVoucherLineInput>>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<JournalEntryVoucherType>;
};

/** Writable properties of JournalEntryVoucherLine. */
export type JournalEntryVoucherLineInput = {
  /** Amount, in the line or head currency. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Credit account: a ledger account or a sub-ledger party code. */
  creditAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department (credit). */
  creditAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** VAT code of the credit side; default the account's. */
  creditVatCode?: InputMaybe<Scalars['String']['input']>;
  /** VAT return specification (credit). */
  creditVatReturnSpecification?: InputMaybe<VatReturnSpecification>;
  /** Currency, for manual, cash, bank and year-end journals. */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Exchange rate, for manual, cash, bank and year-end journals. */
  currencyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Date, for manual, cash, bank and year-end journals. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Debit account: a ledger account or a sub-ledger party code. */
  debitAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department (debit). */
  debitAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** VAT code of the debit side; default the account's. */
  debitVatCode?: InputMaybe<Scalars['String']['input']>;
  /** VAT return specification (debit). */
  debitVatReturnSpecification?: InputMaybe<VatReturnSpecification>;
  /** Department. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Line text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id of the line; send it to change the line. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** Invoice number (bank journals). */
  invoiceNo?: InputMaybe<Scalars['String']['input']>;
  /** Set to delete the line on save. */
  isDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Product; quantities are used only with one. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Project. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Quantity (with a product). */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Second quantity (with a product). */
  quantity2?: InputMaybe<Scalars['Float']['input']>;
};

/** One sort key of a JournalEntryVoucher list; earlier entries sort first. */
export type JournalEntryVoucherOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: JournalEntryVoucherOrderField;
};

/** Properties a JournalEntryVoucher list can be sorted by. */
export type JournalEntryVoucherOrderField =
  /** Bank account to pay out to. */
  | 'BANK_ACCOUNT_CODE'
  /** KID payment reference. */
  | 'CID'
  /** Contract number. */
  | 'CONTRACT_NO'
  /** Credit-note number. */
  | 'CREDIT_NOTE_NO'
  /** Currency. */
  | 'CURRENCY_CODE'
  /** Exchange rate (invoice, credit-note and expense vouchers). */
  | 'CURRENCY_RATE'
  /** Department. */
  | 'DEPARTMENT_CODE'
  /** Text (not used for supplier invoices or credit notes). */
  | 'DESCRIPTION'
  /** Due date (supplier invoices, credit notes, expenses). */
  | 'DUE_DATE'
  /** Employee (expenses). */
  | 'EMPLOYEE_CODE'
  /** Idempotency key: unique per client, at most 50 characters. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the voucher. */
  | 'ID'
  /** Invoice number; for a credit note the credited invoice. */
  | 'INVOICE_NO'
  /** Submitted for approval (only in the save answer). */
  | 'IS_SUBMITTED_FOR_APPROVAL'
  /** When the voucher last changed. */
  | 'LAST_CHANGED'
  /** Payment date; default the due date. */
  | 'PAYMENT_DATE'
  /** Create a remittance draft (default true). */
  | 'PAYOUT'
  /** Project. */
  | 'PROJECT_CODE'
  /** Purchase order number. */
  | 'PURCHASE_ORDER_NO'
  /** Try to submit the voucher for approval. */
  | 'SUBMIT_FOR_APPROVAL'
  /** Why the submission failed. */
  | 'SUBMIT_FOR_APPROVAL_ERROR_MESSAGE'
  /** Supplier (supplier invoices and credit notes). */
  | 'SUPPLIER_CODE'
  /** Head amount posted on the sub-ledger. */
  | 'TOTAL_AMOUNT'
  /** Voucher date. */
  | 'VOUCHER_DATE'
  /** Kind of voucher. */
  | 'VOUCHER_TYPE';

/** Kind of unposted journal-entry voucher (accounting reference §21). */
export type JournalEntryVoucherType =
  /** BankJournal (6 on the wire). */
  | 'BANK_JOURNAL'
  /** CashJournal (5 on the wire). */
  | 'CASH_JOURNAL'
  /** Expense (3 on the wire). */
  | 'EXPENSE'
  /** ManualJournal (4 on the wire). */
  | 'MANUAL_JOURNAL'
  /** None (0 on the wire). */
  | 'NONE'
  /** SupplierCreditNote (2 on the wire). */
  | 'SUPPLIER_CREDIT_NOTE'
  /** SupplierInvoice (1 on the wire). */
  | 'SUPPLIER_INVOICE'
  /** YearEndJournal (7 on the wire). */
  | 'YEAR_END_JOURNAL';

/** Conditions on a JournalEntryVoucherType property. */
export type JournalEntryVoucherTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<JournalEntryVoucherType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<JournalEntryVoucherType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<JournalEntryVoucherType>;
};

/** Conditions on JournalEntryVoucher properties, compiled to one OData $filter. */
export type JournalEntryVoucherWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<JournalEntryVoucherWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<JournalEntryVoucherWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<JournalEntryVoucherWhere>>;
  /** Bank account to pay out to. */
  bankAccountCode?: InputMaybe<StringFilter>;
  /** KID payment reference. */
  cid?: InputMaybe<StringFilter>;
  /** Contract number. */
  contractNo?: InputMaybe<StringFilter>;
  /** Credit-note number. */
  creditNoteNo?: InputMaybe<StringFilter>;
  /** Currency. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Exchange rate (invoice, credit-note and expense vouchers). */
  currencyRate?: InputMaybe<FloatFilter>;
  /** Department. */
  departmentCode?: InputMaybe<StringFilter>;
  /** Text (not used for supplier invoices or credit notes). */
  description?: InputMaybe<StringFilter>;
  /** Due date (supplier invoices, credit notes, expenses). */
  dueDate?: InputMaybe<DateFilter>;
  /** Employee (expenses). */
  employeeCode?: InputMaybe<LongFilter>;
  /** Idempotency key: unique per client, at most 50 characters. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the voucher. */
  id?: InputMaybe<GuidFilter>;
  /** Invoice number; for a credit note the credited invoice. */
  invoiceNo?: InputMaybe<StringFilter>;
  /** Submitted for approval (only in the save answer). */
  isSubmittedForApproval?: InputMaybe<BooleanFilter>;
  /** When the voucher last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Payment date; default the due date. */
  paymentDate?: InputMaybe<DateFilter>;
  /** Create a remittance draft (default true). */
  payout?: InputMaybe<BooleanFilter>;
  /** Project. */
  projectCode?: InputMaybe<StringFilter>;
  /** Purchase order number. */
  purchaseOrderNo?: InputMaybe<StringFilter>;
  /** Try to submit the voucher for approval. */
  submitForApproval?: InputMaybe<BooleanFilter>;
  /** Why the submission failed. */
  submitForApprovalErrorMessage?: InputMaybe<StringFilter>;
  /** Supplier (supplier invoices and credit notes). */
  supplierCode?: InputMaybe<LongFilter>;
  /** Head amount posted on the sub-ledger. */
  totalAmount?: InputMaybe<FloatFilter>;
  /** Voucher date. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<JournalEntryVoucherTypeFilter>;
};

/** Writable properties of a Location. */
export type LocationFields = {
  /** Unique location code, chosen by the user. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Whether the location can be used; true when omitted on create. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Location name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a Location list; earlier entries sort first. */
export type LocationOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: LocationOrderField;
};

/** Properties a Location list can be sorted by. */
export type LocationOrderField =
  /** Unique location code, chosen by the user. */
  | 'CODE'
  /** PowerOffice id of the location. Send it to update. */
  | 'ID'
  /** Whether the location can be used; true when omitted on create. */
  | 'IS_ACTIVE'
  /** Location name. */
  | 'NAME';

/** Conditions on Location properties, compiled to one OData $filter. */
export type LocationWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<LocationWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<LocationWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<LocationWhere>>;
  /** Unique location code, chosen by the user. */
  code?: InputMaybe<StringFilter>;
  /** PowerOffice id of the location. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the location can be used; true when omitted on create. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Location name. */
  name?: InputMaybe<StringFilter>;
};

/** Conditions on a 64-bit number, all of which must hold. */
export type LongFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Long']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Long']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Long']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['Long']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Long']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Long']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['Long']['input']>;
};

/** Reports an invoice delivered, with the delivered document (B11). */
export type MarkExternallyDeliverableInvoiceDeliveredInput = {
  /** A comment on the delivery. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** True puts the invoice on hold for debt collection indefinitely. */
  exemptDebtCollection?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of the externally deliverable invoice. */
  externallyDeliverableInvoiceId: Scalars['ID']['input'];
  /** The delivered document; mandatory since 2.8.0. */
  file: DeliveredFileInput;
};

/** Matches customer ledger entries: their balances must sum to zero. */
export type MatchCustomerLedgerEntriesInput = {
  /** Ids of the entries. */
  entryIds: Array<Scalars['Long']['input']>;
  /** Date of the match. */
  matchDate: Scalars['Date']['input'];
};

/** Matches supplier ledger entries: their balances must sum to zero. */
export type MatchSupplierLedgerEntriesInput = {
  /** Ids of the entries. */
  entryIds: Array<Scalars['Long']['input']>;
  /** Date of the match. */
  matchDate: Scalars['Date']['input'];
};

/** Merges cases into one. */
export type MergeDebtCollectionCasesInput = {
  /** The cases to merge (two or more). */
  caseIds: Array<Scalars['String']['input']>;
  /** Case number of the merged case. */
  caseNo: Scalars['String']['input'];
  /** Link to the merged case at the agency's site. */
  externalCaseUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A month of the year (reference Part C). */
export type Months =
  /** April (4 on the wire). */
  | 'APRIL'
  /** August (8 on the wire). */
  | 'AUGUST'
  /** December (12 on the wire). */
  | 'DECEMBER'
  /** February (2 on the wire). */
  | 'FEBRUARY'
  /** January (1 on the wire). */
  | 'JANUARY'
  /** July (7 on the wire). */
  | 'JULY'
  /** June (6 on the wire). */
  | 'JUNE'
  /** March (3 on the wire). */
  | 'MARCH'
  /** May (5 on the wire). */
  | 'MAY'
  /** None (0 on the wire). */
  | 'NONE'
  /** November (11 on the wire). */
  | 'NOVEMBER'
  /** October (10 on the wire). */
  | 'OCTOBER'
  /** September (9 on the wire). */
  | 'SEPTEMBER';

/** Sort direction of an `orderBy` entry. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Writable properties of a OutgoingInvoice. */
export type OutgoingInvoiceFields = {
  /** Branding theme (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<Scalars['String']['input']>;
  /** Contact group invoiced as a group (ContactGroup.id). */
  contactGroupId?: InputMaybe<Scalars['Long']['input']>;
  /** Contract number. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Currency (Currency.code). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Exchange rate to the client currency, normalised to base 1. */
  currencyExchangeRate?: InputMaybe<Scalars['Float']['input']>;
  /** Key used to match ledger entries. */
  customMatchingReference?: InputMaybe<Scalars['String']['input']>;
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  customerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Customer's reference, as free text. */
  customerReference?: InputMaybe<Scalars['String']['input']>;
  /** Customer's reference as a contact person of the customer; wins over customerReference. */
  customerReferenceContactPersonId?: InputMaybe<Scalars['Long']['input']>;
  /** Delivery address: the id of one of the customer's street addresses. */
  deliveryAddressId?: InputMaybe<Scalars['Long']['input']>;
  /** Delivery date. */
  deliveryDate?: InputMaybe<Scalars['Date']['input']>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<Scalars['String']['input']>;
  /** Department (Department.code); lines inherit it unless they send "-1". */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 1. */
  dim1Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 2. */
  dim2Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 3. */
  dim3Code?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<Scalars['Long']['input']>;
  /** How the invoice was delivered. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryType>;
  /** Invoice number as a number; same value as documentNo. */
  invoiceNo?: InputMaybe<Scalars['Long']['input']>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** Order date. */
  orderDate?: InputMaybe<Scalars['Date']['input']>;
  /** Our reference / sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Invoice lines (at most 10 000); lines without id are added, isDeleted removes one. */
  outgoingInvoiceLines?: InputMaybe<Array<OutgoingInvoiceLineInput>>;
  /** Days until the invoice is due. */
  paymentTerms?: InputMaybe<Scalars['Int']['input']>;
  /** Project (Project.code); lines inherit it unless they send "-1". */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** On a credit note: document or invoice number of the invoice it credits. */
  relatedDocumentNo?: InputMaybe<Scalars['String']['input']>;
  /** State; clients may only set Draft or Approved. */
  status?: InputMaybe<OutgoingInvoiceStatus>;
};

/** Writable properties of OutgoingInvoiceLine. */
export type OutgoingInvoiceLineInput = {
  /** Accrual of the line over a period, if any. */
  accrual?: InputMaybe<AccrualInput>;
  /** Department (Department.code); null inherits the head's, "-1" means none. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Line text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 1. */
  dim1Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 2. */
  dim2Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 3. */
  dim3Code?: InputMaybe<Scalars['String']['input']>;
  /** Discount as a fraction 0..1 (0.5 = 50 %); -10..0 for a premium. */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** The line is VAT-free and uses the product's VAT-exempt sales account. */
  exemptVat?: InputMaybe<Scalars['Boolean']['input']>;
  /** Correlation key of the line, at most 50 characters, unique within the invoice. */
  externalImportLineReference?: InputMaybe<Scalars['String']['input']>;
  /** Line id; it changes when the invoice is posted, as the line is copied. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** Send true together with the id to remove the line. */
  isDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of line; clients may send Normal, Text or Summary. */
  lineType?: InputMaybe<VoucherLineType>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** Product sold (Product.code); required on Normal lines. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Project (Project.code); null inherits the head's, "-1" means none. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Quantity. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Sales person of the line (Employee.code). */
  salesPersonEmployeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Position of the line on the invoice. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Cost per unit; overrides the product's cost. */
  unitCost?: InputMaybe<Scalars['Float']['input']>;
  /** Deprecated free-text unit. */
  unitOfMeasure?: InputMaybe<Scalars['String']['input']>;
  /** Unit of measure. */
  unitOfMeasureCode?: InputMaybe<UnitOfMeasureCode>;
  /** Price per unit before discount; overrides the product's price. */
  unitPrice?: InputMaybe<Scalars['Float']['input']>;
  /** VAT return specification; defaults from the product's account, else None. */
  vatReturnSpecification?: InputMaybe<VatReturnSpecification>;
};

/** One sort key of a OutgoingInvoice list; earlier entries sort first. */
export type OutgoingInvoiceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: OutgoingInvoiceOrderField;
};

/** Properties a OutgoingInvoice list can be sorted by. */
export type OutgoingInvoiceOrderField =
  /** Amount still unpaid in the client currency; sent invoices only. */
  | 'BALANCE'
  /** Branding theme (BrandingTheme.code). */
  | 'BRANDING_THEME_CODE'
  /** KID payment reference; sent invoices only. */
  | 'CID'
  /** Title of the invoiced contact group. */
  | 'CONTACT_GROUP'
  /** Contact group invoiced as a group (ContactGroup.id). */
  | 'CONTACT_GROUP_ID'
  /** Contract number. */
  | 'CONTRACT_NO'
  /** When the invoice was created. */
  | 'CREATED_DATE'
  /** Currency (Currency.code). */
  | 'CURRENCY_CODE'
  /** Exchange rate to the client currency, normalised to base 1. */
  | 'CURRENCY_EXCHANGE_RATE'
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  | 'CUSTOMER_CODE'
  /** Email address used when the invoice went out as PDF by email. */
  | 'CUSTOMER_EMAIL'
  /** Customer's reference, as free text. */
  | 'CUSTOMER_REFERENCE'
  /** Key used to match ledger entries. */
  | 'CUSTOM_MATCHING_REFERENCE'
  /** State of the collection case. */
  | 'DEBT_COLLECTION_CASE_STATUS'
  /** Reference of the debt-collection case. */
  | 'DEBT_COLLECTION_CODE'
  /** Delivery address line 1 as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS1'
  /** Delivery address line 2 as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS2'
  /** Delivery city as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_CITY'
  /** Delivery country as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_COUNTRY_CODE'
  /** Delivery address: the id of one of the customer's street addresses. */
  | 'DELIVERY_ADDRESS_ID'
  /** Delivery postcode as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_ZIP_CODE'
  /** Delivery term (free text). */
  | 'DELIVERY_TERM'
  /** Department (Department.code); lines inherit it unless they send "-1". */
  | 'DEPARTMENT_CODE'
  /** Value of custom dimension 1. */
  | 'DIM1_CODE'
  /** Value of custom dimension 2. */
  | 'DIM2_CODE'
  /** Value of custom dimension 3. */
  | 'DIM3_CODE'
  /** Invoice number as text; sent invoices only. */
  | 'DOCUMENT_NO'
  /** Due date; sent invoices only. */
  | 'DUE_DATE'
  /** Expected due date; sent invoices only. */
  | 'EXPECTED_DUE_DATE'
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the invoice (a GUID). Send it to update. */
  | 'ID'
  /** Order number in the system the invoice came from. */
  | 'IMPORTED_ORDER_NO'
  /** Debt-collection state. */
  | 'INVOICE_DEBT_COLLECTION_STATUS'
  /** When the invoice was delivered. */
  | 'INVOICE_DELIVERY_DATE'
  /** How the invoice was delivered. */
  | 'INVOICE_DELIVERY_TYPE'
  /** Invoice number as a number; same value as documentNo. */
  | 'INVOICE_NO'
  /** Delivery of the invoice is in progress. */
  | 'IS_INVOICE_BEING_PROCESSED'
  /** When the invoice last changed. */
  | 'LAST_CHANGED'
  /** Why the last delivery attempt failed, if it did. */
  | 'LAST_ERROR_MESSAGE'
  /** Location (Location.code). */
  | 'LOCATION_CODE'
  /** Total excluding VAT, computed from the lines. */
  | 'NET_AMOUNT'
  /** Order date. */
  | 'ORDER_DATE'
  /** Order number, generated on create. */
  | 'ORDER_NO'
  /** Our reference / sales person (Employee.code). */
  | 'OUR_REFERENCE_EMPLOYEE_CODE'
  /** Days until the invoice is due. */
  | 'PAYMENT_TERMS'
  /** Project (Project.code); lines inherit it unless they send "-1". */
  | 'PROJECT_CODE'
  /** Customer's purchase order number. */
  | 'PURCHASE_ORDER_NO'
  /** On a credit note: document or invoice number of the invoice it credits. */
  | 'RELATED_DOCUMENT_NO'
  /** When the invoice was sent; empty for imported invoices. */
  | 'SENT_DATE'
  /** State; clients may only set Draft or Approved. */
  | 'STATUS'
  /** Total including VAT, computed from the lines. */
  | 'TOTAL_AMOUNT'
  /** Voucher (invoice) date; sent invoices only. */
  | 'VOUCHER_DATE'
  /** Voucher number of the posting; sent invoices only. */
  | 'VOUCHER_NO';

/** Life-cycle state of an outgoing invoice. Only Draft and Approved may be set by clients. */
export type OutgoingInvoiceStatus =
  /** Approved (1 on the wire). */
  | 'APPROVED'
  /** Archived (4 on the wire). */
  | 'ARCHIVED'
  /** Draft (0 on the wire). */
  | 'DRAFT'
  /** Paid (3 on the wire). */
  | 'PAID'
  /** Sent (2 on the wire). */
  | 'SENT';

/** Conditions on a OutgoingInvoiceStatus property. */
export type OutgoingInvoiceStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<OutgoingInvoiceStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<OutgoingInvoiceStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<OutgoingInvoiceStatus>;
};

/** Conditions on OutgoingInvoice properties, compiled to one OData $filter. */
export type OutgoingInvoiceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<OutgoingInvoiceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<OutgoingInvoiceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<OutgoingInvoiceWhere>>;
  /** Amount still unpaid in the client currency; sent invoices only. */
  balance?: InputMaybe<FloatFilter>;
  /** Branding theme (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<StringFilter>;
  /** KID payment reference; sent invoices only. */
  cid?: InputMaybe<StringFilter>;
  /** Title of the invoiced contact group. */
  contactGroup?: InputMaybe<StringFilter>;
  /** Contact group invoiced as a group (ContactGroup.id). */
  contactGroupId?: InputMaybe<LongFilter>;
  /** Contract number. */
  contractNo?: InputMaybe<StringFilter>;
  /** When the invoice was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Currency (Currency.code). */
  currencyCode?: InputMaybe<StringFilter>;
  /** Exchange rate to the client currency, normalised to base 1. */
  currencyExchangeRate?: InputMaybe<FloatFilter>;
  /** Key used to match ledger entries. */
  customMatchingReference?: InputMaybe<StringFilter>;
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  customerCode?: InputMaybe<LongFilter>;
  /** Email address used when the invoice went out as PDF by email. */
  customerEmail?: InputMaybe<StringFilter>;
  /** Customer's reference, as free text. */
  customerReference?: InputMaybe<StringFilter>;
  /** State of the collection case. */
  debtCollectionCaseStatus?: InputMaybe<DebtCollectionCaseStatusFilter>;
  /** Reference of the debt-collection case. */
  debtCollectionCode?: InputMaybe<StringFilter>;
  /** Delivery address line 1 as sent; only on posted invoices. */
  deliveryAddress1?: InputMaybe<StringFilter>;
  /** Delivery address line 2 as sent; only on posted invoices. */
  deliveryAddress2?: InputMaybe<StringFilter>;
  /** Delivery city as sent; only on posted invoices. */
  deliveryAddressCity?: InputMaybe<StringFilter>;
  /** Delivery country as sent; only on posted invoices. */
  deliveryAddressCountryCode?: InputMaybe<StringFilter>;
  /** Delivery address: the id of one of the customer's street addresses. */
  deliveryAddressId?: InputMaybe<LongFilter>;
  /** Delivery postcode as sent; only on posted invoices. */
  deliveryAddressZipCode?: InputMaybe<StringFilter>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<StringFilter>;
  /** Department (Department.code); lines inherit it unless they send "-1". */
  departmentCode?: InputMaybe<StringFilter>;
  /** Value of custom dimension 1. */
  dim1Code?: InputMaybe<StringFilter>;
  /** Value of custom dimension 2. */
  dim2Code?: InputMaybe<StringFilter>;
  /** Value of custom dimension 3. */
  dim3Code?: InputMaybe<StringFilter>;
  /** Invoice number as text; sent invoices only. */
  documentNo?: InputMaybe<StringFilter>;
  /** Due date; sent invoices only. */
  dueDate?: InputMaybe<DateFilter>;
  /** Expected due date; sent invoices only. */
  expectedDueDate?: InputMaybe<DateFilter>;
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the invoice (a GUID). Send it to update. */
  id?: InputMaybe<GuidFilter>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<LongFilter>;
  /** Debt-collection state. */
  invoiceDebtCollectionStatus?: InputMaybe<DebtCollectionStatusFilter>;
  /** When the invoice was delivered. */
  invoiceDeliveryDate?: InputMaybe<DateFilter>;
  /** How the invoice was delivered. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryTypeFilter>;
  /** Invoice number as a number; same value as documentNo. */
  invoiceNo?: InputMaybe<LongFilter>;
  /** Delivery of the invoice is in progress. */
  isInvoiceBeingProcessed?: InputMaybe<BooleanFilter>;
  /** When the invoice last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Why the last delivery attempt failed, if it did. */
  lastErrorMessage?: InputMaybe<StringFilter>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<StringFilter>;
  /** Total excluding VAT, computed from the lines. */
  netAmount?: InputMaybe<FloatFilter>;
  /** Order date. */
  orderDate?: InputMaybe<DateFilter>;
  /** Order number, generated on create. */
  orderNo?: InputMaybe<LongFilter>;
  /** Our reference / sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<LongFilter>;
  /** Days until the invoice is due. */
  paymentTerms?: InputMaybe<IntFilter>;
  /** Project (Project.code); lines inherit it unless they send "-1". */
  projectCode?: InputMaybe<StringFilter>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<StringFilter>;
  /** On a credit note: document or invoice number of the invoice it credits. */
  relatedDocumentNo?: InputMaybe<StringFilter>;
  /** When the invoice was sent; empty for imported invoices. */
  sentDate?: InputMaybe<DateFilter>;
  /** State; clients may only set Draft or Approved. */
  status?: InputMaybe<OutgoingInvoiceStatusFilter>;
  /** Total including VAT, computed from the lines. */
  totalAmount?: InputMaybe<FloatFilter>;
  /** Voucher (invoice) date; sent invoices only. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Voucher number of the posting; sent invoices only. */
  voucherNo?: InputMaybe<LongFilter>;
};

/** Writable properties of a PartyBankAccount. */
export type PartyBankAccountFields = {
  /** Bank code, for countries without BIC/SWIFT. */
  bankCode?: InputMaybe<Scalars['String']['input']>;
  /** BIC/SWIFT code of the bank. */
  bicSwift?: InputMaybe<Scalars['String']['input']>;
  /** Account number: a domestic account number or an IBAN. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Country of the account (ISO 3166 alpha-2). */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Whether the account is in use. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key of a PartyBankAccount list; earlier entries sort first. */
export type PartyBankAccountOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: PartyBankAccountOrderField;
};

/** Properties a PartyBankAccount list can be sorted by. */
export type PartyBankAccountOrderField =
  /** Bank code, for countries without BIC/SWIFT. */
  | 'BANK_CODE'
  /** BIC/SWIFT code of the bank. */
  | 'BIC_SWIFT'
  /** Account number: a domestic account number or an IBAN. */
  | 'CODE'
  /** Country of the account (ISO 3166 alpha-2). */
  | 'COUNTRY_CODE'
  /** PowerOffice id of the bank account. Send it to update. */
  | 'ID'
  /** Whether the account is in use. */
  | 'IS_ACTIVE'
  /** When the account last changed. */
  | 'LAST_CHANGED'
  /** Id of the customer, supplier or employee the account belongs to. */
  | 'PARTY_ID';

/** Conditions on PartyBankAccount properties, compiled to one OData $filter. */
export type PartyBankAccountWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<PartyBankAccountWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<PartyBankAccountWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<PartyBankAccountWhere>>;
  /** Bank code, for countries without BIC/SWIFT. */
  bankCode?: InputMaybe<StringFilter>;
  /** BIC/SWIFT code of the bank. */
  bicSwift?: InputMaybe<StringFilter>;
  /** Account number: a domestic account number or an IBAN. */
  code?: InputMaybe<StringFilter>;
  /** Country of the account (ISO 3166 alpha-2). */
  countryCode?: InputMaybe<StringFilter>;
  /** PowerOffice id of the bank account. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the account is in use. */
  isActive?: InputMaybe<BooleanFilter>;
  /** When the account last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Id of the customer, supplier or employee the account belongs to. */
  partyId?: InputMaybe<LongFilter>;
};

/** One sort key of a PayItem list; earlier entries sort first. */
export type PayItemOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: PayItemOrderField;
};

/** Properties a PayItem list can be sorted by. */
export type PayItemOrderField =
  /** A-melding benefit type. */
  | 'BENEFIT'
  /** Unique code; salary lines and hour types refer to it. */
  | 'CODE'
  /** Description. */
  | 'DESCRIPTION'
  /** PowerOffice id of the pay item. */
  | 'ID'
  /** Whether the pay item is in use. */
  | 'IS_ACTIVE'
  /** Name. */
  | 'NAME'
  /** How the pay item is computed. */
  | 'PROCESSING_TYPE';

/** How a pay item is computed and reported (A-melding). */
export type PayItemProcessingType =
  /** AttachmentOfEarnings (1010 on the wire). */
  | 'ATTACHMENT_OF_EARNINGS'
  /** AttachmentOfEarningsTax (1015 on the wire). */
  | 'ATTACHMENT_OF_EARNINGS_TAX'
  /** BackPaymentOfPensionAndAnnuities (120 on the wire). */
  | 'BACK_PAYMENT_OF_PENSION_AND_ANNUITIES'
  /** CommuterWithNumberOfJourneys (142 on the wire). */
  | 'COMMUTER_WITH_NUMBER_OF_JOURNEYS'
  /** CommuterWithPersonType (141 on the wire). */
  | 'COMMUTER_WITH_PERSON_TYPE'
  /** CommuterWithPersonTypeAndQuantity (140 on the wire). */
  | 'COMMUTER_WITH_PERSON_TYPE_AND_QUANTITY'
  /** CommuterWithPersonTypeQuantityAndRate (143 on the wire). */
  | 'COMMUTER_WITH_PERSON_TYPE_QUANTITY_AND_RATE'
  /** CorrectionOfAdditionalEmployersContribution (2000 on the wire). */
  | 'CORRECTION_OF_ADDITIONAL_EMPLOYERS_CONTRIBUTION'
  /** DailyWageFiveDayWeek (1040 on the wire). */
  | 'DAILY_WAGE_FIVE_DAY_WEEK'
  /** DailyWageSixDayWeek (1050 on the wire). */
  | 'DAILY_WAGE_SIX_DAY_WEEK'
  /** DeductionWithBalance (110 on the wire). */
  | 'DEDUCTION_WITH_BALANCE'
  /** ElectronicCommunications (60 on the wire). */
  | 'ELECTRONIC_COMMUNICATIONS'
  /** ExpenseRefund (80 on the wire). */
  | 'EXPENSE_REFUND'
  /** FixedAmount (0 on the wire). */
  | 'FIXED_AMOUNT'
  /** FixedAmountWithQuantity (5 on the wire). */
  | 'FIXED_AMOUNT_WITH_QUANTITY'
  /** FixedAmountWithQuantitySubjectToWithholdingTax (6 on the wire). */
  | 'FIXED_AMOUNT_WITH_QUANTITY_SUBJECT_TO_WITHHOLDING_TAX'
  /** FixedSalary (20 on the wire). */
  | 'FIXED_SALARY'
  /** FreeCarOther (101 on the wire). */
  | 'FREE_CAR_OTHER'
  /** FreeCarOutsideStandardRule (102 on the wire). */
  | 'FREE_CAR_OUTSIDE_STANDARD_RULE'
  /** FreeCarStandardRule (100 on the wire). */
  | 'FREE_CAR_STANDARD_RULE'
  /** HolidayPay (50 on the wire). */
  | 'HOLIDAY_PAY'
  /** HolidayPayCorrection (57 on the wire). */
  | 'HOLIDAY_PAY_CORRECTION'
  /** HolidayPayCorrectionOver60 (58 on the wire). */
  | 'HOLIDAY_PAY_CORRECTION_OVER60'
  /** HolidayPayFinalSettlement (900 on the wire). */
  | 'HOLIDAY_PAY_FINAL_SETTLEMENT'
  /** HolidayPayForSpecifiedYear (52 on the wire). */
  | 'HOLIDAY_PAY_FOR_SPECIFIED_YEAR'
  /** HolidayPayOver60Years (51 on the wire). */
  | 'HOLIDAY_PAY_OVER60_YEARS'
  /** HomeVisitsForCommuters (144 on the wire). */
  | 'HOME_VISITS_FOR_COMMUTERS'
  /** HourlyWage (30 on the wire). */
  | 'HOURLY_WAGE'
  /** Lott (130 on the wire). */
  | 'LOTT'
  /** PensionDeduction (1000 on the wire). */
  | 'PENSION_DEDUCTION'
  /** PensionDeductionUnlimited (1001 on the wire). */
  | 'PENSION_DEDUCTION_UNLIMITED'
  /** PercentOfFixedSalary (1030 on the wire). */
  | 'PERCENT_OF_FIXED_SALARY'
  /** PercentOfHourlyWage (40 on the wire). */
  | 'PERCENT_OF_HOURLY_WAGE'
  /** QuantityAndFixedRate (12 on the wire). */
  | 'QUANTITY_AND_FIXED_RATE'
  /** QuantityAndFixedRateReportingZeroAsQuantity (14 on the wire). */
  | 'QUANTITY_AND_FIXED_RATE_REPORTING_ZERO_AS_QUANTITY'
  /** QuantityAndRate (10 on the wire). */
  | 'QUANTITY_AND_RATE'
  /** QuantityAndRateReportingZeroAsQuantity (13 on the wire). */
  | 'QUANTITY_AND_RATE_REPORTING_ZERO_AS_QUANTITY'
  /** QuantityAndRateSubjectToWithholdingTax (11 on the wire). */
  | 'QUANTITY_AND_RATE_SUBJECT_TO_WITHHOLDING_TAX'
  /** SalaryAdvance (90 on the wire). */
  | 'SALARY_ADVANCE'
  /** SeafarersAllowanceDaysAtSea (801 on the wire). */
  | 'SEAFARERS_ALLOWANCE_DAYS_AT_SEA'
  /** SeafarersAllowanceDeduction (1020 on the wire). */
  | 'SEAFARERS_ALLOWANCE_DEDUCTION'
  /** TradeUnionDeduction (999 on the wire). */
  | 'TRADE_UNION_DEDUCTION'
  /** WageDeductionForHoliday (55 on the wire). */
  | 'WAGE_DEDUCTION_FOR_HOLIDAY'
  /** WageDeductionForHolidayOver60Years (56 on the wire). */
  | 'WAGE_DEDUCTION_FOR_HOLIDAY_OVER60_YEARS'
  /** WorkCarKilometers (104 on the wire). */
  | 'WORK_CAR_KILOMETERS'
  /** WorkCarListPrice (103 on the wire). */
  | 'WORK_CAR_LIST_PRICE';

/** Conditions on a PayItemProcessingType property. */
export type PayItemProcessingTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<PayItemProcessingType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<PayItemProcessingType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<PayItemProcessingType>;
};

/** Conditions on PayItem properties, compiled to one OData $filter. */
export type PayItemWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<PayItemWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<PayItemWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<PayItemWhere>>;
  /** A-melding benefit type. */
  benefit?: InputMaybe<StringFilter>;
  /** Unique code; salary lines and hour types refer to it. */
  code?: InputMaybe<StringFilter>;
  /** Description. */
  description?: InputMaybe<StringFilter>;
  /** PowerOffice id of the pay item. */
  id?: InputMaybe<GuidFilter>;
  /** Whether the pay item is in use. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Name. */
  name?: InputMaybe<StringFilter>;
  /** How the pay item is computed. */
  processingType?: InputMaybe<PayItemProcessingTypeFilter>;
};

/** Writable properties of a PaymentTerm. */
export type PaymentTermFields = {
  /** Days until an invoice is due; parties and invoices hold this number. */
  creditDays?: InputMaybe<Scalars['Int']['input']>;
  /** The client default; it cannot be deleted. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name shown on invoices, e.g. "14 dager netto". */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a PaymentTerm list; earlier entries sort first. */
export type PaymentTermOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: PaymentTermOrderField;
};

/** Properties a PaymentTerm list can be sorted by. */
export type PaymentTermOrderField =
  /** Days until an invoice is due; parties and invoices hold this number. */
  | 'CREDIT_DAYS'
  /** PowerOffice id of the payment term. Send it to update. */
  | 'ID'
  /** The client default; it cannot be deleted. */
  | 'IS_DEFAULT'
  /** Name shown on invoices, e.g. "14 dager netto". */
  | 'NAME';

/** Conditions on PaymentTerm properties, compiled to one OData $filter. */
export type PaymentTermWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<PaymentTermWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<PaymentTermWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<PaymentTermWhere>>;
  /** Days until an invoice is due; parties and invoices hold this number. */
  creditDays?: InputMaybe<IntFilter>;
  /** PowerOffice id of the payment term. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** The client default; it cannot be deleted. */
  isDefault?: InputMaybe<BooleanFilter>;
  /** Name shown on invoices, e.g. "14 dager netto". */
  name?: InputMaybe<StringFilter>;
};

/** Posts an import. */
export type PostImportInput = {
  /** Global id of the import. */
  id: Scalars['ID']['input'];
};

/** Writable properties of a Product. */
export type ProductFields = {
  /** Unique product code, chosen by the user; invoice lines refer to it. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Cost price. */
  costPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Longer description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Global trade item number (barcode). */
  gtin?: InputMaybe<Scalars['String']['input']>;
  /** Whether the product can be used. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Product name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Product group (ProductGroup.id, not its code). */
  productGroupId?: InputMaybe<Scalars['Long']['input']>;
  /** Units in stock; may be set. */
  productsOnHand?: InputMaybe<Scalars['Float']['input']>;
  /** Sales account (GeneralLedgerAccount.code). */
  salesAccount?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department of the sales account. */
  salesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Sales price excluding VAT. */
  salesPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Physical product or service. */
  type?: InputMaybe<ProductType>;
  /** Deprecated free-text unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Unit of measure; null when the legacy unit did not map. */
  unitOfMeasureCode?: InputMaybe<UnitOfMeasureCode>;
  /** Agriculture department of the VAT-free sales account. */
  vatExampleSalesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Sales account for VAT-free sales (GeneralLedgerAccount.code). */
  vatExemptSalesAccount?: InputMaybe<Scalars['Long']['input']>;
};

/** Writable properties of a ProductGroup. */
export type ProductGroupFields = {
  /** Unique group code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Default cost price. */
  costPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Longer description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Group name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default sales account (GeneralLedgerAccount.code). */
  salesAccount?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department of the sales account. */
  salesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Default sales price excluding VAT. */
  salesPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Default product type of the group. */
  type?: InputMaybe<ProductType>;
  /** Default unit (a unit-of-measure code as text). */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Default sales account for VAT-free sales (GeneralLedgerAccount.code). */
  vatExemptSalesAccount?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department of the VAT-free sales account. */
  vatExemptSalesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
};

/** One sort key of a ProductGroup list; earlier entries sort first. */
export type ProductGroupOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ProductGroupOrderField;
};

/** Properties a ProductGroup list can be sorted by. */
export type ProductGroupOrderField =
  /** Unique group code. */
  | 'CODE'
  /** Default cost price. */
  | 'COST_PRICE'
  /** Import journal that created the group. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Longer description. */
  | 'DESCRIPTION'
  /** PowerOffice id of the group; products refer to it by this id. */
  | 'ID'
  /** When the group last changed. */
  | 'LAST_CHANGED'
  /** Group name. */
  | 'NAME'
  /** Default sales account (GeneralLedgerAccount.code). */
  | 'SALES_ACCOUNT'
  /** Agriculture department of the sales account. */
  | 'SALES_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Default sales price excluding VAT. */
  | 'SALES_PRICE'
  /** Default product type of the group. */
  | 'TYPE'
  /** Default unit (a unit-of-measure code as text). */
  | 'UNIT'
  /** Default sales account for VAT-free sales (GeneralLedgerAccount.code). */
  | 'VAT_EXEMPT_SALES_ACCOUNT'
  /** Agriculture department of the VAT-free sales account. */
  | 'VAT_EXEMPT_SALES_ACCOUNT_AGRICULTURE_DEPARTMENT';

/** Conditions on ProductGroup properties, compiled to one OData $filter. */
export type ProductGroupWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ProductGroupWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ProductGroupWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ProductGroupWhere>>;
  /** Unique group code. */
  code?: InputMaybe<StringFilter>;
  /** Default cost price. */
  costPrice?: InputMaybe<FloatFilter>;
  /** Import journal that created the group. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Longer description. */
  description?: InputMaybe<StringFilter>;
  /** PowerOffice id of the group; products refer to it by this id. */
  id?: InputMaybe<LongFilter>;
  /** When the group last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Group name. */
  name?: InputMaybe<StringFilter>;
  /** Default sales account (GeneralLedgerAccount.code). */
  salesAccount?: InputMaybe<LongFilter>;
  /** Agriculture department of the sales account. */
  salesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Default sales price excluding VAT. */
  salesPrice?: InputMaybe<FloatFilter>;
  /** Default product type of the group. */
  type?: InputMaybe<ProductTypeFilter>;
  /** Default unit (a unit-of-measure code as text). */
  unit?: InputMaybe<StringFilter>;
  /** Default sales account for VAT-free sales (GeneralLedgerAccount.code). */
  vatExemptSalesAccount?: InputMaybe<LongFilter>;
  /** Agriculture department of the VAT-free sales account. */
  vatExemptSalesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
};

/** One sort key of a Product list; earlier entries sort first. */
export type ProductOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ProductOrderField;
};

/** Properties a Product list can be sorted by. */
export type ProductOrderField =
  /** Units in stock minus those on order lines not yet invoiced. */
  | 'AVAILABLE_STOCK'
  /** Unique product code, chosen by the user; invoice lines refer to it. */
  | 'CODE'
  /** Cost price. */
  | 'COST_PRICE'
  /** Import journal that created the product. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Longer description. */
  | 'DESCRIPTION'
  /** Global trade item number (barcode). */
  | 'GTIN'
  /** PowerOffice id of the product. Send it to update. */
  | 'ID'
  /** Whether the product can be used. */
  | 'IS_ACTIVE'
  /** When the product last changed. */
  | 'LAST_CHANGED'
  /** Product name. */
  | 'NAME'
  /** Units in stock; may be set. */
  | 'PRODUCTS_ON_HAND'
  /** When the stock figure last changed. */
  | 'PRODUCTS_ON_HAND_LAST_CHANGED'
  /** Product group (ProductGroup.id, not its code). */
  | 'PRODUCT_GROUP_ID'
  /** Sales account (GeneralLedgerAccount.code). */
  | 'SALES_ACCOUNT'
  /** Agriculture department of the sales account. */
  | 'SALES_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Sales price excluding VAT. */
  | 'SALES_PRICE'
  /** Physical product or service. */
  | 'TYPE'
  /** Deprecated free-text unit. */
  | 'UNIT'
  /** Unit of measure; null when the legacy unit did not map. */
  | 'UNIT_OF_MEASURE_CODE'
  /** VAT code (VatCode.code); falls back to the product group's. */
  | 'VAT_CODE'
  /** Agriculture department of the VAT-free sales account. */
  | 'VAT_EXAMPLE_SALES_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Sales account for VAT-free sales (GeneralLedgerAccount.code). */
  | 'VAT_EXEMPT_SALES_ACCOUNT';

/** Whether a product is a physical product or a service. */
export type ProductType =
  /** None (0 on the wire). */
  | 'NONE'
  /** Product (1 on the wire). */
  | 'PRODUCT'
  /** Service (2 on the wire). */
  | 'SERVICE';

/** Conditions on a ProductType property. */
export type ProductTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProductType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ProductType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ProductType>;
};

/** Conditions on Product properties, compiled to one OData $filter. */
export type ProductWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ProductWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ProductWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ProductWhere>>;
  /** Units in stock minus those on order lines not yet invoiced. */
  availableStock?: InputMaybe<FloatFilter>;
  /** Unique product code, chosen by the user; invoice lines refer to it. */
  code?: InputMaybe<StringFilter>;
  /** Cost price. */
  costPrice?: InputMaybe<FloatFilter>;
  /** Import journal that created the product. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Longer description. */
  description?: InputMaybe<StringFilter>;
  /** Global trade item number (barcode). */
  gtin?: InputMaybe<StringFilter>;
  /** PowerOffice id of the product. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether the product can be used. */
  isActive?: InputMaybe<BooleanFilter>;
  /** When the product last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Product name. */
  name?: InputMaybe<StringFilter>;
  /** Product group (ProductGroup.id, not its code). */
  productGroupId?: InputMaybe<LongFilter>;
  /** Units in stock; may be set. */
  productsOnHand?: InputMaybe<FloatFilter>;
  /** When the stock figure last changed. */
  productsOnHandLastChanged?: InputMaybe<DateTimeFilter>;
  /** Sales account (GeneralLedgerAccount.code). */
  salesAccount?: InputMaybe<LongFilter>;
  /** Agriculture department of the sales account. */
  salesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Sales price excluding VAT. */
  salesPrice?: InputMaybe<FloatFilter>;
  /** Physical product or service. */
  type?: InputMaybe<ProductTypeFilter>;
  /** Deprecated free-text unit. */
  unit?: InputMaybe<StringFilter>;
  /** Unit of measure; null when the legacy unit did not map. */
  unitOfMeasureCode?: InputMaybe<UnitOfMeasureCodeFilter>;
  /** VAT code (VatCode.code); falls back to the product group's. */
  vatCode?: InputMaybe<StringFilter>;
  /** Agriculture department of the VAT-free sales account. */
  vatExampleSalesAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Sales account for VAT-free sales (GeneralLedgerAccount.code). */
  vatExemptSalesAccount?: InputMaybe<LongFilter>;
};

/** Writable properties of a ProjectActivity. */
export type ProjectActivityFields = {
  /** The time-tracking activity (Activity.code). */
  activityCode?: InputMaybe<Scalars['String']['input']>;
  /** Hourly rate on this project; null takes the activity's. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Billable on this project; null takes the activity's. */
  isBillable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key of a ProjectActivity list; earlier entries sort first. */
export type ProjectActivityOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ProjectActivityOrderField;
};

/** Properties a ProjectActivity list can be sorted by. */
export type ProjectActivityOrderField =
  /** The time-tracking activity (Activity.code). */
  | 'ACTIVITY_CODE'
  /** Hourly rate on this project; null takes the activity's. */
  | 'HOURLY_RATE'
  /** PowerOffice id of the project activity. Send it to update. */
  | 'ID'
  /** Billable on this project; null takes the activity's. */
  | 'IS_BILLABLE'
  /** The activity's name. */
  | 'NAME'
  /** Project the activity belongs to (Project.code); set from the path. */
  | 'PROJECT_CODE';

/** Conditions on ProjectActivity properties, compiled to one OData $filter. */
export type ProjectActivityWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ProjectActivityWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ProjectActivityWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ProjectActivityWhere>>;
  /** The time-tracking activity (Activity.code). */
  activityCode?: InputMaybe<StringFilter>;
  /** Hourly rate on this project; null takes the activity's. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the project activity. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Billable on this project; null takes the activity's. */
  isBillable?: InputMaybe<BooleanFilter>;
  /** The activity's name. */
  name?: InputMaybe<StringFilter>;
  /** Project the activity belongs to (Project.code); set from the path. */
  projectCode?: InputMaybe<StringFilter>;
};

/** How a project is billed. */
export type ProjectBillingMethod =
  /** FixedPrice (2 on the wire). */
  | 'FIXED_PRICE'
  /** None (0 on the wire). */
  | 'NONE'
  /** Time (3 on the wire). */
  | 'TIME'
  /** TimeAndExpenses (1 on the wire). */
  | 'TIME_AND_EXPENSES';

/** Conditions on a ProjectBillingMethod property. */
export type ProjectBillingMethodFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProjectBillingMethod>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ProjectBillingMethod>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ProjectBillingMethod>;
};

/** Writable properties of a Project. */
export type ProjectFields = {
  /** All activities may be used; otherwise only the listed ones. */
  allowAllActivities?: InputMaybe<Scalars['Boolean']['input']>;
  /** All employees may log time; otherwise only team members. */
  allowAllEmployees?: InputMaybe<Scalars['Boolean']['input']>;
  /** Expense vouchers are attached to invoices. */
  attachExpenseVouchersWhenBilling?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hourly rate of the project, when the rate comes from the project. */
  billableRate?: InputMaybe<Scalars['Float']['input']>;
  /** Where the billed hourly rate comes from. */
  billingHourlyRateSpecification?: InputMaybe<HourlyRateSpecification>;
  /** How the project is billed. */
  billingMethod?: InputMaybe<ProjectBillingMethod>;
  /** Branding theme of invoices (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<Scalars['String']['input']>;
  /** Budgeted cost of goods. */
  budgetedCostOfGoods?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted hours counted as expense. */
  budgetedExpenseHours?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted hourly rate. */
  budgetedHourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted hours. */
  budgetedHours?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted other expenses. */
  budgetedOtherExpenses?: InputMaybe<Scalars['Float']['input']>;
  /** Deprecated; always null. */
  budgetedRevenueBillableExpenses?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted hours counted as revenue. */
  budgetedRevenueHours?: InputMaybe<Scalars['Float']['input']>;
  /** Budgeted total revenue. */
  budgetedTotalRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** Unique project code; a sub-project is stored as "ParentCode.Code". */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Customer's contact person (ContactPerson.id). */
  contactPersonId?: InputMaybe<Scalars['Long']['input']>;
  /** Contract number. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Customer the project is for (Customer.code). */
  customerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Delivery term, most likely by its name. */
  deliveryTerms?: InputMaybe<Scalars['String']['input']>;
  /** Time may not be logged on the project. */
  denyTimeTracking?: InputMaybe<Scalars['Boolean']['input']>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** End date. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Original project number from an external system. */
  externalCode?: InputMaybe<Scalars['Long']['input']>;
  /** Fixed price; only with the FixedPrice billing method. */
  fixedPrice?: InputMaybe<Scalars['Float']['input']>;
  /** Multiplier applied to hourly rates, e.g. 1.5. */
  hourlyRateFactorWithMarkup?: InputMaybe<Scalars['Float']['input']>;
  /** Text shown for the hourly-rate markup. */
  hourlyRateMarkupDescription?: InputMaybe<Scalars['String']['input']>;
  /** Whether work on the project is billed. */
  isBillable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the project is internal. */
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** A markup is applied to hourly rates. */
  markupHourlyRateEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** A markup is applied to other expenses. */
  markupOtherExpensesEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Project name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Multiplier applied to other expenses, e.g. 1.5. */
  otherExpensesFactorWithMarkup?: InputMaybe<Scalars['Float']['input']>;
  /** Text shown for the other-expenses markup. */
  otherExpensesMarkupDescription?: InputMaybe<Scalars['String']['input']>;
  /** Parent project (Project.code); required for sub-projects. */
  parentProjectCode?: InputMaybe<Scalars['String']['input']>;
  /** Payment terms in days. */
  paymentTerms?: InputMaybe<Scalars['Int']['input']>;
  /** Completion in percent (0..100). */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Project manager (Employee.code). */
  projectManagerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** Start date. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** State of the project. */
  status?: InputMaybe<ProjectStatus>;
};

/** One sort key of a Project list; earlier entries sort first. */
export type ProjectOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ProjectOrderField;
};

/** Properties a Project list can be sorted by. */
export type ProjectOrderField =
  /** All activities may be used; otherwise only the listed ones. */
  | 'ALLOW_ALL_ACTIVITIES'
  /** All employees may log time; otherwise only team members. */
  | 'ALLOW_ALL_EMPLOYEES'
  /** Expense vouchers are attached to invoices. */
  | 'ATTACH_EXPENSE_VOUCHERS_WHEN_BILLING'
  /** Hourly rate of the project, when the rate comes from the project. */
  | 'BILLABLE_RATE'
  /** Where the billed hourly rate comes from. */
  | 'BILLING_HOURLY_RATE_SPECIFICATION'
  /** How the project is billed. */
  | 'BILLING_METHOD'
  /** Branding theme of invoices (BrandingTheme.code). */
  | 'BRANDING_THEME_CODE'
  /** Budgeted cost of goods. */
  | 'BUDGETED_COST_OF_GOODS'
  /** Budgeted hours counted as expense. */
  | 'BUDGETED_EXPENSE_HOURS'
  /** Budgeted hourly rate. */
  | 'BUDGETED_HOURLY_RATE'
  /** Budgeted hours. */
  | 'BUDGETED_HOURS'
  /** Budgeted other expenses. */
  | 'BUDGETED_OTHER_EXPENSES'
  /** Deprecated; always null. */
  | 'BUDGETED_REVENUE_BILLABLE_EXPENSES'
  /** Budgeted hours counted as revenue. */
  | 'BUDGETED_REVENUE_HOURS'
  /** Budgeted total revenue. */
  | 'BUDGETED_TOTAL_REVENUE'
  /** Unique project code; a sub-project is stored as "ParentCode.Code". */
  | 'CODE'
  /** Customer's contact person (ContactPerson.id). */
  | 'CONTACT_PERSON_ID'
  /** Contract number. */
  | 'CONTRACT_NO'
  /** When the project was created. */
  | 'CREATED_DATE'
  /** Import journal that created the project. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Customer the project is for (Customer.code). */
  | 'CUSTOMER_CODE'
  /** Delivery term, most likely by its name. */
  | 'DELIVERY_TERMS'
  /** Time may not be logged on the project. */
  | 'DENY_TIME_TRACKING'
  /** Department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** End date. */
  | 'END_DATE'
  /** Original project number from an external system. */
  | 'EXTERNAL_CODE'
  /** Fixed price; only with the FixedPrice billing method. */
  | 'FIXED_PRICE'
  /** Multiplier applied to hourly rates, e.g. 1.5. */
  | 'HOURLY_RATE_FACTOR_WITH_MARKUP'
  /** Text shown for the hourly-rate markup. */
  | 'HOURLY_RATE_MARKUP_DESCRIPTION'
  /** PowerOffice id of the project. Send it to update. */
  | 'ID'
  /** Whether work on the project is billed. */
  | 'IS_BILLABLE'
  /** Whether the project is internal. */
  | 'IS_INTERNAL'
  /** When the project last changed. */
  | 'LAST_CHANGED'
  /** Location (Location.code). */
  | 'LOCATION_CODE'
  /** A markup is applied to hourly rates. */
  | 'MARKUP_HOURLY_RATE_ENABLED'
  /** A markup is applied to other expenses. */
  | 'MARKUP_OTHER_EXPENSES_ENABLED'
  /** Project name. */
  | 'NAME'
  /** Multiplier applied to other expenses, e.g. 1.5. */
  | 'OTHER_EXPENSES_FACTOR_WITH_MARKUP'
  /** Text shown for the other-expenses markup. */
  | 'OTHER_EXPENSES_MARKUP_DESCRIPTION'
  /** Parent project (Project.code); required for sub-projects. */
  | 'PARENT_PROJECT_CODE'
  /** Payment terms in days. */
  | 'PAYMENT_TERMS'
  /** Completion in percent (0..100). */
  | 'PROGRESS'
  /** Project manager (Employee.code). */
  | 'PROJECT_MANAGER_CODE'
  /** Customer's purchase order number. */
  | 'PURCHASE_ORDER_NO'
  /** Start date. */
  | 'START_DATE'
  /** State of the project. */
  | 'STATUS';

/** State of a project. */
export type ProjectStatus =
  /** Active (2 on the wire). */
  | 'ACTIVE'
  /** Archived (3 on the wire). */
  | 'ARCHIVED'
  /** Complete (5 on the wire). */
  | 'COMPLETE'
  /** None (0 on the wire). */
  | 'NONE'
  /** NotStarted (4 on the wire). */
  | 'NOT_STARTED'
  /** Tentative (1 on the wire). */
  | 'TENTATIVE';

/** Conditions on a ProjectStatus property. */
export type ProjectStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProjectStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<ProjectStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<ProjectStatus>;
};

/** Writable properties of a ProjectTeamMember. */
export type ProjectTeamMemberFields = {
  /** Hours budgeted for the member. */
  budgetHours?: InputMaybe<Scalars['Float']['input']>;
  /** The employee (Employee.code). */
  employeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Hourly rate of the member on this project. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
};

/** One sort key of a ProjectTeamMember list; earlier entries sort first. */
export type ProjectTeamMemberOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: ProjectTeamMemberOrderField;
};

/** Properties a ProjectTeamMember list can be sorted by. */
export type ProjectTeamMemberOrderField =
  /** Hours budgeted for the member. */
  | 'BUDGET_HOURS'
  /** The employee (Employee.code). */
  | 'EMPLOYEE_CODE'
  /** Hourly rate of the member on this project. */
  | 'HOURLY_RATE'
  /** PowerOffice id of the team member. Send it to update. */
  | 'ID'
  /** Project the team member belongs to (Project.code); set from the path. */
  | 'PROJECT_CODE';

/** Conditions on ProjectTeamMember properties, compiled to one OData $filter. */
export type ProjectTeamMemberWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ProjectTeamMemberWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ProjectTeamMemberWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ProjectTeamMemberWhere>>;
  /** Hours budgeted for the member. */
  budgetHours?: InputMaybe<FloatFilter>;
  /** The employee (Employee.code). */
  employeeCode?: InputMaybe<LongFilter>;
  /** Hourly rate of the member on this project. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the team member. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Project the team member belongs to (Project.code); set from the path. */
  projectCode?: InputMaybe<StringFilter>;
};

/** Conditions on Project properties, compiled to one OData $filter. */
export type ProjectWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<ProjectWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<ProjectWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<ProjectWhere>>;
  /** All activities may be used; otherwise only the listed ones. */
  allowAllActivities?: InputMaybe<BooleanFilter>;
  /** All employees may log time; otherwise only team members. */
  allowAllEmployees?: InputMaybe<BooleanFilter>;
  /** Expense vouchers are attached to invoices. */
  attachExpenseVouchersWhenBilling?: InputMaybe<BooleanFilter>;
  /** Hourly rate of the project, when the rate comes from the project. */
  billableRate?: InputMaybe<FloatFilter>;
  /** Where the billed hourly rate comes from. */
  billingHourlyRateSpecification?: InputMaybe<HourlyRateSpecificationFilter>;
  /** How the project is billed. */
  billingMethod?: InputMaybe<ProjectBillingMethodFilter>;
  /** Branding theme of invoices (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<StringFilter>;
  /** Budgeted cost of goods. */
  budgetedCostOfGoods?: InputMaybe<FloatFilter>;
  /** Budgeted hours counted as expense. */
  budgetedExpenseHours?: InputMaybe<FloatFilter>;
  /** Budgeted hourly rate. */
  budgetedHourlyRate?: InputMaybe<FloatFilter>;
  /** Budgeted hours. */
  budgetedHours?: InputMaybe<FloatFilter>;
  /** Budgeted other expenses. */
  budgetedOtherExpenses?: InputMaybe<FloatFilter>;
  /** Deprecated; always null. */
  budgetedRevenueBillableExpenses?: InputMaybe<FloatFilter>;
  /** Budgeted hours counted as revenue. */
  budgetedRevenueHours?: InputMaybe<FloatFilter>;
  /** Budgeted total revenue. */
  budgetedTotalRevenue?: InputMaybe<FloatFilter>;
  /** Unique project code; a sub-project is stored as "ParentCode.Code". */
  code?: InputMaybe<StringFilter>;
  /** Customer's contact person (ContactPerson.id). */
  contactPersonId?: InputMaybe<LongFilter>;
  /** Contract number. */
  contractNo?: InputMaybe<StringFilter>;
  /** When the project was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import journal that created the project. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Customer the project is for (Customer.code). */
  customerCode?: InputMaybe<LongFilter>;
  /** Delivery term, most likely by its name. */
  deliveryTerms?: InputMaybe<StringFilter>;
  /** Time may not be logged on the project. */
  denyTimeTracking?: InputMaybe<BooleanFilter>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** End date. */
  endDate?: InputMaybe<DateFilter>;
  /** Original project number from an external system. */
  externalCode?: InputMaybe<LongFilter>;
  /** Fixed price; only with the FixedPrice billing method. */
  fixedPrice?: InputMaybe<FloatFilter>;
  /** Multiplier applied to hourly rates, e.g. 1.5. */
  hourlyRateFactorWithMarkup?: InputMaybe<FloatFilter>;
  /** Text shown for the hourly-rate markup. */
  hourlyRateMarkupDescription?: InputMaybe<StringFilter>;
  /** PowerOffice id of the project. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Whether work on the project is billed. */
  isBillable?: InputMaybe<BooleanFilter>;
  /** Whether the project is internal. */
  isInternal?: InputMaybe<BooleanFilter>;
  /** When the project last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<StringFilter>;
  /** A markup is applied to hourly rates. */
  markupHourlyRateEnabled?: InputMaybe<BooleanFilter>;
  /** A markup is applied to other expenses. */
  markupOtherExpensesEnabled?: InputMaybe<BooleanFilter>;
  /** Project name. */
  name?: InputMaybe<StringFilter>;
  /** Multiplier applied to other expenses, e.g. 1.5. */
  otherExpensesFactorWithMarkup?: InputMaybe<FloatFilter>;
  /** Text shown for the other-expenses markup. */
  otherExpensesMarkupDescription?: InputMaybe<StringFilter>;
  /** Parent project (Project.code); required for sub-projects. */
  parentProjectCode?: InputMaybe<StringFilter>;
  /** Payment terms in days. */
  paymentTerms?: InputMaybe<IntFilter>;
  /** Completion in percent (0..100). */
  progress?: InputMaybe<IntFilter>;
  /** Project manager (Employee.code). */
  projectManagerCode?: InputMaybe<LongFilter>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<StringFilter>;
  /** Start date. */
  startDate?: InputMaybe<DateFilter>;
  /** State of the project. */
  status?: InputMaybe<ProjectStatusFilter>;
};

/** Writable properties of a RecurringInvoice. */
export type RecurringInvoiceFields = {
  /** Excluded months apply once only. */
  autoClearExclusions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Branding theme (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<Scalars['String']['input']>;
  /** Contact group invoiced as a group (ContactGroup.id). */
  contactGroupId?: InputMaybe<Scalars['Long']['input']>;
  /** Contract number. */
  contractNo?: InputMaybe<Scalars['String']['input']>;
  /** Currency (Currency.code). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Exchange rate to the client currency, normalised to base 1. */
  currencyExchangeRate?: InputMaybe<Scalars['Float']['input']>;
  /** Key used to match ledger entries. */
  customMatchingReference?: InputMaybe<Scalars['String']['input']>;
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  customerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Customer's reference, as free text. */
  customerReference?: InputMaybe<Scalars['String']['input']>;
  /** Customer's reference as a contact person of the customer; wins over customerReference. */
  customerReferenceContactPersonId?: InputMaybe<Scalars['Long']['input']>;
  /** Days before the invoice date that the invoice is made. */
  daysInAdvance?: InputMaybe<Scalars['Int']['input']>;
  /** Delivery address: the id of one of the customer's street addresses. */
  deliveryAddressId?: InputMaybe<Scalars['Long']['input']>;
  /** Delivery date. */
  deliveryDate?: InputMaybe<Scalars['Date']['input']>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<Scalars['String']['input']>;
  /** Department (Department.code); lines inherit it unless they send "-1". */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 1. */
  dim1Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 2. */
  dim2Code?: InputMaybe<Scalars['String']['input']>;
  /** Value of custom dimension 3. */
  dim3Code?: InputMaybe<Scalars['String']['input']>;
  /** Date it is deactivated. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Months without an invoice (monthly invoices, one invoice per month). */
  exceptMonths?: InputMaybe<Array<Months>>;
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<Scalars['Long']['input']>;
  /** How the invoice was delivered. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryType>;
  /** Invoice number as a number; same value as documentNo. */
  invoiceNo?: InputMaybe<Scalars['Long']['input']>;
  /** Whether invoices are still made from it. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** Date of the next invoice. */
  nextInvoiceDate?: InputMaybe<Scalars['Date']['input']>;
  /** Order date. */
  orderDate?: InputMaybe<Scalars['Date']['input']>;
  /** Our reference / sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Invoice lines (at most 10 000); lines without id are added, isDeleted removes one. */
  outgoingInvoiceLines?: InputMaybe<Array<OutgoingInvoiceLineInput>>;
  /** Days until the invoice is due. */
  paymentTerms?: InputMaybe<Scalars['Int']['input']>;
  /** Project (Project.code); lines inherit it unless they send "-1". */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<Scalars['String']['input']>;
  /** On a credit note: document or invoice number of the invoice it credits. */
  relatedDocumentNo?: InputMaybe<Scalars['String']['input']>;
  /** How many invoices in all; null = no end. Afterwards it becomes inactive. */
  repeatTimes?: InputMaybe<Scalars['Int']['input']>;
  /** An invoice every this many units (at least 1). */
  sendFrequency?: InputMaybe<Scalars['Int']['input']>;
  /** The unit of sendFrequency. */
  sendFrequencyUnit?: InputMaybe<RecurringSendFrequencyUnit>;
  /** What happens when an invoice falls due. */
  sendMethod?: InputMaybe<RecurringSendMethod>;
  /** State; clients may only set Draft or Approved. */
  status?: InputMaybe<OutgoingInvoiceStatus>;
};

/** One sort key of a RecurringInvoice list; earlier entries sort first. */
export type RecurringInvoiceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: RecurringInvoiceOrderField;
};

/** Properties a RecurringInvoice list can be sorted by. */
export type RecurringInvoiceOrderField =
  /** Excluded months apply once only. */
  | 'AUTO_CLEAR_EXCLUSIONS'
  /** Amount still unpaid in the client currency; sent invoices only. */
  | 'BALANCE'
  /** Branding theme (BrandingTheme.code). */
  | 'BRANDING_THEME_CODE'
  /** KID payment reference; sent invoices only. */
  | 'CID'
  /** Title of the invoiced contact group. */
  | 'CONTACT_GROUP'
  /** Contact group invoiced as a group (ContactGroup.id). */
  | 'CONTACT_GROUP_ID'
  /** Contract number. */
  | 'CONTRACT_NO'
  /** When the invoice was created. */
  | 'CREATED_DATE'
  /** Currency (Currency.code). */
  | 'CURRENCY_CODE'
  /** Exchange rate to the client currency, normalised to base 1. */
  | 'CURRENCY_EXCHANGE_RATE'
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  | 'CUSTOMER_CODE'
  /** Email address used when the invoice went out as PDF by email. */
  | 'CUSTOMER_EMAIL'
  /** Customer's reference, as free text. */
  | 'CUSTOMER_REFERENCE'
  /** Key used to match ledger entries. */
  | 'CUSTOM_MATCHING_REFERENCE'
  /** Days before the invoice date that the invoice is made. */
  | 'DAYS_IN_ADVANCE'
  /** State of the collection case. */
  | 'DEBT_COLLECTION_CASE_STATUS'
  /** Reference of the debt-collection case. */
  | 'DEBT_COLLECTION_CODE'
  /** Delivery address line 1 as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS1'
  /** Delivery address line 2 as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS2'
  /** Delivery city as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_CITY'
  /** Delivery country as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_COUNTRY_CODE'
  /** Delivery address: the id of one of the customer's street addresses. */
  | 'DELIVERY_ADDRESS_ID'
  /** Delivery postcode as sent; only on posted invoices. */
  | 'DELIVERY_ADDRESS_ZIP_CODE'
  /** Delivery term (free text). */
  | 'DELIVERY_TERM'
  /** Department (Department.code); lines inherit it unless they send "-1". */
  | 'DEPARTMENT_CODE'
  /** Value of custom dimension 1. */
  | 'DIM1_CODE'
  /** Value of custom dimension 2. */
  | 'DIM2_CODE'
  /** Value of custom dimension 3. */
  | 'DIM3_CODE'
  /** Invoice number as text; sent invoices only. */
  | 'DOCUMENT_NO'
  /** Due date; sent invoices only. */
  | 'DUE_DATE'
  /** Date it is deactivated. */
  | 'END_DATE'
  /** Expected due date; sent invoices only. */
  | 'EXPECTED_DUE_DATE'
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the invoice (a GUID). Send it to update. */
  | 'ID'
  /** Order number in the system the invoice came from. */
  | 'IMPORTED_ORDER_NO'
  /** Debt-collection state. */
  | 'INVOICE_DEBT_COLLECTION_STATUS'
  /** When the invoice was delivered. */
  | 'INVOICE_DELIVERY_DATE'
  /** How the invoice was delivered. */
  | 'INVOICE_DELIVERY_TYPE'
  /** Invoice number as a number; same value as documentNo. */
  | 'INVOICE_NO'
  /** Whether invoices are still made from it. */
  | 'IS_ACTIVE'
  /** Delivery of the invoice is in progress. */
  | 'IS_INVOICE_BEING_PROCESSED'
  /** When the invoice last changed. */
  | 'LAST_CHANGED'
  /** Why the last delivery attempt failed, if it did. */
  | 'LAST_ERROR_MESSAGE'
  /** Location (Location.code). */
  | 'LOCATION_CODE'
  /** Total excluding VAT, computed from the lines. */
  | 'NET_AMOUNT'
  /** Date of the next invoice. */
  | 'NEXT_INVOICE_DATE'
  /** Order date. */
  | 'ORDER_DATE'
  /** Order number, generated on create. */
  | 'ORDER_NO'
  /** Our reference / sales person (Employee.code). */
  | 'OUR_REFERENCE_EMPLOYEE_CODE'
  /** Days until the invoice is due. */
  | 'PAYMENT_TERMS'
  /** Project (Project.code); lines inherit it unless they send "-1". */
  | 'PROJECT_CODE'
  /** Customer's purchase order number. */
  | 'PURCHASE_ORDER_NO'
  /** On a credit note: document or invoice number of the invoice it credits. */
  | 'RELATED_DOCUMENT_NO'
  /** How many invoices in all; null = no end. Afterwards it becomes inactive. */
  | 'REPEAT_TIMES'
  /** An invoice every this many units (at least 1). */
  | 'SEND_FREQUENCY'
  /** The unit of sendFrequency. */
  | 'SEND_FREQUENCY_UNIT'
  /** What happens when an invoice falls due. */
  | 'SEND_METHOD'
  /** When the invoice was sent; empty for imported invoices. */
  | 'SENT_DATE'
  /** State; clients may only set Draft or Approved. */
  | 'STATUS'
  /** Total including VAT, computed from the lines. */
  | 'TOTAL_AMOUNT'
  /** Voucher (invoice) date; sent invoices only. */
  | 'VOUCHER_DATE'
  /** Voucher number of the posting; sent invoices only. */
  | 'VOUCHER_NO';

/** Conditions on RecurringInvoice properties, compiled to one OData $filter. */
export type RecurringInvoiceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<RecurringInvoiceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<RecurringInvoiceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<RecurringInvoiceWhere>>;
  /** Excluded months apply once only. */
  autoClearExclusions?: InputMaybe<BooleanFilter>;
  /** Amount still unpaid in the client currency; sent invoices only. */
  balance?: InputMaybe<FloatFilter>;
  /** Branding theme (BrandingTheme.code). */
  brandingThemeCode?: InputMaybe<StringFilter>;
  /** KID payment reference; sent invoices only. */
  cid?: InputMaybe<StringFilter>;
  /** Title of the invoiced contact group. */
  contactGroup?: InputMaybe<StringFilter>;
  /** Contact group invoiced as a group (ContactGroup.id). */
  contactGroupId?: InputMaybe<LongFilter>;
  /** Contract number. */
  contractNo?: InputMaybe<StringFilter>;
  /** When the invoice was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Currency (Currency.code). */
  currencyCode?: InputMaybe<StringFilter>;
  /** Exchange rate to the client currency, normalised to base 1. */
  currencyExchangeRate?: InputMaybe<FloatFilter>;
  /** Key used to match ledger entries. */
  customMatchingReference?: InputMaybe<StringFilter>;
  /** Customer invoiced (Customer.code); excludes contactGroupId. */
  customerCode?: InputMaybe<LongFilter>;
  /** Email address used when the invoice went out as PDF by email. */
  customerEmail?: InputMaybe<StringFilter>;
  /** Customer's reference, as free text. */
  customerReference?: InputMaybe<StringFilter>;
  /** Days before the invoice date that the invoice is made. */
  daysInAdvance?: InputMaybe<IntFilter>;
  /** State of the collection case. */
  debtCollectionCaseStatus?: InputMaybe<DebtCollectionCaseStatusFilter>;
  /** Reference of the debt-collection case. */
  debtCollectionCode?: InputMaybe<StringFilter>;
  /** Delivery address line 1 as sent; only on posted invoices. */
  deliveryAddress1?: InputMaybe<StringFilter>;
  /** Delivery address line 2 as sent; only on posted invoices. */
  deliveryAddress2?: InputMaybe<StringFilter>;
  /** Delivery city as sent; only on posted invoices. */
  deliveryAddressCity?: InputMaybe<StringFilter>;
  /** Delivery country as sent; only on posted invoices. */
  deliveryAddressCountryCode?: InputMaybe<StringFilter>;
  /** Delivery address: the id of one of the customer's street addresses. */
  deliveryAddressId?: InputMaybe<LongFilter>;
  /** Delivery postcode as sent; only on posted invoices. */
  deliveryAddressZipCode?: InputMaybe<StringFilter>;
  /** Delivery term (free text). */
  deliveryTerm?: InputMaybe<StringFilter>;
  /** Department (Department.code); lines inherit it unless they send "-1". */
  departmentCode?: InputMaybe<StringFilter>;
  /** Value of custom dimension 1. */
  dim1Code?: InputMaybe<StringFilter>;
  /** Value of custom dimension 2. */
  dim2Code?: InputMaybe<StringFilter>;
  /** Value of custom dimension 3. */
  dim3Code?: InputMaybe<StringFilter>;
  /** Invoice number as text; sent invoices only. */
  documentNo?: InputMaybe<StringFilter>;
  /** Due date; sent invoices only. */
  dueDate?: InputMaybe<DateFilter>;
  /** Date it is deactivated. */
  endDate?: InputMaybe<DateFilter>;
  /** Expected due date; sent invoices only. */
  expectedDueDate?: InputMaybe<DateFilter>;
  /** Idempotency/correlation key, at most 50 characters, unique among invoices of the client. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the invoice (a GUID). Send it to update. */
  id?: InputMaybe<GuidFilter>;
  /** Order number in the system the invoice came from. */
  importedOrderNo?: InputMaybe<LongFilter>;
  /** Debt-collection state. */
  invoiceDebtCollectionStatus?: InputMaybe<DebtCollectionStatusFilter>;
  /** When the invoice was delivered. */
  invoiceDeliveryDate?: InputMaybe<DateFilter>;
  /** How the invoice was delivered. */
  invoiceDeliveryType?: InputMaybe<InvoiceDeliveryTypeFilter>;
  /** Invoice number as a number; same value as documentNo. */
  invoiceNo?: InputMaybe<LongFilter>;
  /** Whether invoices are still made from it. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Delivery of the invoice is in progress. */
  isInvoiceBeingProcessed?: InputMaybe<BooleanFilter>;
  /** When the invoice last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Why the last delivery attempt failed, if it did. */
  lastErrorMessage?: InputMaybe<StringFilter>;
  /** Location (Location.code). */
  locationCode?: InputMaybe<StringFilter>;
  /** Total excluding VAT, computed from the lines. */
  netAmount?: InputMaybe<FloatFilter>;
  /** Date of the next invoice. */
  nextInvoiceDate?: InputMaybe<DateFilter>;
  /** Order date. */
  orderDate?: InputMaybe<DateFilter>;
  /** Order number, generated on create. */
  orderNo?: InputMaybe<LongFilter>;
  /** Our reference / sales person (Employee.code). */
  ourReferenceEmployeeCode?: InputMaybe<LongFilter>;
  /** Days until the invoice is due. */
  paymentTerms?: InputMaybe<IntFilter>;
  /** Project (Project.code); lines inherit it unless they send "-1". */
  projectCode?: InputMaybe<StringFilter>;
  /** Customer's purchase order number. */
  purchaseOrderNo?: InputMaybe<StringFilter>;
  /** On a credit note: document or invoice number of the invoice it credits. */
  relatedDocumentNo?: InputMaybe<StringFilter>;
  /** How many invoices in all; null = no end. Afterwards it becomes inactive. */
  repeatTimes?: InputMaybe<IntFilter>;
  /** An invoice every this many units (at least 1). */
  sendFrequency?: InputMaybe<IntFilter>;
  /** The unit of sendFrequency. */
  sendFrequencyUnit?: InputMaybe<RecurringSendFrequencyUnitFilter>;
  /** What happens when an invoice falls due. */
  sendMethod?: InputMaybe<RecurringSendMethodFilter>;
  /** When the invoice was sent; empty for imported invoices. */
  sentDate?: InputMaybe<DateFilter>;
  /** State; clients may only set Draft or Approved. */
  status?: InputMaybe<OutgoingInvoiceStatusFilter>;
  /** Total including VAT, computed from the lines. */
  totalAmount?: InputMaybe<FloatFilter>;
  /** Voucher (invoice) date; sent invoices only. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Voucher number of the posting; sent invoices only. */
  voucherNo?: InputMaybe<LongFilter>;
};

/** The unit of a recurring invoice's frequency (reference Part C). */
export type RecurringSendFrequencyUnit =
  /** Daily (3 on the wire). */
  | 'DAILY'
  /** Monthly (1 on the wire). */
  | 'MONTHLY'
  /** Weekly (0 on the wire). */
  | 'WEEKLY'
  /** Yearly (2 on the wire). */
  | 'YEARLY';

/** Conditions on a RecurringSendFrequencyUnit property. */
export type RecurringSendFrequencyUnitFilter = {
  /** Equal to. */
  eq?: InputMaybe<RecurringSendFrequencyUnit>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<RecurringSendFrequencyUnit>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<RecurringSendFrequencyUnit>;
};

/** What happens when a recurring invoice falls due: confirm, send, or make a draft (Part C). */
export type RecurringSendMethod =
  /** Confirm (0 on the wire). */
  | 'CONFIRM'
  /** Draft (2 on the wire). */
  | 'DRAFT'
  /** Send (1 on the wire). */
  | 'SEND';

/** Conditions on a RecurringSendMethod property. */
export type RecurringSendMethodFilter = {
  /** Equal to. */
  eq?: InputMaybe<RecurringSendMethod>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<RecurringSendMethod>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<RecurringSendMethod>;
};

/** Writable properties of a SalaryLine. */
export type SalaryLineFields = {
  /** Account override: a ledger account or sub-ledger code; default from the pay item. */
  account?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department of account. */
  accountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Amount. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Car registration number. */
  carRegistrationNo?: InputMaybe<Scalars['String']['input']>;
  /** Shown on the payslip. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** The employee paid (Employee.code). */
  employeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Idempotency key (max 50); a duplicate is refused. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Opposite account override: a ledger account or sub-ledger code; default from the pay item. */
  oppositeAccount?: InputMaybe<Scalars['Long']['input']>;
  /** Agriculture department of oppositeAccount. */
  oppositeAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** The pay item (PayItem.code). */
  payItemCode?: InputMaybe<Scalars['String']['input']>;
  /** Project (Project.code). */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** Quantity. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** Rate per unit. */
  rate?: InputMaybe<Scalars['Float']['input']>;
  /** VAT code, e.g. for expense refunds (VatCode.code). */
  vatCode?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a SalaryLine list; earlier entries sort first. */
export type SalaryLineOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: SalaryLineOrderField;
};

/** Properties a SalaryLine list can be sorted by. */
export type SalaryLineOrderField =
  /** Account override: a ledger account or sub-ledger code; default from the pay item. */
  | 'ACCOUNT'
  /** Agriculture department of account. */
  | 'ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Amount. */
  | 'AMOUNT'
  /** Car registration number. */
  | 'CAR_REGISTRATION_NO'
  /** Shown on the payslip. */
  | 'COMMENT'
  /** Department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** The employee paid (Employee.code). */
  | 'EMPLOYEE_CODE'
  /** Idempotency key (max 50); a duplicate is refused. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** PowerOffice id of the salary line. Send it to update. */
  | 'ID'
  /** Deleted by a user in PowerOffice. */
  | 'IS_DELETED_BY_USER'
  /** True once the line is on a payroll; it can no longer be changed. */
  | 'IS_LOCKED'
  /** Opposite account override: a ledger account or sub-ledger code; default from the pay item. */
  | 'OPPOSITE_ACCOUNT'
  /** Agriculture department of oppositeAccount. */
  | 'OPPOSITE_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** The pay item (PayItem.code). */
  | 'PAY_ITEM_CODE'
  /** Project (Project.code). */
  | 'PROJECT_CODE'
  /** Quantity. */
  | 'QUANTITY'
  /** Rate per unit. */
  | 'RATE'
  /** VAT code, e.g. for expense refunds (VatCode.code). */
  | 'VAT_CODE';

/** Conditions on SalaryLine properties, compiled to one OData $filter. */
export type SalaryLineWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<SalaryLineWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<SalaryLineWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<SalaryLineWhere>>;
  /** Account override: a ledger account or sub-ledger code; default from the pay item. */
  account?: InputMaybe<LongFilter>;
  /** Agriculture department of account. */
  accountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Amount. */
  amount?: InputMaybe<FloatFilter>;
  /** Car registration number. */
  carRegistrationNo?: InputMaybe<StringFilter>;
  /** Shown on the payslip. */
  comment?: InputMaybe<StringFilter>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** The employee paid (Employee.code). */
  employeeCode?: InputMaybe<LongFilter>;
  /** Idempotency key (max 50); a duplicate is refused. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** PowerOffice id of the salary line. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Deleted by a user in PowerOffice. */
  isDeletedByUser?: InputMaybe<BooleanFilter>;
  /** True once the line is on a payroll; it can no longer be changed. */
  isLocked?: InputMaybe<BooleanFilter>;
  /** Opposite account override: a ledger account or sub-ledger code; default from the pay item. */
  oppositeAccount?: InputMaybe<LongFilter>;
  /** Agriculture department of oppositeAccount. */
  oppositeAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** The pay item (PayItem.code). */
  payItemCode?: InputMaybe<StringFilter>;
  /** Project (Project.code). */
  projectCode?: InputMaybe<StringFilter>;
  /** Quantity. */
  quantity?: InputMaybe<FloatFilter>;
  /** Rate per unit. */
  rate?: InputMaybe<FloatFilter>;
  /** VAT code, e.g. for expense refunds (VatCode.code). */
  vatCode?: InputMaybe<StringFilter>;
};

/** Adds a note to invoices, or changes one (with its id). */
export type SaveOutgoingInvoiceNoteInput = {
  /** Id of the note; send it to change the note, leave it out to add one. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** The note. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the outgoing invoice. */
  voucherId: Scalars['ID']['input'];
};

/** Adds a note to recurring invoices, or changes one (with its id). */
export type SaveRecurringInvoiceNoteInput = {
  /** Id of the note; send it to change the note, leave it out to add one. */
  id?: InputMaybe<Scalars['Long']['input']>;
  /** The note. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the recurring invoice. */
  voucherId: Scalars['ID']['input'];
};

/** How SendInvoice delivers an invoice. Default PdfByEmail unless an "IfPossible" flag applies. */
export type SendInvoiceDeliveryType =
  /** AvtaleGiro (3 on the wire). */
  | 'AVTALE_GIRO'
  /** Efaktura (4 on the wire). */
  | 'EFAKTURA'
  /** EHF (2 on the wire). */
  | 'EHF'
  /** PdfByEmail (1 on the wire). */
  | 'PDF_BY_EMAIL';

/** Queues a draft or approved invoice for posting and delivery (B9). */
export type SendOutgoingInvoiceInput = {
  /** How to deliver it; default PdfByEmail unless an "IfPossible" flag applies. */
  deliveryType?: InputMaybe<SendInvoiceDeliveryType>;
  /** Address to send a PDF to; default the customer's invoice email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Invoice (voucher) date to post it with; default today. */
  invoiceDate?: InputMaybe<Scalars['Date']['input']>;
  /** Global id of the outgoing invoice. */
  invoiceId: Scalars['ID']['input'];
  /** Deliver by AvtaleGiro when the customer has an agreement. */
  sendByAvtaleGiroIfPossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Deliver as eFaktura when the customer can receive it. */
  sendByEfakturaIfPossible?: InputMaybe<Scalars['Boolean']['input']>;
  /** Deliver as EHF when the customer can receive it. */
  sendByEhfIfPossible?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on a text property, all of which must hold. Comparisons are case-sensitive unless `caseInsensitive` is true (then both sides are lower-cased with OData `tolower`). */
export type StringFilter = {
  /** Compare ignoring case. */
  caseInsensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Contains. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Ends with. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** Starts with. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a SubledgerNumberSeries list; earlier entries sort first. */
export type SubledgerNumberSeriesOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: SubledgerNumberSeriesOrderField;
};

/** Properties a SubledgerNumberSeries list can be sorted by. */
export type SubledgerNumberSeriesOrderField =
  /** First code of the range. */
  | 'FROM_INCLUSIVE'
  /** Agriculture department of the control account. */
  | 'GENERAL_LEDGER_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Control account (GeneralLedgerAccount.code). */
  | 'GENERAL_LEDGER_ACCOUNT_CODE'
  /** PowerOffice id of the series. */
  | 'ID'
  /** Series of client trust funds. */
  | 'IS_CLIENT_TRUST'
  /** The default series of its type. */
  | 'IS_DEFAULT'
  /** Name of the series. */
  | 'NAME'
  /** Last code of the range. */
  | 'TO_INCLUSIVE'
  /** Which sub-ledger the series numbers. */
  | 'TYPE';

/** Which sub-ledger a number series numbers (accounting.md §21). */
export type SubledgerNumberSeriesType =
  /** Customer (1 on the wire). */
  | 'CUSTOMER'
  /** Employee (3 on the wire). */
  | 'EMPLOYEE'
  /** None (0 on the wire). */
  | 'NONE'
  /** Supplier (2 on the wire). */
  | 'SUPPLIER';

/** Conditions on a SubledgerNumberSeriesType property. */
export type SubledgerNumberSeriesTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<SubledgerNumberSeriesType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<SubledgerNumberSeriesType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<SubledgerNumberSeriesType>;
};

/** Conditions on SubledgerNumberSeries properties, compiled to one OData $filter. */
export type SubledgerNumberSeriesWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<SubledgerNumberSeriesWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<SubledgerNumberSeriesWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<SubledgerNumberSeriesWhere>>;
  /** First code of the range. */
  fromInclusive?: InputMaybe<LongFilter>;
  /** Agriculture department of the control account. */
  generalLedgerAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Control account (GeneralLedgerAccount.code). */
  generalLedgerAccountCode?: InputMaybe<LongFilter>;
  /** PowerOffice id of the series. */
  id?: InputMaybe<GuidFilter>;
  /** Series of client trust funds. */
  isClientTrust?: InputMaybe<BooleanFilter>;
  /** The default series of its type. */
  isDefault?: InputMaybe<BooleanFilter>;
  /** Name of the series. */
  name?: InputMaybe<StringFilter>;
  /** Last code of the range. */
  toInclusive?: InputMaybe<LongFilter>;
  /** Which sub-ledger the series numbers. */
  type?: InputMaybe<SubledgerNumberSeriesTypeFilter>;
};

/** One sort key of a SupplierBalance list; earlier entries sort first. */
export type SupplierBalanceOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: SupplierBalanceOrderField;
};

/** Properties a SupplierBalance list can be sorted by. */
export type SupplierBalanceOrderField =
  /** Balance in the client currency. */
  | 'BALANCE'
  /** Code of the supplier. */
  | 'SUPPLIER_CODE'
  /** External code of the supplier. */
  | 'SUPPLIER_EXTERNAL_CODE'
  /** Id of the supplier. */
  | 'SUPPLIER_ID'
  /** Name of the supplier. */
  | 'SUPPLIER_NAME';

/** Conditions on SupplierBalance properties, compiled to one OData $filter. */
export type SupplierBalanceWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<SupplierBalanceWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<SupplierBalanceWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<SupplierBalanceWhere>>;
  /** Balance in the client currency. */
  balance?: InputMaybe<FloatFilter>;
  /** Code of the supplier. */
  supplierCode?: InputMaybe<LongFilter>;
  /** External code of the supplier. */
  supplierExternalCode?: InputMaybe<LongFilter>;
  /** Id of the supplier. */
  supplierId?: InputMaybe<LongFilter>;
  /** Name of the supplier. */
  supplierName?: InputMaybe<StringFilter>;
};

/** Writable properties of a Supplier. */
export type SupplierFields = {
  /** Supplier number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<Scalars['Long']['input']>;
  /** Titles of the contact groups the supplier belongs to. Unknown titles are created on save. */
  contactGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Primary contact person (a ContactPerson id of this party). */
  contactPersonId?: InputMaybe<Scalars['Long']['input']>;
  /** Default currency (ISO 4217). */
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth, for persons. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Email address. */
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  /** Original supplier number from an import. */
  externalCode?: InputMaybe<Scalars['Long']['input']>;
  /** Idempotency/correlation key, at most 50 characters, unique among suppliers. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** First name, for persons. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** International id; reads return "hidden" when set. */
  internationalIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdType>;
  /** Whether the party currently is a supplier. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Archived (inactive). Archive instead of deleting a party with data. */
  isArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the supplier is a private person. */
  isPerson?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last name, for persons. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Registered legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressInput>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the party first became a contact. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Social security number; reads return "hidden" when set. */
  socialSecurityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Agriculture department of the default account. */
  standardGeneralLedgerAccountAgricultureDepartment?: InputMaybe<AgricultureDepartment>;
  /** Default account of incoming invoices (GeneralLedgerAccount.code). */
  standardGeneralLedgerAccountCode?: InputMaybe<Scalars['Long']['input']>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressInput>;
  /** Street addresses. Replaced as a full set on update. */
  streetAddresses?: InputMaybe<Array<AddressInput>>;
  /** Sub-ledger number series, used on create only. */
  subledgerNumberSeriesId?: InputMaybe<Scalars['String']['input']>;
  /** Organisation number. */
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  /** Website URL. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a SupplierLedgerEntry list; earlier entries sort first. */
export type SupplierLedgerEntryOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: SupplierLedgerEntryOrderField;
};

/** Properties a SupplierLedgerEntry list can be sorted by. */
export type SupplierLedgerEntryOrderField =
  /** Amount in the client currency. */
  | 'AMOUNT'
  /** Remaining amount in the client currency. */
  | 'BALANCE'
  /** KID. */
  | 'CID'
  /** The voucher this one corrects. */
  | 'CORRECTION_OF_VOUCHER_NO'
  /** When the entry was posted. */
  | 'CREATED_DATE'
  /** Import that created the entry. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Amount in the currency. */
  | 'CURRENCY_AMOUNT'
  /** Currency. */
  | 'CURRENCY_CODE'
  /** Matching reference. */
  | 'CUSTOM_MATCHING_REFERENCE'
  /** Debt-collection case. */
  | 'DEBT_COLLECTION_CASE_CODE'
  /** Debt-collection case id. */
  | 'DEBT_COLLECTION_CASE_ID'
  /** Department. */
  | 'DEPARTMENT_CODE'
  /** Department name. */
  | 'DEPARTMENT_NAME'
  /** Custom dimension 1. */
  | 'DIM1_CODE'
  /** Custom dimension 1 name. */
  | 'DIM1_NAME'
  /** Custom dimension 2. */
  | 'DIM2_CODE'
  /** Custom dimension 2 name. */
  | 'DIM2_NAME'
  /** Custom dimension 3. */
  | 'DIM3_CODE'
  /** Custom dimension 3 name. */
  | 'DIM3_NAME'
  /** Document number (usually the invoice number). */
  | 'DOCUMENT_NO'
  /** Due date. */
  | 'DUE_DATE'
  /** Idempotency key of the import. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Factoring integration. */
  | 'FACTORING_INTEGRATION_NAME'
  /** Factoring state (a raw number). */
  | 'FACTORING_INVOICE_STATUS'
  /** Id of the entry (AccountTransaction.subLedgerEntryId). */
  | 'ID'
  /** Debt-collection state (a raw number). */
  | 'INVOICE_DEBT_COLLECTION_STATUS'
  /** Created by this integration. */
  | 'IS_CREATED_BY_CURRENT_INTEGRATION'
  /** Created from an EHF document. */
  | 'IS_CREATED_FROM_EHF'
  /** The voucher has been reversed. */
  | 'IS_REVERSED'
  /** A write-off. */
  | 'IS_WRITE_OFF'
  /** When the entry last changed. */
  | 'LAST_CHANGED'
  /** Location. */
  | 'LOCATION_CODE'
  /** Location name. */
  | 'LOCATION_NAME'
  /** Entries matched together share this id. */
  | 'MATCH_ID'
  /** Posting date. */
  | 'POSTING_DATE'
  /** Project. */
  | 'PROJECT_CODE'
  /** Project name. */
  | 'PROJECT_NAME'
  /** The voucher this one reverses. */
  | 'REVERSED_VOUCHER_NO'
  /** Code of the supplier; the report's filter key. */
  | 'SUPPLIER_CODE'
  /** Voucher date. */
  | 'VOUCHER_DATE'
  /** Id of the voucher. */
  | 'VOUCHER_ID'
  /** Voucher number. */
  | 'VOUCHER_NO'
  /** Kind of voucher. */
  | 'VOUCHER_TYPE';

/** Conditions on SupplierLedgerEntry properties, compiled to one OData $filter. */
export type SupplierLedgerEntryWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<SupplierLedgerEntryWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<SupplierLedgerEntryWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<SupplierLedgerEntryWhere>>;
  /** Amount in the client currency. */
  amount?: InputMaybe<FloatFilter>;
  /** Remaining amount in the client currency. */
  balance?: InputMaybe<FloatFilter>;
  /** KID. */
  cid?: InputMaybe<StringFilter>;
  /** The voucher this one corrects. */
  correctionOfVoucherNo?: InputMaybe<LongFilter>;
  /** When the entry was posted. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import that created the entry. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Amount in the currency. */
  currencyAmount?: InputMaybe<FloatFilter>;
  /** Currency. */
  currencyCode?: InputMaybe<StringFilter>;
  /** Matching reference. */
  customMatchingReference?: InputMaybe<StringFilter>;
  /** Debt-collection case. */
  debtCollectionCaseCode?: InputMaybe<StringFilter>;
  /** Debt-collection case id. */
  debtCollectionCaseId?: InputMaybe<GuidFilter>;
  /** Department. */
  departmentCode?: InputMaybe<StringFilter>;
  /** Department name. */
  departmentName?: InputMaybe<StringFilter>;
  /** Custom dimension 1. */
  dim1Code?: InputMaybe<StringFilter>;
  /** Custom dimension 1 name. */
  dim1Name?: InputMaybe<StringFilter>;
  /** Custom dimension 2. */
  dim2Code?: InputMaybe<StringFilter>;
  /** Custom dimension 2 name. */
  dim2Name?: InputMaybe<StringFilter>;
  /** Custom dimension 3. */
  dim3Code?: InputMaybe<StringFilter>;
  /** Custom dimension 3 name. */
  dim3Name?: InputMaybe<StringFilter>;
  /** Document number (usually the invoice number). */
  documentNo?: InputMaybe<StringFilter>;
  /** Due date. */
  dueDate?: InputMaybe<DateFilter>;
  /** Idempotency key of the import. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Factoring integration. */
  factoringIntegrationName?: InputMaybe<StringFilter>;
  /** Factoring state (a raw number). */
  factoringInvoiceStatus?: InputMaybe<LongFilter>;
  /** Id of the entry (AccountTransaction.subLedgerEntryId). */
  id?: InputMaybe<LongFilter>;
  /** Debt-collection state (a raw number). */
  invoiceDebtCollectionStatus?: InputMaybe<IntFilter>;
  /** Created by this integration. */
  isCreatedByCurrentIntegration?: InputMaybe<BooleanFilter>;
  /** Created from an EHF document. */
  isCreatedFromEhf?: InputMaybe<BooleanFilter>;
  /** The voucher has been reversed. */
  isReversed?: InputMaybe<BooleanFilter>;
  /** A write-off. */
  isWriteOff?: InputMaybe<BooleanFilter>;
  /** When the entry last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Location. */
  locationCode?: InputMaybe<StringFilter>;
  /** Location name. */
  locationName?: InputMaybe<StringFilter>;
  /** Entries matched together share this id. */
  matchId?: InputMaybe<LongFilter>;
  /** Posting date. */
  postingDate?: InputMaybe<DateFilter>;
  /** Project. */
  projectCode?: InputMaybe<StringFilter>;
  /** Project name. */
  projectName?: InputMaybe<StringFilter>;
  /** The voucher this one reverses. */
  reversedVoucherNo?: InputMaybe<LongFilter>;
  /** Code of the supplier; the report's filter key. */
  supplierCode?: InputMaybe<LongFilter>;
  /** Voucher date. */
  voucherDate?: InputMaybe<DateFilter>;
  /** Id of the voucher. */
  voucherId?: InputMaybe<GuidFilter>;
  /** Voucher number. */
  voucherNo?: InputMaybe<LongFilter>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<VoucherTypeFilter>;
};

/** One sort key of a Supplier list; earlier entries sort first. */
export type SupplierOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: SupplierOrderField;
};

/** Properties a Supplier list can be sorted by. */
export type SupplierOrderField =
  /** Supplier number; assigned by PowerOffice when omitted on create. */
  | 'CODE'
  /** Primary contact person (a ContactPerson id of this party). */
  | 'CONTACT_PERSON_ID'
  /** When the party was created. */
  | 'CREATED_DATE'
  /** Import journal that created the supplier. */
  | 'CREATED_FROM_IMPORT_JOURNAL_ID'
  /** Default currency (ISO 4217). */
  | 'CURRENCY_CODE'
  /** Date of birth, for persons. */
  | 'DATE_OF_BIRTH'
  /** Email address. */
  | 'EMAIL_ADDRESS'
  /** Original supplier number from an import. */
  | 'EXTERNAL_CODE'
  /** Idempotency/correlation key, at most 50 characters, unique among suppliers. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** First name, for persons. */
  | 'FIRST_NAME'
  /** PowerOffice id of the party. Send it to update. */
  | 'ID'
  /** Country of the international id (ISO alpha-2). */
  | 'INTERNATIONAL_ID_COUNTRY_CODE'
  /** Kind of international id. */
  | 'INTERNATIONAL_ID_TYPE'
  /** Whether the party currently is a supplier. */
  | 'IS_ACTIVE'
  /** Archived (inactive). Archive instead of deleting a party with data. */
  | 'IS_ARCHIVED'
  /** Whether the supplier is a private person. */
  | 'IS_PERSON'
  /** When the supplier or one of its addresses last changed. */
  | 'LAST_CHANGED'
  /** Last name, for persons. */
  | 'LAST_NAME'
  /** Registered legal name. */
  | 'LEGAL_NAME'
  /** Display name. */
  | 'NAME'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Whether an international id is reported. */
  | 'REPORT_INTERNATIONAL_ID'
  /** When the party first became a contact. */
  | 'SINCE'
  /** Agriculture department of the default account. */
  | 'STANDARD_GENERAL_LEDGER_ACCOUNT_AGRICULTURE_DEPARTMENT'
  /** Default account of incoming invoices (GeneralLedgerAccount.code). */
  | 'STANDARD_GENERAL_LEDGER_ACCOUNT_CODE'
  /** When the party became a supplier. */
  | 'SUPPLIER_CREATED_DATE'
  /** Organisation number. */
  | 'VAT_NUMBER'
  /** Website URL. */
  | 'WEBSITE_URL';

/** Conditions on Supplier properties, compiled to one OData $filter. */
export type SupplierWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<SupplierWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<SupplierWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<SupplierWhere>>;
  /** Supplier number; assigned by PowerOffice when omitted on create. */
  code?: InputMaybe<LongFilter>;
  /** Primary contact person (a ContactPerson id of this party). */
  contactPersonId?: InputMaybe<LongFilter>;
  /** When the party was created. */
  createdDate?: InputMaybe<DateTimeFilter>;
  /** Import journal that created the supplier. */
  createdFromImportJournalId?: InputMaybe<GuidFilter>;
  /** Default currency (ISO 4217). */
  currencyCode?: InputMaybe<StringFilter>;
  /** Date of birth, for persons. */
  dateOfBirth?: InputMaybe<DateFilter>;
  /** Email address. */
  emailAddress?: InputMaybe<StringFilter>;
  /** Original supplier number from an import. */
  externalCode?: InputMaybe<LongFilter>;
  /** Idempotency/correlation key, at most 50 characters, unique among suppliers. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** First name, for persons. */
  firstName?: InputMaybe<StringFilter>;
  /** PowerOffice id of the party. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Country of the international id (ISO alpha-2). */
  internationalIdCountryCode?: InputMaybe<StringFilter>;
  /** Kind of international id. */
  internationalIdType?: InputMaybe<InternationalIdTypeFilter>;
  /** Whether the party currently is a supplier. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Archived (inactive). Archive instead of deleting a party with data. */
  isArchived?: InputMaybe<BooleanFilter>;
  /** Whether the supplier is a private person. */
  isPerson?: InputMaybe<BooleanFilter>;
  /** When the supplier or one of its addresses last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Last name, for persons. */
  lastName?: InputMaybe<StringFilter>;
  /** Registered legal name. */
  legalName?: InputMaybe<StringFilter>;
  /** Postal address. */
  mailAddress?: InputMaybe<AddressWhere>;
  /** Display name. */
  name?: InputMaybe<StringFilter>;
  /** Phone number. */
  phoneNumber?: InputMaybe<StringFilter>;
  /** Whether an international id is reported. */
  reportInternationalId?: InputMaybe<BooleanFilter>;
  /** When the party first became a contact. */
  since?: InputMaybe<DateFilter>;
  /** Agriculture department of the default account. */
  standardGeneralLedgerAccountAgricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Default account of incoming invoices (GeneralLedgerAccount.code). */
  standardGeneralLedgerAccountCode?: InputMaybe<LongFilter>;
  /** Obsolete single street address, kept for compatibility. */
  streetAddress?: InputMaybe<AddressWhere>;
  /** When the party became a supplier. */
  supplierCreatedDate?: InputMaybe<DateTimeFilter>;
  /** Organisation number. */
  vatNumber?: InputMaybe<StringFilter>;
  /** Website URL. */
  websiteUrl?: InputMaybe<StringFilter>;
};

/** Approval state of logged time. */
export type TimeApprovalStatus =
  /** Approved (2 on the wire). */
  | 'APPROVED'
  /** Draft (0 on the wire). */
  | 'DRAFT'
  /** Rejected (3 on the wire). */
  | 'REJECTED'
  /** Submitted (1 on the wire). */
  | 'SUBMITTED';

/** Conditions on a TimeApprovalStatus property. */
export type TimeApprovalStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<TimeApprovalStatus>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<TimeApprovalStatus>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<TimeApprovalStatus>;
};

/** Writable properties of a TimeTrackingEntry. */
export type TimeTrackingEntryFields = {
  /** Required: the activity (Activity.code). */
  activityCode?: InputMaybe<Scalars['String']['input']>;
  /** Billable hours. */
  billableHours?: InputMaybe<Scalars['Float']['input']>;
  /** Break in minutes. */
  breakTime?: InputMaybe<Scalars['Long']['input']>;
  /** External comment (may reach the invoice). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Customer (Customer.code). */
  customerCode?: InputMaybe<Scalars['Long']['input']>;
  /** Day worked. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Required: who worked (Employee.code). */
  employeeCode?: InputMaybe<Scalars['Long']['input']>;
  /** Not paid through payroll. */
  excludedFromPayroll?: InputMaybe<Scalars['Boolean']['input']>;
  /** Idempotency key (max 50); a duplicate is refused. */
  externalImportReference?: InputMaybe<Scalars['String']['input']>;
  /** Start time of day (.NET TimeSpan, hh:mm:ss); with toTime or neither. */
  fromTime?: InputMaybe<Scalars['String']['input']>;
  /** Hour type, by its description (HourType.description). */
  hourType?: InputMaybe<Scalars['String']['input']>;
  /** Hourly cost. */
  hourlyCost?: InputMaybe<Scalars['Float']['input']>;
  /** Hourly rate billed. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Deprecated: use minutes. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** Internal comment. */
  internalComment?: InputMaybe<Scalars['String']['input']>;
  /** Whether the time is invoiced. */
  isInvoiced?: InputMaybe<Scalars['Boolean']['input']>;
  /** Minutes worked; must agree with fromTime and toTime. */
  minutes?: InputMaybe<Scalars['Long']['input']>;
  /** Invoice line the time was billed on; setting it marks the entry invoiced. Line ids change when the invoice is posted (reference B9). */
  outgoingInvoiceLineId?: InputMaybe<Scalars['Long']['input']>;
  /** Project (Project.code); its customer must be the entry's. */
  projectCode?: InputMaybe<Scalars['String']['input']>;
  /** End time of day (.NET TimeSpan, hh:mm:ss); with fromTime or neither. */
  toTime?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key of a TimeTrackingEntry list; earlier entries sort first. */
export type TimeTrackingEntryOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: TimeTrackingEntryOrderField;
};

/** Properties a TimeTrackingEntry list can be sorted by. */
export type TimeTrackingEntryOrderField =
  /** Required: the activity (Activity.code). */
  | 'ACTIVITY_CODE'
  /** Billable amount. */
  | 'BILLABLE_AMOUNT'
  /** Billable hours. */
  | 'BILLABLE_HOURS'
  /** Break in minutes. */
  | 'BREAK_TIME'
  /** External comment (may reach the invoice). */
  | 'COMMENT'
  /** Customer (Customer.code). */
  | 'CUSTOMER_CODE'
  /** Day worked. */
  | 'DATE'
  /** Department (Department.code). */
  | 'DEPARTMENT_CODE'
  /** Required: who worked (Employee.code). */
  | 'EMPLOYEE_CODE'
  /** Not paid through payroll. */
  | 'EXCLUDED_FROM_PAYROLL'
  /** Idempotency key (max 50); a duplicate is refused. */
  | 'EXTERNAL_IMPORT_REFERENCE'
  /** Start time of day (.NET TimeSpan, hh:mm:ss); with toTime or neither. */
  | 'FROM_TIME'
  /** Hourly cost. */
  | 'HOURLY_COST'
  /** Hourly rate billed. */
  | 'HOURLY_RATE'
  /** Deprecated: use minutes. */
  | 'HOURS'
  /** Hour type, by its description (HourType.description). */
  | 'HOUR_TYPE'
  /** PowerOffice id of the entry. Send it to update. */
  | 'ID'
  /** Internal comment. */
  | 'INTERNAL_COMMENT'
  /** Whether the time is invoiced. */
  | 'IS_INVOICED'
  /** Locked (approved, invoiced or paid). */
  | 'IS_LOCKED'
  /** Sent to payroll (sic, one "r"). */
  | 'IS_TRANSFERED_TO_PAYROLL'
  /** When the entry last changed. */
  | 'LAST_CHANGED'
  /** Minutes worked; must agree with fromTime and toTime. */
  | 'MINUTES'
  /** Invoice line the time was billed on; setting it marks the entry invoiced. Line ids change when the invoice is posted (reference B9). */
  | 'OUTGOING_INVOICE_LINE_ID'
  /** Project (Project.code); its customer must be the entry's. */
  | 'PROJECT_CODE'
  /** End time of day (.NET TimeSpan, hh:mm:ss); with fromTime or neither. */
  | 'TO_TIME';

/** Conditions on TimeTrackingEntry properties, compiled to one OData $filter. */
export type TimeTrackingEntryWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<TimeTrackingEntryWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<TimeTrackingEntryWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<TimeTrackingEntryWhere>>;
  /** Required: the activity (Activity.code). */
  activityCode?: InputMaybe<StringFilter>;
  /** Billable amount. */
  billableAmount?: InputMaybe<FloatFilter>;
  /** Billable hours. */
  billableHours?: InputMaybe<FloatFilter>;
  /** Break in minutes. */
  breakTime?: InputMaybe<LongFilter>;
  /** External comment (may reach the invoice). */
  comment?: InputMaybe<StringFilter>;
  /** Customer (Customer.code). */
  customerCode?: InputMaybe<LongFilter>;
  /** Day worked. */
  date?: InputMaybe<DateFilter>;
  /** Department (Department.code). */
  departmentCode?: InputMaybe<StringFilter>;
  /** Required: who worked (Employee.code). */
  employeeCode?: InputMaybe<LongFilter>;
  /** Not paid through payroll. */
  excludedFromPayroll?: InputMaybe<BooleanFilter>;
  /** Idempotency key (max 50); a duplicate is refused. */
  externalImportReference?: InputMaybe<StringFilter>;
  /** Start time of day (.NET TimeSpan, hh:mm:ss); with toTime or neither. */
  fromTime?: InputMaybe<StringFilter>;
  /** Hour type, by its description (HourType.description). */
  hourType?: InputMaybe<StringFilter>;
  /** Hourly cost. */
  hourlyCost?: InputMaybe<FloatFilter>;
  /** Hourly rate billed. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** Deprecated: use minutes. */
  hours?: InputMaybe<FloatFilter>;
  /** PowerOffice id of the entry. Send it to update. */
  id?: InputMaybe<LongFilter>;
  /** Internal comment. */
  internalComment?: InputMaybe<StringFilter>;
  /** Whether the time is invoiced. */
  isInvoiced?: InputMaybe<BooleanFilter>;
  /** Locked (approved, invoiced or paid). */
  isLocked?: InputMaybe<BooleanFilter>;
  /** Sent to payroll (sic, one "r"). */
  isTransferedToPayroll?: InputMaybe<BooleanFilter>;
  /** When the entry last changed. */
  lastChanged?: InputMaybe<DateTimeFilter>;
  /** Minutes worked; must agree with fromTime and toTime. */
  minutes?: InputMaybe<LongFilter>;
  /** Invoice line the time was billed on; setting it marks the entry invoiced. Line ids change when the invoice is posted (reference B9). */
  outgoingInvoiceLineId?: InputMaybe<LongFilter>;
  /** Project (Project.code); its customer must be the entry's. */
  projectCode?: InputMaybe<StringFilter>;
  /** End time of day (.NET TimeSpan, hh:mm:ss); with fromTime or neither. */
  toTime?: InputMaybe<StringFilter>;
};

/** One sort key of a TimeTransaction list; earlier entries sort first. */
export type TimeTransactionOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: TimeTransactionOrderField;
};

/** Properties a TimeTransaction list can be sorted by. */
export type TimeTransactionOrderField =
  /** Accrual voucher. */
  | 'ACCRUAL_VOUCHER_NO'
  /** Activity code. */
  | 'ACTIVITY_CODE'
  /** Activity name. */
  | 'ACTIVITY_NAME'
  /** Approval state. */
  | 'APPROVAL_STATUS'
  /** Billable amount. */
  | 'BILLABLE_AMOUNT'
  /** Billable hours. */
  | 'BILLABLE_HOURS'
  /** Break in hours. */
  | 'BREAK_DURATION_HOURS'
  /** External comment. */
  | 'COMMENT'
  /** Cost. */
  | 'COST_PRICE'
  /** Cost per hour. */
  | 'COST_RATE'
  /** Customer number. */
  | 'CUSTOMER_CODE'
  /** Customer name. */
  | 'CUSTOMER_NAME'
  /** Day worked. */
  | 'DATE'
  /** Department code. */
  | 'DEPARTMENT_CODE'
  /** Department name. */
  | 'DEPARTMENT_NAME'
  /** Employee number. */
  | 'EMPLOYEE_CODE'
  /** Employee name. */
  | 'EMPLOYEE_NAME'
  /** Hourly rate. */
  | 'HOURLY_RATE'
  /** Hours. */
  | 'HOURS'
  /** Id of the time entry. */
  | 'ID'
  /** Internal comment. */
  | 'INTERNAL_COMMENT'
  /** Invoice the time was billed on. */
  | 'INVOICE_NO'
  /** Accrued. */
  | 'IS_ACCRUED'
  /** Invoiced in another system. */
  | 'IS_INVOICED_EXTERNALLY'
  /** The system that invoiced it. */
  | 'IS_INVOICED_EXTERNALLY_BY'
  /** Billable amount less cost. */
  | 'MARGIN'
  /** Margin in percent of the billable amount. */
  | 'MARGIN_PERCENT'
  /** Order the time belongs to. */
  | 'ORDER_NO'
  /** Payroll text. */
  | 'PAYROLL_DESCRIPTION'
  /** Payroll the time was paid on. */
  | 'PAYROLL_NO'
  /** How the project is billed. */
  | 'PROJECT_BILLING_METHOD'
  /** Project category. */
  | 'PROJECT_CATEGORY_NAME'
  /** Project code (the top project). */
  | 'PROJECT_CODE'
  /** Name of the project's department. */
  | 'PROJECT_DEPARTMENT_NAME'
  /** Project name. */
  | 'PROJECT_NAME'
  /** Bit flags: PendingApproval 1, Approved 2, SentToPayroll 4, Invoiced 8, Accrued 16, RunningTimer 32, IsHolidayLeave 256. */
  | 'STATUS_FLAGS'
  /** Sub-project code, when the time is on a sub-project. */
  | 'SUB_PROJECT_CODE'
  /** Sub-project name. */
  | 'SUB_PROJECT_NAME'
  /** The time as text (h:mm). */
  | 'TIME'
  /** The hour type. */
  | 'TIME_SPECIFICATION_NAME';

/** Conditions on TimeTransaction properties, compiled to one OData $filter. */
export type TimeTransactionWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<TimeTransactionWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<TimeTransactionWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<TimeTransactionWhere>>;
  /** Accrual voucher. */
  accrualVoucherNo?: InputMaybe<LongFilter>;
  /** Activity code. */
  activityCode?: InputMaybe<StringFilter>;
  /** Activity name. */
  activityName?: InputMaybe<StringFilter>;
  /** Approval state. */
  approvalStatus?: InputMaybe<TimeApprovalStatusFilter>;
  /** Billable amount. */
  billableAmount?: InputMaybe<FloatFilter>;
  /** Billable hours. */
  billableHours?: InputMaybe<FloatFilter>;
  /** Break in hours. */
  breakDurationHours?: InputMaybe<FloatFilter>;
  /** External comment. */
  comment?: InputMaybe<StringFilter>;
  /** Cost. */
  costPrice?: InputMaybe<FloatFilter>;
  /** Cost per hour. */
  costRate?: InputMaybe<FloatFilter>;
  /** Customer number. */
  customerCode?: InputMaybe<LongFilter>;
  /** Customer name. */
  customerName?: InputMaybe<StringFilter>;
  /** Day worked. */
  date?: InputMaybe<DateFilter>;
  /** Department code. */
  departmentCode?: InputMaybe<StringFilter>;
  /** Department name. */
  departmentName?: InputMaybe<StringFilter>;
  /** Employee number. */
  employeeCode?: InputMaybe<LongFilter>;
  /** Employee name. */
  employeeName?: InputMaybe<StringFilter>;
  /** Hourly rate. */
  hourlyRate?: InputMaybe<FloatFilter>;
  /** Hours. */
  hours?: InputMaybe<FloatFilter>;
  /** Id of the time entry. */
  id?: InputMaybe<LongFilter>;
  /** Internal comment. */
  internalComment?: InputMaybe<StringFilter>;
  /** Invoice the time was billed on. */
  invoiceNo?: InputMaybe<LongFilter>;
  /** Accrued. */
  isAccrued?: InputMaybe<BooleanFilter>;
  /** Invoiced in another system. */
  isInvoicedExternally?: InputMaybe<BooleanFilter>;
  /** The system that invoiced it. */
  isInvoicedExternallyBy?: InputMaybe<StringFilter>;
  /** Billable amount less cost. */
  margin?: InputMaybe<FloatFilter>;
  /** Margin in percent of the billable amount. */
  marginPercent?: InputMaybe<FloatFilter>;
  /** Order the time belongs to. */
  orderNo?: InputMaybe<LongFilter>;
  /** Payroll text. */
  payrollDescription?: InputMaybe<StringFilter>;
  /** Payroll the time was paid on. */
  payrollNo?: InputMaybe<LongFilter>;
  /** How the project is billed. */
  projectBillingMethod?: InputMaybe<ProjectBillingMethodFilter>;
  /** Project category. */
  projectCategoryName?: InputMaybe<StringFilter>;
  /** Project code (the top project). */
  projectCode?: InputMaybe<StringFilter>;
  /** Name of the project's department. */
  projectDepartmentName?: InputMaybe<StringFilter>;
  /** Project name. */
  projectName?: InputMaybe<StringFilter>;
  /** Bit flags: PendingApproval 1, Approved 2, SentToPayroll 4, Invoiced 8, Accrued 16, RunningTimer 32, IsHolidayLeave 256. */
  statusFlags?: InputMaybe<IntFilter>;
  /** Sub-project code, when the time is on a sub-project. */
  subProjectCode?: InputMaybe<StringFilter>;
  /** Sub-project name. */
  subProjectName?: InputMaybe<StringFilter>;
  /** The time as text (h:mm). */
  time?: InputMaybe<StringFilter>;
  /** The hour type. */
  timeSpecificationName?: InputMaybe<StringFilter>;
};

/** One sort key of a TrialBalanceLine list; earlier entries sort first. */
export type TrialBalanceLineOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: TrialBalanceLineOrderField;
};

/** Properties a TrialBalanceLine list can be sorted by. */
export type TrialBalanceLineOrderField =
  /** The account. */
  | 'ACCOUNT_CODE'
  /** Name of the account. */
  | 'ACCOUNT_NAME'
  /** Agriculture department. */
  | 'AGRICULTURE_DEPARTMENT'
  /** Balance at the date; debit positive. */
  | 'BALANCE'
  /** Budget of the account. */
  | 'BUDGET';

/** Conditions on TrialBalanceLine properties, compiled to one OData $filter. */
export type TrialBalanceLineWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<TrialBalanceLineWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<TrialBalanceLineWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<TrialBalanceLineWhere>>;
  /** The account. */
  accountCode?: InputMaybe<LongFilter>;
  /** Name of the account. */
  accountName?: InputMaybe<StringFilter>;
  /** Agriculture department. */
  agricultureDepartment?: InputMaybe<AgricultureDepartmentFilter>;
  /** Balance at the date; debit positive. */
  balance?: InputMaybe<FloatFilter>;
  /** Budget of the account. */
  budget?: InputMaybe<FloatFilter>;
};

/** UN/ECE unit-of-measure code (EA = each, HUR = hour, KGM = kilogram, …). */
export type UnitOfMeasureCode =
  /** AK (45 on the wire). */
  | 'AK'
  /** ANN (13 on the wire). */
  | 'ANN'
  /** BX (1 on the wire). */
  | 'BX'
  /** CMT (30 on the wire). */
  | 'CMT'
  /** DAA (40 on the wire). */
  | 'DAA'
  /** DAY (8 on the wire). */
  | 'DAY'
  /** DLT (44 on the wire). */
  | 'DLT'
  /** DMT (31 on the wire). */
  | 'DMT'
  /** E14 (47 on the wire). */
  | 'E14'
  /** E54 (38 on the wire). */
  | 'E54'
  /** EA (5 on the wire). */
  | 'EA'
  /** FM3 (64 on the wire). */
  | 'FM3'
  /** FOT (65 on the wire). */
  | 'FOT'
  /** FTK (26 on the wire). */
  | 'FTK'
  /** GRM (34 on the wire). */
  | 'GRM'
  /** H18 (41 on the wire). */
  | 'H18'
  /** HGM (35 on the wire). */
  | 'HGM'
  /** HLT (43 on the wire). */
  | 'HLT'
  /** HUR (7 on the wire). */
  | 'HUR'
  /** J57 (49 on the wire). */
  | 'J57'
  /** KGM (4 on the wire). */
  | 'KGM'
  /** KMK (62 on the wire). */
  | 'KMK'
  /** KMT (3 on the wire). */
  | 'KMT'
  /** KWH (27 on the wire). */
  | 'KWH'
  /** LBR (29 on the wire). */
  | 'LBR'
  /** LM (32 on the wire). */
  | 'LM'
  /** LM3 (63 on the wire). */
  | 'LM3'
  /** LTR (6 on the wire). */
  | 'LTR'
  /** M4 (58 on the wire). */
  | 'M4'
  /** MFU (61 on the wire). */
  | 'MFU'
  /** MJ (48 on the wire). */
  | 'MJ'
  /** MLT (42 on the wire). */
  | 'MLT'
  /** MMT (39 on the wire). */
  | 'MMT'
  /** MON (12 on the wire). */
  | 'MON'
  /** MTK (9 on the wire). */
  | 'MTK'
  /** MTQ (10 on the wire). */
  | 'MTQ'
  /** MTR (2 on the wire). */
  | 'MTR'
  /** MWH (28 on the wire). */
  | 'MWH'
  /** NAR (57 on the wire). */
  | 'NAR'
  /** NL (15 on the wire). */
  | 'NL'
  /** P1 (60 on the wire). */
  | 'P1'
  /** PR (20 on the wire). */
  | 'PR'
  /** QAN (14 on the wire). */
  | 'QAN'
  /** SET (23 on the wire). */
  | 'SET'
  /** TNE (11 on the wire). */
  | 'TNE'
  /** WEE (54 on the wire). */
  | 'WEE'
  /** XBA (17 on the wire). */
  | 'XBA'
  /** XBE (37 on the wire). */
  | 'XBE'
  /** XBG (22 on the wire). */
  | 'XBG'
  /** XCA (55 on the wire). */
  | 'XCA'
  /** XCI (21 on the wire). */
  | 'XCI'
  /** XCN (56 on the wire). */
  | 'XCN'
  /** XCR (46 on the wire). */
  | 'XCR'
  /** XCT (51 on the wire). */
  | 'XCT'
  /** XFL (36 on the wire). */
  | 'XFL'
  /** XJG (50 on the wire). */
  | 'XJG'
  /** XOF (25 on the wire). */
  | 'XOF'
  /** XPC (19 on the wire). */
  | 'XPC'
  /** XPK (33 on the wire). */
  | 'XPK'
  /** XPL (18 on the wire). */
  | 'XPL'
  /** XRO (16 on the wire). */
  | 'XRO'
  /** XSA (52 on the wire). */
  | 'XSA'
  /** XTU (53 on the wire). */
  | 'XTU'
  /** XTY (24 on the wire). */
  | 'XTY'
  /** XVQ (59 on the wire). */
  | 'XVQ';

/** Conditions on a UnitOfMeasureCode property. */
export type UnitOfMeasureCodeFilter = {
  /** Equal to. */
  eq?: InputMaybe<UnitOfMeasureCode>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<UnitOfMeasureCode>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<UnitOfMeasureCode>;
};

/** Unmatches customer ledger entries: each named entry's whole match group reopens. */
export type UnmatchCustomerLedgerEntriesInput = {
  /** Ids of the entries. */
  entryIds: Array<Scalars['Long']['input']>;
  /** Date of the match. */
  matchDate: Scalars['Date']['input'];
};

/** Unmatches supplier ledger entries: each named entry's whole match group reopens. */
export type UnmatchSupplierLedgerEntriesInput = {
  /** Ids of the entries. */
  entryIds: Array<Scalars['Long']['input']>;
  /** Date of the match. */
  matchDate: Scalars['Date']['input'];
};

/** Changes to an existing Activity: properties left out keep their value. */
export type UpdateActivityInput = {
  /** Properties to change. */
  data: ActivityFields;
  /** Global id of the Activity. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing ClientBankAccount: properties left out keep their value. */
export type UpdateClientBankAccountInput = {
  /** Properties to change. */
  data: ClientBankAccountFields;
  /** Global id of the ClientBankAccount. */
  id: Scalars['ID']['input'];
};

/** Changes to the Client: properties left out keep their value. */
export type UpdateClientInput = {
  /** Properties to change. */
  data: ClientFields;
};

/** Changes to an existing ContactGroup: properties left out keep their value. */
export type UpdateContactGroupInput = {
  /** Properties to change. */
  data: ContactGroupFields;
  /** Global id of the ContactGroup. */
  id: Scalars['ID']['input'];
};

/** Changes to a contact person: properties left out keep their value. */
export type UpdateContactPersonInput = {
  /** Changes. */
  data: ContactPersonFields;
  /** Global id of the contact person. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Customer: properties left out keep their value. */
export type UpdateCustomerInput = {
  /** Properties to change. */
  data: CustomerFields;
  /** Global id of the Customer. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing DebtCollectionCase: properties left out keep their value. */
export type UpdateDebtCollectionCaseInput = {
  /** Properties to change. */
  data: DebtCollectionCaseFields;
  /** Global id of the DebtCollectionCase. */
  id: Scalars['ID']['input'];
};

/** Records the agency's status of a case. */
export type UpdateDebtCollectionCaseStatusInput = {
  /** Global id of the debt collection case. */
  caseId: Scalars['ID']['input'];
  /** Close the case; otherwise it is set Active. */
  isCaseClosed: Scalars['Boolean']['input'];
  /** The agency's status text. */
  statusText?: InputMaybe<Scalars['String']['input']>;
  /** Balance at the agency now. */
  updatedBalanceAgency: Scalars['Float']['input'];
};

/** Changes to an existing DeliveryTerm: properties left out keep their value. */
export type UpdateDeliveryTermInput = {
  /** Properties to change. */
  data: DeliveryTermFields;
  /** Global id of the DeliveryTerm. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Department: properties left out keep their value. */
export type UpdateDepartmentInput = {
  /** Properties to change. */
  data: DepartmentFields;
  /** Global id of the Department. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Employee: properties left out keep their value. */
export type UpdateEmployeeInput = {
  /** Properties to change. */
  data: EmployeeFields;
  /** Global id of the Employee. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing GeneralLedgerAccount: properties left out keep their value. */
export type UpdateGeneralLedgerAccountInput = {
  /** Properties to change. */
  data: GeneralLedgerAccountFields;
  /** Global id of the GeneralLedgerAccount. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing HourType: properties left out keep their value. */
export type UpdateHourTypeInput = {
  /** Properties to change. */
  data: HourTypeFields;
  /** Global id of the HourType. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Import: properties left out keep their value. */
export type UpdateImportInput = {
  /** Properties to change. */
  data: ImportFields;
  /** Global id of the Import. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing JournalEntryVoucher: properties left out keep their value. */
export type UpdateJournalEntryVoucherInput = {
  /** Properties to change. */
  data: JournalEntryVoucherFields;
  /** Global id of the JournalEntryVoucher. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Location: properties left out keep their value. */
export type UpdateLocationInput = {
  /** Properties to change. */
  data: LocationFields;
  /** Global id of the Location. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing OutgoingInvoice: properties left out keep their value. */
export type UpdateOutgoingInvoiceInput = {
  /** Properties to change. */
  data: OutgoingInvoiceFields;
  /** Global id of the OutgoingInvoice. */
  id: Scalars['ID']['input'];
};

/** Changes to a party bank account: properties left out keep their value. */
export type UpdatePartyBankAccountInput = {
  /** Changes. */
  data: PartyBankAccountFields;
  /** Global id of the party bank account. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing PaymentTerm: properties left out keep their value. */
export type UpdatePaymentTermInput = {
  /** Properties to change. */
  data: PaymentTermFields;
  /** Global id of the PaymentTerm. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing ProductGroup: properties left out keep their value. */
export type UpdateProductGroupInput = {
  /** Properties to change. */
  data: ProductGroupFields;
  /** Global id of the ProductGroup. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Product: properties left out keep their value. */
export type UpdateProductInput = {
  /** Properties to change. */
  data: ProductFields;
  /** Global id of the Product. */
  id: Scalars['ID']['input'];
};

/** Changes to a project activity: properties left out keep their value. */
export type UpdateProjectActivityInput = {
  /** Changes. */
  data: ProjectActivityFields;
  /** Global id of the project activity. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Project: properties left out keep their value. */
export type UpdateProjectInput = {
  /** Properties to change. */
  data: ProjectFields;
  /** Global id of the Project. */
  id: Scalars['ID']['input'];
};

/** Changes to a project team member: properties left out keep their value. */
export type UpdateProjectTeamMemberInput = {
  /** Changes. */
  data: ProjectTeamMemberFields;
  /** Global id of the project team member. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing RecurringInvoice: properties left out keep their value. */
export type UpdateRecurringInvoiceInput = {
  /** Properties to change. */
  data: RecurringInvoiceFields;
  /** Global id of the RecurringInvoice. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing SalaryLine: properties left out keep their value. */
export type UpdateSalaryLineInput = {
  /** Properties to change. */
  data: SalaryLineFields;
  /** Global id of the SalaryLine. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing Supplier: properties left out keep their value. */
export type UpdateSupplierInput = {
  /** Properties to change. */
  data: SupplierFields;
  /** Global id of the Supplier. */
  id: Scalars['ID']['input'];
};

/** Changes to an existing TimeTrackingEntry: properties left out keep their value. */
export type UpdateTimeTrackingEntryInput = {
  /** Properties to change. */
  data: TimeTrackingEntryFields;
  /** Global id of the TimeTrackingEntry. */
  id: Scalars['ID']['input'];
};

/** One sort key of a Usage list; earlier entries sort first. */
export type UsageOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: UsageOrderField;
};

/** Properties a Usage list can be sorted by. */
export type UsageOrderField =
  /** Vouchers of that type in the period. */
  | 'COUNT'
  /** Kind of voucher. */
  | 'VOUCHER_TYPE';

/** Conditions on Usage properties, compiled to one OData $filter. */
export type UsageWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<UsageWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<UsageWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<UsageWhere>>;
  /** Vouchers of that type in the period. */
  count?: InputMaybe<FloatFilter>;
  /** Kind of voucher. */
  voucherType?: InputMaybe<VoucherTypeFilter>;
};

/** One sort key of a VatCode list; earlier entries sort first. */
export type VatCodeOrderBy = {
  /** Direction; ascending by default. */
  direction?: InputMaybe<OrderDirection>;
  /** Property to sort by. */
  field: VatCodeOrderField;
};

/** Properties a VatCode list can be sorted by. */
export type VatCodeOrderField =
  /** VAT code as used on products and invoice lines. */
  | 'CODE'
  /** Longer description. */
  | 'DESCRIPTION'
  /** PowerOffice id of the VAT code (32-bit). */
  | 'ID'
  /** Whether the code can be used. */
  | 'IS_ACTIVE'
  /** Whether the client defined this code itself. */
  | 'IS_CUSTOM'
  /** Whether the code is used for VAT compensation. */
  | 'IS_VAT_COMPENSATION_CODE'
  /** Short name. */
  | 'NAME'
  /** VAT rate in percent (0..100). */
  | 'RATE'
  /** Last date the code is valid, if it expires. */
  | 'VALIDTO'
  /** First date the code is valid. */
  | 'VALID_FROM'
  /** Share of the amount the VAT is computed on (0..1). */
  | 'VAT_BASIS_RATIO';

/** Conditions on VatCode properties, compiled to one OData $filter. */
export type VatCodeWhere = {
  /** All of these hold. */
  AND?: InputMaybe<Array<VatCodeWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<VatCodeWhere>;
  /** At least one of these holds (1 or more entries). */
  OR?: InputMaybe<Array<VatCodeWhere>>;
  /** VAT code as used on products and invoice lines. */
  code?: InputMaybe<StringFilter>;
  /** Longer description. */
  description?: InputMaybe<StringFilter>;
  /** PowerOffice id of the VAT code (32-bit). */
  id?: InputMaybe<IntFilter>;
  /** Whether the code can be used. */
  isActive?: InputMaybe<BooleanFilter>;
  /** Whether the client defined this code itself. */
  isCustom?: InputMaybe<BooleanFilter>;
  /** Whether the code is used for VAT compensation. */
  isVatCompensationCode?: InputMaybe<BooleanFilter>;
  /** Short name. */
  name?: InputMaybe<StringFilter>;
  /** VAT rate in percent (0..100). */
  rate?: InputMaybe<FloatFilter>;
  /** First date the code is valid. */
  validFrom?: InputMaybe<DateFilter>;
  /** Last date the code is valid, if it expires. */
  validto?: InputMaybe<DateFilter>;
  /** Share of the amount the VAT is computed on (0..1). */
  vatBasisRatio?: InputMaybe<FloatFilter>;
};

/** How often the client reports VAT (reference Part C). */
export type VatPeriod =
  /** BiMonthly (4 on the wire). */
  | 'BI_MONTHLY'
  /** HalfMonthly (2 on the wire). */
  | 'HALF_MONTHLY'
  /** HalfYearly (6 on the wire). */
  | 'HALF_YEARLY'
  /** Monthly (3 on the wire). */
  | 'MONTHLY'
  /** None (0 on the wire). */
  | 'NONE'
  /** Quarterly (7 on the wire). */
  | 'QUARTERLY'
  /** Weekly (1 on the wire). */
  | 'WEEKLY'
  /** Yearly (5 on the wire). */
  | 'YEARLY';

/** VAT return specification of a line or account. */
export type VatReturnSpecification =
  /** Adjustment (1 on the wire). */
  | 'ADJUSTMENT'
  /** AdjustmentVatCompensationRealProperty (5 on the wire). */
  | 'ADJUSTMENT_VAT_COMPENSATION_REAL_PROPERTY'
  /** LossesOnClaims (2 on the wire). */
  | 'LOSSES_ON_CLAIMS'
  /** None (0 on the wire). */
  | 'NONE'
  /** PurchasesEligibleForCompensation (6 on the wire). */
  | 'PURCHASES_ELIGIBLE_FOR_COMPENSATION'
  /** ReversalOfInputValueAddedTax (3 on the wire). */
  | 'REVERSAL_OF_INPUT_VALUE_ADDED_TAX'
  /** Withdrawals (4 on the wire). */
  | 'WITHDRAWALS';

/** Conditions on a VatReturnSpecification property. */
export type VatReturnSpecificationFilter = {
  /** Equal to. */
  eq?: InputMaybe<VatReturnSpecification>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<VatReturnSpecification>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<VatReturnSpecification>;
};

/** Kind of invoice line. Only Normal, Text and Summary may be used on input. */
export type VoucherLineType =
  /** BasicTypeMask (65535 on the wire). */
  | 'BASIC_TYPE_MASK'
  /** InvoiceFee (3 on the wire). */
  | 'INVOICE_FEE'
  /** Normal (0 on the wire). */
  | 'NORMAL'
  /** Summary (2 on the wire). */
  | 'SUMMARY'
  /** Text (1 on the wire). */
  | 'TEXT'
  /** Total (4 on the wire). */
  | 'TOTAL'
  /** TotalHours (65540 on the wire). */
  | 'TOTAL_HOURS';

/** Kind of voucher (accounting reference §21). */
export type VoucherType =
  /** BankJournal (19 on the wire). */
  | 'BANK_JOURNAL'
  /** BeginningBalance (100 on the wire). */
  | 'BEGINNING_BALANCE'
  /** CashJournal (15 on the wire). */
  | 'CASH_JOURNAL'
  /** CorrectionVoucher (98 on the wire). */
  | 'CORRECTION_VOUCHER'
  /** DepreciationJournal (101 on the wire). */
  | 'DEPRECIATION_JOURNAL'
  /** Expense (14 on the wire). */
  | 'EXPENSE'
  /** IncomingBankRemittance (8 on the wire). */
  | 'INCOMING_BANK_REMITTANCE'
  /** IncomingCreditNote (2 on the wire). */
  | 'INCOMING_CREDIT_NOTE'
  /** IncomingInvoice (1 on the wire). */
  | 'INCOMING_INVOICE'
  /** IncomingOcrGiro (9 on the wire). */
  | 'INCOMING_OCR_GIRO'
  /** IncomingPayments (16 on the wire). */
  | 'INCOMING_PAYMENTS'
  /** ManualJournal (11 on the wire). */
  | 'MANUAL_JOURNAL'
  /** NegativeSettlement (131 on the wire). */
  | 'NEGATIVE_SETTLEMENT'
  /** None (0 on the wire). */
  | 'NONE'
  /** OutgoingCreditNote (5 on the wire). */
  | 'OUTGOING_CREDIT_NOTE'
  /** OutgoingInvoice (4 on the wire). */
  | 'OUTGOING_INVOICE'
  /** OutgoingNoticeOfDebtCollection (72 on the wire). */
  | 'OUTGOING_NOTICE_OF_DEBT_COLLECTION'
  /** OutgoingPayments (17 on the wire). */
  | 'OUTGOING_PAYMENTS'
  /** OutgoingPaymentDemand (73 on the wire). */
  | 'OUTGOING_PAYMENT_DEMAND'
  /** OutgoingPaymentReminder (71 on the wire). */
  | 'OUTGOING_PAYMENT_REMINDER'
  /** OutgoingWarrantOfExecution (74 on the wire). */
  | 'OUTGOING_WARRANT_OF_EXECUTION'
  /** PayrollJournal (23 on the wire). */
  | 'PAYROLL_JOURNAL'
  /** ReversalVoucher (99 on the wire). */
  | 'REVERSAL_VOUCHER'
  /** Settlement (130 on the wire). */
  | 'SETTLEMENT'
  /** StartingBalance (10 on the wire). */
  | 'STARTING_BALANCE'
  /** SystemGeneratedDocumentationVoucher (99999 on the wire). */
  | 'SYSTEM_GENERATED_DOCUMENTATION_VOUCHER'
  /** TravelExpense (120 on the wire). */
  | 'TRAVEL_EXPENSE'
  /** VatReturns (20 on the wire). */
  | 'VAT_RETURNS'
  /** YearEndJournal (18 on the wire). */
  | 'YEAR_END_JOURNAL';

/** Conditions on a VoucherType property. */
export type VoucherTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<VoucherType>;
  /** Equal to one of these (1..100 values). */
  in?: InputMaybe<Array<VoucherType>>;
  /** true: the property is null; false: it has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (null values also match). */
  ne?: InputMaybe<VoucherType>;
};

export type CreateCustomerMutationVariables = Exact<{
  data: CustomerFields;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateCustomerPayload', customer: { __typename?: 'Customer', id: string, code: number, name?: string | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'OutcomeUnknownError' }
    | { __typename: 'RateLimitedError' }
    | { __typename: 'UpstreamUnavailableError' }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldError', field: string, message: string }> }
   };

export type CustomerInvoicesQueryVariables = Exact<{
  code: Scalars['Long']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CustomerInvoicesQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, code: number, name?: string | null, invoices?: { __typename?: 'OutgoingInvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'OutgoingInvoice', id: string, invoiceNo?: number | null, status: OutgoingInvoiceStatus, invoiceDeliveryDate?: string | null, totalAmount: number, lines?: Array<{ __typename?: 'OutgoingInvoiceLine', description?: string | null, quantity?: number | null, netAmount: number, product?: { __typename?: 'Product', code: string, name?: string | null, group?: { __typename?: 'ProductGroup', name?: string | null } | null } | null }> | null }> } | null } | null };

export type ProductSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductSearchQuery = { __typename?: 'Query', products?: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Product', id: string, code: string, name?: string | null, salesPrice?: number | null, unit?: string | null, group?: { __typename?: 'ProductGroup', name?: string | null } | null }> } | null };


export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const CustomerInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"INVOICE_NO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDeliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"netAmount"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInvoicesQuery, CustomerInvoicesQueryVariables>;
export const ProductSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"caseInsensitive"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salesPrice"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductSearchQuery, ProductSearchQueryVariables>;