import matter from 'gray-matter';
import { problem, shorten, type Problem } from '../text/problems';
import { countLines, parseYamlFields, type YamlFields } from './yaml';

export interface FrontMatter extends YamlFields {
  /** The Markdown after the closing `---`. */
  body: string;
  /** Line of the file on which `body` starts, so positions in the body can be reported in the file. */
  bodyStartLine: number;
}

export type SplitResult = { ok: true; frontMatter: FrontMatter } | { ok: false; problems: Problem[] };

/**
 * gray-matter's engines are the very thing that runs `---js` front matter with `eval`: every engine
 * here is inert, gray-matter only finds the delimiters and the language, and the fields are parsed as
 * YAML by yaml.ts.
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

/** Twenty lines make a rich front matter; YAML's duplicate-key check costs the square of the keys. */
const MAX_FRONT_MATTER_LENGTH = 16 * 1024;

export function splitFrontMatter(text: string, file: string): SplitResult {
  const fail = (line: number, message: string, expected?: string, found?: string): SplitResult => ({
    ok: false,
    problems: [problem({ file, line, column: 1, subject: 'front matter', message, expected, found })],
  });

  const lines = text.split('\n');
  if (!/^---/.test(text)) {
    const opening = lines.findIndex((line) => line.trimEnd() === '---');
    if (opening > 0) {
      const before = lines.slice(0, opening).some((line) => line.trim() !== '') ? 'text' : 'a blank line';
      return fail(
        1,
        `${before} comes before the opening ---; the file must start with it`,
        '--- on line 1',
        `--- on line ${opening + 1}`,
      );
    }
    return fail(
      1,
      'is missing',
      'a block of fields between two --- lines at the top of the file',
      describeLine(lines[0]),
    );
  }

  const parsed = readDelimiters(text);
  if (parsed.language !== 'yaml' && parsed.language !== 'yml') {
    return fail(1, 'only YAML front matter is accepted; nothing in it is ever run', '---', describeLine(lines[0]));
  }
  if (!lines.some((line, index) => index > 0 && line.trimEnd() === '---')) {
    return fail(lastLine(lines), 'is not closed', 'a line with --- after the last field', 'the end of the file');
  }
  if (parsed.matter.length > MAX_FRONT_MATTER_LENGTH) {
    return fail(
      1,
      'is longer than an article ever needs',
      `at most ${MAX_FRONT_MATTER_LENGTH / 1024} KB of fields`,
      `${Math.ceil(parsed.matter.length / 1024)} KB`,
    );
  }

  // The block starts with the rest of the opening `---` line: its lines are the file's.
  const yaml = parseYamlFields(parsed.matter, file, 'front matter');
  if (!yaml.ok) return yaml;
  return {
    ok: true,
    frontMatter: {
      ...yaml.fields,
      body: parsed.content,
      bodyStartLine: countLines(text.slice(0, text.length - parsed.content.length)) + 1,
    },
  };
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

/** The number of the file's last line, not counting the empty string after a final newline. */
function lastLine(lines: string[]): number {
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}

function describeLine(line: string | undefined): string {
  return line === undefined || line.trim() === '' ? 'a blank line' : JSON.stringify(shorten(line, 40));
}
