import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast, PluginFactoryContext } from 'satteri';
import { importedComponents } from '../lib/content-rules/mdx-tags';
import { parseSource } from '../lib/content-rules/source';

const WRAPPER = fileURLToPath(new URL('../components/ComponentUse.astro', import.meta.url));
const WRAPPER_NAME = 'ComponentUse__';

/**
 * Wraps every component used in an MDX file, `<StepCompanion step={9} />`, in
 * `<ComponentUse file line component module>` (src/components/ComponentUse.astro),
 * which names that file and line when the component throws while rendering.
 */
export function componentUses(context: PluginFactoryContext): HastPluginDefinition | null {
  if (context.sourceFormat !== 'mdx' || !context.fileURL) return null;
  const absolute = fileURLToPath(context.fileURL);
  const file = path.relative(process.cwd(), absolute);
  // The source as written: the compiler's copy has the frontmatter blanked.
  const source = parseSource(file, fs.readFileSync(absolute, 'utf8'));
  const imports = 'what' in source ? new Map<string, string>() : importedComponents(source);
  const visit = (node: MdxJsxFlowElementHast | MdxJsxTextElementHast, ctx: HastVisitorContext) => {
    if (!node.name || !/^[A-Z]/.test(node.name) || node.name === WRAPPER_NAME) return;
    // A named-slot child must stay its parent's child; an error in it is named at the parent's use.
    if (node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'slot')) return;
    const specifier = imports.get(node.name.split('.')[0]!);
    const stamp = {
      file,
      line: node.position ? String(node.position.start.line) : undefined,
      component: node.name,
      module: specifier?.startsWith('.') ? path.relative(process.cwd(), path.resolve(path.dirname(absolute), specifier)) : specifier,
    };
    const attributes = Object.entries(stamp).flatMap(([name, value]) => (value === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name, value }]));
    ctx.wrapNode(node, { type: node.type, name: WRAPPER_NAME, attributes, children: [] });
  };
  return {
    name: 'component-uses',
    options: { position: true },
    before(root, ctx) {
      ctx.prependChild(root, { type: 'mdxjsEsm', value: `import ${WRAPPER_NAME} from ${JSON.stringify(WRAPPER)};` });
    },
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
  };
}
