import { generateKeyPairSync } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CryptoKey, importPKCS8, importSPKI, type KeyObject } from 'jose';
import { ConfigError } from '../config';

export const TOKEN_ALGORITHM = 'EdDSA';

export type SigningKeys = {
  /** Only the users service signs; every other service verifies with the public key alone. */
  privateKey?: CryptoKey | KeyObject;
  publicKey: CryptoKey | KeyObject;
};

export type KeyPems = { privateKeyPem: string; publicKeyPem: string };

type KeySource = { privateKeyPem?: string; publicKeyPem?: string; demoMode: boolean; dataDir: string };

// Environment variables often carry PEMs on one line with literal "\n".
const pemFromEnv = (value: string) => value.replaceAll('\\n', '\n');

/** Keys from the environment; in demo mode a key pair is made once and kept under the data folder. */
export async function loadSigningKeys(source: KeySource): Promise<SigningKeys> {
  if (source.publicKeyPem) {
    return {
      publicKey: await importSPKI(pemFromEnv(source.publicKeyPem), TOKEN_ALGORITHM),
      privateKey: source.privateKeyPem
        ? await importPKCS8(pemFromEnv(source.privateKeyPem), TOKEN_ALGORITHM)
        : undefined,
    };
  }
  if (!source.demoMode) {
    throw new ConfigError(
      'JWT_PUBLIC_KEY (and JWT_PRIVATE_KEY for the users service) must be set outside demo mode. ' +
        'Run `npm run smartcrm -- generate-keys` to make a pair.',
    );
  }
  return importKeyPems(readOrCreateDemoKeys(source.dataDir));
}

export async function importKeyPems(pems: KeyPems): Promise<SigningKeys> {
  return {
    privateKey: await importPKCS8(pems.privateKeyPem, TOKEN_ALGORITHM),
    publicKey: await importSPKI(pems.publicKeyPem, TOKEN_ALGORITHM),
  };
}

export function generateKeyPems(): KeyPems {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function readOrCreateDemoKeys(dataDir: string): KeyPems {
  const file = join(dataDir, 'demo-signing-key.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    // Several services may start at once: write privately, then link into place, which only one can win.
    const draft = `${file}.${process.pid}.tmp`;
    writeFileSync(draft, JSON.stringify(generateKeyPems()), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
