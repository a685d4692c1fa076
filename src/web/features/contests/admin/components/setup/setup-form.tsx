import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { fromZoneLocal } from '../../../../../../domain/zone-time.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { ApiError } from '../../../../../lib/api.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { useReloadContest, useUpdateContest } from '../../api/use-contests.js';
import { CategoriesFields } from './categories-fields.js';
import { CriteriaFields } from './criteria-fields.js';
import { EligibilityFields } from './eligibility-fields.js';
import { FormFields } from './form-fields.js';
import { GeneralFields } from './general-fields.js';
import { JudgingFields } from './judging-fields.js';
import { RoundsFields } from './rounds-fields.js';
import { SetupSection } from './setup-section.js';
import { placeProblems, toUpdate, toValues, type SetupSection as Section, type SetupValues } from './setup-values.js';

/**
 * The whole setup, saved at once with the version read. The server checks every rule (timeline in
 * order, unique keys, weights adding up to 100 …): its problems are shown beside the fields, or on
 * top of their section when they name no single field. Remount with the saved contest's version.
 * `onDirtyChange` tells the page whether there are unsaved edits (see below).
 */
export function SetupForm({ contest, onDirtyChange }: { contest: Contest; onDirtyChange?: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateContest(contest.id);
  const reload = useReloadContest(contest.id);
  const stale = update.error instanceof ApiError && update.error.code === 'VERSION_CONFLICT' ? update.error : null;
  const [sections, setSections] = useState<Partial<Record<Section, string[]>>>({});
  const instant = (v: string) => (fromZoneLocal(v, contest.zone) ? null : t('validation.required'));
  const form = useForm<SetupValues>({
    initialValues: toValues(contest),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      rounds: { opensAt: instant, closesAt: instant },
    },
  });

  // Publishing the contest or its results stores a new version, which remounts this form with the
  // stored setup: unsaved edits would be dropped without a word, so the page holds publishing back
  // while there are any. Compared by value rather than with form.isDirty(): Mantine clears a list's
  // dirty flag when an item is added or removed, so isDirty() can miss a new category or round.
  const dirty = JSON.stringify(form.values) !== JSON.stringify(form.getInitialValues());
  useEffect(() => {
    onDirtyChange?.(dirty);
    // Unmounted (a save or a reload remounts it): nothing of it is unsaved any more.
    return () => onDirtyChange?.(false);
  }, [dirty, onDirtyChange]);

  const submit = form.onSubmit((values) => {
    setSections({});
    update.mutate(toUpdate(values, contest.zone, contest.version), {
      onSuccess: () => notifySuccess(t('ui.contestAdmin.setup.saved')),
      onError: (err) => {
        const placed = placeProblems(err instanceof ApiError ? err.fields : [], values);
        form.setErrors(placed.fields);
        setSections(placed.sections);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.contestAdmin.tabs.setup')}>
      <Stack gap="xl">
        {/* Field problems are beside their fields or on top of their sections; the alert says why the save failed. */}
        <ErrorAlert error={update.error} formValues={form.values} />
        {stale && (
          <Group>
            <Button variant="default" onClick={() => reload((stale.details as { current?: Contest } | undefined)?.current)}>
              {t('ui.contestAdmin.setup.reload')}
            </Button>
          </Group>
        )}
        <SetupSection id="general" title={t('ui.contestAdmin.setup.sections.general')} problems={sections.general}>
          <GeneralFields form={form} />
        </SetupSection>
        <SetupSection id="categories" title={t('ui.contestAdmin.setup.sections.categories')} problems={sections.categories}>
          <CategoriesFields form={form} />
        </SetupSection>
        <SetupSection id="eligibility" title={t('ui.contestAdmin.setup.sections.eligibility')} problems={sections.eligibility}>
          <EligibilityFields form={form} />
        </SetupSection>
        <SetupSection id="rounds" title={t('ui.contestAdmin.setup.sections.rounds')} problems={sections.rounds}>
          <RoundsFields form={form} contest={contest} />
        </SetupSection>
        <SetupSection id="form" title={t('ui.contestAdmin.setup.sections.form')} problems={sections.form}>
          <FormFields form={form} />
        </SetupSection>
        <SetupSection id="criteria" title={t('ui.contestAdmin.setup.sections.criteria')} problems={sections.criteria}>
          <CriteriaFields form={form} />
        </SetupSection>
        <SetupSection id="judging" title={t('ui.contestAdmin.setup.sections.judging')} problems={sections.judging}>
          <JudgingFields form={form} />
        </SetupSection>
        <SetupSection id="signatory" title={t('ui.contestAdmin.setup.sections.signatory')} problems={sections.signatory}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput label={t('ui.contestAdmin.setup.signatory.name')} withAsterisk maxLength={200} {...form.getInputProps('signatory.name')} />
            <TextInput label={t('ui.contestAdmin.setup.signatory.title')} withAsterisk maxLength={200} {...form.getInputProps('signatory.title')} />
          </SimpleGrid>
        </SetupSection>
        {update.error != null && Object.keys(form.errors).length + Object.keys(sections).length > 0 && (
          <Alert color="red">{t('ui.contestAdmin.setup.invalid')}</Alert>
        )}
        {/* On the left, kept in view: notifications appear bottom right and would cover it. */}
        <Group pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
          <Button type="submit" loading={update.isPending}>
            {t('ui.common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
