// Experiments are looked up by account (the account page, its timeline, every QBR document and the
// goal form); without an index each lookup scanned every experiment in the book, a cost that grew
// with the book inside a batch of QBRs (`npm run bench -- scale`). Immutable once released.
export const migration009 = {
  version: 9,
  name: 'experiments_by_account',
  sql: `
CREATE INDEX experiments_account ON experiments(account_id, rollout_date);
`,
};
