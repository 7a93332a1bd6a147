import type { AttentionAnswer, AttentionItem } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { useApp } from '../../stores/app';
import { triggerKey } from './labels';

/** One row per account, largest ARR at risk first, with every reason it needs attention. */
export function AttentionList({ answer }: { answer: AttentionAnswer | null }) {
  const { t, date, money } = useI18n();
  const openAccount = useApp((s) => s.openAccount);
  const what = (item: AttentionItem) => {
    switch (item.kind) {
      case 'red_renewal':
        return t('portfolio.attention.red_renewal', { days: item.daysToRenewal ?? 0 });
      case 'new_trigger':
        return t('portfolio.attention.new_trigger', { trigger: t(triggerKey(item.trigger ?? '')) });
      case 'champion_left':
        return t('portfolio.attention.champion_left', { name: item.contactName ?? '' });
      case 'goal_at_risk':
        return t('goals.attention', { title: item.goalTitle ?? '' });
    }
  };
  return (
    <section className="pf-panel pf-attention" aria-labelledby="pf-attention-title">
      <h2 id="pf-attention-title">{t('portfolio.attention.title')}</h2>
      {answer === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : answer.groups.length === 0 ? (
        <p className="muted">{t('portfolio.attention.none')}</p>
      ) : (
        <ul data-testid="attention-list">
          {answer.groups.slice(0, 30).map((group) => (
            <li key={group.accountId} className="pf-attention-group" data-testid="attention-group">
              <div className="pf-attention-head">
                <button className="link" onClick={() => openAccount(group.accountId)}>
                  {group.accountName}
                </button>
                <span className="pf-attention-arr" data-testid="attention-arr">
                  {group.arrAtRisk !== null
                    ? t('layout.attention.arr', { amount: money(group.arrAtRisk, answer.currency) })
                    : group.arr !== null
                      ? t('layout.attention.arr', { amount: money(group.arr, group.currency) })
                      : t('layout.attention.noArr')}
                </span>
              </div>
              <ul className="pf-attention-reasons">
                {group.reasons.map((item) => (
                  <li
                    key={`${item.kind}|${item.date}|${item.trigger ?? item.contactName ?? item.goalTitle ?? ''}`}
                  >
                    <span className={`pf-dot ${item.kind}`} aria-hidden />
                    <span>{what(item)}</span>
                    <span className="muted small">{date(item.date)}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {answer && !answer.healthAvailable && (
        <p className="muted small">{t('portfolio.attention.noHealth')}</p>
      )}
    </section>
  );
}
