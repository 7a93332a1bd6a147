// Preloaded into the CLI child by bounded-cli.ts: on exit, writes the process's peak resident
// memory (bytes) to the file named by QBR_MAXRSS_FILE, so a hostile-file test can report it.
// Written on exit only, so it adds nothing to the CLI's own output.
import fs from 'node:fs';

const target = process.env.QBR_MAXRSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
    } catch {
      // Reporting memory must never change how the CLI ends.
    }
  });
}
