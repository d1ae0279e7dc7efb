// Compose `profiles:`: a service with profiles starts only when one of them is enabled; one without
// starts always. Two services of one stack whose profile sets do not meet are alternatives
// (`ollama-cpu` / `ollama-gpu`), so they never hold a container name or a port at the same time.
import type { ComposeService } from './types';

export function serviceProfiles(service: ComposeService): string[] {
  const profiles = service.resolved.profiles;
  return Array.isArray(profiles) ? profiles.map(String) : [];
}

export function mayRunTogether(a: ComposeService, b: ComposeService): boolean {
  if (a.stack !== b.stack) return true;
  const pa = serviceProfiles(a);
  const pb = serviceProfiles(b);
  if (pa.length === 0 || pb.length === 0) return true;
  return pa.some((p) => pb.includes(p));
}
