import { defineEnum } from './fields.js';

/**
 * Enums of the vouchers, imports, bank, blob and debt-collection services (accounting.md §21).
 * Kept apart from `enums.ts` so the accounting groups can add theirs without touching one file.
 */

export const BankTransferStatus = defineEnum(
  'BankTransferStatus',
  { AwaitingAuthorization: 0, Authorized: 1, Completed: 2, Deleted: 10, Failed: 99 },
  'State of an outgoing bank transfer (accounting reference §21).',
);

export const CurrencyRegistryCodes = defineEnum(
  'CurrencyRegistryCodes',
  {
    None: 0,
    PurchaseOfGoods: 14,
    LeaseOfServices: 26,
    OtherPurchaseOrSaleOfServices: 29,
    Interests: 31,
    Dividends: 35,
    OtherReturnOnCapital: 38,
    PurchaseOrSaleOfProperty: 41,
    InvestmentInSharesAndMore: 43,
    InvestmentInOtherCapital: 45,
    PortfolioInvestmentInSharesAndMutualFundsShares: 51,
    PortfolioInvestmentInBondsAndNotes: 52,
    PortfolioInvestmentInDerivatives: 53,
    LifeInsurancePension: 71,
    OtherFinancialInvestments: 79,
    Salaries: 81,
    InheritanceGiftsAndMore: 82,
  },
  'Norwegian currency-registry code of an international payment (accounting reference §21).',
);

export const InternationalPaymentFeeDistribution = defineEnum(
  'InternationalPaymentFeeDistribution',
  { Shared: 0, Sender: 1, Receiver: 2 },
  'Who pays the fees of an international payment (accounting reference §21).',
);

export const JournalEntryVoucherType = defineEnum(
  'JournalEntryVoucherType',
  {
    None: 0,
    SupplierInvoice: 1,
    SupplierCreditNote: 2,
    Expense: 3,
    ManualJournal: 4,
    CashJournal: 5,
    BankJournal: 6,
    YearEndJournal: 7,
  },
  'Kind of unposted journal-entry voucher (accounting reference §21).',
);

export const JournalEntryFileType = defineEnum(
  'JournalEntryFileType',
  { None: 0, Pdf: 1, ImageJpeg: 2, ImagePng: 3, ImageTiff: 4, ImageGif: 5, ImageBmp: 6 },
  'Type of the documentation file of a journal-entry voucher (accounting reference §21).',
);

export const ImportType = defineEnum(
  'ImportType',
  { None: 0, OutgoingVoucher: 1, Payroll: 3, Cash: 4, YearEnd: 5, VoucherJournal: 99 },
  'Kind of import journal; there is no value 2 (accounting reference §21).',
);

export const ImportFileType = defineEnum(
  'ImportFileType',
  { StandardImportFile: 1, InvoicePdfZipFile: 2, NetsOcrFile: 3 },
  'Format of an uploaded import file (accounting reference §21).',
);

export const DocumentMimeType = defineEnum(
  'DocumentMimeType',
  {
    ApplicationOctetStream: 0,
    TextXml: 1,
    TextCsv: 2,
    TextPlain: 3,
    TextHtml: 4,
    ApplicationPdf: 5,
    ApplicationJson: 6,
    ApplicationExcel: 7,
    ImageTiff: 8,
    ImagePng: 9,
    ImageGif: 10,
    ImageJpeg: 11,
    ImageBmp: 12,
    ImageUnknown: 13,
    MultipartFormData: 14,
    ApplicationXml: 15,
    MultipartReport: 16,
    ZipArchive: 17,
    ApplicationJavascript: 18,
    TextCss: 19,
    TextMarkdown: 20,
    ImageSvg: 21,
    ApplicationXlsx: 22,
    ApplicationDocx: 23,
    ApplicationPptx: 24,
    ApplicationOpenOfficeSpreadsheet: 25,
    ApplicationOpenOfficePresentation: 26,
    ApplicationOpenOfficeText: 27,
    ApplicationDwg: 28,
  },
  'Content type of a voucher document (accounting reference §21).',
);
