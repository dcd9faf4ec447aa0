// Deterministic random YAML documents in (and just outside) the fast path's subset.

export { rng } from '../../support/prng';

const SCALARS = [
  'growth', 'Dana Lee', 'Lift activation from 27% to 38%', '1', '0', '-3', '+1', '1_000', '.5', '1e3', '1.50', '0x1F', '0o17',
  '-.inf', '.NaN', 'True', 'false', 'NULL', 'null', '~', '2026-06-30', '2026-Q2', '"14%"', "'it''s'", '"\\u00e9\\n"',
  '"q # x: y"', "'a: b # c'", 'a#b', 'key:value', 'https://dash.example.com/x?y=1#frag', 'x-y_z', '-x', ':x', '?x',
  '""', "''", 'yes', 'on', '12:30', '0.7', '3.', '1e', '"\\x41\\t"', '[]', '{}', '[a, b]', '[ a , "b" ]', '{start: 2026-04-01, end: 2026-06-30}',
  '{ k : v }', '[1, 2.5, ~]', 'a b  c', 'ü ñ 日本',
];
const KEYS = ['id', 'title', 'owner', 'unit', 'metric', 'note', 'x-extra', 'value', 'due', 'key with space', 'a.b', 'on', 'yes', 'y'];

/** A random block document: maps and sequences in several styles, comments and blank lines anywhere. */
export function randomDoc(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const step = pick([2, 4, 3]);
  const lines: string[] = [];
  const comment = (indent: number): void => {
    if (r() < 0.15) lines.push(`${' '.repeat(Math.max(0, indent + pick([-4, -2, 0, 0, 2, 4, 6])))}# note ${Math.floor(r() * 100)}`);
    if (r() < 0.1) lines.push(r() < 0.5 ? '' : '   ');
  };
  const trailing = (): string => (r() < 0.15 ? `${' '.repeat(1 + Math.floor(r() * 3))}# t` : r() < 0.05 ? '  ' : '');
  const map = (indent: number, depth: number, first?: string): void => {
    const n = 1 + Math.floor(r() * 4);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      let k = pick(KEYS);
      while (used.has(k)) k = `${k}${i}`;
      used.add(k);
      const prefix = i === 0 && first !== undefined ? first : ' '.repeat(indent);
      if (i > 0) comment(indent);
      const roll = r();
      if (depth < 4 && roll < 0.25) {
        lines.push(`${prefix}${k}:${trailing()}`);
        comment(indent + step);
        map(indent + step, depth + 1);
      } else if (depth < 4 && roll < 0.45) {
        lines.push(`${prefix}${k}:${trailing()}`);
        seq(r() < 0.3 ? indent : indent + step, depth + 1);
      } else if (roll < 0.5) {
        lines.push(`${prefix}${k}:${r() < 0.5 ? '' : ' '}`);
      } else if (roll < 0.58) {
        lines.push(`${prefix}${k}: ${pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '| # c'])}`);
        blockBody(indent + pick([step, 1, 2, 4]));
      } else {
        lines.push(`${prefix}${k}:${' '.repeat(1 + Math.floor(r() * 2))}${pick(SCALARS)}${trailing()}`);
      }
    }
  };
  const blockBody = (indent: number): void => {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const roll = r();
      if (roll < 0.15) lines.push('');
      else if (roll < 0.2) lines.push(' '.repeat(indent + 2));
      else if (roll < 0.3) lines.push(`${' '.repeat(indent + 2)}more indented`);
      else if (roll < 0.35) lines.push(`${' '.repeat(indent)}# not a comment`);
      else lines.push(`${' '.repeat(indent)}${pick(['text line', 'a: b', '- x', '"q"', 'end.'])}`);
    }
    if (r() < 0.3) lines.push('');
  };
  const seq = (indent: number, depth: number): void => {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      if (i > 0) comment(indent);
      const dash = `${' '.repeat(indent)}-${' '.repeat(1 + Math.floor(r() * 2))}`;
      const roll = r();
      if (depth < 4 && roll < 0.4) map(dash.length, depth + 1, dash);
      else if (depth < 4 && roll < 0.45) {
        lines.push(`${dash}- ${pick(SCALARS)}`);
      } else if (roll < 0.52) {
        lines.push(`${dash}${pick(['|', '>-', '|+'])}`);
        blockBody(dash.length + pick([0, 1, 2]));
      } else lines.push(`${dash}${pick(SCALARS)}${trailing()}`);
    }
  };
  if (r() < 0.1) lines.push(r() < 0.5 ? '---' : '--- ');
  if (r() < 0.3) lines.push('# header');
  if (r() < 0.1) seq(0, 1);
  else map(r() < 0.05 ? 2 : 0, 0);
  if (r() < 0.3) lines.push(pick(['# end', '', '  # end', '    # deep end']));
  let text = lines.join(r() < 0.15 ? '\r\n' : '\n');
  if (r() < 0.7) text += '\n';
  if (r() < 0.05) text = `\ufeff${text}`;
  return text;
}

const NOISE = [' ', '  ', '#', ' #', ':', ': ', '-', '- ', '\n', '\n  ', '"', "'", '[', ']', '{', '}', ',', 'a', '1', '\t', '&a ', '*a', '!', '|', '>', '? ', '%', '@', '\r', '---\n', '...'];

/** `text` with one to three random edits: inserted noise, deleted spans, moved indentation or a duplicated line. */
export function mutate(text: string, r: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (t.length + 1));
    const roll = r();
    if (roll < 0.45) t = t.slice(0, at) + NOISE[Math.floor(r() * NOISE.length)] + t.slice(at);
    else if (roll < 0.75) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3));
    else if (roll < 0.9) {
      const ls = t.split('\n');
      const i = Math.floor(r() * ls.length);
      ls[i] = r() < 0.5 ? ` ${ls[i]}` : ls[i]!.replace(/^ /, '');
      t = ls.join('\n');
    } else {
      const ls = t.split('\n');
      const i = Math.floor(r() * ls.length);
      ls.splice(i, 0, ls[i]!);
      t = ls.join('\n');
    }
  }
  return t;
}
