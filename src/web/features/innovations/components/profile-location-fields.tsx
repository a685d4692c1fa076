import { Button, NumberInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldGroupProps } from '../profile-values.js';
import { MapPickerDialog } from './map-picker-dialog.js';

const asNumber = (v: number | string) => (typeof v === 'number' ? v : null);

/** Coordinates typed, or picked on a map (the map is loaded only when opened). */
export function ProfileLocationFields({ values, setField, errors, readOnly }: FieldGroupProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const lat = asNumber(values.latitude);
  const lng = asNumber(values.longitude);

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('ui.innovations.profile.location')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={t('ui.innovations.fields.latitude')}
          value={values.latitude}
          onChange={(v) => setField('latitude', v)}
          min={-11.5}
          max={6.5}
          decimalScale={6}
          step={0.0001}
          hideControls
          // The server explains a point outside Indonesia; clamping would silently move it.
          clampBehavior="none"
          error={errors.latitude}
          readOnly={readOnly}
        />
        <NumberInput
          label={t('ui.innovations.fields.longitude')}
          value={values.longitude}
          onChange={(v) => setField('longitude', v)}
          min={94.5}
          max={141.5}
          decimalScale={6}
          step={0.0001}
          hideControls
          clampBehavior="none"
          error={errors.longitude}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {!readOnly && (
        <Button variant="default" onClick={() => setPicking(true)} style={{ alignSelf: 'flex-start' }}>
          {t('ui.innovations.profile.pickOnMap')}
        </Button>
      )}
      {picking && (
        <MapPickerDialog
          initial={lat !== null && lng !== null ? [lat, lng] : null}
          onClose={() => setPicking(false)}
          onPick={([la, ln]) => {
            setField('latitude', la);
            setField('longitude', ln);
            setPicking(false);
          }}
        />
      )}
    </Stack>
  );
}
