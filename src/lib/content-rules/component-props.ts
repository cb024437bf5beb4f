/**
 * Every component use in an MDX section against the component's contract
 * (component-contract.ts), before anything renders: a missing or unknown prop,
 * a value its type does not admit, content given to a component that drops it.
 * MDX checks none of these; the component would render wrong or throw with a
 * message that names neither the section nor the line.
 */
import { nearestName } from '../edit-distance.ts';
import { admits, type ComponentContract, type PropContract, type Value } from './component-contract.ts';
import { importedComponents, mdxTags, type Tag } from './mdx-tags.ts';
import type { Problem } from './problem.ts';
import { proseText, type SourceFile } from './source.ts';

/** A component the section imports, with the project path of its file. */
export type ContractOf = (specifier: string, sectionFile: string) => { file: string; contract: ComponentContract } | undefined;

/** `slot`, and directives such as `client:load` or `set:html`, are Astro's, not the component's. */
const isAstroAttribute = (name: string) => name === 'slot' || name.includes(':');

/** How a value is written in MDX: `"info"`, `{9}`, `{true}`. */
function written(value: Value): string {
  return typeof value === 'string' ? JSON.stringify(value) : `{${value}}`;
}

/** The values a prop admits, in words: `"danger", "warning" or "info"`, `a number`, else its type as declared. */
function admitted(prop: PropContract): string {
  if (!prop.accepts) return prop.type;
  const values = [...prop.accepts.literals.map(written), ...[...prop.accepts.kinds].map((kind) => `a ${kind}`)];
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0]!;
}

/** A value a prop admits, for an example. */
function example(prop: PropContract): string {
  const literal = prop.accepts?.literals[0];
  if (literal !== undefined) return written(literal);
  const kind = prop.accepts?.kinds.values().next().value;
  return kind === 'number' ? '{1}' : kind === 'boolean' ? '{true}' : '"…"';
}

/** Whether the tag holds content before its closing tag (`<Callout>正文</Callout>`). */
function hasContent(text: string, tag: Tag): boolean {
  if (tag.selfClosing) return false;
  const close = text.indexOf(`</${tag.name}`, tag.end);
  return text.slice(tag.end, close < 0 ? undefined : close).trim() !== '';
}

function checkUse(tag: Tag, text: string, file: string, contract: ComponentContract, declared: string): Problem[] {
  const at = (what: string, fix: string) => ({ file, line: tag.line, what, fix });
  const problems: Problem[] = [];
  for (const { name, value } of tag.attributes) {
    if (isAstroAttribute(name)) continue;
    const prop = contract.props.get(name);
    if (!prop) {
      if (contract.open) continue;
      const nearest = nearestName(name, contract.props.keys());
      const takes = contract.props.size > 0 ? `<${tag.name}> takes ${[...contract.props.keys()].join(', ')}` : `<${tag.name}> takes no props`;
      problems.push(at(`<${tag.name}> has no prop "${name}"; the component would ignore it.`, nearest ? `did you mean ${nearest}? (${declared})` : `remove it; ${takes} (${declared}).`));
    } else if (value !== undefined && !admits(prop, value)) {
      problems.push(at(`<${tag.name} ${name}=${written(value)}>: ${name} must be ${admitted(prop)}.`, `write e.g. ${name}=${example(prop)} (${declared}).`));
    }
  }
  if (!tag.spread) {
    for (const [name, prop] of contract.props) {
      if (prop.required && !tag.attributes.some((attribute) => attribute.name === name)) {
        problems.push(at(`<${tag.name}> needs the prop ${name} (${admitted(prop)}), and this use does not give it.`, `add it, e.g. <${tag.name} ${name}=${example(prop)}> (${declared}).`));
      }
    }
  }
  if (!contract.takesContent && hasContent(text, tag)) {
    problems.push(at(`<${tag.name}> shows no content (it has no <slot />): what is written inside it would be dropped.`, `close it at once, <${tag.name} … />, and put the text after it.`));
  }
  return problems;
}

export function checkComponentProps(source: SourceFile, contractOf: ContractOf): Problem[] {
  const imports = importedComponents(source);
  const { text } = proseText(source);
  return mdxTags(source).flatMap((tag) => {
    const specifier = imports.get(tag.name.split('.')[0]!);
    const component = specifier && !tag.name.includes('.') ? contractOf(specifier, source.file) : undefined;
    return component ? checkUse(tag, text, source.file, component.contract, `its props are declared in ${component.file}`) : [];
  });
}
