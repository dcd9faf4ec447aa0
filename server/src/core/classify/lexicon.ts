// Built-in vocabulary of the KR classifier and its compilation, together with
// the user's additions from okr.config.yaml, into lookup tables.
import type { ClassifierConfig } from '../config';
import { indexPhrases, type PhraseIndex } from './features';
import { nounForms, participles, verbForms } from './inflect';

/** Verbs that name a deliverable or a one-off piece of work when they lead a KR. */
export const TASK_VERBS = [
  'launch', 'implement', 'build', 'ship', 'release', 'migrate', 'deploy', 'create', 'design', 'develop', 'write',
  'publish', 'roll out', 'set up', 'complete', 'finish', 'deliver', 'introduce', 'establish', 'define', 'document',
  'redesign', 'refactor', 'rewrite', 'rebuild', 'integrate', 'upgrade', 'replace', 'automate', 'draft', 'finalize',
  'finalise', 'prepare', 'produce', 'kick off', 'start', 'begin', 'pilot', 'prototype', 'evaluate', 'research',
  'investigate', 'explore', 'assess', 'audit', 'analyze', 'analyse', 'identify', 'select', 'choose', 'decide', 'plan',
  'organize', 'organise', 'host', 'run', 'conduct', 'hire', 'recruit', 'appoint', 'onboard', 'train', 'sign',
  'negotiate', 'renegotiate', 'obtain', 'pass', 'submit', 'file', 'update', 'add', 'enable', 'open', 'move',
  'consolidate', 'standardize', 'standardise', 'centralize', 'centralise', 'clean up', 'deprecate', 'sunset', 'retire',
  'remove', 'decommission', 'fix', 'adopt', 'procure', 'tender', 'award', 'digitize', 'digitise', 'apply', 'draw up',
  'map', 'outline', 'formalize', 'formalise', 'stand up', 'spin up', 'configure', 'install', 'validate', 'approve',
  'revamp', 'overhaul', 'rework', 'restructure', 'reorganize', 'reorganise', 'translate', 'localize', 'localise',
  'port', 'rename', 'rebrand', 'present', 'relaunch', 'roll', 'wrap up', 'go live', 'put in place', 'carry out', 'undertake',
  'finalize', 'sign off', 'schedule', 'secure', 'partner', 'unify', 'merge', 'split', 'decompose', 'containerize',
  'instrument', 'script', 'test', 'benchmark', 'survey', 'convene', 'commission', 'contract', 'purchase', 'buy',
  'provision', 'patch', 'harden', 'encrypt', 'archive', 'link', 'connect', 'embed', 'expose', 'renew', 'populate',
  'incorporate', 'register', 'certify', 'accredit', 'recertify', 'institute', 'codify', 'equip', 'furnish', 'refurbish',
  'relocate', 'transition', 'onboard onto', 'wire up', 'hook up', 'spin off', 'hand over', 'handover', 'publish',
  'author', 'assemble', 'compile', 'craft', 'customize', 'customise', 'debug', 'distribute', 'gather', 'initiate',
  'nominate', 'outsource', 'prioritize', 'prioritise', 'propose', 'provide', 'reconcile', 'redeploy', 'refine',
  'remediate', 'repair', 'replatform', 're-platform', 'restore', 'revise', 'roll back', 'scope', 'specify',
  'summarize', 'summarise', 'switch', 'synthesize', 'synthesise', 'terminate', 'transfer', 'troubleshoot', 'tune',
  'upload', 'assign', 'inventory', 'prune', 'close out', 'shut down', 'wind down', 'phase out', 'tidy up', 'map out',
  'write up', 'put together', 'set out', 'lay out', 'sort out', 'clean out', 'break down', 'pilot', 'trial',
  'sign up', 'lock in', 'nail down', 'ratify', 'enact', 'legislate', 'tender', 'commission', 'fund', 'budget',
  'refit', 'fit out', 'kit out', 'renovate', 'remodel', 'record', 'edit', 'film', 'shoot', 'soft-launch', 'agree',
  'turn on', 'turn off', 'switch on', 'switch off', 'insource', 'sign off on', 'get sign-off',
];

/** Verbs that are activity in themselves: with a count or a cadence they are a lead measure. */
export const ACTIVITY_VERBS = [
  'call', 'phone', 'email', 'e-mail', 'visit', 'meet', 'talk', 'speak', 'interview', 'triage', 'inspect', 'post',
  'tweet', 'blog', 'contact', 'reach out', 'follow up', 'prospect', 'door-knock', 'canvass', 'message', 'demo',
  'pitch', 'attend', 'source', 'label', 'touch', 'mentor', 'coach', 'shadow', 'screen', 'pair', 'log', 'cold-call',
  'cold call', 'cold-email', 'phone-bank', 'knock', 'survey', 'observe', 'walk',
];

/** Verbs of doing: with a count of activity nouns or work items, or a cadence, a lead measure. */
export const DO_VERBS = [
  'review', 'answer', 'present', 'book', 'send', 'give', 'hold', 'run', 'conduct', 'host', 'make', 'publish',
  'write', 'record', 'produce', 'process', 'handle', 'resolve', 'close', 'fix', 'merge', 'complete', 'deliver',
  'ship', 'deploy', 'release', 'do', 'perform', 'teach', 'check', 'audit', 'test', 'document', 'organize',
  'organise', 'schedule', 'facilitate', 'lead', 'join', 'submit', 'file', 'clear', 'burn', 'finish',
];

/** Verbs that commit to moving a result (outcome language). */
export const CHANGE_VERBS = [
  'increase', 'grow', 'raise', 'lift', 'boost', 'improve', 'reduce', 'decrease', 'cut', 'lower', 'drop', 'shrink',
  'shorten', 'halve', 'double', 'triple', 'quadruple', 'expand', 'accelerate', 'speed up', 'decline', 'fall', 'rise',
  'climb', 'move', 'push', 'drive', 'bring', 'get', 'take', 'reach', 'hit', 'achieve', 'exceed', 'surpass', 'attain',
  'gain', 'earn', 'generate', 'acquire', 'win', 'convert', 'retain', 'save', 'collect', 'extend', 'minimize',
  'minimise', 'maximize', 'maximise', 'eliminate', 'prevent', 'avoid', 'recover', 'renew', 'go', 'cross', 'top',
  'beat', 'outperform', 'improve', 'trim', 'slash', 'up', 'down', 'jump', 'deliver', 'bring down', 'land', 'book',
  'sell', 'close', 'sign', 'onboard', 'attract', 'activate', 'engage', 'grow', 'scale', 'lose', 'spend', 'return',
];

/** Verbs and predicates that hold a level rather than change it (KPI language). */
export const KEEP_VERBS = [
  'maintain', 'keep', 'hold', 'sustain', 'preserve', 'stay', 'remain', 'uphold', 'protect', 'defend', 'guarantee',
  'continue', 'safeguard',
];

/** Phrases that read as a health level to be kept, SLA compliance or "no worse than". */
export const KPI_PHRASES = [
  'within sla', 'within slo', 'within the sla', 'within the slo', 'sla compliance', 'slo compliance', 'meet the sla',
  'meet sla', 'meets sla', 'meet our sla', 'meet the slo', 'met sla', 'sla met', 'sla of', 'availability sla',
  'uptime sla', 'no regression', 'no regressions', 'no decline', 'no drop', 'no increase in', 'no worse than',
  'does not drop below', 'do not drop below', 'not drop below', 'not fall below', 'never drops below',
  'never below', 'at current level', 'at current levels', 'at today\'s level', 'at the current level', 'stable at',
  'steady at', 'flat at', 'held steady', 'holds steady', 'remains stable', 'stays stable', 'business as usual',
  'within budget', 'within the approved budget', 'within the allocated budget', 'on budget', 'within national standards',
  'within standards', 'in line with',
];

/** Nouns whose counts are repeated activities or behaviours. */
export const ACTIVITY_NOUNS = [
  'call', 'cold call', 'phone call', 'meeting', 'demo', 'interview', 'home visit', 'site visit', 'customer visit',
  'field visit', 'account visit', 'store visit', 'post',
  'blog post', 'article', 'video', 'webinar', 'episode', 'podcast', 'email', 'e-mail', 'newsletter', 'touch',
  'touchpoint', 'outreach', 'code review', 'business review', 'design review', 'account review', 'pipeline review',
  'budget review', 'training session', 'consultation session', 'lunch-and-learn session', 'pairing session',
  'feedback session', 'workshop', 'talk', 'campaign', 'community event', 'customer event', 'field event',
  'experiment', 'a/b test', 'usability test', 'test', 'letter', 'pull request', 'pr', 'commit', 'conference',
  'career fair', 'fair', 'game day', 'one-on-one', '1:1', 'check-in', 'case study', 'white paper',
  'whitepaper', 'tweet', 'training', 'training session', 'consultation', 'inspection', 'presentation', 'pitch',
  'lunch-and-learn', 'meetup', 'standup', 'retro', 'retrospective', 'hackathon', 'office hour', 'office hours',
  'story point', 'feedback', 'follow-up', 'survey call', 'walkthrough',
  'ride-along', 'door knock', 'canvass', 'pair session', 'shadowing', 'mentoring session', 'coaching session',
  'health-check call', 'health check', 'qbr', 'ebr', 'sprint demo', 'release note', 'social post', 'linkedin post',
];

/** Work items: counting those handled (fixed, closed, triaged) is activity; reducing their stock is an outcome. */
export const WORK_ITEM_NOUNS = [
  'ticket', 'bug', 'issue', 'invoice', 'case', 'request', 'question', 'contract', 'candidate', 'application',
  'restaurant', 'home', 'household', 'prospect', 'lead list', 'story', 'task', 'card', 'item', 'claim', 'report',
  'account', 'chat', 'query', 'complaint', 'inquiry', 'enquiry', 'pr', 'pull request', 'vulnerability', 'alert',
  'incident', 'backlog item', 'job', 'patient', 'property', 'site', 'premise', 'business', 'vendor', 'supplier',
];

/** Nouns whose counts are results the outside world produces (an outcome when counted). */
export const RESULT_NOUNS = [
  'customer', 'user', 'account', 'logo', 'deal', 'signup', 'sign-up', 'subscriber', 'member', 'team', 'paying team',
  'download', 'install', 'order', 'booking', 'seat', 'contributor', 'maintainer', 'star', 'donor', 'donation',
  'visitor', 'trial', 'activation', 'renewal', 'upsell', 'referral', 'lead', 'mql', 'sql', 'opportunity', 'household',
  'resident', 'student', 'graduate', 'patient', 'citizen', 'player', 'buyer', 'client', 'partner', 'sponsor', 'fan',
  'follower', 'attendee', 'testimonial', 'registration', 'subscription', 'workspace', 'organization', 'organisation', 'company',
  'business', 'merchant', 'seller', 'driver', 'rider', 'listing', 'transaction', 'payment', 'purchase', 'sale',
  'unit', 'conversion', 'reader', 'viewer', 'listener', 'learner', 'applicant', 'volunteer', 'hire request',
  'repeat purchase', 'paying customer', 'active user', 'demo request', 'inbound request', 'api call', 'api request',
  'search', 'query', 'meal', 'tree', 'ride', 'trip', 'night', 'booking', 'shipment', 'parcel', 'package delivered',
];

/** Deliverables: counting those built, shipped or hired is output, still a task. */
export const DELIVERABLE_NOUNS = [
  'feature', 'integration', 'product', 'engineer', 'developer', 'designer', 'hire', 'person', 'people', 'role',
  'position', 'manager', 'executive', 'account executive', 'ae', 'sdr', 'agent', 'recruiter', 'analyst', 'scientist',
  'dashboard', 'page', 'landing page', 'template', 'report', 'playbook', 'policy', 'process', 'module', 'component',
  'service', 'microservice', 'api', 'endpoint', 'app', 'application', 'tool', 'plugin', 'connector', 'version',
  'release', 'epic', 'milestone', 'market', 'country', 'region', 'office', 'store', 'location', 'language', 'locale',
  'course', 'curriculum', 'guide', 'doc', 'document', 'runbook', 'spec', 'prototype', 'mvp', 'pilot', 'poc',
  'proof of concept', 'model', 'pipeline', 'system', 'initiative', 'project', 'roadmap item', 'okr', 'macro',
  'sku', 'offering', 'package', 'bundle', 'tier', 'plan', 'partnership', 'workflow', 'automation', 'bot', 'chatbot',
  'server', 'database', 'repository', 'repo', 'library', 'sdk', 'binding', 'site', 'website', 'microsite',
];

/** Nouns that name a measured result (the metric a KR moves). */
export const METRIC_NOUNS = [
  'rate', 'ratio', 'share', 'percentage', 'percent', 'score', 'nps', 'enps', 'csat', 'ces', 'churn', 'retention',
  'revenue', 'arr', 'mrr', 'nrr', 'grr', 'gmv', 'margin', 'profit', 'profitability', 'cost', 'costs', 'cac', 'ltv',
  'conversion', 'activation', 'adoption', 'engagement', 'satisfaction', 'latency', 'uptime', 'availability',
  'time', 'duration', 'speed', 'throughput', 'coverage', 'accuracy', 'attrition', 'turnover', 'spend', 'burn',
  'runway', 'pipeline', 'bookings', 'sales', 'growth', 'usage', 'traffic', 'awareness', 'sentiment', 'quality',
  'reliability', 'performance', 'efficiency', 'productivity', 'dso', 'dpo', 'roas', 'roi', 'ctr', 'mttr', 'mttd',
  'p50', 'p90', 'p95', 'p99', 'error', 'errors', 'incidents', 'defects', 'backlog', 'volume', 'wait', 'delay',
  'response', 'resolution', 'compliance', 'rating', 'ratings', 'payback', 'size', 'value', 'income', 'savings',
  'budget', 'headcount', 'velocity', 'frequency', 'lead time', 'cycle time', 'time-to-hire', 'time-to-fill',
  'health', 'index', 'cadence', 'attendance', 'stars', 'downloads', 'signups', 'users', 'customers', 'installs', 'visits', 'sessions',
  'dau', 'mau', 'wau', 'kpi', 'sla', 'slo', 'ebitda', 'opex', 'capex', 'cogs', 'aov', 'arpu', 'arpa', 'acv',
];

/** Words that make a KR checkable without a number (a binary end state). */
export const BINARY_STATES = [
  'profitable', 'profitability', 'break-even', 'breakeven', 'break even', 'cash-flow positive', 'cash flow positive',
  'cashflow positive', 'zero', 'none', 'no', 'all', 'every', 'each', 'fully', 'entire', 'whole', 'certified',
  'compliant', 'first place', 'number one', '#1',
];

/** The compiled vocabulary: surface form → lemma maps and phrase lists. */
export interface Lexicon {
  taskVerb: Map<string, string>;
  taskParticiple: Map<string, string>;
  activityVerb: Map<string, string>;
  doVerb: Map<string, string>;
  changeVerb: Map<string, string>;
  keepVerb: Map<string, string>;
  keepParticiple: Map<string, string>;
  kpiPhrases: PhraseIndex;
  activityNoun: Set<string>;
  workItemNoun: Set<string>;
  resultNoun: Set<string>;
  deliverableNoun: Set<string>;
  metricNoun: Set<string>;
  neverTrigger: string[][];
}

function verbMap(lemmas: readonly string[], forms: (l: string) => string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const raw of lemmas) {
    const lemma = raw.trim().toLowerCase();
    if (!lemma) continue;
    for (const f of forms(lemma)) if (!m.has(f)) m.set(f, lemma);
  }
  return m;
}

function nounSet(nouns: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const raw of nouns) {
    const n = raw.trim().toLowerCase();
    if (n) for (const f of nounForms(n)) s.add(f);
  }
  return s;
}

function phrases(list: readonly string[]): string[][] {
  return list.map((p) => p.trim().toLowerCase().split(/\s+/).filter(Boolean)).filter((p) => p.length > 0);
}

/** The built-in vocabulary alone, built on first use: a constant, shared by every config that adds nothing. */
let builtIn: Lexicon | undefined;

/** Compiles the built-in vocabulary plus the user's additions (a few ms; shared when there are none). */
export function compileLexicon(config: ClassifierConfig): Lexicon {
  const plain = config.taskVerbs.length + config.activityNouns.length + config.kpiPhrases.length + config.neverTrigger.length === 0;
  if (plain) return (builtIn ??= build(config));
  return build(config);
}

function build(config: ClassifierConfig): Lexicon {
  const taskLemmas = [...TASK_VERBS, ...config.taskVerbs];
  return {
    taskVerb: verbMap(taskLemmas, verbForms),
    taskParticiple: verbMap(taskLemmas, participles),
    activityVerb: verbMap(ACTIVITY_VERBS, verbForms),
    doVerb: verbMap(DO_VERBS, verbForms),
    changeVerb: verbMap(CHANGE_VERBS, verbForms),
    keepVerb: verbMap(KEEP_VERBS, verbForms),
    keepParticiple: verbMap(KEEP_VERBS, participles),
    kpiPhrases: indexPhrases(phrases([...KPI_PHRASES, ...config.kpiPhrases])),
    activityNoun: nounSet([...ACTIVITY_NOUNS, ...config.activityNouns]),
    workItemNoun: nounSet(WORK_ITEM_NOUNS),
    resultNoun: nounSet(RESULT_NOUNS),
    deliverableNoun: nounSet(DELIVERABLE_NOUNS),
    metricNoun: nounSet(METRIC_NOUNS),
    neverTrigger: phrases(config.neverTrigger),
  };
}
