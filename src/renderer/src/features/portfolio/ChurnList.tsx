import { useState } from 'react';
import type { ChurnReasonsAnswer } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { reasonKey } from './labels';
import { PostMortemForm } from './PostMortemForm';

/** Accounts that churned in the period, each with its post-mortem. */
export function ChurnList({ answer }: { answer: ChurnReasonsAnswer | null }) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (answer === null) return null;
  return (
    <section className="pf-panel" aria-labelledby="pf-churned-title">
      <h2 id="pf-churned-title">{t('portfolio.churned.title')}</h2>
      {answer.churned.length === 0 ? (
        <p className="muted">{t('portfolio.churned.none')}</p>
      ) : (
        <ul className="pf-churned">
          {answer.churned.map((c) => (
            <li key={`${c.accountId}|${c.date}`}>
              <div className="pf-churned-row">
                <strong>{c.accountName}</strong>
                <span>{t(reasonKey(c.reason))}</span>
                <span className="muted">{date(c.date)}</span>
                <button onClick={() => setOpen(open === c.accountId ? null : c.accountId)}>
                  {c.hasPostMortem
                    ? t('portfolio.postMortem.edit')
                    : t('portfolio.postMortem.write')}
                </button>
              </div>
              {open === c.accountId && (
                <PostMortemForm accountId={c.accountId} onDone={() => setOpen(null)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
