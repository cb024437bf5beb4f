/**
 * A component that throws while a page renders is named by its use in the
 * content: the MDX file and line (stamped on each use at compile time by
 * src/markdown/component-uses.ts), then the component's own reason. Without it
 * the error names the component's module and the route, not what to edit.
 */
import type { Problem } from './problem.ts';

/** One use of a component in a section, as stamped on it. */
export interface ComponentUse {
  /** Project-relative path of the MDX file. */
  file: string;
  line?: number | undefined;
  /** The name written in the tag: `StepCompanion`. */
  component: string;
  /** Project-relative path of the component's file, when the section imports it from one. */
  module?: string | undefined;
}

/** Thrown in `astro dev` (the build stops instead), so an enclosing use passes it on as it is. */
export class ComponentUseError extends Error {}

export function componentFailure(use: ComponentUse, error: unknown): Problem {
  const reason = (error instanceof Error ? error.message : String(error)).trim().replace(/\s*\n\s*/g, ' ');
  return {
    file: use.file,
    line: use.line,
    what: `<${use.component}> failed while the page was built: ${reason}`,
    fix: `change this use of <${use.component}> as the reason says${use.module ? ` (the component is ${use.module})` : ''}.`,
  };
}
