import { List } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { ProblemAlert } from '../../../ui/ProblemAlert';

export type SettingsProblemProps = { error: unknown; title: string };

/** Where a field sits in the request body, as a person reads it: `week.1.0.start` for `body.week.1.0.start`. */
function fieldName(parameter: string | undefined): string | null {
  if (!parameter) return null;
  return parameter.replace(/^body\.?/, '') || null;
}

/**
 * A failed settings write, as the server explained it (400, 409, 412, 422): its detail, and each field it
 * names with what is wrong there.
 */
export function SettingsProblem({ error, title }: SettingsProblemProps) {
  const fields = isApiProblem(error) ? (error.errors ?? []) : [];
  return (
    <ProblemAlert
      error={error}
      title={title}
      action={
        fields.length > 0 && (
          <List size="sm" spacing={2}>
            {fields.map((field, index) => {
              const name = fieldName(field.parameter ?? field.path);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the server's list has no ids and never reorders
                <List.Item key={index}>{name ? `${name}: ${field.message}` : field.message}</List.Item>
              );
            })}
          </List>
        )
      }
    />
  );
}
