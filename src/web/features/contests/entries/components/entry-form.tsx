import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, FormField } from '../../../../../domain/contracts/contests.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { ApiError } from '../../../../lib/api.js';
import { useFormat } from '../../../../lib/format.js';
import { showFieldErrors } from '../../../../lib/form-errors.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { entryKey } from '../api/keys.js';
import { useSaveEntry, useSubmitEntry } from '../api/use-entry.js';
import { instantToSecond } from '../../clock.js';
import { clearEntryDraft, readEntryDraft, writeEntryDraft } from '../entry-draft.js';
import { sameValues, toUpdate, valuesOf, type EntryValues } from '../entry-values.js';
import { EntryFiles } from './entry-files.js';
import { MembersField } from './members-field.js';

type Props = { entry: Entry; userId: string; /** Registration has closed (by the browser's clock; the server's decides). */ closed: boolean };

/** A server path to the form's: a file field's problem is shown under its upload (`files.x` or `answers.x`). */
const toField = (path: string) => (path.startsWith('files.') ? `answers.${path.slice('files.'.length)}` : path);

/**
 * The entry form: the work (category, field, title, summary), the group and its members, the
 * contest's own fields with one upload per file field, and the declarations. "Simpan draf" saves;
 * "Kirim" saves and sends, the server's problems shown under their fields. What is typed is also
 * kept in this browser until the server has it. From the registration's close instant on (or
 * once the selection decided) everything is read-only and the page says why. Memoised: the page
 * around it ticks every second for the countdown.
 */
export const EntryForm = memo(function EntryForm({ entry, userId, closed }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const fields = entry.contest?.form ?? [];
  const answerFields = fields.filter((f) => f.kind !== 'berkas');
  const fileFields = fields.filter((f) => f.kind === 'berkas');
  const eligibility = entry.contest?.eligibility;
  const decided = entry.status === 'lolos' || entry.status === 'tidak_lolos';
  const editable = entry.may.edit && !closed && !decided;
  const [restored, setRestored] = useState(() => {
    if (!editable) return null;
    const draft = readEntryDraft(userId, entry.id);
    return draft && !sameValues(draft, valuesOf(entry, fields)) ? draft : null;
  });
  const form = useForm<EntryValues>({
    initialValues: restored ?? valuesOf(entry, fields),
    onValuesChange: (values) => {
      if (editable) writeEntryDraft(userId, entry.id, values);
    },
  });
  const save = useSaveEntry(entry.id);
  const send = useSubmitEntry(entry.id);
  const [error, setError] = useState<unknown>(null);
  const busy = save.isPending || send.isPending;

  const discardDraft = () => {
    clearEntryDraft(userId, entry.id);
    form.setValues(valuesOf(entry, fields));
    setRestored(null);
  };

  const fail = (err: unknown) => {
    setError(err);
    showFieldErrors(form, err, toField);
    // A closed registration or a newer version: show what the server holds now.
    if (err instanceof ApiError && err.status === 409) void queryClient.invalidateQueries({ queryKey: entryKey(entry.id) });
  };

  const store = async (): Promise<Entry | null> => {
    setError(null);
    form.clearErrors();
    try {
      const saved = await save.mutateAsync(toUpdate(form.getValues(), entry, fields));
      clearEntryDraft(userId, entry.id);
      setRestored(null);
      return saved;
    } catch (err) {
      fail(err);
      return null;
    }
  };

  const saveDraft = async () => {
    if (await store()) notifySuccess(entry.status === 'draf' ? t('ui.contestEntry.form.saved') : t('ui.contestEntry.form.revised'));
  };

  const submit = async () => {
    if (!(await store())) return;
    try {
      const sent = await send.mutateAsync();
      notifySuccess(t('ui.contestEntry.form.sent', { number: sent.number ?? '' }));
    } catch (err) {
      fail(err);
    }
  };

  const why = closed
    ? t('ui.contestEntry.form.closed', { date: entry.closesAt ? instantToSecond(entry.closesAt, entry.zone, i18n.language, t(`ui.timeZones.short.${entry.zone}`)) : '' })
    : decided
      ? t('ui.contestEntry.form.decided')
      : !entry.may.edit
        ? t('ui.contestEntry.form.readOnly')
        : null;

  const section = (key: string, title: string, children: ReactNode) => (
    <Stack gap="sm" component="section" aria-labelledby={`karya-${key}`}>
      <Title order={2} size="h3" id={`karya-${key}`}>
        {title}
      </Title>
      {children}
    </Stack>
  );

  const fileProblems = Object.fromEntries(fileFields.map((f) => [f.key, form.errors[`answers.${f.key}`] as string | undefined]));
  const showDeclarations = Boolean(eligibility && (eligibility.residentsOnly || eligibility.notAwardedElsewhere || eligibility.implementedFrom || eligibility.implementedTo));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void saveDraft();
      }}
    >
      <Stack gap="xl">
        {why && (
          <Alert color="orange" role="status" title={t('ui.contestEntry.form.lockedTitle')}>
            {why}
          </Alert>
        )}
        {restored && (
          <Alert color="blue" role="status">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('ui.contestEntry.form.draftRestored')}</Text>
              <Button variant="subtle" size="compact-sm" onClick={discardDraft}>
                {t('ui.contestEntry.form.discardDraft')}
              </Button>
            </Group>
          </Alert>
        )}
        {!entry.contest && <Alert color="yellow">{t('ui.contestEntry.form.noContest')}</Alert>}
        {section(
          'data',
          t('ui.contestEntry.form.work'),
          <>
            {editable && (
              <Text size="sm" c="dimmed">
                {t('ui.contestEntry.form.localNote')}
              </Text>
            )}
            {entry.entrantKind === 'unit' && entry.unitName && <Text size="sm">{t('ui.contestEntry.form.unit', { unit: entry.unitName })}</Text>}
            {entry.contest && (
              <Select
                label={t('ui.contestEntry.form.category')}
                data={entry.contest.categories.map((c) => ({ value: c.key, label: c.name }))}
                withAsterisk
                disabled={!editable}
                allowDeselect={false}
                {...form.getInputProps('category')}
              />
            )}
            {entry.contest && entry.contest.fieldsOfWork.length > 0 && (
              <Select
                label={t('ui.contestEntry.form.fieldOfWork')}
                data={entry.contest.fieldsOfWork}
                withAsterisk
                searchable
                nothingFoundMessage={t('ui.common.nothingFound')}
                disabled={!editable}
                allowDeselect={false}
                {...form.getInputProps('fieldOfWork')}
              />
            )}
            <TextInput label={t('ui.contestEntry.form.title')} withAsterisk maxLength={300} disabled={!editable} {...form.getInputProps('title')} />
            <Textarea
              label={t('ui.contestEntry.form.summary')}
              description={t('ui.contestEntry.form.summaryHint')}
              withAsterisk
              autosize
              minRows={4}
              maxRows={16}
              maxLength={10000}
              disabled={!editable}
              {...form.getInputProps('summary')}
            />
          </>,
        )}
        {entry.entrantKind === 'kelompok' &&
          section('kelompok', t('ui.contestEntry.form.group'), <MembersField form={form} editable={editable} maxGroupSize={eligibility?.maxGroupSize ?? null} />)}
        {answerFields.length > 0 &&
          section(
            'isian',
            t('ui.contestEntry.form.answers'),
            answerFields.map((field) => <AnswerInput key={field.key} field={field} editable={editable} inputProps={form.getInputProps(`answers.${field.key}`)} />),
          )}
        {fileFields.length > 0 && section('berkas', t('ui.contestEntry.files.heading'), <EntryFiles entry={entry} fields={fileFields} editable={editable} problems={fileProblems} />)}
        {showDeclarations &&
          eligibility &&
          section(
            'pernyataan',
            t('ui.contestEntry.form.declarations'),
            <>
              {eligibility.residentsOnly && (
                <Checkbox label={t('ui.contestEntry.form.resident')} disabled={!editable} {...form.getInputProps('declarations.resident', { type: 'checkbox' })} />
              )}
              {eligibility.notAwardedElsewhere && (
                <Checkbox
                  label={t('ui.contestEntry.form.notAwardedElsewhere')}
                  disabled={!editable}
                  {...form.getInputProps('declarations.notAwardedElsewhere', { type: 'checkbox' })}
                />
              )}
              {(eligibility.implementedFrom || eligibility.implementedTo) && (
                <TextInput
                  type="date"
                  label={t('ui.contestEntry.form.implementedOn')}
                  description={
                    eligibility.implementedFrom && eligibility.implementedTo
                      ? t('ui.contestEntry.form.implementedBetween', { from: format.date(eligibility.implementedFrom), to: format.date(eligibility.implementedTo) })
                      : eligibility.implementedFrom
                        ? t('ui.contestEntry.form.implementedFrom', { from: format.date(eligibility.implementedFrom) })
                        : t('ui.contestEntry.form.implementedTo', { to: format.date(eligibility.implementedTo!) })
                  }
                  withAsterisk
                  min={eligibility.implementedFrom ?? undefined}
                  max={eligibility.implementedTo ?? undefined}
                  disabled={!editable}
                  {...form.getInputProps('declarations.implementedOn')}
                />
              )}
              {eligibility.notes && (
                <Text size="sm" c="dimmed">
                  {eligibility.notes}
                </Text>
              )}
            </>,
          )}
        <ErrorAlert error={error} formValues={form.values} />
        {editable && (
          <Group gap="sm">
            <Button type="submit" variant={entry.status === 'draf' ? 'default' : 'filled'} loading={save.isPending && !send.isPending} disabled={busy}>
              {entry.status === 'draf' ? t('ui.contestEntry.form.saveDraft') : t('ui.contestEntry.form.saveChanges')}
            </Button>
            {/* Offered on every draft: when something is missing, the server says what, under each field. */}
            {entry.status === 'draf' && (
              <Button onClick={() => void submit()} loading={send.isPending} disabled={busy}>
                {t('ui.contestEntry.form.submit')}
              </Button>
            )}
          </Group>
        )}
        {editable && entry.status === 'draf' && (
          <Text size="sm" c="dimmed">
            {t('ui.contestEntry.form.sendNote')}
          </Text>
        )}
      </Stack>
    </form>
  );
});

type InputProps = ReturnType<UseFormReturnType<EntryValues>['getInputProps']>;

/** One of the contest's own fields (not a file), by its kind. */
function AnswerInput({ field, editable, inputProps }: { field: FormField; editable: boolean; inputProps: InputProps }) {
  const { t } = useTranslation();
  const common = { label: field.label, description: field.help ?? undefined, withAsterisk: field.required, disabled: !editable };
  switch (field.kind) {
    case 'teks':
      return <Textarea {...common} autosize minRows={2} maxRows={12} maxLength={10000} {...inputProps} />;
    case 'angka':
      return (
        <NumberInput
          {...common}
          {...inputProps}
          value={inputProps.value as string}
          onChange={(v) => (inputProps.onChange as (v: string) => void)(v === '' ? '' : String(v))}
        />
      );
    case 'pilihan':
      return (
        <Select
          {...common}
          data={field.options}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          {...inputProps}
          value={(inputProps.value as string) || null}
          onChange={(v) => (inputProps.onChange as (v: string) => void)(v ?? '')}
        />
      );
    case 'tautan':
      return <TextInput {...common} type="url" placeholder="https://" maxLength={2000} {...inputProps} />;
    default:
      return null;
  }
}
