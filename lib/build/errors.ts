/** A build that cannot go on: every problem found, each a sentence for the person who ran it. */
export class BuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'BuildError';
  }
}
