// Error messages as svclint may print them: one line, and never a token that could be a secret.

/**
 * Parser messages quote the token at the error (`syntax error at or near "…"`), which can be a
 * password: keep the token only when it is a plain word or punctuation that does not follow
 * PASSWORD; drop string literals (an unterminated one quotes the rest of the file).
 */
export function safeMessage(message: string, textBefore: string): string {
  const near = /^(.*?) at or near "(.*)"$/s.exec(message);
  if (!near) return oneLine(message);
  const token = near[2]!;
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$|^\d+$|^[^\s\w'"$]{1,3}$/.test(token);
  return plain && !/PASSWORD\s*$/i.test(textBefore) ? `${oneLine(near[1])} at or near "${token}"` : oneLine(near[1]);
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
