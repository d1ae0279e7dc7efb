/** Whether a variable name says its value is a password, secret, token or key. */
export declare function isSecretName(name: string): boolean;
/**
 * Whether a value, as written, is a plaintext secret: not empty, not taken from a variable, not a
 * switch or a number, not a path to a secrets file. A template value such as `changeme` is kept:
 * whatever is written there is the password the container gets.
 */
export declare function isLiteralSecret(raw: string | null): boolean;
/** A URL of any scheme with a literal password in its userinfo (`scheme://user:pass@host`): offset of the password, or -1. */
export declare function urlPasswordOffset(text: string): number;
