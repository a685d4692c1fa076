import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { useLetterSettings } from '../api/use-letter-settings.js';
import { LetterSettingsForm } from './letter-settings-form.js';

/** The letter settings, loaded on their own so the rest of the region page does not wait for them. */
export function LetterSettingsCard() {
  const settings = useLetterSettings();
  return (
    <>
      <ErrorAlert error={settings.error} />
      {settings.isPending && <PageLoader />}
      {settings.data && <LetterSettingsForm settings={settings.data} />}
    </>
  );
}
