import { z } from 'zod';
import { userRoles } from '../../platform/auth/roles';

export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    username: z.string(),
    name: z.string().nullable(),
    role: z.enum(userRoles),
    clientId: z.number().int().nullable().describe('For customer accounts: the client they belong to'),
  })
  .meta({ id: 'User' });

export type UserDto = z.infer<typeof userSchema>;

const refreshTokenIn = z
  .enum(['cookie', 'body'])
  .default('cookie')
  .describe('cookie (browsers: an httpOnly cookie) or body (API clients: returned as refreshToken)');

export const loginBodySchema = z.object({
  email: z.string().trim().max(255).pipe(z.email()),
  password: z.string().min(1).max(1024),
  refreshTokenIn,
});

export const refreshBodySchema = z
  .object({
    refreshToken: z.string().min(20).max(200).optional().describe('Omit to use the refresh cookie'),
    refreshTokenIn,
  })
  .default({ refreshTokenIn: 'cookie' });

export const logoutBodySchema = z
  .object({ refreshToken: z.string().min(20).max(200).optional().describe('Omit to use the refresh cookie') })
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
