// The accounts table as an .xlsx workbook. Text that a spreadsheet would read as a formula
// (starting with = + - @, or a tab/carriage return that hides one) is prefixed with an
// apostrophe, so an imported account name can never run as a formula in the CSM's Excel. Headers,
// health bands and yes/no are in the CSM's language; ids, names and numbers are as stored.
import ExcelJS from 'exceljs';
import { BAND_IDS } from '../../shared/analytics/health';
import type { Band } from '../../shared/analytics/health';
import { translate } from '../../shared/i18n';
import type { MessageKey } from '../../shared/i18n';
import type { Locale } from '../../shared/ipc/contract/workspace';
import type { PortfolioRow } from '../../shared/ipc/contract/portfolio';
import { writeFileAtomic } from '../db/atomic-write';
import { formulaSafe } from '../export/formula-safe';

interface Column {
  header: string;
  width: number;
  value: (r: PortfolioRow) => string | number | Date | null;
  numFmt?: string;
}

function columns(currency: string, locale: Locale): Column[] {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
  // A band the model defines reads in the CSM's language; anything else is shown as stored.
  const bandLabel = (band: string) =>
    (BAND_IDS as readonly string[]).includes(band) ? t(`health.band.${band as Band}`) : band;
  return [
    { header: t('export.accounts.id'), width: 14, value: (r) => r.id },
    { header: t('export.accounts.name'), width: 32, value: (r) => r.name },
    { header: t('export.accounts.segment'), width: 14, value: (r) => r.segment },
    { header: t('export.accounts.owner'), width: 18, value: (r) => r.owner },
    {
      header: t('export.accounts.band'),
      width: 12,
      value: (r) => (r.band === null ? t('portfolio.band.unscored') : bandLabel(r.band)),
    },
    { header: t('export.accounts.score'), width: 12, value: (r) => r.score, numFmt: '0' },
    { header: t('export.accounts.arr'), width: 14, value: (r) => r.arr, numFmt: '#,##0.00' },
    { header: t('export.accounts.currency'), width: 10, value: (r) => r.currency },
    {
      header: t('export.accounts.arrReport', { currency }),
      width: 16,
      value: (r) => r.arrReport,
      numFmt: '#,##0.00',
    },
    {
      header: t('export.accounts.renewal'),
      width: 13,
      value: (r) => isoToDate(r.renewalDate),
      numFmt: 'yyyy-mm-dd',
    },
    { header: t('export.accounts.days'), width: 15, value: (r) => r.daysToRenewal },
    { header: t('export.accounts.tasks'), width: 11, value: (r) => r.openTasks },
    {
      header: t('export.accounts.churned'),
      width: 9,
      value: (r) => t(r.churned ? 'health.value.yes' : 'health.value.no'),
    },
  ];
}

export async function accountsWorkbook(
  rows: readonly PortfolioRow[],
  currency: string,
  locale: Locale = 'en',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QBR Studio';
  const sheet = workbook.addWorksheet(translate(locale, 'export.accounts.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const cols = columns(currency, locale);
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(
      cols.map((c) => {
        const v = c.value(r);
        return typeof v === 'string' ? formulaSafe(v) : v;
      }),
    );
    cols.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeAccountsXlsx(
  file: string,
  rows: readonly PortfolioRow[],
  currency: string,
  locale: Locale = 'en',
): Promise<void> {
  writeFileAtomic(file, await accountsWorkbook(rows, currency, locale));
}

function isoToDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}
