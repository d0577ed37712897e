import { Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SearchSelect } from '../../../ui/SearchSelect';
import { SectionCard } from '../../../ui/SectionCard';
import { useSession } from '../../auth/hooks/useSession';
import { isAdministrator } from '../../auth/utils/staff-access';
import { useLinkEmployeeUser, useUnlinkEmployeeUser } from '../api/useEmployeeWrites';
import { useStaffAccountSearch } from '../api/useStaffAccountSearch';
import type { EmployeeDetail } from '../api/workforce-types';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { isVersionConflict } from '../utils/workforce-problems';
import { type SectionFeedback, SectionNotice } from './SectionNotice';

export type EmployeeAccountSectionProps = {
  employee: EmployeeDetail;
  canManage: boolean;
  feedback: SectionFeedback;
};

/** The staff account the employee signs in with: linked, unlinked (the account itself stays) or none. */
export function EmployeeAccountSection({ employee, canManage, feedback }: EmployeeAccountSectionProps) {
  const { t } = useI18n();
  const { session } = useSession();
  const isAdmin = session ? isAdministrator(session.user.role) : false;
  const link = useLinkEmployeeUser(employee);
  const unlink = useUnlinkEmployeeUser(employee);
  const problemMessages = useWorkforceProblemMessages();
  const [userId, setUserId] = useState<number | null>(null);
  const failed = [link, unlink].find((mutation) => mutation.isError && !isVersionConflict(mutation.error));

  const handlers = {
    onSuccess: () => {
      setUserId(null);
      feedback.onSaved();
    },
    onError: (error: unknown) => {
      if (isVersionConflict(error)) feedback.onConflict();
    },
  };

  return (
    <SectionCard title={t('employees.account.title')} description={t('employees.account.description')}>
      <Stack gap="sm">
        <SectionNotice notice={feedback.notice} />
        {failed && (
          <ProblemAlert
            error={failed.error}
            title={t('employees.account.failed')}
            messages={problemMessages}
          />
        )}
        {employee.userId !== null ? (
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {t('employees.account.linked')}{' '}
              {isAdmin ? (
                <Anchor component={Link} to={`/users/${employee.userId}`}>
                  {t('employees.account.number', { id: employee.userId })}
                </Anchor>
              ) : (
                t('employees.account.number', { id: employee.userId })
              )}
            </Text>
            {canManage && (
              <Button
                variant="default"
                leftSection={<IconUnlink size={16} aria-hidden />}
                loading={unlink.isPending}
                onClick={() => {
                  link.reset();
                  unlink.mutate(undefined, handlers);
                }}
              >
                {t('employees.account.unlink')}
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('employees.account.none')}
          </Text>
        )}
        {canManage && employee.userId === null && (
          <Group align="flex-end" gap="sm">
            {isAdmin ? (
              <StaffAccountPicker value={userId} onChange={setUserId} />
            ) : (
              <NumberInput
                label={t('employees.account.id')}
                description={t('employees.account.idHint')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                value={userId ?? ''}
                onChange={(value) => setUserId(typeof value === 'number' ? value : null)}
                style={{ flex: '1 1 220px' }}
              />
            )}
            <Button
              leftSection={<IconLink size={16} aria-hidden />}
              disabled={userId === null}
              loading={link.isPending}
              onClick={() => {
                unlink.reset();
                if (userId !== null) link.mutate(userId, handlers);
              }}
            >
              {t('employees.account.link')}
            </Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

type StaffAccountPickerProps = { value: number | null; onChange: (userId: number | null) => void };

/** Active staff accounts by name or email (customers cannot be employees). */
function StaffAccountPicker({ value, onChange }: StaffAccountPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const query = useStaffAccountSearch(debouncedSearch);
  const options = useMemo(
    () =>
      (query.data?.items ?? [])
        .filter((user) => user.role !== 'customer')
        .map((user) => ({ value: user.id, label: user.name ? `${user.name} (${user.email})` : user.email })),
    [query.data],
  );
  return (
    <div style={{ flex: '1 1 260px' }}>
      <SearchSelect
        label={t('employees.account.pick')}
        placeholder={t('employees.account.pickPlaceholder')}
        value={value}
        onChange={(next, label) => {
          setChosen(label);
          onChange(next);
        }}
        options={options}
        selectedLabel={chosen}
        search={search}
        onSearchChange={setSearch}
        loading={query.isFetching}
        nothingFound={t('employees.account.noneFound')}
        loadingLabel={t('state.loading')}
        clearLabel={t('employees.account.clear')}
      />
    </div>
  );
}
