import type { ExperimentSummary } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  experiments: ExperimentSummary[];
  onOpen: (experiment: ExperimentSummary) => void;
  /** The account column, for lists that span accounts (the book's list); left out on an account. */
  accountName?: (accountId: string) => string;
  rowTestId: string;
}

/** Experiments with their primary KPI, rollout date and verdict; the name opens the experiment. */
export function ExperimentsTable({ experiments, onOpen, accountName, rowTestId }: Props) {
  const { t, date } = useI18n();
  return (
    <table className="exp-table">
      <thead>
        <tr>
          <th>{t('experiment.col.name')}</th>
          {accountName && <th>{t('experiments.col.account')}</th>}
          <th>{t('experiment.col.kpi')}</th>
          <th>{t('experiment.col.rollout')}</th>
          <th>{t('experiment.col.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {experiments.map((e) => (
          <tr key={e.id} data-testid={rowTestId}>
            <td>
              <button className="link" onClick={() => onOpen(e)}>
                {e.name}
              </button>
            </td>
            {accountName && <td>{accountName(e.accountId)}</td>}
            <td>{e.primaryKpi}</td>
            <td>{date(e.rolloutDate)}</td>
            <td>
              <VerdictBadge verdict={e.verdict} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
