// `npm run eval:kr`: precision, recall and a confusion matrix per label for
// the KR classifier on the development corpus (dev split, held-out test split
// and the items marked ambiguous). `--errors` lists the dev split's misses;
// the test split's misses are never printed, so nobody tunes on them.
import { join } from 'node:path';
import { LABELS, loadCorpus, score, type CorpusItem, type Scores } from '../test/unit/classify/corpus';

const pct = (x: number): string => x.toFixed(2);
const out: string[] = [];
const print = (line: string): void => {
  out.push(line);
};

function report(name: string, items: CorpusItem[]): Scores {
  const s = score(items);
  print(`\n## ${name} (${s.n} KRs)`);
  print('label          P     R     support');
  for (const l of LABELS) {
    const p = s.perLabel[l];
    print(`${l.padEnd(14)} ${pct(p.precision)}  ${pct(p.recall)}  ${p.tp + p.fn}`);
  }
  print(`outcome KRs flagged: ${(s.outcomeFlagRate * 100).toFixed(1)}%`);
  print(`\nconfusion (rows gold, columns predicted)\n${''.padEnd(14)}${LABELS.map((l) => l.slice(0, 7).padStart(8)).join('')}`);
  for (const g of LABELS) print(`${g.padEnd(14)}${LABELS.map((p) => String(s.confusion[g][p]).padStart(8)).join('')}`);
  return s;
}

const all = loadCorpus();
const clear = all.filter((i) => !i.ambiguous);
print(`KR corpus: ${all.length} items (${all.filter((i) => i.ambiguous).length} marked ambiguous), dev ${clear.filter((i) => i.split === 'dev').length} / test ${clear.filter((i) => i.split === 'test').length} unambiguous`);
const dev = report('dev split', clear.filter((i) => i.split === 'dev'));
report('held-out test split', clear.filter((i) => i.split === 'test'));
report('ambiguous items (both splits, for information)', all.filter((i) => i.ambiguous));
// Written by someone who never saw the classifier: its misses are never printed either.
report('external set, never tuned on (test/fixtures/kr-external)', loadCorpus(join(__dirname, '..', 'test', 'fixtures', 'kr-external')));
if (process.argv.includes('--errors')) {
  print('\n## dev split misses');
  for (const e of dev.errors) print(`- [${e.item.label} → ${e.predicted} ${e.confidence.toFixed(2)}] ${e.item.title}  — ${e.reason}`);
}
process.stdout.write(`${out.join('\n')}\n`);
