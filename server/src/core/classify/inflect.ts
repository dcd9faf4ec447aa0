// English verb and noun inflection for the classifier's word lists. A small
// rule set plus an irregular table covers the verbs KRs use; no NLP library
// is needed for that (see docs/rules/kr-is-task.md, "How the classifier reads a title").

/** Irregular past tense and past participle forms, by lemma. */
const IRREGULAR: Record<string, string[]> = {
  build: ['built'], rebuild: ['rebuilt'], write: ['wrote', 'written'], rewrite: ['rewrote', 'rewritten'],
  run: ['ran'], rerun: ['reran'], set: [], reset: [], hold: ['held'], keep: ['kept'], make: ['made'],
  send: ['sent'], do: ['did', 'done', 'does'], redo: ['redid', 'redone'], begin: ['began', 'begun'],
  win: ['won'], lead: ['led'], get: ['got', 'gotten'], give: ['gave', 'given'], take: ['took', 'taken'],
  undertake: ['undertook', 'undertaken'], bring: ['brought'], cut: [], put: [], meet: ['met'], hit: [],
  choose: ['chose', 'chosen'], draw: ['drew', 'drawn'], sell: ['sold'], teach: ['taught'], grow: ['grew', 'grown'],
  go: ['went', 'gone', 'goes'], rise: ['rose', 'risen'], fall: ['fell', 'fallen'], speak: ['spoke', 'spoken'],
  stand: ['stood'], spin: ['spun'], find: ['found'], shut: [], drive: ['drove', 'driven'], pay: ['paid'],
  lay: ['laid'], shrink: ['shrank', 'shrunk'], seek: ['sought'], buy: ['bought'], become: ['became'],
  overtake: ['overtook', 'overtaken'], beat: ['beaten'], feed: ['fed'], say: ['said'], see: ['saw', 'seen'],
  think: ['thought'], fight: ['fought'], hear: ['heard'], mean: ['meant'], spend: ['spent'], lose: ['lost'],
};

/** Verbs whose final consonant doubles before -ed/-ing (ship → shipped). */
const DOUBLING = new Set([
  'ship', 'plan', 'drop', 'stop', 'hit', 'run', 'cut', 'set', 'put', 'get', 'win', 'begin', 'spin', 'shut',
  'map', 'log', 'tag', 'chat', 'scrap', 'swap', 'step', 'top', 'prep', 'rerun', 'reset', 'upset', 'admit',
  'commit', 'submit', 'permit', 'refer', 'transfer', 'prefer', 'control', 'equip', 'strip', 'trim', 'slip',
  'blog', 'pin', 'dip', 'skip', 'clip', 'nab',
]);

function doubled(lemma: string): string {
  return DOUBLING.has(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
}

/** All surface forms of a verb lemma: base, -s, past, participle, -ing. Multi-word lemmas inflect their first word. */
export function verbForms(lemma: string): string[] {
  const sp = lemma.indexOf(' ');
  if (sp > 0) {
    const rest = lemma.slice(sp);
    return verbForms(lemma.slice(0, sp)).map((f) => f + rest);
  }
  const out = new Set<string>([lemma]);
  const last = lemma[lemma.length - 1] ?? '';
  const prev = lemma[lemma.length - 2] ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  // third person singular
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(lemma + 'es');
  else if (last === 'y' && !vowel(prev)) out.add(lemma.slice(0, -1) + 'ies');
  else if (last === 'o') out.add(lemma + 'es');
  else out.add(lemma + 's');
  // past / participle
  const irregular = IRREGULAR[lemma];
  if (irregular) for (const f of irregular) out.add(f);
  else if (last === 'e') out.add(lemma + 'd');
  else if (last === 'y' && !vowel(prev)) out.add(lemma.slice(0, -1) + 'ied');
  else out.add(doubled(lemma) + 'ed');
  // -ing
  if (last === 'e' && !/(ee|ye|oe)$/.test(lemma)) out.add(lemma.slice(0, -1) + 'ing');
  else if (lemma.endsWith('ie')) out.add(lemma.slice(0, -2) + 'ying');
  else out.add(doubled(lemma) + 'ing');
  return [...out];
}

/** Past-participle forms of a verb lemma (for passive "X is launched" readings). */
export function participles(lemma: string): string[] {
  const sp = lemma.indexOf(' ');
  if (sp > 0) {
    const rest = lemma.slice(sp);
    return participles(lemma.slice(0, sp)).map((f) => f + rest);
  }
  const irregular = IRREGULAR[lemma];
  if (irregular && irregular.length > 0) {
    return irregular.filter((f) => f !== 'does' && f !== 'goes' && !/^(ran|wrote|rewrote|did|redid|began|gave|took|undertook|chose|drew|grew|went|rose|fell|spoke|drove|shrank|became|overtook|saw|reran)$/.test(f));
  }
  if (irregular) return [lemma]; // set, cut, put, hit, shut
  const last = lemma[lemma.length - 1] ?? '';
  const prev = lemma[lemma.length - 2] ?? '';
  if (last === 'e') return [lemma + 'd'];
  if (last === 'y' && !'aeiou'.includes(prev)) return [lemma.slice(0, -1) + 'ied'];
  return [doubled(lemma) + 'ed'];
}

/** Singular and plural forms of a noun (or of the last word of a noun phrase). */
export function nounForms(noun: string): string[] {
  const out = new Set<string>([noun]);
  const sp = noun.lastIndexOf(' ');
  const head = sp >= 0 ? noun.slice(sp + 1) : noun;
  const pre = sp >= 0 ? noun.slice(0, sp + 1) : '';
  const last = head[head.length - 1] ?? '';
  const prev = head[head.length - 2] ?? '';
  if (head.endsWith('s') && !head.endsWith('ss')) {
    // given as plural: add a singular
    if (head.endsWith('ies')) out.add(pre + head.slice(0, -3) + 'y');
    else if (/(ches|shes|xes|sses)$/.test(head)) out.add(pre + head.slice(0, -2));
    else out.add(pre + head.slice(0, -1));
  } else if (/(s|x|z|ch|sh)$/.test(head)) out.add(pre + head + 'es');
  else if (last === 'y' && !'aeiou'.includes(prev)) out.add(pre + head.slice(0, -1) + 'ies');
  else out.add(pre + head + 's');
  return [...out];
}
