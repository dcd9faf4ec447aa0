import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Rule } from '../rule';
import type { Span } from '../types';

/** Keys whose text is prose a person wrote, where a link to pay would be stated. */
const TEXT_KEYS = new Set(['title', 'name', 'note', 'description']);

// Each phrase must mean pay for people. Words that also name money flowing to or
// from customers ("payment", "paying customers", "payroll system", "merchant
// payouts", "referral bonus", "marketplace commission") must not match.
const CUSTOMER_SIDE = '(?:sign[ -]?up|referral|welcome|customer|loyalty|deposit|joining|cashback|partner|reseller|user)';
const TEXT_PATTERNS: readonly RegExp[] = [
  // "bonus points", "bonus levels": loyalty schemes and games, not pay.
  new RegExp(`(?<!\\b${CUSTOMER_SIDE}[ -])\\bbonus(?:es)?\\b(?![ -](?:points?|levels?|content|features?|rounds?|tracks?|episodes?|miles)\\b)`, 'i'),
  /(?<!\b(?:customer|sla|outage|carbon|co2|delay|flight|refund)[ -])\bcompensation\b(?![ -]claims?\b)/i,
  /\bremuneration\b/i,
  /\bsalar(?:y|ies)\b/i,
  /\b(?:variable|incentive|performance|merit|base|bonus)[ -]pay\b/i,
  /\bpay[ -](?:rises?|raises?|increases?|grades?|bands?|reviews?|cuts?|adjustments?|scales?)\b/i,
  /\bpay[ -]for[ -]performance\b/i,
  /\b(?:tied|ties|tie|tying|linked|links|link|linking|connected|feeds?|feeding)\s+(?:directly\s+)?(?:in)?to\s+(?:our\s+|their\s+|your\s+|team\s+)?pay\b/i,
  // "incentive plan" alone may be a reseller or customer scheme; say whose it is or what it pays.
  /\b(?:sales|annual|employee|staff|team|management|executive|long[ -]term)[ -]incentives?\b/i,
  /\bincentive[ -](?:pay|compensation|payouts?)\b/i,
  /\b(?:incentive|commission|variable)[ -]payouts?\b/i,
  /\bsales[ -]commissions?\b/i,
  /\bcommission[ -](?:plans?|structure|payouts?)\b/i,
  /\b(?:earn|earns|earned|earning)\s+(?:a\s+|their\s+|the\s+)?commissions?\b/i,
  // "a performance review of the checkout API" reviews a system, not a person.
  /\bperformance[ -](?:ratings?|reviews?|appraisals?)\b(?!\s+of\s+(?:the|our|a|an|its)\b)/i,
  /\bperf[ -](?:ratings?|reviews?)\b/i,
  /\bmerit[ -](?:increases?|raises?|rises?|budgets?)\b/i,
  /\b(?:equity|stock)[ -](?:grants?|awards?|refresh(?:es)?)\b/i,
];

/** Words in an `x-` key's name that tie the item to pay. */
const KEY_WORDS = new Set([
  'bonus', 'bonuses', 'compensation', 'comp', 'salary', 'salaries', 'pay', 'payout', 'payouts',
  'incentive', 'incentives', 'commission', 'commissions', 'remuneration', 'merit',
]);

/** Text or `x-` fields that tie OKR scores to pay, bonuses or performance ratings. */
const rule: Rule = {
  meta: {
    id: 'no-compensation-link',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'OKRs must not be tied to pay, bonuses or performance ratings.',
    fixable: false,
    scope: 'file',
    messages: {
      compensationText: "'{phrase}' ties this OKR to pay or performance ratings; scores that feed compensation push teams to set safe targets and hide problems, so keep the two apart.",
      compensationKey: "The field '{key}' ties this OKR to pay or performance ratings; scores that feed compensation push teams to set safe targets and hide problems, so keep the two apart.",
    },
  },
  check(ctx) {
    const { file } = ctx;
    const contents = file.doc?.contents;
    if (!contents) return;
    // An explicit stack: deeply nested `x-` data must not overflow the call stack.
    const stack: Array<{ node: Node; scan: boolean }> = [{ node: contents, scan: false }];
    while (stack.length > 0) {
      const { node, scan } = stack.pop()!;
      if (isAlias(node)) continue;
      if (isScalar(node)) {
        if (!scan || typeof node.value !== 'string' || !node.range) continue;
        const hit = firstMatch(node.value);
        if (!hit) continue;
        const span = wordSpan(file.text, { start: node.range[0], end: node.range[1] }, node.value, hit);
        ctx.report({ messageId: 'compensationText', args: { phrase: hit.text }, span, data: { phrase: hit.text } });
      } else if (isSeq(node)) {
        for (const item of node.items) if (item) stack.push({ node: item as Node, scan });
      } else if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          const extension = key !== undefined && key.startsWith('x-');
          if (extension && isScalar(pair.key) && pair.key.range && keyMentionsPay(key)) {
            ctx.report({ messageId: 'compensationKey', args: { key }, span: { start: pair.key.range[0], end: pair.key.range[1] }, data: { key } });
          }
          if (pair.value) stack.push({ node: pair.value as Node, scan: scan || extension || (key !== undefined && TEXT_KEYS.has(key)) });
        }
      }
    }
  },
};
export default rule;

interface Hit {
  index: number;
  text: string;
}

/**
 * A word every pattern above contains (same flags): text without one cannot
 * match, so one scan rules out almost every title and note.
 */
const ANY_TRIGGER = /bonus|compensation|remuneration|salar|pay|incentive|commission|perf|merit|equity|stock/i;

/** The earliest compensation phrase in `value`. */
function firstMatch(value: string): Hit | undefined {
  if (!ANY_TRIGGER.test(value)) return undefined;
  let best: Hit | undefined;
  for (const re of TEXT_PATTERNS) {
    const m = re.exec(value);
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best;
}

function keyMentionsPay(key: string): boolean {
  const words = key.slice(2).replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_.\s]+/);
  if (words.some((w) => KEY_WORDS.has(w))) return true;
  const rating = words.includes('rating') || words.includes('review');
  return rating && (words.includes('performance') || words.includes('perf'));
}

/** The phrase's own span when the source text maps 1:1 to the value (plain or simply quoted); else the whole value. */
function wordSpan(text: string, span: Span, value: string, hit: Hit): Span {
  const raw = text.slice(span.start, span.end);
  let offset: number | undefined;
  if (raw === value) offset = span.start;
  else if ((raw.startsWith('"') || raw.startsWith("'")) && raw.endsWith(raw[0]!) && raw.slice(1, -1) === value) offset = span.start + 1;
  if (offset === undefined) {
    // Block scalars own their trailing line break; stop the span at the last character written.
    const trimmed = raw.replace(/\s+$/, '');
    return { start: span.start, end: span.start + Math.max(trimmed.length, 1) };
  }
  return { start: offset + hit.index, end: offset + hit.index + hit.text.length };
}
