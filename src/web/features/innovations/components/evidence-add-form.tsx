import { Button, FileInput, Group, Paper, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import type { EvidenceEndpoints } from '../api/evidence-endpoints.js';
import { useAddEvidenceLink } from '../api/use-add-evidence-link.js';
import { useEvidenceUpload, type LetterInput } from '../api/use-evidence-upload.js';
import { UploadProgress } from './upload-progress.js';

// The server checks type and size and says what is wrong.
const accept = 'application/pdf,image/jpeg,image/png,video/mp4,.pdf,.jpg,.jpeg,.png,.mp4';
const noLetter: LetterInput = { letterNumber: '', letterDate: '', letterSubject: '' };

type Props<T> = { code: string; endpoints: EvidenceEndpoints<T>; onDone: (saved: boolean) => void };

/**
 * Adds evidence to one indicator: a file (with a progress bar, cancel and retry) or a link, each with an optional letter.
 * The form owns its requests, so closing it stops an upload and opening it again starts clean.
 */
export function EvidenceAddForm<T>({ code, endpoints, onDone }: Props<T>) {
  const { t } = useTranslation();
  const [source, setSource] = useState<'file' | 'link'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [letter, setLetter] = useState(noLetter);
  const finished = () => onDone(true);
  const upload = useEvidenceUpload(endpoints, finished);
  const link = useAddEvidenceLink(endpoints);
  const letterField = (key: keyof LetterInput) => (
    <TextInput
      label={t(`ui.innovations.indicators.${key}`)}
      type={key === 'letterDate' ? 'date' : 'text'}
      value={letter[key]}
      onChange={(e) => setLetter({ ...letter, [key]: e.currentTarget.value })}
    />
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (source === 'file' && file) upload.send(file, letter);
    if (source === 'link' && url.trim()) {
      const optional = (v: string) => v.trim() || null;
      link.mutate(
        { url: url.trim(), letterNumber: optional(letter.letterNumber), letterDate: letter.letterDate || null, letterSubject: optional(letter.letterSubject) },
        { onSuccess: finished },
      );
    }
  };

  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('ui.innovations.indicators.source')}
            value={source}
            onChange={(v) => setSource(v as 'file' | 'link')}
            data={[
              { value: 'file', label: t('ui.innovations.indicators.sourceFile') },
              { value: 'link', label: t('ui.innovations.indicators.sourceLink') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {source === 'file' ? (
            <FileInput
              label={t('ui.innovations.indicators.file')}
              accept={accept}
              value={file}
              onChange={(next) => {
                setFile(next);
                upload.reset();
              }}
              disabled={upload.pending}
              fileInputProps={{ 'aria-label': t('ui.innovations.indicators.fileInput', { code }) }}
            />
          ) : (
            <TextInput type="url" label={t('ui.innovations.indicators.url')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {letterField('letterNumber')}
            {letterField('letterDate')}
            {letterField('letterSubject')}
          </SimpleGrid>
          {source === 'file' && <UploadProgress {...upload} onCancel={upload.cancel} onRetry={upload.retry} />}
          {source === 'link' && <ErrorAlert error={link.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onDone(false)}>
              {t('ui.common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={source === 'file' ? upload.pending : link.isPending}
              disabled={source === 'file' ? !file : !url.trim()}
            >
              {source === 'file' ? t('ui.innovations.indicators.upload') : t('ui.innovations.indicators.saveLink')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
