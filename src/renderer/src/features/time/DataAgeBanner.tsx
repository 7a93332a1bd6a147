// Says when every figure on screen is computed as of a day well before today: the data are
// more than STALE_DATA_DAYS older than the computer's clock. The sample says it is the sample.
import { STALE_DATA_DAYS } from '../../../../shared/domain/freshness';
import { useI18n } from '../../lib/i18n';
import { useAsOf } from './useAsOf';
import './time.css';

export function DataAgeBanner() {
  const { t, date } = useI18n();
  const [asOf] = useAsOf();
  if (!asOf) return null;
  if (asOf.source === 'sample')
    return (
      <div className="notice" role="status" data-testid="data-age-banner">
        {t('time.banner.sample', { asOf: date(asOf.asOf) })}
      </div>
    );
  if (asOf.dataEnd === null || asOf.dataAgeDays === null || asOf.dataAgeDays <= STALE_DATA_DAYS)
    return null;
  return (
    <div className="notice warn" role="status" data-testid="data-age-banner">
      {t('time.banner.old', {
        asOf: date(asOf.asOf),
        dataEnd: date(asOf.dataEnd),
        days: asOf.dataAgeDays,
      })}
    </div>
  );
}
