/**
 * What a component used in MDX accepts, read from the component itself: the
 * props of its `interface Props` (the one definition, which `astro check`
 * types for templates but nothing checks in MDX), which are required, the
 * values a literal or primitive type allows, and whether it has a <slot /> to
 * show content given to it.
 */
import ts from 'typescript';

export type Value = string | number | boolean;

export interface PropContract {
  required: boolean;
  /** The type as written, for messages (`'danger' | 'warning' | 'info'`). */
  type: string;
  /** Values the type admits: primitive kinds and literals; undefined when any value may do (an object, a function…). */
  accepts?: { kinds: ReadonlySet<'string' | 'number' | 'boolean'>; literals: readonly Value[] };
}

export interface ComponentContract {
  props: ReadonlyMap<string, PropContract>;
  /** `interface Props extends …`: it takes more props than it lists, so other names are not mistakes. */
  open: boolean;
  /** False when the template has no <slot />: content given to the component would be dropped. */
  takesContent: boolean;
}

const KINDS = { [ts.SyntaxKind.StringKeyword]: 'string', [ts.SyntaxKind.NumberKeyword]: 'number', [ts.SyntaxKind.BooleanKeyword]: 'boolean' } as const;

/** A literal type's value (`'info'`, `3`, `-1`, `true`), or undefined when the node is not one. */
function literalValue(node: ts.TypeNode): Value | undefined {
  if (!ts.isLiteralTypeNode(node)) return undefined;
  const { literal } = node;
  if (ts.isStringLiteral(literal)) return literal.text;
  if (ts.isNumericLiteral(literal)) return Number(literal.text);
  if (ts.isPrefixUnaryExpression(literal) && ts.isNumericLiteral(literal.operand)) return -Number(literal.operand.text);
  if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword) return literal.kind === ts.SyntaxKind.TrueKeyword;
  return undefined;
}

/** What values a prop's type admits, and whether `undefined` is one of them (an optional prop). */
function accepted(type: ts.TypeNode): { accepts: PropContract['accepts']; optional: boolean } {
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  const kinds = new Set<'string' | 'number' | 'boolean'>();
  const literals: Value[] = [];
  let optional = false;
  for (const member of members) {
    const kind = KINDS[member.kind as keyof typeof KINDS];
    const value = literalValue(member);
    if (kind) kinds.add(kind);
    else if (value !== undefined) literals.push(value);
    else if (member.kind === ts.SyntaxKind.UndefinedKeyword) optional = true;
    else return { accepts: undefined, optional };
  }
  return { accepts: { kinds, literals }, optional };
}

/** The members of `interface Props` or `type Props = { … }`, and whether it extends another type. */
function propsDeclaration(file: ts.SourceFile): { members: readonly ts.TypeElement[]; open: boolean } | null {
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'Props') return { members: statement.members, open: Boolean(statement.heritageClauses?.length) };
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Props') {
      return ts.isTypeLiteralNode(statement.type) ? { members: statement.type.members, open: false } : { members: [], open: true };
    }
  }
  return null;
}

/**
 * The contract of an .astro component from its source. A component without
 * Props that never reads Astro.props takes none; one that reads them without
 * declaring them has no contract to check against (null).
 */
export function componentContract(astroSource: string): ComponentContract | null {
  const [, script = '', template = astroSource] = /^\s*---\r?\n([\s\S]*?)\r?\n---\s*?\r?\n([\s\S]*)$/.exec(astroSource) ?? [];
  const file = ts.createSourceFile('Props.ts', script, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declaration = propsDeclaration(file);
  if (!declaration && /\bAstro\.props\b/.test(script)) return null;
  const props = new Map<string, PropContract>();
  for (const member of declaration?.members ?? []) {
    if (!ts.isPropertySignature(member) || !member.name || ts.isComputedPropertyName(member.name)) continue;
    const { accepts, optional } = member.type ? accepted(member.type) : { accepts: undefined, optional: false };
    props.set(member.name.text, { required: !member.questionToken && !optional, type: member.type?.getText(file) ?? 'any', ...(accepts ? { accepts } : {}) });
  }
  return { props, open: declaration?.open ?? false, takesContent: /<slot[\s/>]/.test(template) };
}

/** Whether a literal written in MDX is a value the prop admits. */
export function admits(prop: PropContract, value: Value): boolean {
  if (!prop.accepts) return true;
  return prop.accepts.kinds.has(typeof value as 'string' | 'number' | 'boolean') || prop.accepts.literals.includes(value);
}
