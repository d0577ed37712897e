import pino from 'pino';

/** JSON logs on stdout; credentials never reach them. */
export function createLogger(options: { level: string; service: string }) {
  return pino({
    level: options.level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash'],
      censor: '[redacted]',
    },
  });
}
