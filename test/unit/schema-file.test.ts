// The shipped JSON Schemas, the example workspaces and the snippets, checked
// against each other: editors show these descriptions and examples on hover,
// so a missing one or an example the schema rejects is a user-facing bug.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse, parseDocument } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const OKR_SCHEMA_PATH = join(ROOT, 'schemas', 'okr.schema.json');
const CONFIG_SCHEMA_PATH = join(ROOT, 'schemas', 'okr-config.schema.json');
const EXAMPLES = join(ROOT, 'examples');
const MISTAKES = join(EXAMPLES, 'mistakes');

/** The 21 rule ids of SPEC §3, in catalog order. */
const RULE_IDS = [
  'yaml-syntax', 'schema', 'duplicate-id', 'unresolved-reference', 'alignment-cycle', 'alignment-level',
  'cycle-mismatch', 'kr-is-task', 'kr-is-lead-measure', 'kr-is-kpi', 'kr-not-measurable',
  'kr-needs-baseline-target-due', 'kr-count', 'objective-count', 'objective-is-metric',
  'checkin-needs-evidence', 'kpi-needs-owner-threshold-source', 'north-star-needs-guardrails',
  'promoted-kpi-not-visible', 'no-compensation-link', 'owner-required',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = { [key: string]: Json };

function readJson(path: string): SchemaNode {
  return JSON.parse(readFileSync(path, 'utf8')) as SchemaNode;
}

function isNode(v: Json | undefined): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A fresh validator set up the way the product uses it. */
function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every object-property schema in the tree, with its JSON pointer. */
function collectProperties(node: SchemaNode, pointer = ''): Array<{ pointer: string; name: string; schema: SchemaNode }> {
  const out: Array<{ pointer: string; name: string; schema: SchemaNode }> = [];
  const visitChild = (child: Json | undefined, path: string): void => {
    if (isNode(child)) out.push(...collectProperties(child, path));
  };
  for (const key of ['properties', 'patternProperties', '$defs'] as const) {
    const map = node[key];
    if (!isNode(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      const path = `${pointer}/${key}/${pointerSegment(name)}`;
      if (key === 'properties' && isNode(child)) out.push({ pointer: path, name, schema: child });
      visitChild(child, path);
    }
  }
  visitChild(node.items, `${pointer}/items`);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => visitChild(child, `${pointer}/${key}/${i}`));
  }
  return out;
}

/** Every `*.okr.yaml` / `*.okr.yml` under a folder. */
function okrFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...okrFiles(path));
    else if (/\.okr\.ya?ml$/.test(name)) out.push(path);
  }
  return out.sort();
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

/** A small valid file that the negative cases below each break in one place. */
function validFile(): Record<string, unknown> {
  return {
    version: 1,
    unit: 'growth',
    level: 'team',
    parent: 'product',
    cycle: '2026-Q2',
    owner: 'Dana Lee',
    signals: {
      north_star: { id: 'weekly-active-teams', name: 'Weekly active teams', guardrails: ['churn'] },
      kpis: [{ id: 'churn', name: 'Monthly logo churn', unit: '%', direction: 'down', threshold: 10, owner: 'CS lead', source: 'https://dash.example.com/churn' }],
    },
    objectives: [
      {
        id: 'retention',
        title: 'Make customers feel valued enough to stay',
        owner: 'Dana Lee',
        aligns_to: ['product/retention'],
        depends_on: ['platform/reliability/p95-latency'],
        key_results: [
          {
            id: 'churn-down',
            title: 'Reduce churn from 14% to 7% by end of Q2',
            metric: 'churn',
            baseline: 14,
            target: 7,
            unit: '%',
            due: '2026-06-30',
            ambition: 'roof',
            owner: 'Dana Lee',
            checkins: [{ date: '2026-04-14', value: 13.1, confidence: 0.7, evidence: 'https://dash.example.com/churn?w=15', note: 'Win-back emails live' }],
          },
        ],
        initiatives: [{ id: 'onboarding-v3', title: 'Launch onboarding V3', owner: 'Sam Ortiz', link: 'https://tracker.example.com/GROW-123', status: 'in-progress' }],
        lead_measures: [{ id: 'at-risk-calls', title: 'At-risk account calls made', owner: 'Sam Ortiz', target: 20, per: 'week' }],
      },
    ],
  };
}

/** Deep path access for the negative cases (objects and arrays alike). */
function at(root: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> {
  let node: unknown = root;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  return node as Record<string, unknown>;
}

const KR = ['objectives', 0, 'key_results', 0];

for (const [label, path] of [['okr.schema.json', OKR_SCHEMA_PATH], ['okr-config.schema.json', CONFIG_SCHEMA_PATH]] as const) {
  describe(`schemas/${label}`, () => {
    const schema = readJson(path);
    const properties = collectProperties(schema);

    it('compiles under ajv strict mode with ajv-formats', () => {
      assert.doesNotThrow(() => makeAjv().compile(schema));
    });

    it('declares draft-07, an $id, a title and a description', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.match(String(schema.$id), /^https:\/\/okr-lens\.dev\/schemas\/.+\.schema\.json$/);
      assert.ok(typeof schema.title === 'string' && schema.title.length > 0);
      assert.ok(typeof schema.description === 'string' && schema.description.length > 20);
    });

    it('finds properties at every depth (the walker itself works)', () => {
      assert.ok(properties.length > 20, `only ${properties.length} properties found`);
    });

    it('gives every property at every depth a description and non-empty examples', () => {
      const missing = properties
        .filter(({ schema: p }) => !(typeof p.description === 'string' && p.description.trim().length > 10 && Array.isArray(p.examples) && p.examples.length > 0))
        .map(({ pointer }) => pointer);
      assert.deepEqual(missing, []);
    });

    it('accepts every example value under its own property schema', () => {
      const ajv = makeAjv();
      ajv.addSchema(schema);
      const failures: string[] = [];
      for (const { pointer, schema: p } of properties) {
        const validate = ajv.getSchema(`${String(schema.$id)}#${pointer}`);
        assert.ok(validate, `no validator for ${pointer}`);
        for (const example of (p.examples as Json[]) ?? []) {
          if (!validate(example)) failures.push(`${pointer}: ${JSON.stringify(example)}: ${describeErrors(validate.errors)}`);
        }
      }
      assert.deepEqual(failures, []);
    });

    it('lets only x- keys through besides the declared ones, on every object', () => {
      const objects: string[] = [];
      const visit = (node: Json | undefined, pointer: string): void => {
        if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${pointer}/${i}`));
        if (!isNode(node)) return;
        if (node.type === 'object') objects.push(pointer);
        for (const [k, v] of Object.entries(node)) if (k !== 'examples' && k !== 'default') visit(v, `${pointer}/${pointerSegment(k)}`);
      };
      visit(schema, '');
      assert.ok(objects.length > 0);
      for (const pointer of objects) {
        const node = pointer === '' ? schema : (pointer.slice(1).split('/').reduce<Json>((n, seg) => (n as SchemaNode)[seg.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, schema) as SchemaNode);
        assert.equal(node.additionalProperties, false, `${pointer} allows unknown keys`);
        // The rule map is closed on purpose: a misspelt rule id must be an error.
        if (pointer !== '/properties/rules') assert.ok(isNode(node.patternProperties) && '^x-' in node.patternProperties, `${pointer} rejects x- keys`);
      }
    });
  });
}

describe('schemas/okr.schema.json: structure and negative cases', () => {
  const schema = readJson(OKR_SCHEMA_PATH);
  let validate: ValidateFunction;
  before(() => {
    validate = makeAjv().compile(schema);
  });

  /** Asserts that validation fails with one error at `instancePath` for `keyword`. */
  function expectError(doc: unknown, instancePath: string, keyword: string): void {
    assert.equal(validate(doc), false, 'expected the document to be rejected');
    const hit = (validate.errors ?? []).some((e) => e.instancePath === instancePath && e.keyword === keyword);
    assert.ok(hit, `expected ${keyword} at ${instancePath || '/'}, got: ${describeErrors(validate.errors)}`);
  }

  it('has titled $defs for every building block', () => {
    const defs = schema.$defs;
    assert.ok(isNode(defs));
    for (const name of ['objective', 'keyResult', 'checkin', 'initiative', 'leadMeasure', 'kpi', 'northStar', 'ref', 'id', 'date']) {
      const def = defs[name];
      assert.ok(isNode(def), `$defs/${name} is missing`);
      assert.ok(typeof def.title === 'string' && def.title.length > 0, `$defs/${name} has no title`);
      assert.ok(typeof def.description === 'string' && def.description.length > 0, `$defs/${name} has no description`);
    }
  });

  it('accepts the SPEC §2 sample file', () => {
    assert.ok(validate(validFile()), describeErrors(validate.errors));
  });

  it('accepts the smallest legal file, with empty lists', () => {
    const doc = { version: 1, unit: 'acme', level: 'company', cycle: '2026-Q2', objectives: [] };
    assert.ok(validate(doc), describeErrors(validate.errors));
    const withEmptyKrs = { ...doc, objectives: [{ id: 'focus', title: 'Focus', key_results: [], initiatives: [], lead_measures: [] }] };
    assert.ok(validate(withEmptyKrs), describeErrors(validate.errors));
  });

  it('requires version, unit, level, cycle and objectives', () => {
    for (const key of ['version', 'unit', 'level', 'cycle', 'objectives']) {
      const doc = validFile();
      delete doc[key];
      expectError(doc, '', 'required');
    }
    const noParent = validFile();
    delete noParent.parent;
    assert.ok(validate(noParent), 'parent must be optional');
  });

  it('rejects version 2', () => {
    expectError({ ...validFile(), version: 2 }, '/version', 'const');
  });

  it('rejects an unknown key at the top and inside a key result', () => {
    expectError({ ...validFile(), owners: ['Dana'] }, '', 'additionalProperties');
    const doc = validFile();
    at(doc, KR).deadline = '2026-06-30';
    expectError(doc, '/objectives/0/key_results/0', 'additionalProperties');
    const params = (validate.errors ?? []).find((e) => e.keyword === 'additionalProperties')?.params as { additionalProperty?: string } | undefined;
    assert.equal(params?.additionalProperty, 'deadline');
  });

  it('accepts x- keys on every kind of object', () => {
    const doc = validFile();
    doc['x-team-channel'] = '#growth';
    at(doc, ['signals'])['x-dashboard'] = 'https://dash.example.com';
    at(doc, ['signals', 'north_star'])['x-since'] = 2024;
    at(doc, ['signals', 'kpis', 0])['x-review'] = 'monthly';
    at(doc, ['objectives', 0])['x-theme'] = 'retention';
    at(doc, KR)['x-source-sheet'] = { tab: 'Q2', row: 14 };
    at(doc, [...KR, 'checkins', 0])['x-meeting'] = 'weekly sync';
    at(doc, ['objectives', 0, 'initiatives', 0])['x-estimate'] = 'M';
    at(doc, ['objectives', 0, 'lead_measures', 0])['x-board'] = 'scoreboard';
    assert.ok(validate(doc), describeErrors(validate.errors));
  });

  it('rejects values outside the enums', () => {
    const cases: Array<[(string | number)[], string, string]> = [
      [[], 'level', 'department'],
      [KR, 'ambition', 'stretch'],
      [['signals', 'kpis', 0], 'direction', 'sideways'],
      [['objectives', 0, 'initiatives', 0], 'status', 'blocked'],
      [['objectives', 0, 'lead_measures', 0], 'per', 'quarter'],
    ];
    for (const [path, key, value] of cases) {
      const doc = validFile();
      at(doc, path)[key] = value;
      expectError(doc, `/${[...path, key].join('/')}`, 'enum');
    }
  });

  it('accepts a quarter or a date range as cycle, and nothing else', () => {
    assert.ok(validate({ ...validFile(), cycle: { start: '2026-04-01', end: '2026-06-30' } }), describeErrors(validate.errors));
    for (const bad of ['2026-Q5', '2026-q2', 'Q2 2026', '2026-Q2 ', 2026]) {
      expectError({ ...validFile(), cycle: bad }, '/cycle', 'oneOf');
    }
    expectError({ ...validFile(), cycle: { start: '2026-04-01' } }, '/cycle', 'required');
    expectError({ ...validFile(), cycle: { start: '2026-04-01', end: '30/06/2026' } }, '/cycle/end', 'pattern');
  });

  it('checks dates by pattern and by calendar', () => {
    const doc = validFile();
    at(doc, KR).due = '2026-6-30';
    expectError(doc, '/objectives/0/key_results/0/due', 'pattern');
    at(doc, KR).due = '2026-06-31';
    expectError(doc, '/objectives/0/key_results/0/due', 'format');
  });

  it('reads YAML dates as strings the schema accepts (YAML 1.2 core schema)', () => {
    const doc = parse('version: 1\nunit: acme\nlevel: company\ncycle: {start: 2026-04-01, end: 2026-06-30}\nobjectives: []\n') as Record<string, unknown>;
    assert.equal(typeof at(doc, ['cycle']).start, 'string');
    assert.ok(validate(doc), describeErrors(validate.errors));
  });

  it('rejects ids and references that are not kebab-case unit/objective[/kr]', () => {
    let doc = validFile();
    at(doc, ['objectives', 0]).id = 'Retention';
    expectError(doc, '/objectives/0/id', 'pattern');
    doc = validFile();
    at(doc, ['objectives', 0]).aligns_to = ['company'];
    expectError(doc, '/objectives/0/aligns_to/0', 'pattern');
    doc = validFile();
    at(doc, ['objectives', 0]).depends_on = ['a/b/c/d'];
    expectError(doc, '/objectives/0/depends_on/0', 'pattern');
    doc = validFile();
    at(doc, ['signals', 'north_star']).guardrails = ['company/churn'];
    assert.ok(validate(doc), 'a unit-qualified KPI id is a valid guardrail');
    doc = validFile();
    doc.unit = 'growth_team';
    expectError(doc, '/unit', 'pattern');
  });

  it('bounds confidence to 0..1 and wants URIs for links', () => {
    let doc = validFile();
    at(doc, [...KR, 'checkins', 0]).confidence = 1.5;
    expectError(doc, '/objectives/0/key_results/0/checkins/0/confidence', 'maximum');
    doc = validFile();
    at(doc, [...KR, 'checkins', 0]).evidence = 'see the dashboard';
    expectError(doc, '/objectives/0/key_results/0/checkins/0/evidence', 'format');
    doc = validFile();
    at(doc, ['signals', 'kpis', 0]).source = 'dashboard';
    expectError(doc, '/signals/kpis/0/source', 'format');
  });

  it('requires id+title on objectives, title on KRs, initiatives and lead measures, id+name on KPIs', () => {
    const cases: Array<[(string | number)[], string]> = [
      [['objectives', 0], 'id'],
      [['objectives', 0], 'title'],
      [KR, 'title'],
      [['objectives', 0, 'initiatives', 0], 'title'],
      [['objectives', 0, 'lead_measures', 0], 'title'],
      [['signals', 'kpis', 0], 'id'],
      [['signals', 'kpis', 0], 'name'],
    ];
    for (const [path, key] of cases) {
      const doc = validFile();
      delete at(doc, path)[key];
      expectError(doc, `/${path.join('/')}`, 'required');
    }
    // Owners, baselines and evidence are optional here: dedicated rules report them as warnings.
    const doc = validFile();
    for (const key of ['owner', 'baseline', 'target', 'due', 'unit', 'ambition']) delete at(doc, KR)[key];
    delete at(doc, [...KR, 'checkins', 0]).evidence;
    delete at(doc, ['signals', 'kpis', 0]).owner;
    delete at(doc, ['signals', 'north_star']).guardrails;
    assert.ok(validate(doc), describeErrors(validate.errors));
  });
});

describe('schemas/okr-config.schema.json: rules and negative cases', () => {
  const schema = readJson(CONFIG_SCHEMA_PATH);
  let validate: ValidateFunction;
  before(() => {
    validate = makeAjv().compile(schema);
  });

  it('lists exactly the 21 rule ids of the catalog', () => {
    const rules = schema.properties;
    assert.ok(isNode(rules) && isNode(rules.rules) && isNode(rules.rules.properties));
    assert.deepEqual(Object.keys(rules.rules.properties).sort(), [...RULE_IDS].sort());
  });

  it('accepts a full configuration', () => {
    const config = {
      rules: { 'kr-is-kpi': 'error', 'objective-is-metric': 'off', 'owner-required': 'info' },
      ignore: ['archive/**', 'drafts/*.okr.yaml'],
      objectiveLimit: 3,
      classifier: { taskVerbs: ['onboard'], activityNouns: ['site visits'], kpiPhrases: ['hold steady'], neverTrigger: ['launch rate'], minConfidence: 0.75 },
      'x-note': 'kept for the retro',
    };
    assert.ok(validate(config), describeErrors(validate.errors));
    assert.ok(validate({}), 'an empty config is valid');
  });

  it('rejects unknown rules, unknown severities and out-of-range numbers', () => {
    assert.equal(validate({ rules: { 'kr-is-taks': 'warning' } }), false);
    assert.equal(validate({ rules: { 'kr-is-task': 'warn' } }), false);
    assert.equal(validate({ objectiveLimit: 0 }), false);
    assert.equal(validate({ objectiveLimit: 2.5 }), false);
    assert.equal(validate({ classifier: { minConfidence: 1.2 } }), false);
    assert.equal(validate({ classifier: { taskVerbs: 'launch' } }), false);
    assert.equal(validate({ classifier: { stopWords: [] } }), false);
    assert.equal(validate({ severity: {} }), false);
    assert.equal(validate({ ignore: 'archive/**' }), false);
  });
});

describe('examples/', () => {
  const validate = makeAjv().compile(readJson(OKR_SCHEMA_PATH));
  const clean = okrFiles(EXAMPLES).filter((p) => !p.startsWith(MISTAKES + sep));

  it('holds a company, two domains and at least three teams', () => {
    const levels = clean.map((p) => (parse(readFileSync(p, 'utf8')) as { level: string }).level);
    assert.equal(levels.filter((l) => l === 'company').length, 1);
    assert.ok(levels.filter((l) => l === 'domain').length >= 2);
    assert.ok(levels.filter((l) => l === 'team').length >= 3);
  });

  for (const path of okrFiles(EXAMPLES).filter((p) => !p.startsWith(MISTAKES + sep))) {
    it(`${relative(ROOT, path)} parses and matches the schema`, () => {
      const doc = parseDocument(readFileSync(path, 'utf8'));
      assert.deepEqual(doc.errors.map((e) => e.message), []);
      assert.ok(validate(doc.toJS()), describeErrors(validate.errors));
    });
  }
});

describe('examples/mistakes/', () => {
  const validate = makeAjv().compile(readJson(OKR_SCHEMA_PATH));
  const readme = readFileSync(join(MISTAKES, 'README.md'), 'utf8');
  /** README rows: rule id, file, 1-based line. */
  const rows = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\([^)]*\) \| \[([^\]]+)\]\([^)]*\):(\d+) \|/gm)].map((m) => ({ rule: m[1]!, file: m[2]!, line: Number(m[3]) }));

  it('lists every rule id of the catalog in the README', () => {
    assert.deepEqual([...new Set(rows.map((r) => r.rule))].sort(), [...RULE_IDS].sort());
  });

  it('points each README row at the node right below its MISTAKE comment', () => {
    for (const { rule, file, line } of rows) {
      const lines = readFileSync(join(MISTAKES, file), 'utf8').split('\n');
      assert.ok(line >= 2 && line <= lines.length, `${file}:${line} is out of range`);
      assert.doesNotMatch(lines[line - 1]!, /^\s*(#|$)/, `${file}:${line} is a comment or blank`);
      let i = line - 2;
      const comments: string[] = [];
      while (i >= 0 && /^\s*#/.test(lines[i]!)) comments.unshift(lines[i--]!);
      assert.ok(comments.some((c) => c.includes(`MISTAKE ${rule}:`)), `${file}:${line} has no "MISTAKE ${rule}:" comment above it`);
    }
  });

  it('has a README row for every MISTAKE comment', () => {
    let count = 0;
    for (const path of okrFiles(MISTAKES)) {
      count += (readFileSync(path, 'utf8').match(/# MISTAKE [a-z0-9-]+:/g) ?? []).length;
    }
    assert.equal(count, rows.length);
  });

  it('keeps the syntax error in one file so the others parse; schema errors only where marked', () => {
    const schemaErrors: string[] = [];
    for (const path of okrFiles(MISTAKES)) {
      const doc = parseDocument(readFileSync(path, 'utf8'));
      const name = relative(MISTAKES, path);
      if (name === 'broken.okr.yaml') {
        assert.ok(doc.errors.length > 0, 'broken.okr.yaml must not parse');
        continue;
      }
      assert.deepEqual(doc.errors.map((e) => e.message), [], `${name} must parse`);
      if (!validate(doc.toJS())) for (const e of validate.errors ?? []) schemaErrors.push(`${name} ${e.instancePath} ${e.keyword}`);
    }
    assert.deepEqual(schemaErrors.sort(), [
      'onboarding.okr.yaml /objectives/2/key_results/2/ambition enum',
      'onboarding.okr.yaml /objectives/3/key_results/1 additionalProperties',
    ]);
  });
});

/** Expands a VS Code snippet body the way inserting it and pressing Tab through would. */
function expandSnippet(body: string): string {
  let text = body
    .replace(/\$\{TM_FILENAME_BASE\/[^}]*\}/g, 'growth')
    .replace(/\$\{?CURRENT_YEAR\}?/g, '2026')
    .replace(/\$\{?CURRENT_MONTH\}?/g, '05')
    .replace(/\$\{?CURRENT_DATE\}?/g, '14');
  // Innermost first, so nested placeholders resolve to their defaults.
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text
      .replace(/\$\{\d+\|([^|,]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{?\d+\}?/g, '');
  }
  return text;
}

describe('snippets/okr.json', () => {
  const snippets = readJson(join(ROOT, 'snippets', 'okr.json'));
  const ajv = makeAjv();
  const schema = readJson(OKR_SCHEMA_PATH);
  ajv.addSchema(schema);
  const def = (name: string): ValidateFunction => {
    const v = ajv.getSchema(`${String(schema.$id)}#/$defs/${name}`);
    assert.ok(v);
    return v;
  };

  it('offers the file, objective, key result, KPI, North Star, check-in, initiative and lead measure snippets', () => {
    const prefixes = Object.values(snippets).map((s) => (s as SchemaNode).prefix);
    for (const p of ['okr-file', 'okr-objective', 'okr-kr', 'okr-kpi', 'okr-north-star', 'okr-checkin', 'okr-initiative', 'okr-lead-measure']) {
      assert.ok(prefixes.includes(p), `missing snippet ${p}`);
    }
  });

  it('expands the snippet expander correctly (choices, defaults, variables)', () => {
    assert.equal(expandSnippet('a: ${1|roof,moonshot|} b: ${2:x} c: $3 d: ${4:${CURRENT_YEAR}-Q2}'), 'a: roof b: x c:  d: 2026-Q2');
  });

  const cases: Array<[string, (doc: unknown) => unknown, string | null]> = [
    ['okr-file', (d) => d, null],
    ['okr-objective', (d) => (d as unknown[])[0], 'objective'],
    ['okr-kr', (d) => (d as unknown[])[0], 'keyResult'],
    ['okr-kpi', (d) => (d as unknown[])[0], 'kpi'],
    ['okr-north-star', (d) => (d as Record<string, unknown>).north_star, 'northStar'],
    ['okr-checkin', (d) => (d as unknown[])[0], 'checkin'],
    ['okr-initiative', (d) => (d as unknown[])[0], 'initiative'],
    ['okr-lead-measure', (d) => (d as unknown[])[0], 'leadMeasure'],
  ];
  for (const [prefix, pick, defName] of cases) {
    it(`${prefix} expands to YAML the schema accepts, with a choice list for every enum`, () => {
      const snippet = Object.values(snippets).find((s) => (s as SchemaNode).prefix === prefix) as SchemaNode | undefined;
      assert.ok(snippet && Array.isArray(snippet.body) && typeof snippet.description === 'string');
      const body = (snippet.body as string[]).join('\n');
      for (const key of ['level', 'ambition', 'direction', 'status', 'per']) {
        const m = new RegExp(`^\\s*-?\\s*${key}: (.*)$`, 'm').exec(body);
        if (m) assert.match(m[1]!, /^\$\{\d+\|[^|]+\|\}$/, `${prefix}: ${key} should be a choice list`);
      }
      const doc = parseDocument(expandSnippet(body));
      assert.deepEqual(doc.errors.map((e) => e.message), []);
      const validate = defName ? def(defName) : makeAjv().compile(schema);
      assert.ok(validate(pick(doc.toJS())), `${prefix}: ${describeErrors(validate.errors)}`);
    });
  }
});
