// Names the CRM an export came from, for the list of past imports.
import type { CsvTable } from './read-csv-text'

export function detectSourceName(table: Pick<CsvTable, 'columns' | 'footers' | 'delimiter'>): string {
  const headers = table.columns.join(' ').toLowerCase()
  const footers = table.footers.join(' ').toLowerCase()
  if (footers.includes('salesforce') || /opportunity owner|account owner|close date.*stage|\bfiscal period\b/.test(headers)) return 'Salesforce'
  if (/\bdeal owner\b|\brecord id\b|hubspot/.test(headers)) return 'HubSpot'
  if (/\bdeal - |\bpipedrive\b/.test(headers) || (table.delimiter === ';' && /\bowner\b/.test(headers))) return 'Pipedrive'
  return 'CSV export'
}
