// The workbook reader's refusals (READ_MESSAGE_KEYS), each produced by reading a real file, for
// messages.test.ts's one-scenario-per-key table.
import type { ReadOptions } from '../../../src/main/import/read/read-file';
import { CellBudget } from '../../../src/main/import/progress';
import type { ReadMessageKey } from '../../../src/shared/ipc/contract/read-messages';
import { zipParts } from '../../helpers/zip';

type Refused<P> = (
  name: string,
  bytes: Uint8Array | string | null,
  options?: ReadOptions,
) => Promise<P>;

const PARTS = {
  'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
};
const book = (rows: string, more: Record<string, string> = {}) =>
  zipParts({
    ...PARTS,
    'xl/worksheets/s.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
    ...more,
  });

/** A fault of ours while reading (here the cell count's keeper failing), not of the file. */
class FailingBudget extends CellBudget {
  override take(): void {
    throw new TypeError("Cannot read properties of undefined (reading 'name')");
  }
}

export function readScenarios<P>(refused: Refused<P>): Record<ReadMessageKey, () => Promise<P>> {
  return {
    'import.file.otherFormat': () =>
      refused(
        'sheet.ods',
        zipParts({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<x/>',
        }),
      ),
    'import.file.noWorksheets': () =>
      refused(
        'charts.xlsx',
        zipParts({
          'xl/workbook.xml': '<workbook><sheets><sheet name="C" r:id="rId1"/></sheets></workbook>',
          'xl/_rels/workbook.xml.rels':
            '<Relationships><Relationship Id="rId1" Type="x/chartsheet" Target="chartsheets/c.xml"/></Relationships>',
          'xl/chartsheets/c.xml': '<chartsheet/>',
        }),
      ),
    'import.reason.rowBeyond': () =>
      refused('far.xlsx', book('<row r="2000000000"><c><v>1</v></c></row>')),
    'import.reason.tagTooLarge': () => refused('unclosed.xlsx', book('<row '.repeat(400_000))),
    'import.reason.textTooLarge': () =>
      refused(
        'wordy.xlsx',
        book('<row r="1"><c t="s"><v>0</v></c></row>', {
          'xl/sharedStrings.xml': `<sst>${'<si><t>words</t></si>'.repeat(400_000)}</sst>`,
        }),
        { maxSharedChars: 1_000_000 },
      ),
    'import.reason.unexpected': () =>
      refused('fine.xlsx', book('<row r="1"><c><v>1</v></c></row>'), {
        budget: new FailingBudget(),
      }),
  };
}
