// The QBR pack names metrics as the workspace does (#18 point 5): a renamed metric reads the same
// in the adoption notes and the KPI tiles, per language, and the defaults stay when none is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/db/workspace';
import { writeMetricNames } from '../../../src/main/metrics/names';
import { defaultNarrative } from '../../../src/main/qbr/narrative-store';
import { documentFor } from '../../../src/main/qbr/service';
import { QBR_SECTION_KINDS } from '../../../src/shared/qbr/document';
import type { QbrDocument, QbrLanguage, QbrSection } from '../../../src/shared/qbr/document';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const ACCOUNT = 'ACC-1021';

let t: TestServices;
let ws: Workspace;

beforeAll(async () => {
  t = testServices();
  ({ ws } = await openQbrWorkspace(t));
}, 120_000);
afterAll(() => t.cleanup());

const build = (language: QbrLanguage): QbrDocument =>
  documentFor(
    ws,
    {
      accountId: ACCOUNT,
      quarter: '2026-Q3',
      narrative: { ...defaultNarrative(language), sections: [...QBR_SECTION_KINDS] },
    },
    '2026-10-01',
  );

function okData<K extends QbrSection['kind']>(doc: QbrDocument, kind: K) {
  const s = doc.sections.find((x) => x.kind === kind);
  if (s?.status !== 'ok') throw new Error(`${kind} has no data`);
  return s.data as Extract<QbrSection, { kind: K; status: 'ok' }>['data'];
}

/** Every text of the adoption section and the KPI tiles, for a word search. */
const words = (doc: QbrDocument) =>
  JSON.stringify([okData(doc, 'adoption'), okData(doc, 'executive_summary')]);

describe('metric names in the QBR pack', () => {
  it('shows the defaults without names, and the workspace names once given', () => {
    expect(words(build('tr'))).toContain('API çağrıları');
    expect(words(build('en'))).not.toContain('Calls to the API');
    expect(words(build('en'))).toContain('Active users (quarter end)');
    expect(words(build('tr'))).toContain('Aktif kullanıcı (çeyrek sonu)');

    writeMetricNames(ws.db, {
      api_calls: { all: 'Calls to the API', tr: 'API istekleri' },
      active_users: { all: 'Weekly active users' },
    });
    const en = words(build('en'));
    expect(en).toContain('Calls to the API');
    expect(en).not.toContain('API calls');
    expect(en).toContain('Weekly active users');
    // Phrases that name active users name them as the workspace does, in every language.
    const adoption = okData(build('en'), 'adoption');
    expect(adoption.metrics[0]?.label).toBe('Weekly active users (quarter end)');
    expect(adoption.chartTitle).toBe('Weekly active users against licensed seats');
    expect(en).not.toMatch(/Active users \(quarter end\)|Active users against/);
    expect(words(build('tr'))).toContain('Weekly active users (çeyrek sonu)');
    expect(words(build('th'))).toContain('Weekly active users (สิ้นไตรมาส)');
    const tr = words(build('tr'));
    expect(tr).toContain('API istekleri');
    expect(tr).not.toContain('API çağrıları');
    expect(words(build('th'))).toContain('Calls to the API');
  });
});
