import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env. Every setting, its default and its check live here. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  LUMBUNG_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  LUMBUNG_PUBLIC_URL: z.string().url().optional(),
  LUMBUNG_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  LUMBUNG_SESSION_SECRET: z.string().min(32).optional(),
  LUMBUNG_SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  LUMBUNG_SIGNIN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LUMBUNG_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).optional(),
  LUMBUNG_LINK_CHECK_ALLOW_PRIVATE: z.enum(['0', '1', 'true', 'false']).optional(),
  LUMBUNG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Lumbung <lumbung@localhost>'),
  LUMBUNG_S3_ENDPOINT: z.string().url().optional(),
  LUMBUNG_S3_REGION: z.string().min(1).default('us-east-1'),
  LUMBUNG_S3_BUCKET: z.string().optional(),
  LUMBUNG_S3_ACCESS_KEY_ID: z.string().optional(),
  LUMBUNG_S3_SECRET_ACCESS_KEY: z.string().optional(),
  LUMBUNG_S3_FORCE_PATH_STYLE: z.enum(['0', '1', 'true', 'false']).default('1'),
  LUMBUNG_UPLOAD_MAX_DOCUMENT_MB: z.coerce.number().positive().default(10),
  LUMBUNG_UPLOAD_MAX_VIDEO_MB: z.coerce.number().positive().default(200),
}).superRefine((e, ctx) => {
  // Without keys the first upload would fail; refusing at start-up says so before anyone uploads.
  if (!e.LUMBUNG_S3_BUCKET) return;
  for (const name of ['LUMBUNG_S3_ACCESS_KEY_ID', 'LUMBUNG_S3_SECRET_ACCESS_KEY'] as const) {
    if (!e[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'wajib diisi bila LUMBUNG_S3_BUCKET diisi / required when LUMBUNG_S3_BUCKET is set' });
  }
});

/** Object storage settings; present only when a bucket is configured. */
export type S3Config = {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

export type Env = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  demo: boolean;
  sessionSecret: string | undefined;
  sessionDays: number;
  signInLimitPerMinute: number;
  trustProxy: boolean;
  /** Let the evidence link check reach private and loopback addresses (an intranet install, tests). */
  linkCheckAllowPrivate: boolean;
  logLevel: z.infer<typeof EnvSchema>['LUMBUNG_LOG_LEVEL'];
  smtpUrl: string | undefined;
  mailFrom: string;
  s3: S3Config | undefined;
  uploadLimits: { documentBytes: number; videoBytes: number };
};

const yes = (v: string | undefined) => v === '1' || v === 'true';
const MB = 1024 * 1024;

function s3Config(e: z.infer<typeof EnvSchema>): S3Config | undefined {
  // An empty bucket (`LUMBUNG_S3_BUCKET=`) counts as unset, as container env files often leave it.
  if (!e.LUMBUNG_S3_BUCKET) return undefined;
  return {
    endpoint: e.LUMBUNG_S3_ENDPOINT,
    region: e.LUMBUNG_S3_REGION,
    bucket: e.LUMBUNG_S3_BUCKET,
    accessKeyId: e.LUMBUNG_S3_ACCESS_KEY_ID!, // checked by the schema's refinement
    secretAccessKey: e.LUMBUNG_S3_SECRET_ACCESS_KEY!,
    forcePathStyle: yes(e.LUMBUNG_S3_FORCE_PATH_STYLE),
  };
}

export function readEnv(source: NodeJS.ProcessEnv = process.env, overrides: Partial<Env> = {}): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Konfigurasi tidak sah / invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const env: Env = {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.LUMBUNG_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.LUMBUNG_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    demo: yes(e.LUMBUNG_DEMO),
    sessionSecret: e.LUMBUNG_SESSION_SECRET,
    sessionDays: e.LUMBUNG_SESSION_DAYS,
    signInLimitPerMinute: e.LUMBUNG_SIGNIN_LIMIT_PER_MINUTE,
    trustProxy: yes(e.LUMBUNG_TRUST_PROXY),
    linkCheckAllowPrivate: yes(e.LUMBUNG_LINK_CHECK_ALLOW_PRIVATE),
    logLevel: e.LUMBUNG_LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    s3: s3Config(e),
    uploadLimits: {
      documentBytes: Math.floor(e.LUMBUNG_UPLOAD_MAX_DOCUMENT_MB * MB),
      videoBytes: Math.floor(e.LUMBUNG_UPLOAD_MAX_VIDEO_MB * MB),
    },
  };
  return { ...env, ...overrides };
}
