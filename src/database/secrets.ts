// Which environment variables hold secrets, and which values are written in the file (plaintext)
// rather than taken from the environment. Values are inspected, never returned or printed.
import { getOrCompute } from '../util/maps';

/** Name words that mean the value is a secret. */
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'PASS',
  'PWD',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'APIKEY',
  'AUTHKEY',
  'PASSPHRASE',
  'CREDENTIAL',
  'CREDENTIALS',
  'PRIVATEKEY',
  'SECRETKEY',
]);
/** Words before KEY that make it a secret key (API_KEY, ENCRYPTION_KEY...); a bare trailing KEY counts too. */
const KEY_QUALIFIERS = new Set([
  'API',
  'SECRET',
  'PRIVATE',
  'ENCRYPTION',
  'ENC',
  'MASTER',
  'SIGNING',
  'ACCESS',
  'AUTH',
  'SERVICE',
  'LICENSE',
  'SESSION',
  'JWT',
  'CRYPTO',
  'HMAC',
  'ADMIN',
  'APP',
  'CLIENT',
  'SSH',
  'ROOT',
]);
/**
 * Last words that make the variable about a secret without holding one: a path to it (_FILE,
 * the Docker secrets convention), a policy (PASSWORD_MIN_LENGTH), a switch (..._ENABLED), a name
 * or id (AWS_ACCESS_KEY_ID is an identifier), or a public half (PUBLIC_KEY).
 */
const NOT_SECRET_LAST = new Set([
  'FILE',
  'PATH',
  'DIR',
  'LOCATION',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'LENGTH',
  'LEN',
  'MIN',
  'MAX',
  'SIZE',
  'BITS',
  'POLICY',
  'ENABLED',
  'ENABLE',
  'DISABLED',
  'DISABLE',
  'REQUIRED',
  'ALLOWED',
  'RESET',
  'LOGIN',
  'MODE',
  'METHOD',
  'TYPE',
  'ALGORITHM',
  'ALG',
  'FORMAT',
  'EXPIRY',
  'EXPIRES',
  'EXPIRATION',
  'TTL',
  'TIMEOUT',
  'LIFETIME',
  'AGE',
  'ROTATION',
  'INTERVAL',
  'HEADER',
  'NAME',
  'ID',
  'PREFIX',
  'HASH',
  'HASHED',
  'USERS',
  'COMMAND',
  'CMD',
  'SCRIPT',
  'SOURCE',
  'PROVIDER',
  'STORE',
  'COST',
  'ROUNDS',
  'ITERATIONS',
  'STRENGTH',
  'COMPLEXITY',
  'HINT',
  'USER',
  'USERNAME',
]);
const PUBLIC_WORDS = new Set(['PUBLIC', 'PUBLISHABLE', 'PUB']);

/** Answers by variable name: 10,000 services repeat a few dozen names (TZ, POSTGRES_PASSWORD, ...) ~30,000 times. */
const secretNames = new Map<string, boolean>();

/** Whether a variable name says its value is a password, secret, token or key. */
export function isSecretName(name: string): boolean {
  return getOrCompute(secretNames, name, namesSecret);
}

function namesSecret(name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[_\-.]+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (!last || NOT_SECRET_LAST.has(last)) return false;
  if (words.some((w) => PUBLIC_WORDS.has(w))) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || (w === 'KEY' && (i === words.length - 1 || KEY_QUALIFIERS.has(words[i - 1] ?? ''))));
}

/**
 * Whether a value, as written, is a plaintext secret: not empty, not taken from a variable, not a
 * switch or a number, not a path to a secrets file. A template value such as `changeme` is kept:
 * whatever is written there is the password the container gets.
 */
export function isLiteralSecret(raw: string | null): boolean {
  if (raw === null) return false;
  const text = raw.trim();
  if (text === '' || text === '""' || text === "''") return false;
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(text)) return false;
  if (/^(true|false|yes|no|on|off|null|none|nil|0|1|-1)$/i.test(text)) return false;
  if (/^\d{1,6}$/.test(text)) return false;
  if (/^(\.{0,2}\/|~\/|%[\w.]+%\/)\S*$/.test(text)) return false; // a path to the secret (/run/secrets/x, ./key.pem)
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) /.test(text)) return false; // an SSH public key
  if (/^user[_-]provided$/i.test(text)) return false; // "the user enters it in the UI" (LibreChat)
  return true;
}

/** A URL of any scheme with a literal password in its userinfo (`scheme://user:pass@host`): offset of the password, or -1. */
export function urlPasswordOffset(text: string): number {
  const m = /^\s*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@/\s]+)@/i.exec(text);
  if (!m) return -1;
  const password = m[2]!;
  if (/(^|[^$])(\$\$)*\$(\{|[A-Za-z_])/.test(password)) return -1;
  return m.index + m[0].indexOf(':', m[0].indexOf('//') + 2) + 1;
}
