import type { PortfolioChannel } from '../../../shared/ipc/contract/portfolio';
import { getSettings } from '../../db/repos/settings';
import { attentionFor } from '../../portfolio/attention';
import { churnReasonOwners, setChurnReasonOwners } from '../../portfolio/churn-reasons';
import { churnedIn } from '../../portfolio/churned-accounts';
import { writeAccountsXlsx } from '../../portfolio/export-xlsx';
import { currenciesInUse, listFxRates, setFxRate } from '../../portfolio/fx-rates';
import { healthBandsFor } from '../../portfolio/health-bands';
import { healthOutdated, refreshHealth } from '../../portfolio/health-data';
import { metricsFor, renewalsFor, resolvePeriod, seriesFor } from '../../portfolio/metrics';
import { getPostMortem, savePostMortem } from '../../portfolio/post-mortems';
import { deleteView, listViews, saveView } from '../../portfolio/saved-views';
import { needsHealth, tableFor } from '../../portfolio/table';
import type { Services } from '../../services';
import { asOfDay } from '../../time/as-of';
import type { HandlerMap } from './types';

const db = (s: Services) => s.workspaces.require().db;
/** Renewals, attention and health columns are computed as of the workspace's as-of date. */
const today = (s: Services) => asOfDay(db(s), s);
/** The workspace's database with health snapshots brought up to date for today. */
const healthyDb = async (s: Services) => {
  await refreshHealth(s.health, s.workspaces.require(), today(s));
  return db(s);
};

function fxAnswer(s: Services, reportCurrency?: string) {
  const currency = reportCurrency ?? getSettings(db(s)).reportCurrency;
  return {
    reportCurrency: currency,
    rates: listFxRates(db(s), currency),
    needed: currenciesInUse(db(s)).filter((c) => c !== currency),
  };
}

export const portfolioHandlers: HandlerMap<PortfolioChannel> = {
  'portfolio:metrics': (q, s) => metricsFor(db(s), q),
  'portfolio:series': (q, s) => seriesFor(db(s), q),
  'portfolio:renewals': async (q, s) =>
    renewalsFor(await healthyDb(s), { ...q, asOf: q.asOf ?? today(s) }),
  'portfolio:churnReasons': (q, s) => ({
    owners: churnReasonOwners(db(s)),
    churned: churnedIn(db(s), resolvePeriod(q.period), q),
  }),
  'portfolio:setChurnReasonTeams': ({ teams }, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => setChurnReasonOwners(ws.db, teams));
  },
  'portfolio:fxRates': ({ reportCurrency }, s) => fxAnswer(s, reportCurrency),
  'portfolio:setFxRates': ({ reportCurrency, rates }, s) => {
    const ws = s.workspaces.require();
    const currency = reportCurrency ?? getSettings(ws.db).reportCurrency;
    const at = s.clock.now().toISOString();
    ws.transaction(() => {
      for (const r of rates) setFxRate(ws.db, currency, r.currency, r.rate, at);
    });
    return fxAnswer(s, currency);
  },
  'portfolio:views': (_input, s) => listViews(db(s)),
  'portfolio:saveView': ({ name, state }, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => saveView(ws.db, name, state, s.clock.now().toISOString()));
  },
  'portfolio:deleteView': ({ id }, s) => {
    const ws = s.workspaces.require();
    ws.transaction(() => deleteView(ws.db, id));
    return null;
  },
  'portfolio:postMortem': ({ accountId }, s) => getPostMortem(db(s), accountId),
  'portfolio:savePostMortem': (input, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => savePostMortem(ws.db, input, s.clock.now().toISOString()));
  },
  'portfolio:attention': async (q, s) =>
    attentionFor(await healthyDb(s), { ...q, asOf: q.asOf ?? today(s) }),
  'portfolio:table': async ({ limit, waitForHealth, ...q }, s) => {
    // Rescoring thousands of accounts takes seconds; the screen may show the table meanwhile.
    const healthPending = !waitForHealth && !needsHealth(q) && healthOutdated(db(s), today(s));
    return tableFor(healthPending ? db(s) : await healthyDb(s), q, today(s), {
      limit,
      healthPending,
    });
  },
  'portfolio:healthBands': async (q, s) => healthBandsFor(await healthyDb(s), q),
  'portfolio:exportTable': async (q, s) => {
    const table = tableFor(await healthyDb(s), q, today(s));
    const file = await s.dialogs.saveFile({
      title: 'Export accounts',
      defaultName: `Accounts ${today(s)}.xlsx`,
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (file === null) return null;
    const target = file.toLowerCase().endsWith('.xlsx') ? file : `${file}.xlsx`;
    await writeAccountsXlsx(target, table.rows, table.currency, getSettings(db(s)).locale);
    return { path: target, rows: table.rows.length };
  },
};
