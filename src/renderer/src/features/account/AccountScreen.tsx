import { useState } from 'react';
import type { WeekExplanation } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { AccountExperiments } from '../experiments/AccountExperiments';
import { SuccessPlan } from '../goals/SuccessPlan';
import './account.css';
import { AccountSections } from './AccountSections';
import { ExplanationPanel } from './ExplanationPanel';
import { HealthTrend } from './HealthTrend';
import { Contacts, Surveys, Tickets } from './Records';
import { useAsOf } from '../time/useAsOf';
import { Tasks } from './Tasks';
import { Timeline } from './Timeline';
import { UsageCharts } from './UsageCharts';
import { bandLabel } from './format';
import { useLoad } from './useLoad';

function Header({ accountId }: { accountId: string }) {
  const { t, money, date, number } = useI18n();
  const setScreen = useApp((s) => s.setScreen);
  const overview = useLoad(() => call('health:overview', { accountId }), [accountId]);
  if (!overview) return <p className="muted">{t('common.loading')}</p>;
  const { account } = overview;
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <header className="account-head">
      <button onClick={() => setScreen('portfolio')}>← {t('account.back')}</button>
      <h1>{account.name}</h1>
      <button className="primary" onClick={() => setScreen('qbr')}>
        {t('qbr.ui.openQbr')}
      </button>
      <span
        className={`band-pill ${overview.band ?? ''}`}
        data-testid="account-band"
        title={t('health.score')}
      >
        {overview.score === null
          ? t('account.noScore')
          : `${bandLabel(t, overview.band)} · ${number(overview.score, 0)}`}
      </span>
      <dl className="account-facts">
        {fact(t('account.segment'), account.segment ?? '—')}
        {fact(t('account.owner'), account.owner ?? '—')}
        {fact(t('account.arr'), account.arr === null ? '—' : money(account.arr, account.currency))}
        {fact(
          t('account.renewal'),
          account.churned
            ? t('account.churned')
            : account.renewalDate
              ? date(account.renewalDate)
              : '—',
        )}
      </dl>
    </header>
  );
}

function Health({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const series = useLoad(() => call('health:snapshots', { accountId }), [accountId]);
  const [explanation, setExplanation] = useState<WeekExplanation | null>(null);
  const select = (date: string) =>
    call('health:explain', { accountId, date })
      .then(setExplanation)
      .catch((err: Error) => setError(err.message));
  return (
    <div className="account-grid">
      <section className="panel" aria-label={t('account.healthTrend')}>
        <h2>{t('account.healthTrend')}</h2>
        {series && series.points.length > 0 ? (
          <HealthTrend
            series={series}
            selected={explanation?.date ?? null}
            onSelect={(date) => void select(date)}
          />
        ) : (
          <p className="muted">{t('account.noScore')}</p>
        )}
      </section>
      <section className="panel">
        {explanation ? (
          <ExplanationPanel explanation={explanation} />
        ) : (
          <p className="muted">{t('account.explain.hint')}</p>
        )}
      </section>
    </div>
  );
}

function Overview({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const usage = useLoad(() => call('account:usage', { accountId }), [accountId]);
  return (
    <div className="account-grid overview">
      <section className="panel" aria-label={t('account.usage')}>
        <h2>{t('account.usage')}</h2>
        {usage && <UsageCharts usage={usage} />}
      </section>
      <Tasks accountId={accountId} />
    </div>
  );
}

function AccountBody({ accountId }: { accountId: string }) {
  const surveys = useLoad(() => call('account:surveys', { accountId }), [accountId]);
  const tickets = useLoad(() => call('account:tickets', { accountId }), [accountId]);
  const contacts = useLoad(() => call('account:contacts', { accountId }), [accountId]);
  const [asOf] = useAsOf();
  return (
    <AccountSections
      head={<Header accountId={accountId} />}
      sections={[
        {
          id: 'overview',
          label: 'goals.tab.overview',
          content: <Overview accountId={accountId} />,
        },
        { id: 'health', label: 'layout.tab.health', content: <Health accountId={accountId} /> },
        { id: 'timeline', label: 'account.timeline', content: <Timeline accountId={accountId} /> },
        { id: 'plan', label: 'goals.tab', content: <SuccessPlan accountId={accountId} /> },
        {
          id: 'experiments',
          label: 'layout.tab.experiments',
          content: <AccountExperiments accountId={accountId} />,
        },
        {
          id: 'support',
          label: 'layout.tab.support',
          content: tickets && <Tickets tickets={tickets} />,
        },
        {
          id: 'surveys',
          label: 'account.surveys',
          content: surveys && <Surveys surveys={surveys} asOf={asOf?.asOf ?? null} />,
        },
        {
          id: 'contacts',
          label: 'account.contacts',
          content: contacts && <Contacts contacts={contacts} />,
        },
      ]}
    />
  );
}

export function AccountScreen() {
  const accountId = useApp((s) => s.accountId);
  const { t } = useI18n();
  if (!accountId) return <p className="muted">{t('account.none')}</p>;
  return (
    <section className="screen account-screen" data-testid="account-screen">
      <AccountBody key={accountId} accountId={accountId} />
    </section>
  );
}
