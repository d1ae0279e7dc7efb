/** Compose file names in the order Docker Compose picks them in one folder (compose-go `DefaultFileNames`). */
export declare const COMPOSE_FILE_NAMES: readonly ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
/** Override file names in Compose's order (compose-go `DefaultOverrideFileNames`); the first present is merged. */
export declare const COMPOSE_OVERRIDE_FILE_NAMES: readonly ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
