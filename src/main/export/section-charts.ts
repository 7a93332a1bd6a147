// Which chart each section shows; shared by the report and the deck so both tell the same story.
import type { ChartSpec } from './charts';
import { formatShortDate } from './labels';
import type { QbrLanguage, QbrSection } from './model';

const BAND_COLORS = {
  red: 'rgba(214, 69, 65, 0.12)',
  yellow: 'rgba(232, 179, 57, 0.14)',
  green: 'rgba(58, 154, 91, 0.12)',
};

export function sectionChart(section: QbrSection, language: QbrLanguage): ChartSpec | null {
  if (section.status !== 'ok') return null;
  switch (section.kind) {
    case 'adoption': {
      const { points, seriesLabels, chartTitle } = section.data;
      if (points.length === 0) return null;
      return {
        kind: 'line',
        title: chartTitle,
        categories: points.map((p) => formatShortDate(p.date, language)),
        series: [
          { name: seriesLabels.activeUsers, values: points.map((p) => p.activeUsers) },
          {
            name: seriesLabels.licensedSeats,
            values: points.map((p) => p.licensedSeats),
            color: '#888888',
            dashed: true,
          },
        ],
        yMin: 0,
        integer: true,
      };
    }
    case 'health': {
      const { weeks, bands, bandLabels, chartTitle, scoreLabel } = section.data;
      if (weeks.length === 0) return null;
      return {
        kind: 'line',
        title: chartTitle,
        categories: weeks.map((w) => formatShortDate(w.weekStart, language)),
        series: [{ name: scoreLabel, values: weeks.map((w) => w.score) }],
        bands: [
          { from: 0, to: bands.redBelow, color: BAND_COLORS.red, label: bandLabels.red },
          {
            from: bands.redBelow,
            to: bands.yellowBelow,
            color: BAND_COLORS.yellow,
            label: bandLabels.yellow,
          },
          { from: bands.yellowBelow, to: 100, color: BAND_COLORS.green, label: bandLabels.green },
        ],
        yMin: 0,
        yMax: 100,
      };
    }
    case 'value_delivered': {
      const withRelative = section.data.results.filter((r) => r.relativeEffectPercent !== null);
      if (withRelative.length === 0) return null;
      return {
        kind: 'bar',
        title: section.data.chartTitle,
        categories: withRelative.map((r) => r.kpi),
        series: [
          {
            name: section.data.columns.effect,
            values: withRelative.map((r) => Math.round((r.relativeEffectPercent ?? 0) * 10) / 10),
          },
        ],
        horizontal: true,
      };
    }
    case 'goals': {
      // Progress against time elapsed, both 0-100, so goals on different scales share an axis.
      const chart = section.data.chart;
      if (!chart || chart.rows.length === 0) return null;
      return {
        kind: 'bar',
        title: chart.title,
        categories: chart.rows.map((r) => r.goal),
        series: [
          { name: chart.progressLabel, values: chart.rows.map((r) => r.progress) },
          { name: chart.elapsedLabel, values: chart.rows.map((r) => r.elapsed), color: '#888888' },
        ],
        horizontal: true,
      };
    }
    case 'benchmarks': {
      // Share of similar customers this one does better than, per measure (0-100).
      const rows = section.data.chart;
      if (rows.length === 0) return null;
      return {
        kind: 'bar',
        title: section.data.chartTitle,
        categories: rows.map((r) => r.label),
        series: [{ name: section.data.columns.segment, values: rows.map((r) => r.betterThan) }],
        horizontal: true,
      };
    }
    case 'support':
    case 'sentiment': {
      const counts =
        section.kind === 'support' ? section.data.byCategory : section.data.distribution;
      if (counts.length === 0) return null;
      return {
        kind: 'bar',
        title: section.data.chartTitle,
        categories: counts.map((c) => c.label),
        series: [{ name: section.data.chartTitle, values: counts.map((c) => c.count) }],
        integer: true,
      };
    }
    default:
      return null;
  }
}
