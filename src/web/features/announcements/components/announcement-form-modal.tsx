import { SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement, AnnouncementInput, AnnouncementKind } from '../../../../domain/contracts/announcements.js';
import { fromZoneLocal, toZoneLocal } from '../../../../domain/zone-time.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveAnnouncement } from '../api/use-save-announcement.js';

/** Writes a new announcement when `announcement` is null, edits it otherwise. The event's start is entered on the region's wall clock. */
export function AnnouncementFormModal({ announcement, onClose }: { announcement: Announcement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const save = useSaveAnnouncement();
  const form = useForm({
    initialValues: {
      kind: (announcement?.kind ?? 'berita') as AnnouncementKind,
      title: announcement?.title ?? '',
      summary: announcement?.summary ?? '',
      body: announcement?.body ?? '',
      eventStartsAt: announcement?.eventStartsAt ? toZoneLocal(announcement.eventStartsAt, zone) : '',
      eventPlace: announcement?.eventPlace ?? '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      body: (v) => (v.trim() ? null : t('validation.required')),
      eventStartsAt: (v, values) => (values.kind === 'sosialisasi' && !fromZoneLocal(v, zone) ? t('validation.required') : null),
      eventPlace: (v, values) => (values.kind === 'sosialisasi' && !v.trim() ? t('validation.required') : null),
    },
  });
  const event = form.values.kind === 'sosialisasi';

  const submit = form.onSubmit((values) => {
    const input: AnnouncementInput = {
      kind: values.kind,
      title: values.title.trim(),
      summary: values.summary.trim() || null,
      body: values.body.trim(),
      eventStartsAt: event ? fromZoneLocal(values.eventStartsAt, zone) : null,
      eventPlace: event ? values.eventPlace.trim() || null : null,
    };
    save.mutate(
      { id: announcement?.id, input },
      {
        onSuccess: () => {
          notifySuccess(t('ui.common.saved'));
          onClose();
        },
        onError: (err) => showFieldErrors(form, err),
      },
    );
  });

  return (
    <Dialog onClose={onClose} title={announcement ? t('ui.announcements.editTitle') : t('ui.announcements.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} formValues={form.values} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="announcement-kind">
              {t('ui.announcements.fields.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="announcement-kind"
              data={(['berita', 'sosialisasi'] as const).map((k) => ({ value: k, label: t(`ui.announcements.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
            />
          </Stack>
          <TextInput label={t('ui.announcements.fields.title')} withAsterisk maxLength={200} {...form.getInputProps('title')} />
          {announcement && <Text size="sm" c="dimmed">{t('ui.announcements.addressHint', { slug: announcement.slug })}</Text>}
          {event && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="datetime-local"
                label={t('ui.announcements.fields.eventStartsAt', { zone: t(`ui.timeZones.short.${zone}`) })}
                withAsterisk
                {...form.getInputProps('eventStartsAt')}
              />
              <TextInput label={t('ui.announcements.fields.eventPlace')} withAsterisk maxLength={200} {...form.getInputProps('eventPlace')} />
            </SimpleGrid>
          )}
          <Textarea label={t('ui.announcements.fields.summary')} description={t('ui.announcements.fields.summaryHint')} autosize minRows={2} maxLength={500} {...form.getInputProps('summary')} />
          <Textarea label={t('ui.announcements.fields.body')} description={t('ui.announcements.fields.bodyHint')} withAsterisk autosize minRows={8} maxRows={20} {...form.getInputProps('body')} />
          <FormActions onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
