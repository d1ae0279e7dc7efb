export interface ImageRef {
    /** Name without registry `docker.io/`/`index.docker.io/` and without `library/`, lowercased. */
    name: string;
    /** Registry host when one other than Docker Hub is named (ghcr.io, quay.io, ...). */
    registry: string | null;
    tag: string | null;
    digest: string | null;
}
export declare function parseImage(image: string): ImageRef;
/**
 * parseImage(image).name, kept per image reference: one service's image is named by several
 * lookups (the catalog, web servers, Postgres, stores), ~6 parses each at 10,000 services.
 */
export declare function imageName(image: string): string;
/** Whether an image name (from parseImage) matches a catalog pattern with `*` wildcards. */
export declare function imageMatches(pattern: string, imageName: string): boolean;
/** The one image name a catalog pattern matches (what imageMatches compares with), or null for a pattern with `*` wildcards. */
export declare function exactImageName(pattern: string): string | null;
