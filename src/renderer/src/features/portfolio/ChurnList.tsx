import { Suspense, lazy, useState } from 'react';
import type { ChurnReasonsAnswer } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { reasonKey } from './labels';

// Opened by hand, and its list of reasons comes with the schema library (zod): in a chunk of its
// own, so the Portfolio's first paint does not wait for ~90 KB of script it does not use.
const PostMortemForm = lazy(() =>
  import('./PostMortemForm').then((m) => ({ default: m.PostMortemForm })),
);

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
                <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
                  <PostMortemForm accountId={c.accountId} onDone={() => setOpen(null)} />
                </Suspense>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
