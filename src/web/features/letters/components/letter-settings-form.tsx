import { Alert, Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterSettings } from '../../../../domain/contracts/letters.js';
import { zoneDay } from '../../../../domain/letters/indonesian-date.js';
import { formatLetterNumber, patternNeedsUnit, validatePattern } from '../../../../domain/letters/numbering.js';
import { nipProblem } from '../../../../domain/nip.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveLetterSettings, type LetterSettingsViewData } from '../api/use-letter-settings.js';
import { patternProblemText } from '../pattern-problems.js';

// What `{unit}` stands for in the preview: the server abbreviates the unit's name ("Dinas Kesehatan" → "DK").
const sampleUnitCode = 'DK';

const fields = ['government', 'place', 'numberPattern', 'signatory.title', 'signatory.name', 'signatory.rank', 'signatory.nip', 'signatory.onBehalfOf', 'headOffice', 'headName'];

const optional = (value: string) => value.trim() || null;

/** The first letter number of the year the pattern gives (seq 1, today); null while the pattern is invalid. */
function previewNumber(pattern: string, today: string): string | null {
  if (validatePattern(pattern).length > 0) return null;
  return formatLetterNumber(pattern, { seq: 1, date: today, unitCode: sampleUnitCode });
}

/** The letterhead, numbering and signatory every letter uses; saved whole with PUT (admins only). */
export function LetterSettingsForm({ settings }: { settings: LetterSettingsViewData }) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const save = useSaveLetterSettings();
  const s = settings.signatory;
  const form = useForm({
    initialValues: {
      government: settings.government,
      place: settings.place,
      numberPattern: settings.numberPattern,
      signatory: { title: s.title, name: s.name, rank: s.rank ?? '', nip: s.nip ?? '', onBehalfOf: s.onBehalfOf ?? '' },
      headOffice: settings.headOffice,
      headName: settings.headName ?? '',
    },
    // The pattern is checked as it is typed, next to the preview of the number it gives.
    validateInputOnChange: ['numberPattern'],
    validate: {
      government: (value) => (value.trim() ? null : t('validation.required')),
      place: (value) => (value.trim() ? null : t('validation.required')),
      numberPattern: (value) => patternProblemText(t, validatePattern(value)),
      signatory: {
        title: (value) => (value.trim() ? null : t('validation.required')),
        name: (value) => (value.trim() ? null : t('validation.required')),
        nip: (value) => {
          const problem = value.trim() ? nipProblem(value.trim()) : null;
          return problem ? t(`validation.nip.${problem}`) : null;
        },
      },
      headOffice: (value) => (value.trim() ? null : t('validation.required')),
    },
  });

  const values = form.values;
  const today = zoneDay(new Date(), zone);
  const preview = previewNumber(values.numberPattern, today);

  const submit = form.onSubmit((v) => {
    const input: LetterSettings = {
      government: v.government.trim(),
      place: v.place.trim(),
      numberPattern: v.numberPattern.trim(),
      signatory: {
        title: v.signatory.title.trim(),
        name: v.signatory.name.trim(),
        rank: optional(v.signatory.rank),
        nip: optional(v.signatory.nip),
        onBehalfOf: optional(v.signatory.onBehalfOf),
      },
      headOffice: v.headOffice.trim(),
      headName: optional(v.headName),
    };
    save.mutate(input, {
      onSuccess: () => {
        form.resetDirty();
        notifySuccess(t('ui.common.saved'));
      },
      onError: (err) => showFieldErrors(form, err, (path) => (fields.includes(path) ? path : null)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('ui.letters.settings.intro')}</Text>
        {!settings.saved && (
          <Alert color="yellow" title={t('ui.letters.settings.unsaved')}>
            {t('ui.letters.settings.unsavedHint')}
          </Alert>
        )}
        <ErrorAlert error={save.error} formValues={form.values} />
        <Fieldset legend={t('ui.letters.settings.letterheadLegend')}>
          <Stack>
            <TextInput
              label={t('ui.letters.settings.government')}
              description={t('ui.letters.settings.governmentHint')}
              withAsterisk
              maxLength={200}
              {...form.getInputProps('government')}
            />
            <TextInput
              label={t('ui.letters.settings.place')}
              description={t('ui.letters.settings.placeHint')}
              withAsterisk
              maxLength={100}
              {...form.getInputProps('place')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('ui.letters.settings.numberLegend')}>
          <TextInput
            label={t('ui.letters.settings.numberPattern')}
            description={t('ui.letters.settings.numberPatternHint')}
            withAsterisk
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            {...form.getInputProps('numberPattern')}
          />
          {/* Read out when it changes, so a screen reader hears what the pattern gives. */}
          <Text size="sm" mt="xs" aria-live="polite">
            {preview && (
              <>
                {t('ui.letters.settings.preview', { year: today.slice(0, 4) })}{' '}
                <Text span ff="monospace" fw={700}>
                  {preview}
                </Text>
              </>
            )}
          </Text>
          {preview && patternNeedsUnit(values.numberPattern) && (
            <Text size="xs" c="dimmed">
              {t('ui.letters.settings.previewUnit', { code: sampleUnitCode })}
            </Text>
          )}
        </Fieldset>
        <Fieldset legend={t('ui.letters.settings.signatoryLegend')}>
          <Stack>
            <TextInput
              label={t('ui.letters.settings.signatoryTitle')}
              description={t('ui.letters.settings.signatoryTitleHint')}
              withAsterisk
              maxLength={200}
              {...form.getInputProps('signatory.title')}
            />
            <TextInput
              label={t('ui.letters.settings.signatoryName')}
              description={t('ui.letters.settings.signatoryNameHint')}
              withAsterisk
              maxLength={120}
              {...form.getInputProps('signatory.name')}
            />
            <TextInput label={t('ui.letters.settings.rank')} description={t('ui.letters.settings.rankHint')} maxLength={120} {...form.getInputProps('signatory.rank')} />
            <Stack gap={4}>
              <TextInput
                label={t('ui.letters.settings.nip')}
                description={t('ui.letters.settings.nipHint')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={18}
                maw={280}
                {...form.getInputProps('signatory.nip')}
              />
              <Text size="xs" c="dimmed">
                {t('ui.letters.settings.nipNote')}
              </Text>
            </Stack>
            <TextInput
              label={t('ui.letters.settings.onBehalfOf')}
              description={t('ui.letters.settings.onBehalfOfHint')}
              maxLength={200}
              {...form.getInputProps('signatory.onBehalfOf')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('ui.letters.settings.decreeLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('ui.letters.settings.headOffice')}
              description={t('ui.letters.settings.headOfficeHint')}
              withAsterisk
              maxLength={120}
              {...form.getInputProps('headOffice')}
            />
            <TextInput label={t('ui.letters.settings.headName')} description={t('ui.letters.settings.headNameHint')} maxLength={120} {...form.getInputProps('headName')} />
          </SimpleGrid>
        </Fieldset>
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('ui.letters.settings.save')}
        </Button>
      </Stack>
    </form>
  );
}
