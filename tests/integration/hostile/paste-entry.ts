// Child-process driver for the paste hostile test: pastes a file's text into an experiment's
// observations through the app's own IPC handler and input schema, as the Data panel does, and
// ends like the CLI: a summary on stdout, or one line on stderr and exit code 1.
// usage: paste-entry.ts WORKSPACE EXPERIMENT_ID TEXT_FILE
import fs from 'node:fs';
import { cliServices } from '../../../src/main/cli/context';
import { experimentHandlers } from '../../../src/main/ipc/handlers/experiments';
import { experimentsContract } from '../../../src/shared/ipc/contract/experiments';

const [workspace, id, textFile] = process.argv.slice(2);
const services = cliServices();
try {
  const ws = await services.workspaces.open(workspace!, false);
  const input = experimentsContract['experiments:addObservations'].input.parse({
    id,
    text: fs.readFileSync(textFile!, 'utf8'),
  });
  const outcome = experimentHandlers['experiments:addObservations'](input, services);
  ws.flush();
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
} catch (err) {
  process.stderr.write(`Error: ${(err as Error).message.split('\n')[0]}\n`);
  process.exitCode = 1;
} finally {
  services.workspaces.closeAll();
}
