/** Builds an in-memory section file for the rules' unit tests. */
export function section(frontmatter: string, body = '正文。'): string {
  const base = 'title: 测试小节\nnavTitle: 测试\ndescription: 这是一段用来测试规则的描述文字，长度超过二十个字符。\norder: 9\n';
  return `---\n${base}${frontmatter}\n---\n\n${body}\n`;
}
