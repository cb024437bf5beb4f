/** A mistake found in the content, told the way an editor can act on it. */
export interface Problem {
  /** Project-relative path, e.g. src/content/guide/steps.mdx. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** One problem in one or two lines: `file:line: what. Fix: how.` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.what}\n    Fix: ${problem.fix}`;
}

/** The report printed at the very end of a stopped build. */
export function formatReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The build stopped: ${count} in the content.\n${problems.map(formatProblem).join('\n')}`;
}
