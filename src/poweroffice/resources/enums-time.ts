import { defineEnum } from './fields.js';

/** Enums of payroll and time tracking (accounting reference §21), wire numbers as documented. */

export const ActivityType = defineEnum(
  'ActivityType',
  {
    None: 0,
    Billable: 100,
    NonBillable: 200,
    Internal: 250,
    PaidSickLeave: 300,
    PaidSickLeaveWithSickNote: 301,
    PaidSickLeaveForSickChildren: 302,
    UnpaidSickLeave: 400,
    PaidLeave: 500,
    UnpaidLeave: 600,
    Vacation: 700,
  },
  'Kind of a time-tracking activity (billable, internal, leave…).',
);

export const TimeApprovalStatus = defineEnum(
  'TimeApprovalStatus',
  { Draft: 0, Submitted: 1, Approved: 2, Rejected: 3 },
  'Approval state of logged time.',
);

/**
 * Bit flags: values combine, so the wire number is kept as an integer rather than an enum
 * (an enum cannot hold `Approved | Invoiced`).
 */
export const TIME_ENTRY_STATUS_FLAGS = {
  None: 0,
  PendingApproval: 1,
  Approved: 2,
  SentToPayroll: 4,
  Invoiced: 8,
  Accrued: 16,
  RunningTimer: 32,
  IsHolidayLeave: 256,
} as const;

/**
 * The documented values only: six further names in OAS 2.59 have no documented numbers
 * (accounting reference §21), so they are left out rather than guessed.
 */
export const PayItemProcessingType = defineEnum(
  'PayItemProcessingType',
  {
    FixedAmount: 0,
    FixedAmountWithQuantity: 5,
    FixedAmountWithQuantitySubjectToWithholdingTax: 6,
    QuantityAndRate: 10,
    QuantityAndRateSubjectToWithholdingTax: 11,
    QuantityAndFixedRate: 12,
    QuantityAndRateReportingZeroAsQuantity: 13,
    QuantityAndFixedRateReportingZeroAsQuantity: 14,
    FixedSalary: 20,
    HourlyWage: 30,
    PercentOfHourlyWage: 40,
    HolidayPay: 50,
    HolidayPayOver60Years: 51,
    HolidayPayForSpecifiedYear: 52,
    WageDeductionForHoliday: 55,
    WageDeductionForHolidayOver60Years: 56,
    HolidayPayCorrection: 57,
    HolidayPayCorrectionOver60: 58,
    ElectronicCommunications: 60,
    ExpenseRefund: 80,
    SalaryAdvance: 90,
    FreeCarStandardRule: 100,
    FreeCarOther: 101,
    FreeCarOutsideStandardRule: 102,
    WorkCarListPrice: 103,
    WorkCarKilometers: 104,
    DeductionWithBalance: 110,
    BackPaymentOfPensionAndAnnuities: 120,
    Lott: 130,
    CommuterWithPersonTypeAndQuantity: 140,
    CommuterWithPersonType: 141,
    CommuterWithNumberOfJourneys: 142,
    CommuterWithPersonTypeQuantityAndRate: 143,
    HomeVisitsForCommuters: 144,
    SeafarersAllowanceDaysAtSea: 801,
    HolidayPayFinalSettlement: 900,
    TradeUnionDeduction: 999,
    PensionDeduction: 1000,
    PensionDeductionUnlimited: 1001,
    AttachmentOfEarnings: 1010,
    AttachmentOfEarningsTax: 1015,
    SeafarersAllowanceDeduction: 1020,
    PercentOfFixedSalary: 1030,
    DailyWageFiveDayWeek: 1040,
    DailyWageSixDayWeek: 1050,
    CorrectionOfAdditionalEmployersContribution: 2000,
  },
  'How a pay item is computed and reported (A-melding).',
);
