import type { EnumStyles } from '../../listing/utils/enum-style';
import type { ApiKeyStatus } from '../api/api-key-types';

export const apiKeyStatusStyles: EnumStyles<ApiKeyStatus> = {
  active: { label: 'apiKeys.status.active', color: 'green' },
  expired: { label: 'apiKeys.status.expired', color: 'gray' },
  revoked: { label: 'apiKeys.status.revoked', color: 'red' },
};
