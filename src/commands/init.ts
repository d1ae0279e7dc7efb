import type { CommandContext } from '../cli/main';
export async function runInit(_c: CommandContext): Promise<number> {
  return 2;
}
