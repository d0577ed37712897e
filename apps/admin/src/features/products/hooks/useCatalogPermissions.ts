import { useSession } from '../../auth/hooks/useSession';
import { type CatalogPermissions, catalogPermissions } from '../utils/catalog-permissions';

/** What the signed-in user may change in the catalog; write controls are hidden from everyone else. */
export function useCatalogPermissions(): CatalogPermissions {
  const { session } = useSession();
  return catalogPermissions(session?.user.role);
}
