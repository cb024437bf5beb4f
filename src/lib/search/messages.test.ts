import { describe, expect, it } from 'vitest';
import type { SearchGroup, SearchResponse } from './engine';
import { cleanQuery, closestNotice, correctionNotice, MAX_QUERY_CHARS, noMatchNotice, resultSummary, searchOriginalLabel } from './messages';

const group = (hits: number): SearchGroup => ({
  title: '开通步骤',
  section: '开通步骤',
  url: '/steps/',
  hits: Array.from({ length: hits }, (_, i) => ({ url: `/steps/#step-${i + 1}`, heading: `第 ${i + 1} 步`, excerpt: '' })),
});
const response = (tier: SearchResponse['tier'], groups: SearchGroup[], corrected: string | null = null): SearchResponse => ({
  tier,
  corrected,
  groups,
  suggestions: tier === 'none' ? [group(7)] : [],
});

describe('what the search UI says', () => {
  it.each<[SearchResponse, string, string]>([
    [response('exact', [group(2), group(1)]), '立即开通', '找到 3 条结果，分布在 2 个页面'],
    [response('words', [group(1)]), '信用服务在哪', '找到 1 条结果，分布在 1 个页面'],
    [response('exact', [group(1)], '立即开通'), '立既开通', '已显示「立即开通」的结果。找到 1 条结果，分布在 1 个页面'],
    [response('closest', [group(2)]), '信用卡还款', '没有完全符合「信用卡还款」的内容，显示最接近的 2 条结果，分布在 1 个页面'],
    [response('none', []), '花呗', '没有找到「花呗」，显示开通步骤'],
    [response('none', []), '', ''],
  ])('%# announces %s', (answer, query, summary) => {
    expect(resultSummary(answer, query)).toBe(summary);
  });

  it('names the correction and offers the original', () => {
    expect(correctionNotice('立即开通')).toBe('已显示「立即开通」的结果');
    expect(searchOriginalLabel('立既开通')).toBe('仍然搜索「立既开通」');
  });

  it('never ends at a bare “not found”', () => {
    expect(closestNotice('信用卡还款')).toContain('最接近');
    expect(noMatchNotice('花呗')).toContain('开通步骤');
  });

  it('treats a query of spaces as no query and caps the length', () => {
    expect(cleanQuery('   　 ')).toBe('');
    expect(cleanQuery(' 立即开通 ')).toBe('立即开通');
    expect([...cleanQuery('开'.repeat(500))]).toHaveLength(MAX_QUERY_CHARS);
  });
});
