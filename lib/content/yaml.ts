import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { problem, type Problem } from '../text/problems';

export interface Position {
  line: number;
  column: number;
}

/** A mapping of fields an editor wrote in YAML, with where each was written. */
export interface YamlFields {
  data: Record<string, unknown>;
  /** Where a field's value (or a nested one such as `['image', 'alt']`) was written; its key if it has no value or `at` is `'key'`. */
  locate(path: readonly (string | number)[], at?: 'value' | 'key'): Position;
}

export type YamlResult = { ok: true; fields: YamlFields } | { ok: false; problems: Problem[] };

/**
 * Fields in YAML, as editors write them in front matter and in the site's own files (settings, the
 * front page): `yaml` parses them with positions, refuses duplicate keys and leaves dates as the
 * strings the editor typed; what YAML allows and these files do not (anchors, tags, deep nesting) is
 * refused with its line. `source` starts on line 1 of `file`; `what` names the block in messages
 * (`front matter`, `site.yml`).
 */
export function parseYamlFields(source: string, file: string, what: string): YamlResult {
  const fail = (line: number, subject: string, message: string, expected?: string, found?: string): YamlResult => ({
    ok: false,
    problems: [problem({ file, line, column: 1, subject, message, expected, found })],
  });
  const lines = source.split('\n');

  const nested = flowNestingTooDeep(source);
  if (nested !== undefined) {
    const line = countLines(source.slice(0, nested)) + 1;
    return fail(
      line,
      fieldAbove(lines, line)?.name ?? what,
      `nests lists or mappings more than ${MAX_YAML_NESTING} deep`,
      `at most ${MAX_YAML_NESTING} levels`,
    );
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const at = toPosition(error.pos[0]);
        // An unclosed quote or bracket is noticed where the text runs out: point at the field it opened in.
        const field = (error.code === 'MISSING_CHAR' && fieldAbove(lines, at.line, true)) || fieldAbove(lines, at.line);
        const { line, column } = error.code === 'MISSING_CHAR' && field ? { line: field.line, column: 1 } : at;
        return problem({
          file,
          line,
          column,
          subject: field?.name ?? what,
          message: `YAML does not parse: ${firstLine(error.message)}`,
        });
      }),
    };
  }
  const refused = refusedYaml(doc, source, what).map(({ offset, field, message, expected, found }) =>
    problem({ file, ...toPosition(offset), subject: field ?? what, message, expected, found }),
  );
  if (refused.length > 0) return { ok: false, problems: refused };
  if (doc.contents !== null && !isMap(doc.contents)) {
    const { line } = toPosition(doc.contents.range?.[0] ?? 0);
    return fail(line, what, 'must be a list of fields', 'lines such as `title: "…"`', 'something else');
  }

  const data = plainData(doc);
  const locate = (path: readonly (string | number)[], at: 'value' | 'key' = 'value'): Position => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = at === 'value' || depth < path.length ? doc.getIn(path.slice(0, depth), true) : undefined;
      if (isNode(node) && node.range) return toPosition(node.range[0]);
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1],
        );
        if (pair && isNode(pair.key) && pair.key.range) return toPosition(pair.key.range[0]);
      }
    }
    const first = isMap(doc.contents) ? doc.contents.range?.[0] : undefined;
    return first === undefined ? { line: 1, column: 1 } : toPosition(first);
  };
  return { ok: true, fields: { data, locate } };
}

/**
 * The document as plain data, every mapping an object without a prototype: a key named `__proto__`,
 * `constructor` or `prototype` is then a key like any other, checked and reported as the others are,
 * never a change to what objects inherit nor a field silently dropped.
 */
function plainData(doc: Document): Record<string, unknown> {
  const toPlain = (node: unknown): unknown => {
    if (isMap(node)) {
      const object = Object.create(null) as Record<string, unknown>;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        object[key] = toPlain(pair.value);
      }
      return object;
    }
    if (isSeq(node)) return node.items.map(toPlain);
    if (isScalar(node)) return node.value;
    return node ?? null;
  };
  return (toPlain(doc.contents) as Record<string, unknown> | null) ?? Object.create(null);
}

type Refusal = { offset: number; field?: string; message: string; expected: string; found: string };

const YAML_TAG = 'tag:yaml.org,2002:';
/** The tags of YAML's core schema, which only say what a plain value already is (`!!str 2024`). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => YAML_TAG + name));

/**
 * What YAML allows and these files do not, once per field: anchors and aliases (`&a`, `*a`), which
 * nobody needs to write a title and which can make a few lines expand to gigabytes (the "billion
 * laughs"), and tags other than the core schema's (`!!js/function`, `!!binary`, `!foo`), which ask for
 * a type that is not text, a date, a list or a mapping.
 */
function refusedYaml(doc: Document, source: string, what: string): Refusal[] {
  const refusals: Refusal[] = [];
  visit(doc, (_key, node, path) => {
    if (!isNode(node)) return;
    const pair = path.find(isPair);
    const field = pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (refusals.some((refusal) => refusal.field === field)) return;
    // A node's range starts at its value, after its anchor and its tag.
    const start = node.range?.[0] ?? 0;
    const refuse = (written: string, message: string, expected: string) =>
      refusals.push({
        offset: Math.max(source.lastIndexOf(written, start), 0),
        field,
        message,
        expected,
        found: written,
      });
    if (isAlias(node) || node.anchor) {
      const written = isAlias(node) ? `*${node.source}` : `&${node.anchor}`;
      refuse(written, `uses a YAML anchor or alias, which ${what} does not accept`, 'the value written out in full');
    } else if (node.tag && !CORE_TAGS.has(node.tag)) {
      const written = node.tag.startsWith(YAML_TAG) ? `!!${node.tag.slice(YAML_TAG.length)}` : node.tag;
      refuse(written, `has a YAML tag, which ${what} does not accept`, 'a plain value, text in quotes');
    }
  });
  return refusals;
}

/** `[` and `{` inside one another: front matter needs two levels, YAML's parser recurses on each. */
const MAX_YAML_NESTING = 20;

/** Where `[` and `{` first nest past the limit, outside quotes; undefined if they never do. */
function flowNestingTooDeep(yaml: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < yaml.length; index++) {
    const character = yaml[index]!;
    if (quote) {
      if (character === '\\' && quote === '"') index++;
      else if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '[' || character === '{') {
      if (++depth > MAX_YAML_NESTING) return index;
    } else if (character === ']' || character === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** The top-level field written on `line` or the nearest one above it; with `unclosed`, only one whose value opens a quote or bracket it does not close. */
function fieldAbove(lines: string[], line: number, unclosed = false): { name: string; line: number } | undefined {
  const closers: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(["'[{]?)(.*)$/.exec(lines[index] ?? '');
    if (field && (!unclosed || (field[2] && !field[3]!.includes(closers[field[2]]!)))) {
      return { name: field[1]!, line: index + 1 };
    }
  }
  return undefined;
}

export function countLines(text: string): number {
  return text.split('\n').length - 1;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
