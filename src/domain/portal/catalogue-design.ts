/**
 * The design (rancang bangun) is stored as the rich-text editor's restricted HTML. A public page must
 * never echo stored HTML, so it is turned into plain blocks (paragraphs, headings, list items) whose
 * text the page renders escaped; links keep their visible text only.
 */
export type DesignBlock = { kind: 'paragraph' | 'heading'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function decode(text: string): string {
  return text
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, e: string) => entities[e] ?? ' ')
    .replace(/&#(\d{1,6});/g, (_, n: string) => {
      const code = Number(n);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    })
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => {
      const code = parseInt(n, 16);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    });
}

const clean = (html: string) =>
  decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Blocks of the stored design. Text outside any block element becomes a paragraph; `<script>` and
 * `<style>` contents are dropped with their tags. Plain text (no tags) is split on blank lines.
 */
export function designBlocks(html: string): DesignBlock[] {
  const source = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  if (!/<[a-z/][^>]*>/i.test(source)) {
    return source
      .split(/\n\s*\n/)
      .map((p) => clean(p))
      .filter(Boolean)
      .map((text) => ({ kind: 'paragraph' as const, text }));
  }
  const blocks: DesignBlock[] = [];
  const re = /<(ul|ol)\b[^>]*>([\s\S]*?)<\/\1\s*>|<(h[1-6])\b[^>]*>([\s\S]*?)<\/\3\s*>|<(p|div|blockquote|pre)\b[^>]*>([\s\S]*?)<\/\5\s*>/gi;
  let last = 0;
  const loose = (chunk: string) => {
    const text = clean(chunk);
    if (text) blocks.push({ kind: 'paragraph', text });
  };
  for (const m of source.matchAll(re)) {
    loose(source.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1]) {
      const items = [...m[2]!.matchAll(/<li\b[^>]*>([\s\S]*?)(?=<li\b|$)/gi)].map((li) => clean(li[1]!)).filter(Boolean);
      if (items.length) blocks.push({ kind: 'list', ordered: m[1].toLowerCase() === 'ol', items });
    } else if (m[3]) {
      const text = clean(m[4]!);
      if (text) blocks.push({ kind: 'heading', text });
    } else {
      loose(m[6]!);
    }
  }
  loose(source.slice(last));
  return blocks;
}

/** Applies `fn` (e.g. personal-data masking) to every text of the blocks. */
export function mapDesignText(blocks: DesignBlock[], fn: (text: string) => string): DesignBlock[] {
  return blocks.map((b) => (b.kind === 'list' ? { ...b, items: b.items.map(fn) } : { ...b, text: fn(b.text) }));
}
