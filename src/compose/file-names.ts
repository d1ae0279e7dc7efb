// The names Docker Compose looks for in a folder.

/** Compose file names in the order Docker Compose picks them in one folder (compose-go `DefaultFileNames`). */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;
/** Override file names in Compose's order (compose-go `DefaultOverrideFileNames`); the first present is merged. */
export const COMPOSE_OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
] as const;
