import { escapeXml } from './sitemap.js';

/**
 * An RSS 2.0 document (the announcements feed). Everything printed is escaped for XML, and
 * characters XML 1.0 forbids (control characters pasted from a word processor) are dropped, so
 * one odd announcement cannot make the whole feed unreadable for every subscriber.
 */
export type RssChannel = { title: string; link: string; description: string; language: string; selfLink: string };
export type RssItem = { title: string; link: string; description: string; publishedAt: Date; category?: string };

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The sitemap's escaping, after dropping the characters XML 1.0 cannot carry at all. */
export function xmlEscape(text: string): string {
  return escapeXml(text.replace(forbidden, ''));
}

const element = (name: string, value: string) => `<${name}>${xmlEscape(value)}</${name}>`;

export function rssFeed(channel: RssChannel, items: RssItem[]): string {
  const lastBuild = items.reduce<Date | null>((max, i) => (!max || i.publishedAt > max ? i.publishedAt : max), null);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${xmlEscape(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuild ? [element('lastBuildDate', lastBuild.toUTCString())] : []),
    ...items.map((i) =>
      [
        '<item>',
        element('title', i.title),
        element('link', i.link),
        `<guid isPermaLink="true">${xmlEscape(i.link)}</guid>`,
        element('pubDate', i.publishedAt.toUTCString()),
        ...(i.category ? [element('category', i.category)] : []),
        element('description', i.description),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
