import { resolve } from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths';

const port = z.coerce.number().int().min(0).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const optionalUrl = z.url().optional();
const mediaType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
// Images, PDF, text, CSV, zip and office documents; never HTML or SVG, which a browser could run.
const defaultAttachmentTypes = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

/** Every environment variable the suite reads. `.env.example` documents each one. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),

  DATABASE_URL: optionalUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_SHARED_SESSION: flag.default(false),
  REDIS_URL: optionalUrl,
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('smartcrm:'),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_DATABASE_PORT: port.default(54320),
  JOBS_ENABLED: flag.default(true),
  JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(4),
  EVENT_RELAY_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  RFM_REFRESH_CRON: z
    .string()
    .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 or 6 fields')
    .default('*/15 * * * *'),
  TICKET_SLA_SWEEP_CRON: z
    .string()
    .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 or 6 fields')
    .default('* * * * *'),
  TICKET_AGENT_IDLE_MINUTES: z.coerce.number().int().min(0).max(1_440).default(15),
  REPORT_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
  REPORT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  DEMO_MODE: flag.optional(),

  // PORT is what most platforms set for the one public port.
  PORT: port.optional(),
  GATEWAY_PORT: port.optional(),
  USERS_PORT: port.default(8001),
  TICKETS_PORT: port.default(8002),
  CHAT_PORT: port.default(8003),
  NOTIFICATIONS_PORT: port.default(8004),
  ADMIN_PORT: port.default(3000),
  PORTAL_PORT: port.default(5173),
  USERS_SERVICE_URL: optionalUrl,
  TICKETS_SERVICE_URL: optionalUrl,
  CHAT_SERVICE_URL: optionalUrl,
  NOTIFICATIONS_SERVICE_URL: optionalUrl,
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  UPSTREAM_HEALTH_INTERVAL_MS: z.coerce.number().int().min(100).default(5_000),

  JWT_PRIVATE_KEY: z.string().optional(),
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_ISSUER: z.string().default('smart-crm-suite'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  LOGIN_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCKOUT_BASE_SECONDS: z.coerce.number().int().min(1).default(30),
  LOGIN_LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).default(3_600),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).default(60),
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().int().min(1).default(48),
  PUBLIC_ADMIN_URL: z.url().default('http://localhost:3000'),
  PUBLIC_PORTAL_URL: z.url().default('http://localhost:5173'),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).default(2_592_000),

  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  TRUST_PROXY: flag.default(false),
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(1_200),
  RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  METRICS_TOKEN: z.string().min(16).optional(),

  // Ticket attachments: where the files live, the largest accepted, and the media types accepted.
  TICKET_ATTACHMENTS_DIR: z.string().min(1).optional(),
  TICKET_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1).max(1_073_741_824).default(10_485_760),
  TICKET_ATTACHMENT_TYPES: z
    .string()
    .default(defaultAttachmentTypes.join(','))
    .transform((value) =>
      value
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(mediaType, 'must be media types like image/png, comma-separated')).min(1)),

  LLM_PROVIDER: z.enum(['openai', 'anthropic']).optional(),
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export const environmentVariables = Object.keys(environmentSchema.shape);

export type Config = ReturnType<typeof buildConfig>;

function buildConfig(env: Environment) {
  const localUrl = (portNumber: number) => `http://127.0.0.1:${portNumber}`;
  return {
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    host: env.HOST,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      sharedSession: env.DATABASE_SHARED_SESSION,
    },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    embeddedDatabasePort: env.EMBEDDED_DATABASE_PORT,
    jobs: {
      enabled: env.JOBS_ENABLED,
      poolSize: env.JOBS_POOL_SIZE,
      relayIntervalMs: env.EVENT_RELAY_INTERVAL_MS,
      rfmRefreshCron: env.RFM_REFRESH_CRON,
      ticketSlaSweepCron: env.TICKET_SLA_SWEEP_CRON,
      // An agent whose admin app has not been heard from for this long is set offline; 0 never does.
      agentIdleMinutes: env.TICKET_AGENT_IDLE_MINUTES,
    },
    // Heavy reports: at most `concurrency` at once per process, each statement stopped after the timeout.
    reports: { concurrency: env.REPORT_CONCURRENCY, statementTimeoutMs: env.REPORT_STATEMENT_TIMEOUT_MS },
    dataDir: resolve(repoRoot, env.DATA_DIR),
    // The embedded database is for trying the suite out, so it comes with demo accounts unless told otherwise.
    demoMode: env.DEMO_MODE ?? env.DATABASE_URL === undefined,
    ports: {
      gateway: env.GATEWAY_PORT ?? env.PORT ?? 8000,
      users: env.USERS_PORT,
      tickets: env.TICKETS_PORT,
      chat: env.CHAT_PORT,
      notifications: env.NOTIFICATIONS_PORT,
      admin: env.ADMIN_PORT,
      portal: env.PORTAL_PORT,
    },
    upstreams: {
      users: env.USERS_SERVICE_URL ?? localUrl(env.USERS_PORT),
      tickets: env.TICKETS_SERVICE_URL ?? localUrl(env.TICKETS_PORT),
      chat: env.CHAT_SERVICE_URL ?? localUrl(env.CHAT_PORT),
      notifications: env.NOTIFICATIONS_SERVICE_URL ?? localUrl(env.NOTIFICATIONS_PORT),
    },
    publicUrls: { admin: env.PUBLIC_ADMIN_URL, portal: env.PUBLIC_PORTAL_URL },
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamHealthIntervalMs: env.UPSTREAM_HEALTH_INTERVAL_MS,
    auth: {
      privateKeyPem: env.JWT_PRIVATE_KEY,
      publicKeyPem: env.JWT_PUBLIC_KEY,
      issuer: env.JWT_ISSUER,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      invitationTtlHours: env.INVITATION_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationTtlHours: env.EMAIL_VERIFICATION_TTL_HOURS,
      lockout: {
        threshold: env.LOGIN_LOCKOUT_THRESHOLD,
        baseSeconds: env.LOGIN_LOCKOUT_BASE_SECONDS,
        maxSeconds: env.LOGIN_LOCKOUT_MAX_SECONDS,
      },
    },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    rateLimits: {
      perIpPerMinute: env.RATE_LIMIT_PER_IP_PER_MINUTE,
      perUserPerMinute: env.RATE_LIMIT_PER_USER_PER_MINUTE,
      signInPerMinute: env.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    },
    metricsToken: env.METRICS_TOKEN,
    ticketAttachments: {
      // Relative paths are from the repository root, like DATA_DIR; by default beside the embedded database.
      directory: env.TICKET_ATTACHMENTS_DIR
        ? resolve(repoRoot, env.TICKET_ATTACHMENTS_DIR)
        : resolve(repoRoot, env.DATA_DIR, 'attachments'),
      maxBytes: env.TICKET_ATTACHMENT_MAX_BYTES,
      allowedTypes: env.TICKET_ATTACHMENT_TYPES,
    },
    llm: {
      provider: env.LLM_PROVIDER,
      baseUrl: env.LLM_BASE_URL,
      model: env.LLM_MODEL,
      apiKey: env.LLM_API_KEY,
    },
  };
}

export class ConfigError extends Error {}

/** Reads and checks the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  return buildConfig(parsed.data);
}
