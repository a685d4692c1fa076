import { describe, expect, it } from 'vitest';
import { designBlocks, mapDesignText } from './catalogue-design.js';

describe('designBlocks', () => {
  it.each([
    ['paragraphs and a heading', '<h3>Latar belakang</h3><p>Antrean <strong>panjang</strong>.</p><p>Solusi&nbsp;daring.</p>', [
      { kind: 'heading', text: 'Latar belakang' },
      { kind: 'paragraph', text: 'Antrean panjang.' },
      { kind: 'paragraph', text: 'Solusi daring.' },
    ]],
    ['lists', '<ul><li><p>Satu</p></li><li>Dua</li></ul><ol><li>Pertama</li></ol>', [
      { kind: 'list', ordered: false, items: ['Satu', 'Dua'] },
      { kind: 'list', ordered: true, items: ['Pertama'] },
    ]],
    ['links keep their text only', '<p>Lihat <a href="javascript:alert(1)">situs</a>.</p>', [{ kind: 'paragraph', text: 'Lihat situs.' }]],
    ['scripts and styles are dropped', '<p>Aman</p><script>alert("x")</script><style>p{}</style>', [{ kind: 'paragraph', text: 'Aman' }]],
    ['loose text becomes a paragraph', 'Awal <p>Tengah</p> akhir', [
      { kind: 'paragraph', text: 'Awal' },
      { kind: 'paragraph', text: 'Tengah' },
      { kind: 'paragraph', text: 'akhir' },
    ]],
    ['plain text splits on blank lines', 'Satu\nbaris\n\nDua', [
      { kind: 'paragraph', text: 'Satu baris' },
      { kind: 'paragraph', text: 'Dua' },
    ]],
    ['entities are decoded once (the page escapes them again)', '<p>&lt;b&gt; &amp; &#8211; &#x41;</p>', [{ kind: 'paragraph', text: '<b> & – A' }]],
    ['empty', '', []],
    ['empty paragraphs are skipped', '<p></p><p> <br> </p>', []],
  ])('%s', (_, html, blocks) => {
    expect(designBlocks(html)).toEqual(blocks);
  });

  it('maps every text', () => {
    const blocks = mapDesignText(designBlocks('<h2>a</h2><p>b</p><ul><li>c</li></ul>'), (s) => s.toUpperCase());
    expect(blocks).toEqual([
      { kind: 'heading', text: 'A' },
      { kind: 'paragraph', text: 'B' },
      { kind: 'list', ordered: false, items: ['C'] },
    ]);
  });
});
