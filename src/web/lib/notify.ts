import { notifications } from '@mantine/notifications';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'blue', message });
}

/** For actions outside a form; forms show their errors in place. */
export function notifyError(error: unknown): void {
  notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
}
