/**
 * The design (rancang bangun) is stored as restricted HTML from the rich-text editor. The 300-word
 * rule and full-text search read its plain text, so both client and server count words the same way.
 */
const entities: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h[1-6]|\/li|\/div)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words are runs of letters or digits; punctuation and numbers-with-dots do not split a word twice. */
export function countWords(html: string): number {
  const matches = plainText(html).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,/-]*/gu);
  return matches ? matches.length : 0;
}
