import type { PortfolioMetrics } from '../../../../shared/analytics/portfolio';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';

/** The cards' names, in the order they show, for the placeholders that say what blocks them. */
const CARD_LABELS: [string, MessageKey][] = [
  ['retention', 'portfolio.metric.retention'],
  ['logo-churn', 'portfolio.metric.logoChurn'],
  ['grr', 'portfolio.metric.grr'],
  ['nrr', 'portfolio.metric.nrr'],
  ['mrr', 'portfolio.metric.mrr'],
  ['arr', 'portfolio.metric.arr'],
  ['ltv', 'portfolio.metric.ltv'],
];

/** The metric cards while exchange rates are missing: each says what it waits for. */
export function BlockedCards({ currencies }: { currencies: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div className="pf-cards" data-testid="blocked-cards">
      {CARD_LABELS.map(([id, label]) => (
        <div key={id} className="pf-card blocked" data-testid={`blocked-${id}`}>
          <span className="pf-card-label">{t(label)}</span>
          <strong className="pf-card-value">—</strong>
          <span className="pf-card-parts">
            {t('layout.fx.blocked', { currencies: currencies.join(', ') })}
          </span>
        </div>
      ))}
    </div>
  );
}

interface Card {
  id: string;
  label: MessageKey;
  value: string;
  parts: string;
  flagged?: boolean;
}

export function MetricCards({ m }: { m: PortfolioMetrics }) {
  const { t, money, number, percent } = useI18n();
  const pct = (p: number | null) => (p === null ? '—' : percent(p / 100, 1));
  const cash = (n: number) => money(n, m.currency);
  const flagged = m.exceedsAcceptableChurn === true;
  const cards: Card[] = [
    {
      id: 'retention',
      label: 'portfolio.metric.retention',
      value: pct(m.customerRetention.percent),
      parts: t('portfolio.metric.retentionParts', {
        end: m.customers.end,
        acquired: m.customers.acquired,
        start: m.customers.start,
      }),
    },
    {
      id: 'logo-churn',
      label: 'portfolio.metric.logoChurn',
      value: pct(m.logoChurn.percent),
      parts: t('portfolio.metric.logoChurnParts', {
        churned: m.customers.churned,
        start: m.customers.start,
      }),
      flagged,
    },
    {
      id: 'grr',
      label: 'portfolio.metric.grr',
      value: pct(m.grossRevenueRetention.percent),
      parts: t('portfolio.metric.grrParts', {
        contraction: cash(m.mrr.contraction),
        churn: cash(m.mrr.churn),
      }),
    },
    {
      id: 'nrr',
      label: 'portfolio.metric.nrr',
      value: pct(m.netRevenueRetention.percent),
      parts: t('portfolio.metric.nrrParts', { expansion: cash(m.mrr.expansion) }),
    },
    {
      id: 'mrr',
      label: 'portfolio.metric.mrr',
      value: cash(m.mrr.end),
      parts: t('portfolio.metric.mrrParts', { start: cash(m.mrr.start) }),
    },
    {
      id: 'arr',
      label: 'portfolio.metric.arr',
      value: cash(m.arr.end),
      parts: t('portfolio.metric.arrParts', { customers: m.customers.end }),
    },
    {
      id: 'ltv',
      label: 'portfolio.metric.ltv',
      value: m.lifetimeValue.value === null ? '—' : cash(m.lifetimeValue.value),
      parts:
        m.lifetimeValue.value === null
          ? t('portfolio.metric.ltvNone')
          : t('portfolio.metric.ltvParts', { arpa: cash(m.lifetimeValue.arpa ?? 0) }),
    },
  ];
  return (
    <div className="pf-cards">
      {cards.map((c) => (
        <div
          key={c.id}
          className={`pf-card ${c.flagged ? 'flagged' : ''}`}
          data-testid={`metric-${c.id}`}
          title={c.id === 'ltv' ? m.lifetimeValue.assumption : undefined}
        >
          <span className="pf-card-label">{t(c.label)}</span>
          <strong className="pf-card-value">{c.value}</strong>
          <span className="pf-card-parts">{c.parts}</span>
        </div>
      ))}
      {flagged && m.acceptableChurn && (
        <p className="notice warn pf-flag" role="status" data-testid="churn-flag">
          {t('portfolio.flag.churn', {
            rate: number(m.acceptableChurn.monthlyPercent, 1),
            actual: number(m.acceptableChurn.actualMonthlyPercent ?? 0, 1),
          })}
        </p>
      )}
    </div>
  );
}
