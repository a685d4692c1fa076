import { describe, expect, it } from 'vitest';
import { pickLanguage, resources } from './index.js';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(obj: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (o: object, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[`${prefix}${k}`] = [...v.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort();
      else walk(v as object, `${prefix}${k}.`);
    }
  };
  walk(obj, '');
  return out;
}

describe('i18n catalogue', () => {
  it('has the same keys in Indonesian and English', () => {
    expect(keys(resources.en.translation).sort()).toEqual(keys(resources.id.translation).sort());
  });

  it('uses the same placeholders in both languages', () => {
    expect(placeholders(resources.en.translation)).toEqual(placeholders(resources.id.translation));
  });

  it('has no empty text', () => {
    for (const lang of [resources.id, resources.en]) {
      const empty = Object.entries(placeholders(lang.translation)).filter(([key]) => {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], lang.translation);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});

describe('pickLanguage', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['id', 'id'],
    ['id-ID,id;q=0.9', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['fr-FR', 'id'],
  ])('%j → %s', (header, lang) => {
    expect(pickLanguage(header)).toBe(lang);
  });
});
