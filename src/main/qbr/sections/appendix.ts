// The appendix: definitions of every figure, the statistics behind the value results (test
// names, p-values, standardised differences: kept off the executive slides), the data sources
// with the date each reaches, and the versions that make the pack reproducible.
import { MIN_SURVEY_ANSWERS } from '../../../shared/domain/sample-size';
import type { IsoDate } from '../../../shared/domain/entities';
import type { DataSource, Definition, QbrSection, SourceKey } from '../../../shared/qbr/document';
import { formatDate, formatNumber, formatSigned } from '../../export/labels';
import type { QbrContext } from '../context';
import { withData } from './section';

function lastDate(dates: readonly (IsoDate | null | undefined)[], upTo: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const d of dates) if (d && d <= upTo && (last === null || d > last)) last = d;
  return last;
}

export function sources(ctx: QbrContext): DataSource[] {
  const { t, language, data, asOf } = ctx;
  const row = (key: SourceKey, label: string, date: IsoDate | null): DataSource => ({
    key,
    label,
    coverage: date ? t('qbr.src.to', { date: formatDate(date, language) }) : t('qbr.src.none'),
  });
  const observations = ctx.experiments.flatMap((o) => o.results.flatMap((r) => r.series.points));
  return [
    row(
      'usage',
      t('qbr.src.usage'),
      lastDate(
        (data.usage ?? []).map((p) => p.date),
        asOf,
      ),
    ),
    row(
      'surveys',
      t('qbr.src.surveys'),
      lastDate(
        (data.surveys ?? []).map((a) => a.date),
        asOf,
      ),
    ),
    row(
      'tickets',
      t('qbr.src.tickets'),
      lastDate(
        (data.tickets ?? []).flatMap((x) => [x.openedDate, x.closedDate]),
        asOf,
      ),
    ),
    row(
      'contracts',
      t('qbr.src.contracts'),
      lastDate(
        (data.contracts ?? []).map((l) => l.startDate),
        asOf,
      ),
    ),
    ...(observations.length
      ? [
          row(
            'experiments',
            t('qbr.src.experiments'),
            lastDate(
              observations.map((p) => p.end),
              asOf,
            ),
          ),
        ]
      : []),
  ];
}

function methods(ctx: QbrContext): Definition[] {
  const { language } = ctx;
  const num = (v: number | null, digits = 2) =>
    v === null ? '–' : formatNumber(v, language, digits);
  const signed = (v: number | null) => (v === null ? '–' : formatSigned(v, language));
  const p = (v: number | null) => (v === null ? '–' : v < 0.001 ? '< 0.001' : num(v, 3));
  return ctx.experiments.flatMap(({ experiment, results }) =>
    results.map((r) => ({
      term: `${experiment.name}: ${r.kpi}`,
      definition: ctx
        .t('qbr.app.method', {
          kpi: r.kpi,
          experiment: experiment.name,
          effect: signed(r.effect),
          unit: r.role === 'primary' ? (experiment.kpiUnit ?? '') : '',
          level: Math.round((1 - r.alpha) * 100),
          low: signed(r.ciLow),
          high: signed(r.ciHigh),
          p: p(r.pValue),
          perm: p(r.permutationP),
          nTarget: r.nTarget,
          nControl: r.nControl,
          d: num(r.diagnostics.balance?.standardizedDifference ?? null),
          wording: [r.wording.headline, ...r.wording.details].map(ctx.experimentText).join(' '),
        })
        .replace(/ {2,}/g, ' ')
        .replace(/\s+([;,)])/g, '$1'),
    })),
  );
}

export function appendixSection(ctx: QbrContext): QbrSection {
  const { t, language } = ctx;
  const bands = {
    red: formatNumber(ctx.bands.redBelow, language, 0),
    yellow: formatNumber(ctx.bands.yellowBelow, language, 0),
  };
  return withData(ctx, 'appendix', {
    definitions: [
      ...(ctx.experiments.length
        ? [
            { term: t('qbr.def.effect'), definition: t('qbr.def.effectText') },
            { term: t('qbr.def.interval'), definition: t('qbr.def.intervalText') },
          ]
        : []),
      { term: t('qbr.def.nps'), definition: t('qbr.def.npsText') },
      { term: t('qbr.def.csat'), definition: t('qbr.def.csatText') },
      {
        term: t('qbr.def.sampleSize'),
        definition: t('qbr.def.sampleSizeText', { min: MIN_SURVEY_ANSWERS }),
      },
      { term: t('qbr.def.utilisation'), definition: t('qbr.def.utilisationText') },
      ...(ctx.narrative.sections.includes('health')
        ? [{ term: t('qbr.def.health'), definition: t('qbr.def.healthText', bands) }]
        : []),
    ],
    methods: methods(ctx),
    methodsHeading: t('qbr.app.methods'),
    sourcesHeading: t('qbr.app.sources'),
    sources: sources(ctx),
    reproducibility: t('qbr.app.repro', {
      asOf: formatDate(ctx.asOf, language),
      model: ctx.modelVersion,
      app: ctx.appVersion,
    }),
  });
}
