import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type FormAlertProps = { title: string; children: ReactNode };

/** Why a form was not accepted, announced at once to screen-reader users. */
export function FormAlert({ title, children }: FormAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {children}
    </Alert>
  );
}
