// A success plan kept in a spreadsheet comes in as the `goals` kind, with Thai or Turkish headers.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listGoals } from '../../../src/main/goals/service';
import { importFiles } from '../../../src/main/sample-workspace';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeEach(() => {
  t = testServices();
});
afterEach(() => t.cleanup());

async function importCsv(name: string, text: string) {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, text);
  return importFiles(t.services, [file]);
}

describe('the goals import kind', () => {
  it('reads Thai headers: a measured usage goal and a qualitative one', async () => {
    const { ws, book } = await openQbrWorkspace(t, ['ACC-1001'], 'import.qbr');
    const metric = book.usage.find((u) => u.accountId === 'ACC-1001')?.metric as string;
    const summary = await importCsv(
      'แผนความสำเร็จ.csv',
      [
        'รหัสบัญชีลูกค้า,เป้าหมาย,ผู้รับผิดชอบ,วันเริ่ม,วันครบกำหนด,ตัวชี้วัด,ค่าเป้าหมาย,สถานะ',
        `ACC-1001,Grow ${metric},Ploy,2026-03-02,2026-12-31,${metric},100000,`,
        'ACC-1001,Executive sponsor named,Ploy,2026-03-02,2026-12-31,,,มีความเสี่ยง',
      ].join('\n'),
    );
    expect(summary.sheets[0]?.kind).toBe('goals');
    const goals = listGoals(ws.db, 'ACC-1001', '2026-09-30');
    expect(goals.map((g) => g.title)).toEqual([`Grow ${metric}`, 'Executive sponsor named']);
    expect(goals[0]?.measure).toEqual({ kind: 'usage', ref: metric });
    expect(goals[0]?.evaluation.baseline?.week).toBe('2026-03-02');
    expect(goals[1]?.measure).toBeNull();
    expect(goals[1]?.evaluation.status).toBe('at_risk');
  });

  it('reads Turkish headers and names NPS as a measure', async () => {
    const { ws } = await openQbrWorkspace(t, ['ACC-1001'], 'import-tr.qbr');
    await importCsv(
      'hedefler.csv',
      [
        'Hesap kimliği,Hedef,Başlangıç tarihi,Bitiş tarihi,Ölçüt,Hedef değer,Yön',
        'ACC-1001,Daha iyi NPS,2026-01-05,2026-12-28,NPS,80,artır',
      ].join('\n'),
    );
    const [goal] = listGoals(ws.db, 'ACC-1001', '2026-09-30');
    expect(goal?.measure).toEqual({ kind: 'nps', ref: null });
    expect(goal?.target).toBe(80);
  });
});
