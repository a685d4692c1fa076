import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.js';

// Leaflet and its styles (~150 KB) load only when someone opens the map.
const MapPicker = lazy(() => import('./map-picker.js'));

export type Point = [number, number];

/** A map of Indonesia (OpenStreetMap tiles): a click or tap places the point. */
export function MapPickerDialog({ initial, onPick, onClose }: { initial: Point | null; onPick: (point: Point) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [point, setPoint] = useState<Point | null>(initial);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 6 });

  return (
    <Dialog title={t('ui.innovations.map.title')} onClose={onClose} size="lg">
      <Stack>
        <Text size="sm">{t('ui.innovations.map.intro')}</Text>
        <Suspense fallback={<Loader />}>
          <MapPicker
            point={point}
            onPick={setPoint}
            label={t('ui.innovations.map.label')}
            zoomIn={t('ui.innovations.map.zoomIn')}
            zoomOut={t('ui.innovations.map.zoomOut')}
          />
        </Suspense>
        <Text size="sm" role="status">
          {point ? t('ui.innovations.map.point', { lat: number.format(point[0]), lng: number.format(point[1]) }) : t('ui.innovations.map.noPoint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('ui.common.cancel')}
          </Button>
          <Button disabled={!point} onClick={() => point && onPick(point)}>
            {t('ui.innovations.map.use')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
