// The rule registry: every rule module, one per file, in a stable order.
import type { Rule } from '../src/api';
import archivedServiceActive from './structure/archived-service-active';
import brokenSymlink from './structure/broken-symlink';
import buildContext from './structure/build-context';
import duplicateService from './structure/duplicate-service';
import legacyService from './structure/legacy-service';
import migrationSymlink from './structure/migration-symlink';
import misplacedService from './structure/misplaced-service';
import missingStackFile from './structure/missing-stack-file';
import noCatchAllDir from './structure/no-catch-all-dir';
import noTechnologyDir from './structure/no-technology-dir';
import nonCanonicalName from './structure/non-canonical-name';
import serviceOutsideCapability from './structure/service-outside-capability';
import splitSystem from './structure/split-system';
import staleDocPath from './structure/stale-doc-path';
import tooDeep from './structure/too-deep';
import undeclaredCapability from './structure/undeclared-capability';
import singlePostgres from './database/single-postgres';
import postgresSuperuser from './database/postgres-superuser';
import sharedDbRole from './database/shared-db-role';
import dbAllocation from './database/db-allocation';
import unusedAllocation from './database/unused-allocation';
import initdbMissing from './database/initdb-missing';
import initdbPublicConnect from './database/initdb-public-connect';
import initdbCrossGrant from './database/initdb-cross-grant';
import initdbEnvPlaceholder from './database/initdb-env-placeholder';
import initdbUnevaluated from './database/initdb-unevaluated';
import plaintextSecret from './database/plaintext-secret';
import isolatedStore from './database/isolated-store';
import singleCache from './database/single-cache';
import composeParse from './compose/compose-parse';
import composeSchema from './compose/compose-schema';
import duplicateContainerName from './compose/duplicate-container-name';
import duplicateHostPort from './compose/duplicate-host-port';
import duplicateRouter from './compose/duplicate-router';
import obsoleteVersion from './compose/obsolete-version';
import unpinnedImage from './compose/unpinned-image';
import memoryBudget from './compose/memory-budget';
import unreadablePath from './meta/unreadable-path';
import unusedDirective from './meta/unused-directive';

// Each rule types its own options and message ids; the registry holds them as plain rules.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const allRules: Rule<any, any>[] = [
  // Structure
  noCatchAllDir,
  noTechnologyDir,
  serviceOutsideCapability,
  undeclaredCapability,
  misplacedService,
  splitSystem,
  nonCanonicalName,
  duplicateService,
  missingStackFile,
  tooDeep,
  archivedServiceActive,
  legacyService,
  brokenSymlink,
  migrationSymlink,
  buildContext,
  staleDocPath,
  // Database
  singlePostgres,
  postgresSuperuser,
  sharedDbRole,
  dbAllocation,
  unusedAllocation,
  initdbMissing,
  initdbPublicConnect,
  initdbCrossGrant,
  initdbEnvPlaceholder,
  plaintextSecret,
  isolatedStore,
  singleCache,
  initdbUnevaluated,
  // Compose
  composeParse,
  composeSchema,
  duplicateContainerName,
  duplicateHostPort,
  duplicateRouter,
  obsoleteVersion,
  unpinnedImage,
  memoryBudget,
  // Meta
  unreadablePath,
  unusedDirective,
];
