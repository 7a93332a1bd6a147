import type { AttentionAnswer, AttentionItem } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { useApp } from '../../stores/app';
import { triggerKey } from './labels';

export function AttentionList({ answer }: { answer: AttentionAnswer | null }) {
  const { t, date } = useI18n();
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
      ) : answer.items.length === 0 ? (
        <p className="muted">{t('portfolio.attention.none')}</p>
      ) : (
        <ul data-testid="attention-list">
          {answer.items.slice(0, 50).map((item) => (
            <li
              key={`${item.kind}|${item.accountId}|${item.date}|${item.trigger ?? item.contactName ?? ''}`}
            >
              <span className={`pf-dot ${item.kind}`} aria-hidden />
              <button className="link" onClick={() => openAccount(item.accountId)}>
                {item.accountName}
              </button>
              <span>{what(item)}</span>
              <span className="muted">{date(item.date)}</span>
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
