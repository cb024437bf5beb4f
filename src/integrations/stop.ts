import type { AstroIntegrationLogger } from 'astro';
import { formatReport, type Problem } from '../lib/content-rules/problem.ts';

/** Stops the build with the report as the last lines of output, not under a stack trace. */
export function stopBuild(logger: AstroIntegrationLogger, report: string): never {
  logger.error(`\n${report}\n`);
  process.exit(1);
}

/** Stops the build when there are problems, naming each one's file, line and fix. */
export function stopOnProblems(logger: AstroIntegrationLogger, problems: readonly Problem[]): void {
  if (problems.length > 0) stopBuild(logger, formatReport(problems));
}
