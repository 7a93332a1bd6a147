import { runCli } from './run';
import { cliServices } from './context';

const code = await runCli(process.argv.slice(2), cliServices(), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
