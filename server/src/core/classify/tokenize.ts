// Splits a KR title into word, number and symbol tokens with their offsets,
// then reads numbers (digits or words), their units and what they are not
// (dates, versions, ranks, names) into quantities.

export type TokenKind = 'word' | 'num' | 'sym' | 'date';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Set for `num` tokens: the numeric value with k/M/bn multipliers applied. */
  value?: number;
  /** Suffix glued to a number: %, k, M, x, h, ms, pp, … (lower-cased). */
  suffix?: string;
  /** True when the number is glued to a following hyphenated word ("90-day"). */
  hyphenated?: boolean;
  /** A never-trigger word: visible for numbers and spans, invisible to cues. */
  masked?: boolean;
}

const TOKEN_RE = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}`, // ISO date
    String.raw`\d+\/\d+(?![\d.,])`, // 24/7, 9/10 style pairs (read as a word)
    String.raw`\d+:\d+s?`, // 1:1s
    String.raw`\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`, // numbers
    String.raw`[A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+|\/[A-Za-z0-9](?![A-Za-z0-9]))*`, // words
    String.raw`->|=>|>=|<=|[^\sA-Za-z0-9]`, // symbols
  ].join('|'),
  'g',
);

const SUFFIX_RE = /^(%|pp|bn|k|m|b|x|×|ms|s|sec|h|hrs?|d|mins?|pts?|st|nd|rd|th)(?![A-Za-z])/i;

/** Tokenizes a title. Offsets are into the original string. */
export function tokenize(title: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(title); m; m = TOKEN_RE.exec(title)) {
    const text = m[0];
    const start = m.index;
    let end = start + text.length;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      out.push({ text, lower: text, start, end, kind: 'date' });
      continue;
    }
    const ratio = /^(\d+):(\d+)$/.exec(text);
    if (ratio && text !== '1:1') {
      // "8:1" is a ratio (a measure); "1:1" and "1:1s" are one-on-one meetings
      out.push({ text, lower: text, start, end, kind: 'num', value: Number(ratio[1]) / Number(ratio[2] || 1) });
      continue;
    }
    if (/^\d/.test(text) && /[/:]/.test(text)) {
      out.push({ text, lower: text.toLowerCase(), start, end, kind: 'word' });
      continue;
    }
    if (/^\d/.test(text)) {
      let value = parseNumber(text);
      const tok: Token = { text, lower: text, start, end, kind: 'num', value };
      const rest = title.slice(end, end + 8);
      const sm = SUFFIX_RE.exec(rest) ?? /^ (%)/.exec(rest);
      if (sm && sm[1]) {
        const suffix = sm[1].toLowerCase();
        const raw = sm[1];
        end += sm[0].length;
        if (suffix === 'k') value *= 1e3;
        else if (suffix === 'bn' || (suffix === 'b' && raw === 'B')) value *= 1e9;
        else if (suffix === 'm' && (raw === 'M' || '$€£¥'.includes(title[start - 1] ?? '_'))) value *= 1e6;
        tok.suffix = suffix === 'm' && value !== tok.value ? 'M' : suffix;
        tok.value = value;
        tok.end = end;
        tok.text = title.slice(start, end);
        tok.lower = tok.text.toLowerCase();
        TOKEN_RE.lastIndex = end;
      } else if (/^-[A-Za-z]/.test(rest)) {
        tok.hyphenated = true;
      }
      out.push(tok);
      continue;
    }
    if (/^[A-Za-z]/.test(text)) out.push({ text, lower: text.toLowerCase().replace(/’/g, "'"), start, end, kind: 'word' });
    else out.push({ text, lower: text, start, end, kind: 'sym' });
  }
  return out;
}

/** Reads "1,200", "2.5" and European "2,5" into a number. */
function parseNumber(text: string): number {
  if (/^\d+(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(',', '.'));
}

const SMALL = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
}));
const SCALE = new Map<string, number>([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);

/** Value of a single lower-case number word ("twenty-five" included), or undefined. */
export function wordNumber(w: string): number | undefined {
  const v = SMALL.get(w);
  if (v !== undefined || !w.includes('-')) return v;
  const dash = w.indexOf('-');
  const tens = SMALL.get(w.slice(0, dash));
  const ones = SMALL.get(w.slice(dash + 1));
  return tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones >= 1 && ones <= 9 ? tens + ones : undefined;
}

/** Value of a lower-case scale word (hundred, thousand, …), or undefined. */
export function scaleWord(w: string): number | undefined {
  return SCALE.get(w);
}
