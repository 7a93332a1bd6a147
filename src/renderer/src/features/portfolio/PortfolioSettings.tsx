import { ChurnReasonCode } from '../../../../shared/domain/entities';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { FxRatesEditor } from './FxRatesEditor';
import { TEAMS, reasonKey, teamLabel } from './labels';
import { useRequest } from './useRequest';
import './portfolio.css';

/** Portfolio settings for the Settings screen: exchange rates, acceptable churn, reason owners. */
export function PortfolioSettings() {
  const { t, percent } = useI18n();
  // Turkish writes the sign first ("%5"); the suffix follows the locale's own pattern.
  const signFirst = percent(0).startsWith('%');
  const setError = useApp((s) => s.setError);
  const settings = useRequest('settings', () => call('settings:get', {}));
  // Any period will do: only the owners mapping is read from this answer.
  const reasons = useRequest('reasons', () =>
    call('portfolio:churnReasons', { period: { kind: 'year', year: 2000 } }),
  );
  const guard = (run: Promise<unknown>) => void run.catch((err: Error) => setError(err.message));

  const toggle = (reason: ChurnReasonCode, team: string) => {
    const owners = reasons?.owners[reason] ?? [];
    const next = owners.includes(team) ? owners.filter((x) => x !== team) : [...owners, team];
    guard(call('portfolio:setChurnReasonTeams', { teams: { [reason]: next } }));
  };

  return (
    <div className="pf-settings">
      <FxRatesEditor />
      {settings && (
        <section>
          <h2>{t('portfolio.settings.churn')}</h2>
          <label className="pf-inline">
            {t('portfolio.settings.acceptableChurn')}
            {/* A narrow number with its unit beside it: the rate is a percentage of customers. */}
            <span className="with-suffix">
              {signFirst && <span aria-hidden="true">%</span>}
              <input
                type="number"
                min={0}
                max={100}
                step={0.1}
                data-testid="acceptable-churn"
                defaultValue={settings.acceptableChurnRate}
                onBlur={(e) => {
                  const v = Number(e.target.value);
                  if (
                    Number.isFinite(v) &&
                    v >= 0 &&
                    v <= 100 &&
                    v !== settings.acceptableChurnRate
                  )
                    guard(call('settings:set', { acceptableChurnRate: v }));
                }}
              />
              {!signFirst && <span aria-hidden="true">%</span>}
            </span>
          </label>
        </section>
      )}
      {reasons && (
        <section>
          <h2>{t('portfolio.settings.owners')}</h2>
          <table className="pf-owners">
            <thead>
              <tr>
                <th>{t('portfolio.postMortem.reason')}</th>
                {TEAMS.map((team) => (
                  <th key={team}>{teamLabel(team, t)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ChurnReasonCode.options.map((reason) => (
                <tr key={reason}>
                  <th scope="row">{t(reasonKey(reason))}</th>
                  {TEAMS.map((team) => (
                    <td key={team}>
                      <input
                        type="checkbox"
                        aria-label={`${t(reasonKey(reason))}: ${teamLabel(team, t)}`}
                        checked={reasons.owners[reason].includes(team)}
                        onChange={() => toggle(reason, team)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
