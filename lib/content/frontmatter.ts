import matter from 'gray-matter';
import { isAlias, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic } from '../text/diagnostics';

export interface Position {
  line: number;
  column: number;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Where a field's value (or a nested one such as `['image', 'alt']`) was written; its key if it has no value or `at` is `'key'`. */
  locate(path: readonly (string | number)[], at?: 'value' | 'key'): Position;
  /** The Markdown after the closing `---`. */
  body: string;
  /** Line of the file on which `body` starts, so positions in the body can be reported in the file. */
  bodyStartLine: number;
}

export type SplitResult = { ok: true; frontMatter: FrontMatter } | { ok: false; diagnostics: Diagnostic[] };

/**
 * gray-matter's engines are the very thing that runs `---js` front matter with `eval`: every engine
 * here is inert, gray-matter only finds the delimiters and the language, and YAML is parsed by `yaml`,
 * which keeps positions, refuses duplicate keys and leaves dates as the strings the editor typed.
 */
const inert = { parse: () => ({}) };
const INERT_ENGINES = {
  yaml: inert,
  yml: inert,
  json: inert,
  toml: inert,
  js: inert,
  javascript: inert,
  coffee: inert,
  cson: inert,
};

export function splitFrontMatter(text: string, file: string): SplitResult {
  const fail = (line: number, subject: string, message: string, expected?: string, found?: string): SplitResult => ({
    ok: false,
    diagnostics: [{ severity: 'error', file, line, column: 1, subject, message, expected, found }],
  });

  const lines = text.split('\n');
  if (!/^---/.test(text)) {
    const opening = lines.findIndex((line) => line.trimEnd() === '---');
    if (opening > 0) {
      const before = lines.slice(0, opening).some((line) => line.trim() !== '') ? 'text' : 'a blank line';
      return fail(
        1,
        'front matter',
        `${before} comes before the opening ---; the file must start with it`,
        '--- on line 1',
        `--- on line ${opening + 1}`,
      );
    }
    return fail(
      1,
      'front matter',
      'is missing',
      'a block of fields between two --- lines at the top of the file',
      describeLine(lines[0]),
    );
  }

  const parsed = readDelimiters(text);
  if (parsed.language !== 'yaml' && parsed.language !== 'yml') {
    return fail(
      1,
      'front matter',
      'only YAML front matter is accepted; nothing in it is ever run',
      '---',
      describeLine(lines[0]),
    );
  }
  if (!lines.some((line, index) => index > 0 && line.trimEnd() === '---')) {
    return fail(
      lastLine(lines),
      'front matter',
      'is not closed',
      'a line with --- after the last field',
      'the end of the file',
    );
  }

  if (parsed.matter.length > MAX_FRONT_MATTER_LENGTH) {
    return fail(
      1,
      'front matter',
      'is longer than an article ever needs',
      `at most ${MAX_FRONT_MATTER_LENGTH / 1024} KB of fields`,
      `${Math.ceil(parsed.matter.length / 1024)} KB`,
    );
  }

  const nested = flowNestingTooDeep(parsed.matter);
  if (nested !== undefined) {
    const line = countLines(parsed.matter.slice(0, nested)) + 1;
    return fail(
      line,
      fieldAbove(lines, line)?.name ?? 'front matter',
      `nests lists or mappings more than ${MAX_YAML_NESTING} deep`,
      `at most ${MAX_YAML_NESTING} levels`,
    );
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(parsed.matter, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((error) => {
        const at = toPosition(error.pos[0]);
        // An unclosed quote or bracket is noticed where the text runs out: point at the field it opened in.
        const field = (error.code === 'MISSING_CHAR' && fieldAbove(lines, at.line, true)) || fieldAbove(lines, at.line);
        const { line, column } = error.code === 'MISSING_CHAR' && field ? { line: field.line, column: 1 } : at;
        return {
          severity: 'error' as const,
          file,
          line,
          column,
          subject: field?.name ?? 'front matter',
          message: `YAML does not parse: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  const refused = refusedYaml(doc, parsed.matter).map(({ offset, field, message, expected, found }): Diagnostic => {
    const { line, column } = toPosition(offset);
    return { severity: 'error', file, line, column, subject: field ?? 'front matter', message, expected, found };
  });
  if (refused.length > 0) return { ok: false, diagnostics: refused };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return fail(2, 'front matter', 'must be a list of fields', 'lines such as `title: "…"`', 'something else');
  }

  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
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
    return { line: 2, column: 1 };
  };

  return {
    ok: true,
    frontMatter: {
      data,
      locate,
      body: parsed.content,
      bodyStartLine: countLines(text.slice(0, text.length - parsed.content.length)) + 1,
    },
  };
}

/** Twenty lines make a rich front matter; YAML's duplicate-key check costs the square of the keys. */
const MAX_FRONT_MATTER_LENGTH = 16 * 1024;

type Refusal = { offset: number; field?: string; message: string; expected: string; found: string };

const YAML_TAG = 'tag:yaml.org,2002:';
/** The tags of YAML's core schema, which only say what a plain value already is (`!!str 2024`). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => YAML_TAG + name));

/**
 * What YAML allows and front matter does not, once per field: anchors and aliases (`&a`, `*a`), which
 * nobody needs to write a title and which can make a few lines expand to gigabytes (the "billion
 * laughs"), and tags other than the core schema's (`!!js/function`, `!!binary`, `!foo`), which ask for
 * a type that is not text, a date, a list or a mapping.
 */
function refusedYaml(doc: Document, source: string): Refusal[] {
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
      refuse(
        written,
        'uses a YAML anchor or alias, which front matter does not accept',
        'the value written out in full',
      );
    } else if (node.tag && !CORE_TAGS.has(node.tag)) {
      const written = node.tag.startsWith(YAML_TAG) ? `!!${node.tag.slice(YAML_TAG.length)}` : node.tag;
      refuse(written, 'has a YAML tag, which front matter does not accept', 'a plain value, text in quotes');
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

/** The language after the opening `---` (gray-matter's reading), the raw block, which starts on line 1, and the body. */
function readDelimiters(text: string): { language: string; matter: string; content: string } {
  try {
    // Called with options, gray-matter also skips its cache, which returns {} for a second parse of broken YAML.
    const file = matter(text, { language: 'yaml', engines: INERT_ENGINES });
    return { language: file.language, matter: file.matter, content: file.content };
  } catch {
    // gray-matter throws for a language it has no engine for, such as `---coffeescript`.
    return { language: text.slice(3, text.indexOf('\n')).trim(), matter: '', content: '' };
  }
}

/** The top-level field written on `line` of the file or the nearest one above it; with `unclosed`, only one whose value opens a quote or bracket it does not close. */
function fieldAbove(lines: string[], line: number, unclosed = false): { name: string; line: number } | undefined {
  const closers: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };
  for (let index = Math.min(line, lines.length) - 1; index > 0; index--) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(["'[{]?)(.*)$/.exec(lines[index] ?? '');
    if (field && (!unclosed || (field[2] && !field[3]!.includes(closers[field[2]]!)))) {
      return { name: field[1]!, line: index + 1 };
    }
  }
  return undefined;
}

/** The number of the file's last line, not counting the empty string after a final newline. */
function lastLine(lines: string[]): number {
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describeLine(line: string | undefined): string {
  return line === undefined || line.trim() === ''
    ? 'a blank line'
    : JSON.stringify(line.length > 40 ? line.slice(0, 37) + '…' : line);
}
