/**
 * The query GraphiQL opens with: one walk down the graph a newcomer came to see
 * (customer → invoices → lines → product → group), small enough to read in the result pane.
 */
export const DEFAULT_GRAPHIQL_QUERY = `# PowerOffice as one graph. Press the run button (or Ctrl/Cmd+Enter).
# Open "Docs" on the left to browse every type and field.
query CustomersWithInvoices {
  customers(first: 3, orderBy: [{ field: CODE, direction: ASC }]) {
    totalCount
    nodes {
      code
      name
      invoices(first: 2, orderBy: [{ field: INVOICE_NO, direction: DESC }]) {
        nodes {
          invoiceNo
          invoiceDeliveryDate
          totalAmount
          lines {
            description
            quantity
            netAmount
            product {
              code
              name
              group {
                name
              }
            }
          }
        }
      }
    }
  }
}
`;
