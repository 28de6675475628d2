import type { Store } from './store.js';
import type { Row } from './wire.js';

/**
 * The EHF document of an invoice (`GET /ExternallyDeliverableInvoice/InvoiceEhf/{invoiceId}`,
 * reference B11): EHF is the Norwegian profile of PEPPOL BIS Billing 3.0, a UBL 2.1 Invoice (or
 * CreditNote) in XML. The emulator writes the parts it has data for: number, dates, parties,
 * lines with VAT, totals. Undefined when the invoice is unknown.
 */
export function ehfDocument(
  store: Store,
  invoiceId: string,
  client: Row | undefined,
): string | undefined {
  const inv = store.table('OutgoingInvoice').get(invoiceId.toLowerCase());
  if (!inv) return undefined;
  const customer =
    inv.customerCode === undefined
      ? undefined
      : store.table('Customer').lookup('code', inv.customerCode);
  const credit = inv.relatedDocumentNo !== undefined;
  const root = credit ? 'CreditNote' : 'Invoice';
  const lineTag = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const qtyTag = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const day = (v: unknown) => String(v ?? '').slice(0, 10);
  const amount = (v: unknown) => Math.abs(Number(v ?? 0)).toFixed(2);
  const lines = ((inv.outgoingInvoiceLines as Row[] | undefined) ?? []).filter(
    (l) => (l.lineType ?? 0) === 0,
  );
  const party = (tag: string, p: Row | undefined) => `  <cac:${tag}>
    <cac:Party>
      <cbc:EndpointID schemeID="0192">${esc(p?.vatNumber)}</cbc:EndpointID>
      <cac:PartyName><cbc:Name>${esc(p?.name)}</cbc:Name></cac:PartyName>
      <cac:PartyLegalEntity><cbc:RegistrationName>${esc(p?.legalName ?? p?.name)}</cbc:RegistrationName><cbc:CompanyID>${esc(p?.vatNumber)}</cbc:CompanyID></cac:PartyLegalEntity>
    </cac:Party>
  </cac:${tag}>`;
  const body = lines
    .map(
      (l, i) => `  <cac:${lineTag}>
    <cbc:ID>${i + 1}</cbc:ID>
    <cbc:${qtyTag} unitCode="EA">${Math.abs(Number(l.quantity ?? 0))}</cbc:${qtyTag}>
    <cbc:LineExtensionAmount currencyID="${esc(inv.currencyCode ?? 'NOK')}">${amount(l.netAmount)}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>${esc(l.description)}</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>${esc(l.productCode)}</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>${Number(l.vatRate ?? 0) > 0 ? 'S' : 'Z'}</cbc:ID><cbc:Percent>${Number(l.vatRate ?? 0)}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="${esc(inv.currencyCode ?? 'NOK')}">${amount(l.unitPrice)}</cbc:PriceAmount></cac:Price>
  </cac:${lineTag}>`,
    )
    .join('\n');
  const currency = esc(inv.currencyCode ?? 'NOK');
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${esc(inv.invoiceNo ?? inv.orderNo)}</cbc:ID>
  <cbc:IssueDate>${day(inv.voucherDate ?? inv.orderDate)}</cbc:IssueDate>
  ${credit ? '' : `<cbc:DueDate>${day(inv.dueDate)}</cbc:DueDate>\n  `}<cbc:${credit ? 'CreditNoteTypeCode>381</cbc:CreditNoteTypeCode' : 'InvoiceTypeCode>380</cbc:InvoiceTypeCode'}>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
${party('AccountingSupplierParty', client)}
${party('AccountingCustomerParty', customer)}
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>${esc(inv.cid)}</cbc:PaymentID></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="${currency}">${amount(Number(inv.totalAmount ?? 0) - Number(inv.netAmount ?? 0))}</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="${currency}">${amount(inv.netAmount)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="${currency}">${amount(inv.netAmount)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="${currency}">${amount(inv.totalAmount)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="${currency}">${amount(inv.totalAmount)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
${body}
</${root}>
`;
}

/** XML text content: the five predefined entities escaped. */
export function esc(v: unknown): string {
  return String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
