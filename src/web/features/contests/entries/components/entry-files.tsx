import { Anchor, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, FormField } from '../../../../../domain/contracts/contests.js';
import { ConfirmDialog } from '../../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { ApiError } from '../../../../lib/api.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { entryFileUrl } from '../api/keys.js';
import { useDeleteEntryFile, useUploadEntryFile } from '../api/use-entry.js';

// The server judges the type by the bytes (PDF, JPG, PNG, MP4) and refuses more than 10 MB; this only narrows the picker.
const accept = 'application/pdf,image/jpeg,image/png,video/mp4,.pdf,.jpg,.jpeg,.png,.mp4';
const maxBytes = 10 * 1024 * 1024;

type Props = {
  entry: Entry;
  fields: readonly FormField[];
  editable: boolean;
  /** The server's problems for a field (e.g. a required file missing when sending), by field key. */
  problems: Record<string, string | undefined>;
};

/**
 * One upload per `berkas` field of the contest's form. A file goes up as soon as it is picked (the
 * draft exists already); a refusal (type 415, size 413) is shown under that field with the
 * server's words. To replace a file, remove it first.
 */
export function EntryFiles({ entry, fields, editable, problems }: Props) {
  const { t } = useTranslation();
  const upload = useUploadEntryFile(entry.id);
  const remove = useDeleteEntryFile(entry.id);
  const [refused, setRefused] = useState<Record<string, unknown>>({});
  // Removing a file cannot be undone (it must be uploaded again): asked first.
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  const pick = (field: FormField, file: File | null) => {
    if (!file) return;
    if (file.size > maxBytes) {
      setRefused((r) => ({ ...r, [field.key]: new ApiError(413, 'PAYLOAD_TOO_LARGE', t('ui.contestEntry.files.tooLarge', { name: file.name, size: 10 })) }));
      return;
    }
    setRefused((r) => ({ ...r, [field.key]: null }));
    upload.mutate(
      { field: field.key, file },
      {
        onSuccess: () => notifySuccess(t('ui.contestEntry.files.uploaded', { name: file.name })),
        onError: (err) => {
          const message = err instanceof Error ? err.message : String(err);
          setRefused((r) => ({ ...r, [field.key]: new ApiError(err instanceof ApiError ? err.status : 0, 'UPLOAD', t('ui.contestEntry.files.refused', { name: file.name, message })) }));
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      {fields.map((field) => {
        const files = entry.files.filter((f) => f.field === field.key);
        const busy = upload.isPending && upload.variables?.field === field.key;
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
                            {t('ui.contestEntry.files.size', { size: (f.size / (1024 * 1024)).toFixed(1) })}
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
                disabled={busy}
                error={problems[field.key]}
                placeholder={t('ui.contestEntry.files.choose')}
              />
            )}
            {busy && (
              <Text size="sm" role="status">
                {t('ui.contestEntry.files.uploading', { name: upload.variables.file.name })}
              </Text>
            )}
            <ErrorAlert error={refused[field.key]} />
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
