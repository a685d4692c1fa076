import { describe, expect, it } from 'vitest';
import type { Eligibility, FormField } from './contests.js';
import { answerProblems, submitProblems, type SubmitInput } from './entry-rules.js';
import { resources } from '../i18n/index.js';

/** Every problem found is worded in both languages (the catalogue has its key). */
function expectWorded(problems: readonly { key: string }[]) {
  const text = (lang: 'id' | 'en', key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);
  for (const { key } of problems) for (const lang of ['id', 'en'] as const) expect(typeof text(lang, key), `${lang}: ${key}`).toBe('string');
}

const f = (key: string, kind: FormField['kind'], required = false, options: string[] = []): FormField => ({ key, label: key, kind, required, help: null, options });
const form = [f('proposal', 'berkas', true), f('video', 'tautan'), f('bahan', 'teks', true), f('biaya', 'angka'), f('tahap', 'pilihan', false, ['uji coba', 'penerapan'])];

describe('answerProblems', () => {
  it.each([
    ['nothing answered', {}, []],
    ['good answers', { video: 'https://youtu.be/abc', bahan: 'Bambu', biaya: 150000, tahap: 'penerapan' }, []],
    ['http is fine too', { video: 'http://contoh.desa.id/video' }, []],
    ['null and empty strings are unanswered', { video: '', bahan: null, biaya: null, tahap: '', proposal: null }, []],
    ['an unknown key', { warna: 'merah' }, [{ path: 'answers.warna', key: 'validation.contests.answerUnknown' }]],
    ['a number as text', { biaya: '150000' }, [{ path: 'answers.biaya', key: 'validation.contests.answerNumber' }]],
    ['an unknown choice', { tahap: 'inisiatif' }, [{ path: 'answers.tahap', key: 'validation.contests.answerChoice', params: { options: 'uji coba, penerapan' } }]],
    ['a link without a scheme', { video: 'youtu.be/abc' }, [{ path: 'answers.video', key: 'validation.contests.answerUrl' }]],
    ['a javascript: link', { video: 'javascript:alert(1)' }, [{ path: 'answers.video', key: 'validation.contests.answerUrl' }]],
    ['an ftp link', { video: 'ftp://contoh.id/x' }, [{ path: 'answers.video', key: 'validation.contests.answerUrl' }]],
    ['a number for a text field', { bahan: 5 }, [{ path: 'answers.bahan', key: 'validation.contests.answerText' }]],
    ['an answer on a file field', { proposal: 'proposal.pdf' }, [{ path: 'answers.proposal', key: 'validation.contests.answerIsFile' }]],
  ] as const)('%s', (_, answers, problems) => {
    const found = answerProblems(form, answers);
    expect(found).toEqual(problems);
    expectWorded(found);
  });
});

const eligibility: Eligibility = { entrants: ['perorangan', 'kelompok'], residentsOnly: true, maxGroupSize: 5, implementedFrom: null, implementedTo: null, notAwardedElsewhere: true, notes: null };
const members = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Anggota ${i + 1}`, role: null }));
const good: SubmitInput = {
  contest: { form, eligibility, categories: [{ key: 'umum', name: 'Umum' }], fieldsOfWork: ['Energi', 'Pendidikan'] },
  entry: {
    entrantKind: 'kelompok',
    category: 'umum',
    fieldOfWork: 'Energi',
    title: 'Biogas dari kotoran sapi',
    summary: 'Reaktor biogas sederhana untuk dapur warga.',
    groupName: 'Tim Biogas Sukamaju',
    members: members(3),
    answers: { bahan: 'Drum bekas, pipa PVC' },
    declarations: { resident: true, notAwardedElsewhere: true, implementedOn: null },
  },
  files: [{ field: 'proposal' }],
};
type Patch = { contest?: Partial<SubmitInput['contest']>; entry?: Partial<SubmitInput['entry']>; files?: SubmitInput['files'] };
const with_ = (p: Patch): SubmitInput => ({ contest: { ...good.contest, ...p.contest }, entry: { ...good.entry, ...p.entry }, files: p.files ?? good.files });
const window = { ...eligibility, implementedFrom: '2024-01-01', implementedTo: '2025-12-31' };
const v = (key: string) => `validation.contests.${key}`;

describe('submitProblems', () => {
  it.each([
    ['a complete group entry', {}, []],
    ['a person without members', { entry: { entrantKind: 'perorangan', groupName: null, members: [] } }, []],
    ['a group of exactly 5', { entry: { members: members(5) } }, []],
    ['a group of 2', { entry: { members: members(2) } }, []],
    ['a group of 6 with a maximum of 5', { entry: { members: members(6) } }, [{ path: 'members', key: v('groupTooLarge'), params: { max: 5, count: 6 } }]],
    ['a group of 1', { entry: { members: members(1) } }, [{ path: 'members', key: v('groupTooSmall'), params: { min: 2 } }]],
    ['a group of 6 when groups are unlimited', { contest: { eligibility: { ...eligibility, maxGroupSize: null } }, entry: { members: members(6) } }, []],
    ['a group without a name', { entry: { groupName: ' ' } }, [{ path: 'groupName', key: v('groupNameRequired') }]],
    ['a person with members', { entry: { entrantKind: 'perorangan', members: members(2) } }, [{ path: 'members', key: v('membersOnlyForGroups') }]],
    ['a unit where only people may enter', { entry: { entrantKind: 'unit', members: [] } }, [{ path: 'entrantKind', key: v('entrantKindNotAllowed'), params: { kind: 'unit' } }]],
    ['no title, no summary', { entry: { title: ' ', summary: '' } }, [{ path: 'title', key: v('titleRequired') }, { path: 'summary', key: v('summaryRequired') }]],
    ['no category', { entry: { category: null } }, [{ path: 'category', key: v('categoryRequired') }]],
    ['an unknown category', { entry: { category: 'smp' } }, [{ path: 'category', key: v('categoryUnknown') }]],
    ['no field of work', { entry: { fieldOfWork: null } }, [{ path: 'fieldOfWork', key: v('fieldOfWorkRequired') }]],
    ['a field of work not on the list', { entry: { fieldOfWork: 'Pariwisata' } }, [{ path: 'fieldOfWork', key: v('fieldOfWorkUnknown') }]],
    ['no field of work when the contest has no list', { contest: { fieldsOfWork: [] }, entry: { fieldOfWork: null } }, []],
    ['the required file missing', { files: [] }, [{ path: 'answers.proposal', key: v('fileRequired') }]],
    ['a file for another field only', { files: [{ field: 'video' }] }, [{ path: 'answers.proposal', key: v('fileRequired') }]],
    ['a required text unanswered', { entry: { answers: { bahan: '  ' } } }, [{ path: 'answers.bahan', key: v('answerRequired') }]],
    ['a bad URL', { entry: { answers: { bahan: 'Bambu', video: 'bukan tautan' } } }, [{ path: 'answers.video', key: v('answerUrl') }]],
    ['an unknown choice', { entry: { answers: { bahan: 'Bambu', tahap: 'rencana' } } }, [{ path: 'answers.tahap', key: v('answerChoice'), params: { options: 'uji coba, penerapan' } }]],
    ['not declared a resident', { entry: { declarations: { ...good.entry.declarations, resident: false } } }, [{ path: 'declarations.resident', key: v('residentRequired') }]],
    ['not a resident when the contest is open to all', { contest: { eligibility: { ...eligibility, residentsOnly: false } }, entry: { declarations: { ...good.entry.declarations, resident: false } } }, []],
    ['not declared unawarded', { entry: { declarations: { ...good.entry.declarations, notAwardedElsewhere: false } } }, [{ path: 'declarations.notAwardedElsewhere', key: v('notAwardedElsewhereRequired') }]],
    ['implemented inside the window', { contest: { eligibility: window }, entry: { declarations: { ...good.entry.declarations, implementedOn: '2024-01-01' } } }, []],
    ['implemented on the window’s last day', { contest: { eligibility: window }, entry: { declarations: { ...good.entry.declarations, implementedOn: '2025-12-31' } } }, []],
    ['implemented before the window', { contest: { eligibility: window }, entry: { declarations: { ...good.entry.declarations, implementedOn: '2023-12-31' } } }, [{ path: 'declarations.implementedOn', key: v('implementedTooEarly'), params: { from: '2024-01-01' } }]],
    ['implemented after the window', { contest: { eligibility: window }, entry: { declarations: { ...good.entry.declarations, implementedOn: '2026-01-01' } } }, [{ path: 'declarations.implementedOn', key: v('implementedTooLate'), params: { to: '2025-12-31' } }]],
    ['no implementation day when a window is set', { contest: { eligibility: window } }, [{ path: 'declarations.implementedOn', key: v('implementedOnRequired') }]],
    ['a window open at the end', { contest: { eligibility: { ...window, implementedTo: null } }, entry: { declarations: { ...good.entry.declarations, implementedOn: '2030-01-01' } } }, []],
  ] as const)('%s', (_, patch, problems) => {
    const found = submitProblems(with_(patch as Patch));
    expect(found).toEqual(problems);
    expectWorded(found);
  });

  it('does not ask a unit to declare residence', () => {
    const unitContest = { ...eligibility, entrants: ['unit' as const], maxGroupSize: null };
    const input = with_({ contest: { eligibility: unitContest }, entry: { entrantKind: 'unit', groupName: null, members: [], declarations: { resident: false, notAwardedElsewhere: true, implementedOn: null } } });
    expect(submitProblems(input)).toEqual([]);
  });

  it('reports every problem at once', () => {
    const input = with_({ entry: { title: '', category: null, members: members(7), answers: { biaya: 'mahal' } }, files: [] });
    expect(submitProblems(input).map((p) => p.path)).toEqual(['title', 'category', 'members', 'answers.proposal', 'answers.bahan', 'answers.biaya']);
  });
});
