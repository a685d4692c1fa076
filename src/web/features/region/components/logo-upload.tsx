import { Button, FileInput, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../domain/contracts/regions.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUploadLogo } from '../api/use-upload-logo.js';

const maxBytes = 2 * 1024 * 1024;

export function LogoUpload({ region }: { region: Region }) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = file !== null && file.size > maxBytes;

  const send = () => {
    if (!file || tooLarge) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        notifySuccess(t('ui.region.logoSaved'));
      },
    });
  };

  return (
    <Stack>
      <ErrorAlert error={upload.error} />
      {region.hasLogo ? (
        <Image
          src={`/api/regions/${region.id}/logo?v=${upload.submittedAt}`}
          alt={t('ui.region.logoAlt', { name: region.bodyName })}
          w={96}
          h={96}
          fit="contain"
        />
      ) : (
        <Text c="dimmed">{t('ui.region.noLogo')}</Text>
      )}
      <Group align="flex-end">
        <FileInput
          label={t('ui.region.logo')}
          description={t('ui.region.logoRule')}
          accept="image/png,image/jpeg,image/webp"
          value={file}
          onChange={setFile}
          error={tooLarge ? t('ui.region.logoTooLarge') : undefined}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button onClick={send} disabled={!file || tooLarge} loading={upload.isPending}>
          {t('ui.region.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
