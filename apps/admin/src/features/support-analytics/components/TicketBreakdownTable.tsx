import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { isOneOf, ticketChannels, ticketPriorities } from '../../support-settings/utils/support-options';
import type { TicketBreakdownGroup, TicketReportQuery } from '../api/ticket-report-types';
import { useTicketBreakdown } from '../api/useTicketReports';
import { useReportFormats } from '../hooks/useReportFormats';
import { type BreakdownGrouping, breakdownGroupings, type ReportFocus } from '../utils/ticket-report-params';

export type TicketBreakdownTableProps = {
  period: TicketReportQuery | null;
  by: BreakdownGrouping;
  onByChange: (by: BreakdownGrouping) => void;
  /** Narrows the whole page to one group; absent where the page already shows only that group. */
  onFocus?: (focus: ReportFocus) => void;
};

// Where a group's key leads, for the groupings whose records have a page here.
const recordPaths: Partial<Record<BreakdownGrouping, (key: string) => string>> = {
  agent: (key) => `/employees/${key}`,
  client: (key) => `/clients/${key}`,
};

const numeric = {
  ta: 'right' as const,
  style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' as const },
};

/** The period's figures per agent, team, category, client, priority or channel, biggest groups first. */
export function TicketBreakdownTable({ period, by, onByChange, onFocus }: TicketBreakdownTableProps) {
  const { t } = useI18n();
  const formats = useReportFormats();
  const report = useTicketBreakdown(period ? { ...period, by } : null);
  const groups = report.data?.groups ?? [];
  const caption = t('supportAnalytics.breakdownCaption', { by: t(`supportAnalytics.by.${by}`) });
  const linkOf = recordPaths[by];

  const nameOf = (group: TicketBreakdownGroup) => {
    if (group.key === null) return t(`supportAnalytics.noGroup.${by}`);
    if (by === 'priority' && isOneOf(ticketPriorities, group.key))
      return t(`supportSettings.priority.${group.key}`);
    if (by === 'channel' && isOneOf(ticketChannels, group.key))
      return t(`supportSettings.channel.${group.key}`);
    return group.label;
  };

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('supportAnalytics.breakdownBy')}
        value={by}
        onChange={(next) => onByChange(next as BreakdownGrouping)}
        data={breakdownGroupings.map((value) => ({ value, label: t(`supportAnalytics.by.${value}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {report.isPending && period ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => report.refetch()} />
      ) : groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('supportAnalytics.noTickets')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={1040}>
            <Table verticalSpacing="xs" fz="sm" striped aria-label={caption} aria-busy={report.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`supportAnalytics.by.${by}`)}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.created')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.resolved')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.backlog')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.medianFirstResponse')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.medianResolution')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.slaFirstResponse')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.slaResolution')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.reopenRate')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('supportAnalytics.csat')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map((group) => (
                  <Table.Tr key={group.key ?? 'none'}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs" wrap="nowrap">
                        {linkOf && group.key !== null ? (
                          <Anchor component={Link} to={linkOf(group.key)} size="sm">
                            {nameOf(group)}
                          </Anchor>
                        ) : (
                          nameOf(group)
                        )}
                        {onFocus && group.key !== null && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => onFocus({ by, key: group.key as string, label: nameOf(group) })}
                          >
                            {t('supportAnalytics.focus.only', { name: nameOf(group) })}
                          </Button>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td {...numeric}>{formats.count(group.created)}</Table.Td>
                    <Table.Td {...numeric}>{formats.count(group.resolved)}</Table.Td>
                    <Table.Td {...numeric}>{formats.count(group.backlog)}</Table.Td>
                    <Table.Td {...numeric}>{formats.duration(group.firstResponse.business.median)}</Table.Td>
                    <Table.Td {...numeric}>{formats.duration(group.resolution.business.median)}</Table.Td>
                    <Table.Td {...numeric}>{formats.rate(group.sla.firstResponse.rate)}</Table.Td>
                    <Table.Td {...numeric}>{formats.rate(group.sla.resolution.rate)}</Table.Td>
                    <Table.Td {...numeric}>{formats.rate(group.reopen.rate)}</Table.Td>
                    <Table.Td {...numeric}>
                      {group.csat.count > 0
                        ? t('supportAnalytics.scoreWithCount', {
                            score: formats.score(group.csat.average),
                            count: formats.count(group.csat.count),
                          })
                        : formats.score(null)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.data && report.data.groupCount > groups.length && (
            <Text size="xs" c="dimmed">
              {t('supportAnalytics.topGroups', {
                shown: groups.length,
                total: formats.count(report.data.groupCount),
              })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('supportAnalytics.businessTimeNote')}
          </Text>
        </>
      )}
    </Stack>
  );
}
