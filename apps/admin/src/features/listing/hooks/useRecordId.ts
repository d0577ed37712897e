import { useParams } from 'react-router';

/** The numeric `:id` route parameter; NaN when it is not a positive integer. */
export function useRecordId(): number {
  const { id } = useParams();
  return id && /^\d+$/.test(id) ? Number(id) : Number.NaN;
}
