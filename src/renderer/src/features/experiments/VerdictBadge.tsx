import type { Verdict } from '../../../../shared/analytics/experiments';
import { useI18n } from '../../lib/i18n';
import './experiments.css';

export function VerdictBadge({ verdict, testId }: { verdict: Verdict | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`verdict verdict-${verdict ?? 'none'}`} data-testid={testId}>
      {t(verdict ? `experiment.verdict.${verdict}` : 'experiment.verdict.none')}
    </span>
  );
}
