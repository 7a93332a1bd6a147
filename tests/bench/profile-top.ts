// Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went: the functions with the
// most self time, and the inclusive time of named functions (the import's stages).
// `npx tsx tests/bench/profile-top.ts FILE.cpuprofile [top] [stageFn,stageFn,...]`
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, stagesArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-top.ts FILE.cpuprofile [top] [fn,fn,...]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 30);
const stages = (stagesArg ?? '').split(',').filter(Boolean);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const byFile = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + dt);
  const url =
    node.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/') || node.callFrame.functionName;
  byFile.set(url, (byFile.get(url) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur)!.callFrame.functionName;
    if (stages.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
});

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
process.stdout.write(`total ${ms(total)}\n\nself time:\n`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${ms(us)}  ${name}\n`);
process.stdout.write('\nself time by file:\n');
for (const [name, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${ms(us)}  ${name}\n`);
if (stages.length > 0) {
  process.stdout.write('\ninclusive time:\n');
  for (const s of stages) process.stdout.write(`${ms(inclusive.get(s) ?? 0)}  ${s}\n`);
}
