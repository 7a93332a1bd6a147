import type { ExperimentDetail } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import './experiments.css';

const REASONS = {
  created: 'experiment.reason.created',
  edited: 'experiment.reason.edited',
  imported: 'experiment.reason.imported',
} as const;

/** The plan in force, its version and lock, and the history of earlier versions. */
export function PlanPanel({ detail, onEdit }: { detail: ExperimentDetail; onEdit: () => void }) {
  const { t, date, number } = useI18n();
  const e = detail.experiment;
  const latest = detail.versions.at(-1);
  const firstViewed = detail.versions.find((v) => v.lockedAt !== null);
  return (
    <section className="exp-card" aria-label={t('experiment.plan')}>
      <header className="exp-panel-head">
        <h2>{t('experiment.plan')}</h2>
        <button onClick={onEdit}>{t('experiment.edit')}</button>
      </header>
      <dl className="exp-facts">
        <dt>{t('experiment.field.primaryKpi')}</dt>
        <dd>
          {e.primaryKpi}
          {e.kpiUnit ? ` (${e.kpiUnit})` : ''}
        </dd>
        {e.secondaryKpis.length > 0 && (
          <>
            <dt>{t('experiment.role.secondary')}</dt>
            <dd>{e.secondaryKpis.join(', ')}</dd>
          </>
        )}
        <dt>{t('experiment.field.direction')}</dt>
        <dd>{t(`experiment.direction.${e.direction}`)}</dd>
        <dt>{t('experiment.field.alpha')}</dt>
        <dd>{number(e.alpha, 3)}</dd>
      </dl>
      <p>
        {t('experiment.windows', {
          preStart: date(e.preStart),
          preEnd: date(e.preEnd),
          rollout: date(e.rolloutDate),
          postStart: date(e.postStart),
          postEnd: date(e.postEnd),
        })}
      </p>
      <p className="muted" data-testid="plan-lock">
        {t('experiment.plan.version', { version: latest?.version ?? 1 })} ·{' '}
        {firstViewed?.lockedAt
          ? t('experiment.plan.locked', { date: date(firstViewed.lockedAt.slice(0, 10)) })
          : t('experiment.plan.open')}
      </p>
      {detail.versions.length > 1 && (
        <details>
          <summary>{t('experiment.plan.history')}</summary>
          <ul className="exp-list">
            {detail.versions.map((v) => (
              <li key={v.version}>
                {t('experiment.plan.historyRow', {
                  version: v.version,
                  date: date(v.createdAt.slice(0, 10)),
                  reason:
                    v.reason in REASONS ? t(REASONS[v.reason as keyof typeof REASONS]) : v.reason,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
