/**
 * schema.org JSON-LD for search engines: `HowTo` for the steps page, `Article`
 * for the other sections, `BreadcrumbList` everywhere below the home page.
 * Pure builders: URLs arrive absolute, dates as Date.
 */
import { isoDate } from './dates';
import type { Heading } from './headings';

export interface PageFacts {
  url: string;
  title: string;
  description: string;
  published: Date;
  updated: Date;
  lang: string;
  publisher: string;
  /** The publisher's home: the site's own root URL. */
  publisherUrl: string;
  /** The social image (absolute URL), as in og:image. */
  image: { url: string; width: number; height: number };
}

type JsonLd = Record<string, unknown>;


function common(page: PageFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    name: page.title,
    description: page.description,
    url: page.url,
    inLanguage: page.lang,
    datePublished: isoDate(page.published),
    dateModified: isoDate(page.updated),
    publisher: { '@type': 'Organization', name: page.publisher, url: page.publisherUrl },
  };
}

export function articleJsonLd(page: PageFacts): JsonLd {
  return {
    ...common(page),
    '@type': 'Article',
    headline: page.title,
    mainEntityOfPage: page.url,
    image: { '@type': 'ImageObject', ...page.image },
    author: { '@type': 'Organization', name: page.publisher, url: page.publisherUrl },
  };
}

/**
 * A HowTo whose steps are the page's `step-N` headings, each linking to its anchor;
 * `instructions` maps a step's id to its instruction (the paragraph under it).
 */
export function howToJsonLd(page: PageFacts, steps: readonly Heading[], instructions: ReadonlyMap<string, string>): JsonLd {
  return {
    ...common(page),
    '@type': 'HowTo',
    image: { '@type': 'ImageObject', ...page.image },
    step: steps.map((step, index) => {
      const text = instructions.get(step.slug);
      if (!text) throw new Error(`${page.url}: step "${step.text}" (#${step.slug}) has no instruction; write a paragraph under its heading.`);
      return {
        '@type': 'HowToStep',
        position: index + 1,
        name: step.text.replace(/^第\s*\d+\s*步[:：]\s*/, ''),
        text,
        url: `${page.url}#${step.slug}`,
      };
    }),
  };
}

export function breadcrumbJsonLd(crumbs: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** Serialises JSON-LD for a <script> element: `<` is escaped so content can never close the tag. */
export function serialiseJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The home page: the site itself, with its search page as a SearchAction (`{search_term_string}` is schema.org's placeholder). */
export function websiteJsonLd(site: { name: string; url: string; description: string; lang: string; searchUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
