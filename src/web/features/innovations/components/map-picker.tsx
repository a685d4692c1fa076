import 'leaflet/dist/leaflet.css';
import { Box } from '@mantine/core';
import { CircleMarker, MapContainer, TileLayer, useMapEvents, ZoomControl } from 'react-leaflet';
import type { Point } from './map-picker-dialog.js';

type Props = { point: Point | null; onPick: (point: Point) => void; label: string; zoomIn: string; zoomOut: string };

// The middle of Indonesia, when no point is known yet.
const indonesia: Point = [-2.5, 118];
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function ClickToPick({ onPick }: { onPick: (point: Point) => void }) {
  useMapEvents({ click: (e) => onPick([round(e.latlng.lat), round(e.latlng.lng)]) });
  return null;
}

/** Loaded lazily by MapPickerDialog. A circle marker needs no icon images, which bundlers tend to lose. */
export default function MapPicker({ point, onPick, label, zoomIn, zoomOut }: Props) {
  return (
    <Box role="region" aria-label={label}>
      <MapContainer center={point ?? indonesia} zoom={point ? 14 : 4} zoomControl={false} style={{ height: 320, width: '100%' }}>
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
          maxZoom={19}
        />
        <ZoomControl position="topleft" zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
        <ClickToPick onPick={onPick} />
        {point && <CircleMarker center={point} radius={9} pathOptions={{ color: '#1864ab', weight: 3, fillOpacity: 0.4 }} />}
      </MapContainer>
    </Box>
  );
}
