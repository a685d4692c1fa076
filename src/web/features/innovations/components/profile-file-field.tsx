import { Anchor, Button, Fieldset, FileInput, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../../domain/contracts/innovations.js';
import { innovationFileUrl, useInnovationFileUpload } from '../api/use-innovation-file-upload.js';
import { formatSize } from '../format-numbers.js';
import { UploadProgress } from './upload-progress.js';

type Props = {
  innovationId: string;
  label: string;
  hint: string;
  accept: string;
  value: FileRef | null;
  onChange: (file: FileRef | null) => void;
  readOnly: boolean;
  error?: string;
};

/** A profile document: uploaded on its own (with progress), then its id is saved with the profile. */
export function ProfileFileField({ innovationId, label, hint, accept, value, onChange, readOnly, error }: Props) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState<File | null>(null);
  const upload = useInnovationFileUpload(innovationId, (file) => {
    setPicked(null);
    onChange(file);
  });

  return (
    <Fieldset legend={label} variant="unstyled">
      <Stack gap={6}>
        {value ? (
          <Group gap="xs" wrap="wrap">
            <Anchor href={innovationFileUrl(innovationId, value.id)} download={value.name} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('ui.innovations.files.current', { name: value.name, size: formatSize(value.size, i18n.language) })}
            </Anchor>
            {!readOnly && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onChange(null)}>
                {t('ui.common.delete')}
                <VisuallyHidden> {value.name}</VisuallyHidden>
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ui.innovations.files.none')}
          </Text>
        )}
        {!readOnly && (
          <FileInput
            label={t('ui.innovations.files.choose', { label: label.toLowerCase() })}
            description={hint}
            accept={accept}
            value={picked}
            onChange={(file) => {
              setPicked(file);
              if (file) upload.send(file);
            }}
            disabled={upload.pending}
            error={error}
          />
        )}
        <UploadProgress {...upload} onCancel={upload.cancel} onRetry={upload.retry} />
      </Stack>
    </Fieldset>
  );
}
