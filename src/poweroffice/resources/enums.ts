import { defineEnum } from './fields.js';

// Wire values from the reference, Part C. The API emits numbers; names are accepted on input.

export const InvoiceDeliveryType = defineEnum(
  'InvoiceDeliveryType',
  {
    None: 0,
    PdfByEmail: 1,
    Print: 2,
    EHF: 3,
    AvtaleGiro: 4,
    External: 5,
    Efaktura: 6,
    Factoring: 7,
  },
  'How an invoice is (or was) delivered to the customer.',
);

export const OutgoingInvoiceStatus = defineEnum(
  'OutgoingInvoiceStatus',
  { Draft: 0, Approved: 1, Sent: 2, Paid: 3, Archived: 4 },
  'Life-cycle state of an outgoing invoice. Only Draft and Approved may be set by clients.',
);

export const VoucherLineType = defineEnum(
  'VoucherLineType',
  {
    Normal: 0,
    Text: 1,
    Summary: 2,
    InvoiceFee: 3,
    Total: 4,
    BasicTypeMask: 65535,
    TotalHours: 65540,
  },
  'Kind of invoice line. Only Normal, Text and Summary may be used on input.',
);

export const DebtCollectionStatus = defineEnum(
  'DebtCollectionStatus',
  { None: 0, Draft: 1, OnHold: 2, Approved: 3, Exported: 4, Rejected: 10 },
  'Debt-collection state of an invoice.',
);

export const DebtCollectionCaseStatus = defineEnum(
  'DebtCollectionCaseStatus',
  { Active: 0, Closed: 10 },
  'State of the debt-collection case of an invoice.',
);

export const VatReturnSpecification = defineEnum(
  'VatReturnSpecification',
  {
    None: 0,
    Adjustment: 1,
    LossesOnClaims: 2,
    ReversalOfInputValueAddedTax: 3,
    Withdrawals: 4,
    AdjustmentVatCompensationRealProperty: 5,
    PurchasesEligibleForCompensation: 6,
  },
  'VAT return specification of a line or account.',
);

export const UnitOfMeasureCode = defineEnum(
  'UnitOfMeasureCode',
  {
    BX: 1,
    MTR: 2,
    KMT: 3,
    KGM: 4,
    EA: 5,
    LTR: 6,
    HUR: 7,
    DAY: 8,
    MTK: 9,
    MTQ: 10,
    TNE: 11,
    MON: 12,
    ANN: 13,
    QAN: 14,
    NL: 15,
    XRO: 16,
    XBA: 17,
    XPL: 18,
    XPC: 19,
    PR: 20,
    XCI: 21,
    XBG: 22,
    SET: 23,
    XTY: 24,
    XOF: 25,
    FTK: 26,
    KWH: 27,
    MWH: 28,
    LBR: 29,
    CMT: 30,
    DMT: 31,
    LM: 32,
    XPK: 33,
    GRM: 34,
    HGM: 35,
    XFL: 36,
    XBE: 37,
    E54: 38,
    MMT: 39,
    DAA: 40,
    H18: 41,
    MLT: 42,
    HLT: 43,
    DLT: 44,
    AK: 45,
    XCR: 46,
    E14: 47,
    MJ: 48,
    J57: 49,
    XJG: 50,
    XCT: 51,
    XSA: 52,
    XTU: 53,
    WEE: 54,
    XCA: 55,
    XCN: 56,
    NAR: 57,
    M4: 58,
    XVQ: 59,
    P1: 60,
    MFU: 61,
    KMK: 62,
    LM3: 63,
    FM3: 64,
    FOT: 65,
  },
  'UN/ECE unit-of-measure code (EA = each, HUR = hour, KGM = kilogram, …).',
);

export const ProductType = defineEnum(
  'ProductType',
  { None: 0, Product: 1, Service: 2 },
  'Whether a product is a physical product or a service.',
);

export const ProjectStatus = defineEnum(
  'ProjectStatus',
  { None: 0, Tentative: 1, Active: 2, Archived: 3, NotStarted: 4, Complete: 5 },
  'State of a project.',
);

export const ProjectBillingMethod = defineEnum(
  'ProjectBillingMethod',
  { None: 0, TimeAndExpenses: 1, FixedPrice: 2, Time: 3 },
  'How a project is billed.',
);

export const HourlyRateSpecification = defineEnum(
  'HourlyRateSpecification',
  { None: 0, Activity: 1, Employee: 2, Project: 3 },
  'Where a project takes its billing hourly rate from.',
);

export const Gender = defineEnum(
  'Gender',
  { Hidden: -1, Unspecified: 0, Male: 1, Female: 2 },
  'Gender. Hidden (-1) is returned when the integration may not read it.',
);

export const AgricultureDepartment = defineEnum(
  'AgricultureDepartment',
  {
    None: 0,
    Finance: 10,
    Farming: 20,
    Forestry: 30,
    FurAnimals: 50,
    OtherIndustries: 60,
    Private: 90,
  },
  'Agriculture department, for agriculture clients.',
);

/** Numbers are not documented; 0..4 in declaration order is our assumption (reference Part C). */
export const InternationalIdType = defineEnum(
  'InternationalIdType',
  {
    None: 0,
    PassportNumber: 1,
    NationalIdentityNumber: 2,
    TaxIdentificationNumber: 3,
    ValueAddedTaxIdentificationNumber: 4,
  },
  'Kind of international identifier reported for a party.',
);

export const VoucherType = defineEnum(
  'VoucherType',
  {
    None: 0,
    IncomingInvoice: 1,
    IncomingCreditNote: 2,
    OutgoingInvoice: 4,
    OutgoingCreditNote: 5,
    IncomingBankRemittance: 8,
    IncomingOcrGiro: 9,
    StartingBalance: 10,
    ManualJournal: 11,
    Expense: 14,
    CashJournal: 15,
    IncomingPayments: 16,
    OutgoingPayments: 17,
    YearEndJournal: 18,
    BankJournal: 19,
    VatReturns: 20,
    PayrollJournal: 23,
    OutgoingPaymentReminder: 71,
    OutgoingNoticeOfDebtCollection: 72,
    OutgoingPaymentDemand: 73,
    OutgoingWarrantOfExecution: 74,
    CorrectionVoucher: 98,
    ReversalVoucher: 99,
    BeginningBalance: 100,
    DepreciationJournal: 101,
    TravelExpense: 120,
    Settlement: 130,
    NegativeSettlement: 131,
    SystemGeneratedDocumentationVoucher: 99999,
  },
  'Kind of voucher (accounting reference §21).',
);

export const InvoiceStatus = defineEnum(
  'InvoiceStatus',
  {
    Unpaid: 0,
    Paid: 1,
    PaymentNotificationSent: 10,
    PaymentReminderSent: 20,
    NoticeOfDebtCollectionSent: 30,
    PaymentDemandSent: 40,
    WarrantOfExecutionSent: 50,
  },
  'Payment and collection state of a sent invoice (accounting reference §21).',
);

/** How SendInvoice should deliver an invoice (reference Part C: no 0). */
export const SendInvoiceDeliveryType = defineEnum(
  'SendInvoiceDeliveryType',
  { PdfByEmail: 1, EHF: 2, AvtaleGiro: 3, Efaktura: 4 },
  'How SendInvoice delivers an invoice. Default PdfByEmail unless an "IfPossible" flag applies.',
);

export const VatPeriod = defineEnum(
  'VatPeriod',
  {
    None: 0,
    Weekly: 1,
    HalfMonthly: 2,
    Monthly: 3,
    BiMonthly: 4,
    Yearly: 5,
    HalfYearly: 6,
    Quarterly: 7,
  },
  'How often the client reports VAT (reference Part C).',
);

export const Months = defineEnum(
  'Months',
  {
    None: 0,
    January: 1,
    February: 2,
    March: 3,
    April: 4,
    May: 5,
    June: 6,
    July: 7,
    August: 8,
    September: 9,
    October: 10,
    November: 11,
    December: 12,
  },
  'A month of the year (reference Part C).',
);

export const SubledgerNumberSeriesType = defineEnum(
  'SubledgerNumberSeriesType',
  { None: 0, Customer: 1, Supplier: 2, Employee: 3 },
  'Which sub-ledger a number series numbers (accounting.md §21).',
);
