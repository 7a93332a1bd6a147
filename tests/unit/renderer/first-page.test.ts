// The Portfolio's first rows asked for as the app starts: the request is the one the screen makes
// for its opening state, its answer goes to that request only and only once, and a refusal (no
// workspace open) is no answer rather than an error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askFirstPageEarly,
  firstPageRequest,
  takeFirstPage,
} from '../../../src/renderer/src/features/portfolio/first-page';
import { INITIAL_TABLE, tableQuery } from '../../../src/renderer/src/features/portfolio/tableState';

const invoke = vi.fn();
beforeEach(() => {
  invoke.mockReset();
  invoke.mockImplementation(async (_channel: string, input: unknown) => ({
    ok: true,
    value: { answered: input },
  }));
  vi.stubGlobal('window', { api: { invoke, on: () => () => {} } });
});
afterEach(() => vi.unstubAllGlobals());

const opening = firstPageRequest(tableQuery(INITIAL_TABLE));

describe('the first page asked for early', () => {
  it('is the request the Portfolio makes as it opens, sent once', () => {
    askFirstPageEarly();
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('portfolio:table', opening);
    expect(opening).toMatchObject({ limit: 50, waitForHealth: false });
  });

  it('answers that request only, and once', async () => {
    askFirstPageEarly();
    await expect(takeFirstPage(opening)).resolves.toEqual({ answered: opening });
    expect(takeFirstPage(opening)).toBeNull();
    askFirstPageEarly();
    const sorted = firstPageRequest(tableQuery({ ...INITIAL_TABLE, sortBy: 'arr' }));
    expect(takeFirstPage(sorted)).toBeNull();
    expect(takeFirstPage(opening)).toBeNull();
  });

  it('is no answer when main refuses it', async () => {
    invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'NO_WORKSPACE', message: 'Open or create a workspace first.' },
    });
    askFirstPageEarly();
    await expect(takeFirstPage(opening)).resolves.toBeNull();
  });
});
