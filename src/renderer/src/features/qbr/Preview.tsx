// The document as the PDF will read it, page by page in spirit: every section with its figures,
// tables and the chart images main drew. All text is plain React text, never HTML.
import type { QbrPreview } from '../../../../shared/ipc/contract';
import type { Metric, QbrSection } from '../../../../shared/qbr/document';
import { useI18n } from '../../lib/i18n';

function Tiles({ metrics }: { metrics: Metric[] }) {
  if (metrics.length === 0) return null;
  return (
    <div className="qbr-tiles">
      {metrics.map((m) => (
        <div className="qbr-tile" key={m.label}>
          <strong>{m.value}</strong>
          <span>{m.label}</span>
          {m.note ? <small>{m.note}</small> : null}
        </div>
      ))}
    </div>
  );
}

function Table({ head, rows }: { head: string[]; rows: string[][] }) {
  return (
    <table className="qbr-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const List = ({ items }: { items: string[] }) =>
  items.length ? (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  ) : null;

function Body({ section, chart }: { section: QbrSection; chart: string | undefined }) {
  const { t, date, number, percent } = useI18n();
  if (section.status === 'no_data') {
    return (
      <p className="qbr-nodata" data-testid={`qbr-nodata-${section.kind}`}>
        {section.message}
      </p>
    );
  }
  const img = chart ? <img className="qbr-chart" src={chart} alt="" /> : null;
  const d = (iso: string | null) => (iso ? date(iso) : '–');
  switch (section.kind) {
    case 'title':
      return (
        <>
          <p>{section.data.subtitle}</p>
          <List
            items={section.data.attendees.map((a) =>
              [a.name, a.role, a.organisation].filter(Boolean).join(', '),
            )}
          />
        </>
      );
    case 'executive_summary': {
      const x = section.data;
      return (
        <>
          <p className="qbr-lead">{x.headline}</p>
          <p>
            <strong>{x.statusLabel}.</strong> {x.statusText}
          </p>
          <Tiles
            metrics={x.kpis.map((k) => ({
              label: k.label,
              value: k.value,
              note: [k.vsLastQuarter, k.vsLastYear, k.basis].filter(Boolean).join(' · '),
            }))}
          />
          {x.topWin && (
            <>
              <h4>{x.topWin.heading}</h4>
              <p>{x.topWin.text}</p>
            </>
          )}
          {x.topRisk && (
            <>
              <h4>{x.topRisk.heading}</h4>
              <p>{x.topRisk.text}</p>
            </>
          )}
          {x.decisions.length > 0 && (
            <>
              <h4>{x.decisionsHeading}</h4>
              <List items={x.decisions} />
            </>
          )}
          {x.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p className="muted">{x.dataAsOfText}</p>
        </>
      );
    }
    case 'goals': {
      const c = section.data.columns;
      return (
        <Table
          head={[c.goal, c.measure, c.progress, c.status, c.due]}
          rows={section.data.goals.map((g) => [
            g.goal,
            g.outcome ? `${g.measure}: ${g.outcome}` : g.measure,
            g.progressLabel ?? percent(g.progressPercent / 100),
            g.statusLabel,
            d(g.due),
          ])}
        />
      );
    }
    case 'value_delivered': {
      const c = section.data.columns;
      return (
        <>
          {section.data.intro && <p>{section.data.intro}</p>}
          <Table
            head={[c.experiment, c.kpi, c.verdict]}
            rows={section.data.results.map((r) => [r.name, r.kpi, r.verdictLabel])}
          />
          {img}
          {section.data.results.map((r, i) => (
            <div key={i} className="qbr-result">
              <strong>
                {r.kpi} — {r.verdictLabel}
              </strong>
              <p>{r.outcome}</p>
              {r.caution && <p className="qbr-caution">{r.caution}</p>}
            </div>
          ))}
        </>
      );
    }
    case 'adoption':
    case 'support':
      return (
        <>
          <Tiles metrics={section.data.metrics} />
          {img}
          <List items={section.data.notes} />
        </>
      );
    case 'health': {
      const c = section.data.changeColumns;
      const n = (v: number | null) => (v === null ? '–' : number(v, 0));
      return (
        <>
          <Tiles metrics={section.data.metrics} />
          {img}
          {section.data.changes.length > 0 && (
            <>
              <h4>{section.data.changesHeading}</h4>
              <Table
                head={[c.component, c.from, c.to, c.reason]}
                rows={section.data.changes.map((x) => [x.component, n(x.from), n(x.to), x.reason])}
              />
            </>
          )}
        </>
      );
    }
    case 'sentiment':
      return (
        <>
          <Tiles metrics={section.data.metrics} />
          {img}
          <h4>{section.data.verbatimsHeading}</h4>
          {section.data.verbatims.map((v, i) => (
            <blockquote key={i}>
              “{v.quote}” <cite>— {v.author}</cite>
            </blockquote>
          ))}
        </>
      );
    case 'benchmarks': {
      const c = section.data.columns;
      return (
        <>
          <p>{section.data.intro}</p>
          {img}
          <Table
            head={[c.measure, c.value, c.segment, c.book]}
            rows={section.data.rows.map((r) => [r.measure, r.value, r.segment, r.book])}
          />
        </>
      );
    }
    case 'renewal':
      return (
        <>
          <Tiles metrics={section.data.metrics} />
          <List items={section.data.notes} />
        </>
      );
    case 'risks_next_steps': {
      const x = section.data;
      return (
        <>
          <h4>{x.risksHeading}</h4>
          <Table
            head={[x.riskColumns.risk, x.riskColumns.severity, x.riskColumns.mitigation]}
            rows={x.risks.map((r) => [r.risk, r.severityLabel, r.mitigation])}
          />
          <h4>{x.nextStepsHeading}</h4>
          <Table
            head={[x.stepColumns.task, x.stepColumns.owner, x.stepColumns.due]}
            rows={x.nextSteps.map((s) => [s.task, s.owner, d(s.due)])}
          />
        </>
      );
    }
    case 'appendix':
      return (
        <>
          <dl className="qbr-defs">
            {[...section.data.definitions, ...section.data.methods].map((x) => (
              <div key={x.term}>
                <dt>{x.term}</dt>
                <dd>{x.definition}</dd>
              </div>
            ))}
          </dl>
          <h4>{section.data.sourcesHeading}</h4>
          <List items={section.data.sources.map((x) => `${x.label}: ${x.coverage}`)} />
          <p className="muted">{section.data.reproducibility}</p>
        </>
      );
  }
  return <p>{t('qbr.ui.noData')}</p>;
}

export function Preview({ preview }: { preview: QbrPreview }) {
  const { document: doc, charts } = preview;
  const chartOf = new Map(charts.map((c) => [c.section, c.src]));
  return (
    <article className="qbr-paper" data-testid="qbr-preview" lang={doc.meta.language}>
      <header className="qbr-cover">
        <h2>{doc.meta.documentTitle}</h2>
        <p className="qbr-cover-account">{doc.meta.accountName}</p>
        <p className="muted">{doc.meta.quarter}</p>
      </header>
      {doc.sections.map((section) => (
        <section
          key={section.kind}
          className="qbr-section"
          data-testid={`qbr-section-${section.kind}`}
        >
          <h3>{section.title}</h3>
          <Body section={section} chart={chartOf.get(section.kind)} />
        </section>
      ))}
    </article>
  );
}
