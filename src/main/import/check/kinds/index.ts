import type { DataKind } from '../../../../shared/domain/kinds';
import { accountsKind } from './accounts';
import { churnKind } from './churn';
import { contactsKind } from './contacts';
import { contractLinesKind } from './contract-lines';
import { eventsKind } from './events';
import { experimentObservationsKind, experimentsKind } from './experiments';
import type { KindDef } from './field';
import { goalsKind } from './goals';
import { surveysKind } from './surveys';
import { ticketsKind } from './tickets';
import { usageKind } from './usage';

export type { FieldDef, KindContext, KindDef } from './field';

export const KIND_DEFS: Record<DataKind, KindDef> = {
  accounts: accountsKind,
  contacts: contactsKind,
  contract_lines: contractLinesKind,
  usage: usageKind,
  events: eventsKind,
  surveys: surveysKind,
  tickets: ticketsKind,
  churn: churnKind,
  experiments: experimentsKind,
  experiment_observations: experimentObservationsKind,
  goals: goalsKind,
};

export function kindDef(kind: DataKind): KindDef {
  return KIND_DEFS[kind];
}
