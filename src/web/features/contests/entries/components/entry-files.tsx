import { Anchor, Button, FileInput, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, FormField } from '../../../../../domain/contracts/contests.js';
import { ConfirmDialog } from '../../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { ApiError } from '../../../../lib/api.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { entryFileUrl } from '../api/keys.js';
import { useDeleteEntryFile, useEntryFileUpload } from '../api/use-entry.js';

// The server judges the type by the bytes (PDF, JPG, PNG, MP4) and refuses more than 10 MB; this only narrows the picker.
const accept = 'application/pdf,image/jpeg,image/png,video/mp4,.pdf,.jpg,.jpeg,.png,.mp4';
const mb = 1024 * 1024;
const maxBytes = 10 * mb;

type Props = {
  entry: Entry;
  fields: readonly FormField[];
  editable: boolean;
  /** The server's problems for a field (e.g. a required file missing when sending), by field key. */
  problems: Record<string, string | undefined>;
};

/**
 * One upload per `berkas` field of the contest's form. A file goes up as soon as it is picked (the
 * draft exists already), with its progress under its field; a refusal (type 415, size 413) is shown
 * under that field with the server's words. One upload at a time: every picker waits while one is
 * going up. To replace a file, remove it first.
 */
export function EntryFiles({ entry, fields, editable, problems }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  // The file going up (or the last one that failed): its field shows the progress or the refusal.
  const [current, setCurrent] = useState<{ field: string; name: string } | null>(null);
  // Read when the upload ends, whichever render started it.
  const currentName = useRef('');
  const upload = useEntryFileUpload(entry.id, () => {
    notifySuccess(t('ui.contestEntry.files.uploaded', { name: currentName.current }));
    setCurrent(null);
  });
  const remove = useDeleteEntryFile(entry.id);
  const [refused, setRefused] = useState<Record<string, unknown>>({});
  // MB as the 10 MB limit counts them (1024²), in the reader's number format; small files in KB.
  const size = (bytes: number) =>
    bytes < mb / 10
      ? t('ui.contestEntry.files.sizeKb', { size: Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale) })
      : t('ui.contestEntry.files.size', { size: (bytes / mb).toLocaleString(locale, { maximumFractionDigits: 1 }) });
  // Removing a file cannot be undone (it must be uploaded again): asked first.
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  const pick = (field: FormField, file: File | null) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setRefused((r) => ({ ...r, [field.key]: new ApiError(413, 'PAYLOAD_TOO_LARGE', t('ui.contestEntry.files.tooLarge', { name: file.name, size: 10 })) }));
      return;
    }
    // The pickers are disabled while one is going up; this only guards against a picker that was not.
    if (upload.pending) return;
    setRefused((r) => ({ ...r, [field.key]: null }));
    currentName.current = file.name;
    setCurrent({ field: field.key, name: file.name });
    upload.send(field.key, file);
  };

  // The server's refusal, or a cancel, for the field whose upload it was (a cancel is told as such).
  const uploadError = (fieldKey: string) =>
    upload.error && current?.field === fieldKey
      ? upload.error.code === 'ABORTED'
        ? upload.error
        : new ApiError(upload.error.status, 'UPLOAD', t('ui.contestEntry.files.refused', { name: current.name, message: upload.error.message }))
      : null;

  return (
    <Stack gap="lg">
      {fields.map((field) => {
        const files = entry.files.filter((f) => f.field === field.key);
        const busy = upload.pending && current?.field === field.key;
        return (
          <Stack gap={6} key={field.key}>
            {files.length > 0 || !editable ? (
              <>
                <Text size="sm" fw={500} id={`berkas-${field.key}`}>
                  {field.label}
                  {field.required && (
                    <Text span c="red" aria-hidden>
                      {' '}
                      *
                    </Text>
                  )}
                </Text>
                {files.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('ui.contestEntry.files.none')}
                  </Text>
                ) : (
                  <List size="sm" spacing={4} aria-labelledby={`berkas-${field.key}`}>
                    {files.map((f) => (
                      <List.Item key={f.id}>
                        <Group gap="xs">
                          <Anchor href={entryFileUrl(entry.id, f.id)} target="_blank" rel="noopener">
                            {f.name}
                          </Anchor>
                          <Text span size="xs" c="dimmed">
                            {size(f.size)}
                          </Text>
                          {editable && (
                            <Button
                              variant="subtle"
                              color="red"
                              size="compact-xs"
                              aria-label={t('ui.contestEntry.files.remove', { name: f.name })}
                              loading={remove.isPending && remove.variables === f.id}
                              onClick={() => setRemoving({ id: f.id, name: f.name })}
                            >
                              {t('ui.common.delete')}
                            </Button>
                          )}
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                )}
                {problems[field.key] && (
                  <Text size="sm" c="red" role="alert">
                    {problems[field.key]}
                  </Text>
                )}
              </>
            ) : (
              <FileInput
                label={field.label}
                description={[field.help, t('ui.contestEntry.files.hint', { size: 10 })].filter(Boolean).join(' ')}
                withAsterisk={field.required}
                accept={accept}
                value={null}
                onChange={(file) => pick(field, file)}
                // Every picker, not only this one: a second upload would abort the first.
                disabled={upload.pending}
                error={problems[field.key]}
                placeholder={t('ui.contestEntry.files.choose')}
              />
            )}
            {busy && current && (
              <Stack gap={4}>
                {/* Announced once; the bar carries the percentage for screen readers, the text beside it for the eye. */}
                <Group justify="space-between" gap="xs">
                  <Text size="sm" role="status">
                    {t('ui.contestEntry.files.uploading', { name: current.name })}
                  </Text>
                  <Text size="sm" aria-hidden>
                    {t('ui.contestEntry.files.percent', { percent: upload.progress })}
                  </Text>
                </Group>
                <Progress value={upload.progress} aria-label={t('ui.contestEntry.files.progress', { name: current.name })} />
                <Group>
                  <Button size="xs" variant="default" onClick={upload.cancel}>
                    {t('ui.contestEntry.files.cancel')}
                  </Button>
                </Group>
              </Stack>
            )}
            {upload.pending && !busy && editable && files.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('ui.contestEntry.files.oneAtATime')}
              </Text>
            )}
            <ErrorAlert error={refused[field.key] ?? uploadError(field.key)} />
          </Stack>
        );
      })}
      {removing && (
        <ConfirmDialog
          title={t('ui.contestEntry.files.removeTitle')}
          message={t('ui.contestEntry.files.removeMessage', { name: removing.name })}
          confirmLabel={t('ui.common.delete')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                notifySuccess(t('ui.contestEntry.files.removed', { name: removing.name }));
                setRemoving(null);
              },
            })
          }
          onClose={() => {
            remove.reset();
            setRemoving(null);
          }}
        />
      )}
    </Stack>
  );
}
