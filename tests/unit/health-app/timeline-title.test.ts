// The Account timeline's line for exported QBR packs and churn post-mortems, in each language:
// ids (reason, teams, language) are translated, what the CSM typed is shown as typed.
import { describe, expect, it } from 'vitest';
import { timelineTitle } from '../../../src/renderer/src/features/account/format';
import { translate } from '../../../src/shared/i18n';
import type { MessageKey } from '../../../src/shared/i18n';
import type { TimelineItem } from '../../../src/shared/ipc/contract';
import type { Locale } from '../../../src/shared/ipc/contract/workspace';

const tOf = (locale: Locale) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(locale, key, params);

function entry(fields: Partial<TimelineItem>): TimelineItem {
  return {
    id: 'x',
    kind: 'qbr',
    date: '2026-04-02',
    titleKey: null,
    title: null,
    params: {},
    detail: null,
    ...fields,
  };
}

const exported = entry({
  titleKey: 'timeline.qbr.exported',
  params: { quarter: '2026-Q1', language: 'th' },
});

const postMortem = entry({
  kind: 'postmortem',
  titleKey: 'timeline.postmortem.owned',
  params: { reason: 'low_usage', teams: ['support', 'Growth <squad>'] },
});

describe('timeline titles of exports and post-mortems', () => {
  it('names the quarter and the pack’s language in the CSM’s language', () => {
    expect(timelineTitle(tOf('en'), exported)).toBe('QBR pack exported: 2026-Q1, Thai');
    expect(timelineTitle(tOf('th'), exported)).toBe('ส่งออกชุดเอกสาร QBR: 2026-Q1, ภาษาไทย');
    expect(timelineTitle(tOf('tr'), exported)).toBe('QBR paketi dışa aktarıldı: 2026-Q1, Tayca');
  });

  it('keeps a language it has no name for as its code', () => {
    const other = entry({ ...exported, params: { quarter: '2026-Q1', language: 'de' } });
    expect(timelineTitle(tOf('en'), other)).toBe('QBR pack exported: 2026-Q1, de');
  });

  it('translates the reason and shipped teams, and shows a typed team as typed', () => {
    expect(timelineTitle(tOf('en'), postMortem)).toBe(
      'Churn post-mortem: Low usage (owned by Support, Growth <squad>)',
    );
    expect(timelineTitle(tOf('tr'), postMortem)).toBe(
      `Kayıp analizi: ${translate('tr', 'portfolio.reason.low_usage')} (sorumlu: ${translate('tr', 'portfolio.team.support')}, Growth <squad>)`,
    );
  });

  it('says a post-mortem without an owning team plainly', () => {
    const unowned = entry({
      kind: 'postmortem',
      titleKey: 'timeline.postmortem.unowned',
      params: { reason: 'other', teams: [] },
    });
    expect(timelineTitle(tOf('en'), unowned)).toBe('Churn post-mortem: Other');
  });

  it('leaves a held QBR (an imported event) as its imported title', () => {
    const held = entry({ title: 'Q3 review with <b>CFO</b>', params: { type: 'QBR' } });
    expect(timelineTitle(tOf('th'), held)).toBe('Q3 review with <b>CFO</b>');
  });
});
