// The public API: `import { defineRule } from 'svclint'`. Everything a rule (built-in or plugin)
// needs: the types of the rule contract and of the read-only model, defineRule/definePlugin, the
// message value helpers, and helpers over the placement plan. The model types are read-only views.
import type { ComposeFileView, ModelView, PlanView, ServiceDirView, ServiceView, StackView } from './types';
import type { ReadonlyDeep } from './readonly';
import type { CapabilityDir, GroupDir } from '../model/types';
import type { EnvVar } from '../compose/types';
import type { DataStore, InitScriptFile, PostgresConnection, VolumeMount } from '../database/types';
import type { FolderPlan, PlanAction, PlanCause, PlannedMove } from '../plan/types';
import type { Allocation, CatalogEntry, Policy } from '../policy/types';
import type { Tree, TreeEntry } from '../scan/types';

export type {
  AllocationMatch,
  ChangeSet,
  DocReference,
  JsonSchema,
  MessageData,
  MessageValue,
  ModelFacts,
  PathValue,
  Plugin,
  PortClash,
  PortUseView as PortUse,
  PublishedPortView as PublishedPort,
  ReportDescriptor,
  RelatedDescriptor,
  RouterView as Router,
  Rule,
  RuleContext,
  RuleDocs,
  RuleExample,
  RuleMeta,
  SchemaProblem,
  Severity,
  SourceLoc,
  TextValue,
} from './types';
export type { ReadonlyDeep } from './readonly';

/** The host model, read-only. */
export type HostModel = ModelView;
/** A compose service of a stack. */
export type ComposeService = ServiceView;
/** A folder that holds one service. */
export type ServiceDir = ServiceDirView;
/** A compose file plus its overrides, loaded as Docker Compose does. */
export type Stack = StackView;
export type ComposeFile = ComposeFileView;
export type PlacementPlan = PlanView;
export type CapabilityDirView = ReadonlyDeep<CapabilityDir>;
export type GroupDirView = ReadonlyDeep<GroupDir>;
export type EnvVarView = ReadonlyDeep<EnvVar>;
export type PostgresConnectionView = ReadonlyDeep<PostgresConnection>;
export type InitScriptFileView = ReadonlyDeep<InitScriptFile>;
export type DataStoreView = ReadonlyDeep<DataStore>;
export type VolumeMountView = ReadonlyDeep<VolumeMount>;
export type PlanActionView = ReadonlyDeep<PlanAction>;
export type PlanCauseView = ReadonlyDeep<PlanCause>;
export type PlannedMoveView = ReadonlyDeep<PlannedMove>;
export type FolderPlanView = ReadonlyDeep<FolderPlan>;
export type PolicyView = ReadonlyDeep<Policy>;
export type CatalogEntryView = ReadonlyDeep<CatalogEntry>;
export type AllocationView = Readonly<Allocation>;
export type TreeView = ReadonlyDeep<Tree>;
export type TreeEntryView = ReadonlyDeep<TreeEntry>;

export { defineRule, definePlugin } from './define';
export { folderValue, pathValue, placeValue, textValue } from './values';
export { archiveName, causeByKey, causeOf, folderPlan, groupingFolders, legacyEntry } from './helpers';
export { isKebabCase, toKebab } from '../plan/decide';
export { isInside } from '../util/paths';
export { parseImage, type ImageRef } from '../util/image';
export { formatBytes, parseBytes } from '../util/bytes';
export { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_FILE_NAMES } from '../compose/file-names';
/** Whether a value still holds a `${VAR}` the loader could not resolve (its real value is unknown). */
export { hasUnknown as hasUnknownVariable } from '../compose/interpolate';
/** Secret detection, as plaintext-secret uses it: a variable name that holds a secret, a literal value (not a `${VAR}` or a file), a URL's password. */
export { isLiteralSecret, isSecretName, urlPasswordOffset } from '../database/secrets';
/** The vector/graph Postgres extensions (`vector` -> pgvector, `age` -> Apache AGE) and the vector/graph product a Postgres image bundles. */
export { VECTOR_GRAPH_EXTENSIONS, postgresVectorProduct } from '../database/stores';
export { sameData } from './helpers';
