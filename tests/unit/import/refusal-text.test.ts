// The wizard words a refused import in the reader's language when main sent the refusal as a
// message, and falls back to the English text for any other failure.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../../src/main/import/read/refusal';
import { refusalText } from '../../../src/renderer/src/features/import/refusal-text';
import type { AppError } from '../../../src/shared/ipc/result';

/** What the renderer's IpcError holds after the error crossed IPC as JSON. */
const received = (err: AppError) => {
  const shape = JSON.parse(JSON.stringify(err.toShape())) as { message: string; details?: unknown };
  return Object.assign(new Error(shape.message), { details: shape.details });
};

describe('refusalText', () => {
  const oldExcel = received(
    refusal('UNSUPPORTED_FILE', 'import.file.oldExcel', { file: 'q3.xls' }),
  );

  it('words a refusal in the reader’s language, keeping the file’s name', () => {
    expect(refusalText('en', oldExcel)).toBe(oldExcel.message);
    expect(refusalText('en', oldExcel)).toMatch(/^q3\.xls is an old Excel \(\.xls\)/);
    expect(refusalText('th', oldExcel)).toMatch(/^q3\.xls เป็นเวิร์กบุ๊ก Excel รุ่นเก่า \(\.xls\)/);
    expect(refusalText('tr', oldExcel)).toMatch(/^q3\.xls eski bir Excel \(\.xls\) dosyası/);
  });

  it('words the reason inside a refusal too', () => {
    const err = received(
      refusal('FILE_REFUSED', 'import.file.unreadable', {
        file: 'cut.xlsx',
        reason: { message: { key: 'import.reason.partDamaged', params: { part: 'xl/s.xml' } } },
      }),
    );
    expect(refusalText('en', err)).toBe(
      'cut.xlsx could not be read as an .xlsx workbook (xl/s.xml is damaged).',
    );
    expect(refusalText('tr', err)).toBe(
      'cut.xlsx bir .xlsx çalışma kitabı olarak okunamadı (xl/s.xml parçası bozuk).',
    );
  });

  it('falls back to the English text when the details are not an importer message', () => {
    const plain = new Error('The workspace could not be saved.');
    expect(refusalText('th', plain)).toBe('The workspace could not be saved.');
    const rows = Object.assign(new Error('2 rows are invalid'), { details: [{ row: 2 }] });
    expect(refusalText('tr', rows)).toBe('2 rows are invalid');
    const unknown = Object.assign(new Error('Gone'), { details: { key: 'nope', params: {} } });
    expect(refusalText('th', unknown)).toBe('Gone');
  });
});
