import { notifications, type NotificationData } from '@mantine/notifications';
import { i18n } from './i18n.js';

function show(data: NotificationData): void {
  notifications.show({ ...data, closeButtonProps: { 'aria-label': i18n.t('ui.common.close') } });
}

export function notifySuccess(message: string): void {
  show({ color: 'blue', message });
}

/** For actions outside a form; forms show their errors in place. */
export function notifyError(error: unknown): void {
  show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
}
