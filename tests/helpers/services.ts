import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/create-services';
import { fixedClock } from '../../src/main/platform/clock';
import type { Dialogs } from '../../src/main/platform/dialogs';
import { noDialogs } from '../../src/main/platform/dialogs';
import type { Services } from '../../src/main/services';

export const TEST_NOW = '2026-10-01T09:00:00.000Z';

export interface TestServices {
  services: Services;
  dir: string;
  events: { event: string; payload: unknown }[];
  cleanup(): void;
}

/** Real services on a temp folder and a fixed clock; events are recorded for assertions. */
export function testServices(dialogs: Dialogs = noDialogs): TestServices {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-test-'));
  const events: { event: string; payload: unknown }[] = [];
  const services = createServices({
    clock: fixedClock(TEST_NOW),
    dialogs,
    dataDir: dir,
    appVersion: 'test',
    saveDelayMs: 10,
    emit: (event, payload) => events.push({ event, payload }),
  });
  return {
    services,
    dir,
    events,
    cleanup() {
      services.workspaces.closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
