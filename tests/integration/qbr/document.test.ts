// The QBR document built from a real workspace (the sample book written through the importer's
// writer): section titles in the document's language, every figure from the data, experiment
// results with their honest wording, and sections without data left out of the pack (listed
// with their reason for the builder's pre-flight checklist).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { buildQbrDocument } from '../../../src/main/qbr/build';
import { defaultNarrative } from '../../../src/main/qbr/narrative-store';
import { documentFor } from '../../../src/main/qbr/service';
import type { Workspace } from '../../../src/main/db/workspace';
import type { SampleBook } from '../../../src/main/sample/generate';
import type { QbrNarrative, QbrNarrativeAnswer } from '../../../src/shared/ipc/contract';
import { QBR_SECTION_KINDS } from '../../../src/shared/qbr/document';
import type { QbrDocument, QbrLanguage, QbrSection } from '../../../src/shared/qbr/document';
import { sectionTitles } from '../../helpers/export-fixture';
import { writeRows } from '../../helpers/health-workspace';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const ACCOUNT = 'ACC-1021'; // Nordlicht Versicherung AG: two experiments, one ending in Q3
const QUARTER = '2026-Q3';
const FROM = '2026-07-01';
const TO = '2026-09-30';
const TODAY = '2026-10-01';
const LOCALES = { en: 'en-GB', th: 'th-TH', tr: 'tr-TR' } as const;

let t: TestServices;
let ws: Workspace;
let book: SampleBook;

beforeAll(async () => {
  t = testServices();
  ({ ws, book } = await openQbrWorkspace(t));
  writeRows(ws, {
    accounts: [
      {
        id: 'ACC-EMPTY',
        name: 'Empty Account Ltd',
        segment: null,
        owner: null,
        currency: 'EUR',
        arr: null,
        renewalDate: null,
        industry: null,
        country: null,
        signupDate: null,
        seats: null,
        plan: null,
        churned: false,
      },
    ],
  });
}, 120_000);
afterAll(() => t.cleanup());

function build(language: QbrLanguage, accountId = ACCOUNT, narrative?: QbrNarrative): QbrDocument {
  return documentFor(
    ws,
    {
      accountId,
      quarter: QUARTER,
      // every section, the internal health section included, so each builder is exercised
      narrative: narrative ?? { ...defaultNarrative(language), sections: [...QBR_SECTION_KINDS] },
    },
    TODAY,
  );
}

function section<K extends QbrSection['kind']>(doc: QbrDocument, kind: K) {
  const found = doc.sections.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found as Extract<QbrSection, { kind: K }>;
}

function okData<K extends QbrSection['kind']>(doc: QbrDocument, kind: K) {
  const s = section(doc, kind);
  if (s.status !== 'ok') throw new Error(`${kind} has no data: ${s.message}`);
  return s.data as Extract<QbrSection, { kind: K; status: 'ok' }>['data'];
}

const inQuarter = (date: string | null) => date !== null && date >= FROM && date <= TO;

describe('the document for a sample account', () => {
  it.each(['en', 'th', 'tr'] as const)('has every section titled in %s', (language) => {
    const doc = build(language);
    // Titles written independently for the writers' fixture, by another hand.
    const expected = sectionTitles(language);
    // no attendees or goals are written: those two are left out, and say why
    expect(doc.meta.omitted.map((o) => o.kind)).toEqual(['title', 'goals']);
    expect(doc.sections.map((s) => s.kind)).toEqual(
      Object.keys(expected).filter((k) => k !== 'title' && k !== 'goals'),
    );
    for (const s of doc.sections) expect(s.title).toBe(expected[s.kind]);
    expect(doc.sections.every((s) => s.status === 'ok')).toBe(true);
    expect(doc.meta).toMatchObject({
      accountName: 'Nordlicht Versicherung AG',
      quarter: QUARTER,
      language,
      generatedOn: TODAY,
    });
  });

  it.each(['en', 'th', 'tr'] as const)('takes its figures from the workspace (%s)', (language) => {
    const doc = build(language);
    const money = (n: number, currency: string) =>
      new Intl.NumberFormat(LOCALES[language], {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(n);
    const num = (n: number, digits = 0) =>
      new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(n);

    // ARR: the paying lines covering the quarter's last day, times twelve.
    const lines = book.contractLines.filter(
      (l) =>
        l.accountId === ACCOUNT &&
        !l.isTrial &&
        l.startDate <= TO &&
        (l.endDate === null || l.endDate > TO),
    );
    const arr = lines.reduce((sum, l) => sum + l.mrr, 0) * 12;
    expect(arr).toBeGreaterThan(0);
    const renewal = okData(doc, 'renewal');
    expect(renewal.metrics[0]?.value).toBe(money(arr, lines[0]!.currency));

    const tickets = book.tickets.filter((x) => x.accountId === ACCOUNT && inQuarter(x.openedDate));
    const support = okData(doc, 'support');
    expect(support.metrics[0]?.value).toBe(num(tickets.length));
    expect(support.metrics[3]?.value).toBe(num(tickets.filter((x) => x.escalated).length));

    const nps = book.surveys.filter(
      (s) => s.accountId === ACCOUNT && s.kind === 'nps' && inQuarter(s.date),
    );
    const sentiment = okData(doc, 'sentiment');
    expect(nps.length).toBeGreaterThan(0);
    const promoters = nps.filter((s) => s.score >= 9).length;
    const detractors = nps.filter((s) => s.score <= 6).length;
    expect(sentiment.metrics[0]?.value).toBe(num(((promoters - detractors) / nps.length) * 100));
    expect(sentiment.distribution.map((d) => d.count)).toEqual([
      detractors,
      nps.length - promoters - detractors,
      promoters,
    ]);
    expect(sentiment.verbatims.length).toBeGreaterThan(0);
    const comments = book.surveys.filter(
      (s) => s.accountId === ACCOUNT && inQuarter(s.date) && s.comment,
    );
    for (const v of sentiment.verbatims) {
      expect(comments.map((c) => c.comment?.trim())).toContain(v.quote);
    }

    const active = book.usage
      .filter((u) => u.accountId === ACCOUNT && u.metric === 'active_users' && inQuarter(u.date))
      .sort((a, b) => a.date.localeCompare(b.date));
    const adoption = okData(doc, 'adoption');
    expect(adoption.points.map((p) => p.activeUsers)).toEqual(active.map((u) => u.value));
    expect(adoption.metrics[0]?.value).toBe(num(active.at(-1)!.value));

    const health = okData(doc, 'health');
    expect(health.weeks.length).toBeGreaterThanOrEqual(12);
    expect(health.weeks.every((w) => inQuarter(w.weekStart))).toBe(true);
  });

  it('reports every experiment KPI measured by the quarter end, improvement areas included', () => {
    const doc = build('en');
    const experiments = book.experiments.filter(
      (e) => e.accountId === ACCOUNT && e.rolloutDate <= TO,
    );
    const kpis = experiments.flatMap((e) => [e.primaryKpi, ...e.secondaryKpis]);
    const value = okData(doc, 'value_delivered');
    expect(value.results.map((r) => r.kpi).sort()).toEqual([...kpis].sort());
    for (const r of value.results) {
      expect(r.wording.startsWith(r.kpi)).toBe(true);
      expect(r.confidenceLevel).toBeCloseTo(0.95);
      // the executive's sentence names the KPI and no test statistic
      expect(r.outcome).toContain(r.kpi);
      expect(r.outcome).not.toMatch(/p-value|p =|Welch|permutation|standardi[sz]ed/i);
    }
    // Whatever is not a clear improvement shows up as an improvement area among the risks.
    const areas = value.results.filter((r) => r.verdict !== 'improvement');
    expect(areas.length).toBeGreaterThan(0);
    const risks = okData(doc, 'risks_next_steps').risks.map((r) => r.risk);
    for (const r of areas.filter((x) => x.verdict !== 'insufficient_data')) {
      expect(r.wording).toMatch(/improvement area/);
      expect(risks.some((risk) => risk.includes(r.kpi))).toBe(true);
    }
  });

  it('puts the saved narrative into the goals, attendees and next steps', async () => {
    const narrative: QbrNarrative = {
      ...defaultNarrative('tr'),
      summaryNotes: 'İkinci yarıda yenileme görüşmesi başlıyor.',
      goals: [
        {
          goal: 'Tüm şubelerde devreye almak',
          measure: 'Şube sayısı',
          progressPercent: 60,
          status: 'at_risk',
          due: '2026-12-15',
        },
      ],
      attendees: [{ name: 'Işıl Doğan', role: 'COO', organisation: 'Nordlicht' }],
      nextSteps: [{ task: 'Yönetici toplantısı', owner: 'CSM', due: '2026-10-20' }],
      sections: ['title', 'executive_summary', 'goals', 'risks_next_steps'],
    };
    const saved = await dispatch(
      'qbr:narrativeSave',
      { accountId: ACCOUNT, quarter: QUARTER, narrative },
      t.services,
    );
    expect(saved.ok).toBe(true);
    const got = await dispatch(
      'qbr:narrativeGet',
      { accountId: ACCOUNT, quarter: QUARTER },
      t.services,
    );
    expect(got.ok && (got.value as QbrNarrativeAnswer).narrative).toEqual(narrative);

    const doc = buildQbrDocument(ws.db, {
      accountId: ACCOUNT,
      quarter: QUARTER,
      narrative: (got.ok && (got.value as QbrNarrativeAnswer).narrative) as QbrNarrative,
      today: TODAY,
    });
    expect(doc.sections.map((s) => s.kind)).toEqual(narrative.sections);
    expect(okData(doc, 'title').attendees).toEqual(narrative.attendees);
    expect(okData(doc, 'goals').goals[0]).toMatchObject({
      goal: 'Tüm şubelerde devreye almak',
      progressPercent: 60,
      statusLabel: 'Risk altında',
    });
    expect(okData(doc, 'executive_summary').paragraphs).toContain(narrative.summaryNotes);
    expect(okData(doc, 'risks_next_steps').nextSteps[0]?.task).toBe('Yönetici toplantısı');
  });
});

describe('an account without data', () => {
  it.each([
    ['en', /No usage data/],
    ['th', /ยังไม่ได้นำเข้าข้อมูลการใช้งาน/],
    ['tr', /kullanım verisi içe aktarılmadı/],
  ] as const)(
    'is left out section by section, saying why to the CSM (%s)',
    (language, usageMessage) => {
      const doc = build(language, 'ACC-EMPTY');
      const missing = doc.meta.omitted.map((o) => o.kind);
      expect(missing).toEqual([
        'title',
        'goals',
        'value_delivered',
        'adoption',
        'health',
        'support',
        'sentiment',
        // An account with no data has nothing to compare with its peers (#17).
        'benchmarks',
        'renewal',
        'risks_next_steps',
      ]);
      const adoption = doc.meta.omitted.find((o) => o.kind === 'adoption');
      expect(adoption?.reason).toMatch(usageMessage);
      // The customer's pack keeps only what has something to show; no "no data" text goes out.
      expect(doc.sections.map((s) => s.kind)).toEqual(['executive_summary', 'appendix']);
      expect(doc.sections.every((s) => s.status === 'ok')).toBe(true);
    },
  );

  it('refuses an unknown account and a malformed quarter with clear errors', async () => {
    const unknown = await dispatch(
      'qbr:preview',
      { accountId: 'NOPE', quarter: QUARTER },
      t.services,
    );
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
    const bad = await dispatch(
      'qbr:preview',
      { accountId: ACCOUNT, quarter: '2026-Q5' },
      t.services,
    );
    expect(bad.ok || bad.error.code).toBe('INVALID_INPUT');
  });
});
