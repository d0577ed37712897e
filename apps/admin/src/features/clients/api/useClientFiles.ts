import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { type ClientExportQuery, clientQueryKeys } from './client-types';

/** The file name a Content-Disposition header gives, if any. */
function attachmentName(header: string | null): string | null {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

// The download goes through the API client, which sends the session's token; a plain link could not.
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL only after click() returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads every client matching the list's filters and sort as CSV. */
export function useExportClients() {
  return useMutation({
    mutationFn: async (query: ClientExportQuery) => {
      const { data, response } = await api.GET('/api/clients/export.csv', {
        params: { query },
        parseAs: 'blob',
      });
      const name = attachmentName(response.headers.get('content-disposition')) ?? 'clients.csv';
      saveFile(data as Blob, name);
      return name;
    },
  });
}

/** The columns an import can fill, as the server lists them: client fields, then custom fields. */
export function useImportFields() {
  return useQuery({
    queryKey: clientQueryKeys.importFields,
    queryFn: ({ signal }) => unwrap(api.GET('/api/clients/import/fields', { signal })),
    select: (result) => result.items,
    staleTime: 5 * 60_000,
  });
}

export type ImportRequest = { csv: string; mapping: Record<string, string>; dryRun: boolean };

/** Sends a CSV file to the import (or its dry run); answers with the per-line report. */
export function useImportClients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, mapping, dryRun }: ImportRequest) =>
      unwrap(
        api.POST('/api/clients/import', {
          params: { query: { mapping: JSON.stringify(mapping), dryRun: dryRun ? 'true' : 'false' } },
          body: csv,
          // The body is the file itself (text/csv), sent as it is rather than as JSON.
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: (report) => {
      if (!report.dryRun && report.imported > 0) {
        void queryClient.invalidateQueries({ queryKey: clientQueryKeys.all });
      }
    },
  });
}
