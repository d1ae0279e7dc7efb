/** Parses a byte size; null when it is not one (unknown interpolation, garbage). Compose treats k/m/g as binary units. */
export declare function parseBytes(value: unknown): number | null;
/** Human form for messages: 150 MiB, 3.5 GiB. */
export declare function formatBytes(bytes: number): string;
