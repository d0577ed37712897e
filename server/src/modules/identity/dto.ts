import { z } from 'zod';
import { userRoles } from '../../platform/auth/roles';
import { listQuerySchema } from '../../platform/http/pagination';

export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    username: z.string(),
    name: z.string().nullable(),
    role: z.enum(userRoles),
    clientId: z.number().int().nullable().describe('For customer accounts: the client they belong to'),
    phone: z.string().nullable(),
    locale: z.string(),
    timeZone: z.string(),
    avatarUrl: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const supportedLocales = ['en', 'zh-CN'] as const;
const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** What users may change about themselves; anything else in the body (role, clientId, …) is a 400. */
export const profileUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(255).nullable(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{3,50}$/, 'digits, spaces and + ( ) . - only')
      .nullable(),
    locale: z.enum(supportedLocales),
    timeZone: z.string().refine((zone) => timeZones.has(zone), 'not an IANA time zone'),
    avatarUrl: z
      .url({ protocol: /^https$/ })
      .max(2048)
      .nullable(),
  })
  .partial()
  .strict();

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().max(1024),
  })
  .strict();

export type UserDto = z.infer<typeof userSchema>;

const refreshTokenIn = z
  .enum(['cookie', 'body'])
  .default('cookie')
  .describe('cookie (browsers: an httpOnly cookie) or body (API clients: returned as refreshToken)');

// Cookies ignore ports, so two apps on one host would overwrite each other's session without this.
const cookieApp = z
  .enum(['admin', 'portal'])
  .optional()
  .describe('Which app the refresh cookie belongs to; each app keeps its own session on a shared host');

export const loginBodySchema = z.object({
  email: z.string().trim().max(255).pipe(z.email()),
  password: z.string().min(1).max(1024),
  refreshTokenIn,
  app: cookieApp,
});

export const refreshBodySchema = z
  .object({
    refreshToken: z.string().min(20).max(200).optional().describe('Omit to use the refresh cookie'),
    refreshTokenIn,
    app: cookieApp,
  })
  .default({ refreshTokenIn: 'cookie' });

export const logoutBodySchema = z
  .object({
    refreshToken: z.string().min(20).max(200).optional().describe('Omit to use the refresh cookie'),
    app: cookieApp,
  })
  .default({});

export const loginResponseSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number().int().describe('Seconds until the access token expires'),
    refreshToken: z.string().optional().describe('Only when refreshTokenIn is body'),
    refreshExpiresIn: z.number().int().describe('Seconds until the refresh token expires'),
    user: userSchema,
  })
  .meta({ id: 'LoginResponse' });

export const demoInfoSchema = z
  .object({
    enabled: z.boolean(),
    password: z.string().nullable(),
    accounts: z.array(z.object({ email: z.string(), role: z.enum(userRoles) })),
  })
  .meta({ id: 'DemoInfo' });

export const managedUserSchema = userSchema
  .extend({
    isActive: z.boolean(),
    lastLogin: z.date().nullable(),
    hasPassword: z.boolean().describe('False until an invited user accepts the invitation'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ManagedUser' });

export const accountLinkSchema = z
  .object({
    url: z
      .string()
      .describe('Single-use link; send it to the person (also logged until email delivery exists)'),
    expiresAt: z.date(),
  })
  .meta({ id: 'AccountLink' });

export const userListQuerySchema = listQuerySchema(['email', 'createdAt', 'id'], 'email').extend({
  role: z.enum(userRoles).optional(),
  isActive: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const createUserBodySchema = z
  .object({
    email: z.string().trim().max(255).pipe(z.email()),
    name: z.string().trim().min(1).max(255).optional(),
    role: z.enum(userRoles),
    clientId: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Required for customer accounts, refused otherwise'),
  })
  .strict();

export const updateUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(255).nullable(),
    role: z.enum(userRoles),
    isActive: z.boolean(),
  })
  .partial()
  .strict();

const linkTokenSchema = z.string().min(20).max(200);

export const acceptInvitationBodySchema = z
  .object({ token: linkTokenSchema, password: z.string().max(1024) })
  .strict();

export const passwordResetRequestSchema = z
  .object({ email: z.string().trim().max(255).pipe(z.email()) })
  .strict();

export const passwordResetCompleteSchema = z
  .object({ token: linkTokenSchema, password: z.string().max(1024) })
  .strict();

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    actorUserId: z.number().int().nullable(),
    actorEmail: z.string().nullable(),
    actorApiKeyId: z.number().int().nullable(),
    action: z.string(),
    resource: z.string(),
    resourceId: z.string().nullable(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    ipAddress: z.string().nullable(),
    requestId: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'AuditEntry' });

export const auditQuerySchema = listQuerySchema(['createdAt', 'id'], '-createdAt').extend({
  actorUserId: z.coerce.number().int().min(1).optional(),
  resource: z.string().max(50).optional(),
  resourceId: z.string().max(64).optional(),
  action: z.string().max(50).optional(),
  from: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional()
    .describe('Inclusive'),
  to: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional()
    .describe('Exclusive'),
});

export const apiKeySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().describe('The start of the key, to tell keys apart'),
    scopes: z.array(z.string()),
    expiresAt: z.date().nullable(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdAt: z.date(),
  })
  .meta({ id: 'ApiKey' });

export const createApiKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(z.string().max(50))
      .min(1)
      .max(50)
      .describe('Permissions, e.g. clients:read; within your role'),
    expiresAt: z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value))
      .optional(),
  })
  .strict();

export const signUpBodySchema = z
  .object({
    email: z.string().trim().max(255).pipe(z.email()),
    password: z.string().max(1024),
    name: z.string().trim().min(1).max(255),
    companyName: z.string().trim().min(1).max(255).optional(),
  })
  .strict();

export const signUpResponseSchema = z.object({
  verificationUrl: z
    .string()
    .nullable()
    .describe('Demo mode only (no email is sent there); null otherwise, and for emails that have an account'),
});

export const verifyEmailBodySchema = z.object({ token: z.string().min(20).max(200) }).strict();

export const invitationListQuerySchema = listQuerySchema(['createdAt', 'email', 'id'], '-createdAt').extend({
  role: z.enum(userRoles).optional(),
});
export type InvitationListQuery = z.infer<typeof invitationListQuerySchema>;

export const invitationSchema = z
  .object({
    user: managedUserSchema,
    status: z.enum(['pending', 'expired']).describe('expired: the newest link has lapsed; send a fresh one'),
    sentAt: z.date(),
    expiresAt: z.date().nullable(),
    invitedBy: z.object({ id: z.number().int(), email: z.string(), name: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'Invitation' });
