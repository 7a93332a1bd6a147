// Quarter arithmetic, the default quarter offered for a workspace, and pack file names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/db/workspace';
import { packPathsBeside, uniqueStems } from '../../../src/main/qbr/pack-files';
import {
  latestFullQuarter,
  quarterPeriod,
  shiftQuarter,
  workspaceQuarters,
} from '../../../src/main/qbr/quarters';
import { writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

describe('quarters', () => {
  it('knows their days, neighbours and the last full one', () => {
    expect(quarterPeriod('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterPeriod('2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(shiftQuarter('2025-Q1', -1)).toBe('2024-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(latestFullQuarter('2026-09-30')).toBe('2026-Q3');
    expect(latestFullQuarter('2026-09-29')).toBe('2026-Q2');
    expect(latestFullQuarter('2026-01-01')).toBe('2025-Q4');
    expect(() => quarterPeriod('2026-Q5')).toThrow(/YYYY-Qn/);
  });
});

describe('the default quarter of a workspace', () => {
  let t: TestServices;
  let ws: Workspace;
  beforeAll(async () => {
    t = testServices();
    ws = await t.services.workspaces.open(`${t.dir}/q.qbr`, true);
  });
  afterAll(() => t.cleanup());

  it('is the last full quarter before today, or the last one with data when data stop earlier', () => {
    const usage = (date: string) => ({ accountId: 'A', metric: 'active_users', date, value: 1 });
    writeRows(ws, { usage: [usage('2025-02-03'), usage('2025-05-26')] });
    // Data stop in 2025-Q2, long before today: that quarter, and nothing older than the data.
    let answer = workspaceQuarters(ws.db, '2026-10-01');
    expect(answer.latest).toBe('2025-Q2');
    expect(answer.quarters.at(-1)).toBe('2025-Q1');
    expect(answer.quarters[0]).toBe('2026-Q4');
    // Weekly data whose last point falls a few days before the quarter's end still covers it.
    writeRows(ws, { usage: [usage('2026-09-28')] });
    answer = workspaceQuarters(ws.db, '2026-10-01');
    expect(answer.latest).toBe('2026-Q3');
    expect(answer.quarters.slice(0, 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
  });
});

describe('pack file names', () => {
  it('keep two accounts with the same cleaned name apart', () => {
    const stems = uniqueStems([
      { id: 'A-1', name: 'Acme / Europe' },
      { id: 'A-2', name: 'Acme : Europe' },
      { id: 'B', name: 'Bluepeak' },
    ]);
    expect(stems.get('A-1')).toBe('Acme _ Europe (A-1)');
    expect(stems.get('A-2')).toBe('Acme _ Europe (A-2)');
    expect(stems.get('B')).toBe('Bluepeak');
  });

  it('put the decks beside the report the CSM named', () => {
    expect(packPathsBeside('/x/Acme-2026-Q3-report.pdf')).toEqual({
      pdfPath: '/x/Acme-2026-Q3-report.pdf',
      deckPath: '/x/Acme-2026-Q3-deck.pptx',
      deckPdfPath: '/x/Acme-2026-Q3-deck.pdf',
    });
    expect(packPathsBeside('/x/review')).toEqual({
      pdfPath: '/x/review.pdf',
      deckPath: '/x/review-deck.pptx',
      deckPdfPath: '/x/review-deck.pdf',
    });
  });
});
