import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  nearest
} from "./chunk-2BCGQNUZ.js";
import {
  hasUnknown
} from "./chunk-YZODILJP.js";
import "./chunk-3DAIKRF3.js";

// src/compose/checks.ts
import { isIP } from "node:net";
var RESOURCE_KINDS = ["volumes", "networks", "secrets", "configs"];
var SHARED_NAMESPACES = ["network_mode", "ipc", "pid", "uts", "cgroup"];
function checkModel(model) {
  const issues = [];
  const add = (path, message, atKey = false) => issues.push({ path, atKey, message });
  const services = plain(model.services);
  for (const kind of RESOURCE_KINDS) {
    for (const [name, resource] of Object.entries(plain(model[kind]))) {
      if (!isPlain(resource)) continue;
      const external = resource.external;
      if (isPlain(external) && "name" in external && "name" in resource && external.name !== resource.name) {
        add([kind, name, "name"], `${kind}.${name}: name and external.name conflict; only use name`, true);
      }
      if (kind === "volumes" && (external === true || isPlain(external))) {
        for (const key of Object.keys(resource)) {
          if (key === "name" || key === "external" || key.startsWith("x-")) continue;
          add([kind, name, key], `${kind}.${name}: conflicting parameters "external" and "${key}" specified`, true);
        }
      }
    }
  }
  for (const [kind, keys] of [
    ["configs", ["file", "environment", "content"]],
    ["secrets", ["file", "environment"]]
  ]) {
    for (const [name, resource] of Object.entries(plain(model[kind]))) {
      if (!isPlain(resource)) continue;
      const set = keys.filter((key) => key in resource);
      if (set.length > 1) add([kind, name, set[1]], `${kind}.${name}: ${keys.join("|")} attributes are mutually exclusive`, true);
      else if (set.length === 0 && !("driver" in resource) && !("external" in resource))
        add([kind, name], `${kind}.${name}: one of ${keys.join("|")} must be set`, true);
    }
  }
  for (const [name, service] of Object.entries(services)) {
    if (!isPlain(service)) continue;
    const at = (...rest) => ["services", name, ...rest];
    const where = `services.${name}`;
    list(service.volumes).forEach((volume, i) => {
      if (isPlain(volume) && volume.type === "bind" && !("source" in volume))
        add(at("volumes", i), `${where}.volumes[${i}]: a bind mount needs a source ("field Source must not be empty")`);
    });
    const reserved = list(plain(plain(plain(service.deploy).resources).reservations).devices);
    const gpus = list(service.gpus);
    const devices = reserved.length + gpus.length === 0 ? [] : [
      ...reserved.map((d, i) => [at("deploy", "resources", "reservations", "devices", i), d]),
      ...gpus.map((d, i) => [at("gpus", i), d])
    ];
    for (const [path, device] of devices) {
      if (!isPlain(device)) continue;
      const shown = dottedPath(path);
      if ("count" in device && "device_ids" in device) add([...path, "device_ids"], `${shown}: "count" and "device_ids" attributes are exclusive`, true);
      const count = device.count;
      if (typeof count === "string" && !hasUnknown(count) && count.toLowerCase() !== "all" && !/^[+-]?[0-9]+$/.test(count)) {
        add([...path, "count"], `${shown}.count: invalid value '${count}', the only value allowed is 'all' or a number`);
      }
    }
    list(service.ports).forEach((port, i) => {
      const hostIp = isPlain(port) ? port.host_ip : void 0;
      if (typeof hostIp === "string" && !hasUnknown(hostIp) && isIP(hostIp) === 0)
        add(at("ports", i, "host_ip"), `${where}.ports[${i}]: invalid ip address: ${hostIp}`);
    });
    const networks = service.networks;
    const networkCount = Array.isArray(networks) ? networks.length : isPlain(networks) ? Object.keys(networks).length : 0;
    if (typeof service.network_mode === "string" && service.network_mode !== "" && networkCount > 0) {
      add(at("networks"), `${where}: 'network_mode' and 'networks' are mutually exclusive`, true);
    }
    const build = plain(service.build);
    const platforms = list(build.platforms);
    if (platforms.length > 0 && typeof service.platform === "string" && service.platform !== "" && !hasUnknown(service.platform) && !platforms.some(hasUnknownValue) && !platforms.includes(service.platform)) {
      add(at("platform"), `${where}.platform: build.platforms must include '${service.platform}'`);
    }
    const test = plain(service.healthcheck).test;
    if (Array.isArray(test) && test.length > 0 && typeof test[0] === "string" && !["CMD", "CMD-SHELL", "NONE"].includes(test[0])) {
      add(at("healthcheck", "test", 0), `${where}.healthcheck.test must start with "CMD", "CMD-SHELL" or "NONE"`);
    }
    const scale = service.scale;
    const replicas = plain(service.deploy).replicas;
    if (typeof scale === "number" && typeof replicas === "number" && scale !== replicas)
      add(at("scale"), `${where}: can't set distinct values on 'scale' and 'deploy.replicas'`, true);
    const instances = typeof scale === "number" ? scale : typeof replicas === "number" ? replicas : 1;
    if (instances > 1 && typeof service.container_name === "string" && service.container_name !== "") {
      add(
        at("container_name"),
        `${where}: can't set container_name and ${typeof scale === "number" ? "scale" : "deploy.replicas"} as container name must be unique`,
        true
      );
    }
    list(service.environment).forEach((item, i) => {
      if (typeof item !== "string") return;
      const equals = item.indexOf("=");
      const name2 = equals < 0 ? item : item.slice(0, equals);
      if (/\s$/.test(name2)) add(at("environment", i), `${where}.environment[${i}]: environment variable '${name2}' is declared with a trailing space`);
    });
  }
  issues.push(...dependencyIssues(services));
  return issues;
}
function dependencyIssues(services) {
  const issues = [];
  const pathOf = (name, edge) => edge.index === null ? ["services", name, edge.key] : ["services", name, edge.key, edge.index];
  const edges = /* @__PURE__ */ new Map();
  for (const [name, service] of Object.entries(services)) {
    if (!isPlain(service)) continue;
    const out = [];
    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) dependsOn.forEach((d, i) => typeof d === "string" && out.push({ target: d, key: "depends_on", index: i }));
    else if (isPlain(dependsOn)) for (const target of Object.keys(dependsOn)) out.push({ target, key: "depends_on", index: target });
    list(service.links).forEach((link, i) => typeof link === "string" && out.push({ target: link.split(":")[0], key: "links", index: i }));
    for (const key of SHARED_NAMESPACES) {
      const value = service[key];
      if (typeof value === "string" && value.startsWith("service:")) out.push({ target: value.slice("service:".length), key, index: null });
    }
    list(service.volumes_from).forEach((from, i) => {
      if (typeof from === "string" && !from.startsWith("container:")) out.push({ target: from.split(":")[0], key: "volumes_from", index: i });
    });
    if (out.length === 0) continue;
    const kept = [];
    for (const edge of out) {
      if (hasUnknown(edge.target)) continue;
      if (edge.target in services) kept.push(edge);
      else issues.push({ path: pathOf(name, edge), atKey: false, message: `services.${name}: depends on undefined service '${edge.target}'` });
    }
    edges.set(name, kept);
  }
  const reported = /* @__PURE__ */ new Set();
  const visit = (trail) => {
    const from = trail[trail.length - 1];
    for (const edge of edges.get(from) ?? []) {
      const at = trail.indexOf(edge.target);
      if (at >= 0) {
        const cycle = [...trail.slice(at), edge.target];
        const identity = [...cycle.slice(0, -1)].sort().join("\0");
        if (!reported.has(identity)) {
          reported.add(identity);
          issues.push({ path: pathOf(from, edge), atKey: false, message: `services.${from}: dependency cycle detected: ${cycle.join(" -> ")}` });
        }
        continue;
      }
      if (done.has(edge.target)) continue;
      visit([...trail, edge.target]);
    }
    done.add(from);
  };
  const done = /* @__PURE__ */ new Set();
  for (const name of [...edges.keys()].sort()) if (!done.has(name)) visit([name]);
  return issues;
}
function hasUnknownValue(value) {
  return typeof value === "string" && hasUnknown(value);
}
function dottedPath(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : `${i === 0 ? "" : "."}${s}`).join("");
}
function isPlain(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var EMPTY = Object.freeze({});
function plain(value) {
  return isPlain(value) ? value : EMPTY;
}
var NO_ITEMS = Object.freeze([]);
function list(value) {
  return Array.isArray(value) ? value : NO_ITEMS;
}

// src/compose/schema/validate-compose.generated.js
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && jsonEqual(a[key], b[key]));
}
var validate_compose_generated_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "compose_spec.json", "type": "object", "title": "Compose Specification", "description": "The Compose file is a YAML file defining a multi-containers based application.", "properties": { "version": { "type": "string", "deprecated": true, "description": "declared for backward compatibility, ignored. Please remove it." }, "name": { "type": "string", "description": "define the Compose project name, until user defines one explicitly." }, "include": { "type": "array", "items": { "$ref": "#/$defs/include" }, "description": "compose sub-projects to be included." }, "services": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/service" } }, "additionalProperties": false, "description": "The services that will be used by your application." }, "models": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/model" } }, "description": "Language models that will be used by your application." }, "networks": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/network" } }, "description": "Networks that are shared among multiple services." }, "volumes": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/volume" } }, "additionalProperties": false, "description": "Named volumes that are shared among multiple services." }, "secrets": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/secret" } }, "additionalProperties": false, "description": "Secrets that are shared among multiple services." }, "configs": { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "$ref": "#/$defs/config" } }, "additionalProperties": false, "description": "Configurations that are shared among multiple services." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "$defs": { "service": { "type": "object", "description": "Configuration for a service.", "properties": { "develop": { "$ref": "#/$defs/development" }, "deploy": { "$ref": "#/$defs/deployment" }, "annotations": { "$ref": "#/$defs/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "build": { "description": "Configuration options for building the service's image.", "oneOf": [{ "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, { "type": "object", "properties": { "context": { "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, "dockerfile": { "type": "string", "description": "Name of the Dockerfile to use for building the image." }, "dockerfile_inline": { "type": "string", "description": "Inline Dockerfile content to use instead of a Dockerfile from the build context." }, "entitlements": { "type": "array", "items": { "type": "string" }, "description": "List of extra privileged entitlements to grant to the build process." }, "args": { "$ref": "#/$defs/list_or_dict", "description": "Build-time variables, specified as a map or a list of KEY=VAL pairs." }, "ssh": { "$ref": "#/$defs/list_or_dict", "description": "SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the built image." }, "cache_from": { "type": "array", "items": { "type": "string" }, "description": "List of sources the image builder should use for cache resolution" }, "cache_to": { "type": "array", "items": { "type": "string" }, "description": "Cache destinations for the build cache." }, "no_cache": { "type": ["boolean", "string"], "description": "Do not use cache when building the image." }, "no_cache_filter": { "$ref": "#/$defs/string_or_list", "description": "Do not use build cache for the specified stages." }, "additional_contexts": { "$ref": "#/$defs/list_or_dict", "description": "Additional build contexts to use, specified as a map of name to context path or URL." }, "network": { "type": "string", "description": "Network mode to use for the build. Options include 'default', 'none', 'host', or a network name." }, "provenance": { "type": ["string", "boolean"], "description": "Add a provenance attestation" }, "sbom": { "type": ["string", "boolean"], "description": "Add a SBOM attestation" }, "pull": { "type": ["boolean", "string"], "description": "Always attempt to pull a newer version of the image." }, "target": { "type": "string", "description": "Build stage to target in a multi-stage Dockerfile." }, "shm_size": { "type": ["integer", "string"], "description": "Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes." }, "extra_hosts": { "$ref": "#/$defs/extra_hosts", "description": "Add hostname mappings for the build container." }, "isolation": { "type": "string", "description": "Container isolation technology to use for the build process." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the build container." }, "secrets": { "$ref": "#/$defs/service_config_or_secret", "description": "Secrets to expose to the build. These are accessible at build-time." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Additional tags to apply to the built image." }, "ulimits": { "$ref": "#/$defs/ulimits", "description": "Override the default ulimits for the build container." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "description": "Block IO configuration for the service.", "properties": { "device_read_bps": { "type": "array", "description": "Limit read rate (bytes per second) from a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_read_iops": { "type": "array", "description": "Limit read rate (IO per second) from a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_write_bps": { "type": "array", "description": "Limit write rate (bytes per second) to a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_write_iops": { "type": "array", "description": "Limit write rate (IO per second) to a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "weight": { "type": ["integer", "string"], "description": "Block IO weight (relative weight) for the service, between 10 and 1000." }, "weight_device": { "type": "array", "description": "Block IO weight (relative weight) for specific devices.", "items": { "$ref": "#/$defs/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cgroup": { "type": "string", "enum": ["host", "private"], "description": "Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace." }, "cgroup_parent": { "type": "string", "description": "Specify an optional parent cgroup for the container." }, "command": { "$ref": "#/$defs/command", "description": "Override the default command declared by the container image, for example 'CMD' in Dockerfile." }, "configs": { "$ref": "#/$defs/service_config_or_secret", "description": "Grant access to Configs on a per-service basis." }, "container_name": { "type": "string", "description": "Specify a custom container name, rather than a generated default name.", "pattern": "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, "cpu_count": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }], "description": "Number of usable CPUs." }, "cpu_percent": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0, "maximum": 100 }], "description": "Percentage of CPU resources to use." }, "cpu_shares": { "type": ["number", "string"], "description": "CPU shares (relative weight) for the container." }, "cpu_quota": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) quota." }, "cpu_period": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) period." }, "cpu_rt_period": { "type": ["number", "string"], "description": "Limit the CPU real-time period in microseconds or a duration." }, "cpu_rt_runtime": { "type": ["number", "string"], "description": "Limit the CPU real-time runtime in microseconds or a duration." }, "cpus": { "type": ["number", "string"], "description": "Number of CPUs to use. A floating-point value is supported to request partial CPUs." }, "cpuset": { "type": "string", "description": "CPUs in which to allow execution (0-3, 0,1)." }, "credential_spec": { "type": "object", "description": "Configure the credential spec for managed service account.", "properties": { "config": { "type": "string", "description": "The name of the credential spec Config to use." }, "file": { "type": "string", "description": "Path to a credential spec file." }, "registry": { "type": "string", "description": "Path to a credential spec in the Windows registry." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "restart": { "type": ["boolean", "string"], "description": "Whether to restart dependent services when this service is restarted." }, "required": { "type": "boolean", "default": true, "description": "Whether the dependency is required for the dependent service to start." }, "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"], "description": "Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully." } }, "required": ["condition"] } } }], "description": "Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting." }, "device_cgroup_rules": { "$ref": "#/$defs/list_of_strings", "description": "Add rules to the cgroup allowed devices list." }, "devices": { "type": "array", "description": "List of device mappings for the container.", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "description": "Path on the host to the device." }, "target": { "type": "string", "description": "Path in the container where the device will be mapped." }, "permissions": { "type": "string", "description": "Cgroup permissions for the device (rwm)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "dns": { "$ref": "#/$defs/string_or_list", "description": "Custom DNS servers to set for the service container." }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Custom DNS options to be passed to the container's DNS resolver." }, "dns_search": { "$ref": "#/$defs/string_or_list", "description": "Custom DNS search domains to set on the service container." }, "domainname": { "type": "string", "description": "Custom domain name to use for the service container." }, "entrypoint": { "$ref": "#/$defs/command", "description": "Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile." }, "env_file": { "$ref": "#/$defs/env_file", "description": "Add environment variables from a file or multiple files. Can be a single file path or a list of file paths." }, "label_file": { "$ref": "#/$defs/label_file", "description": "Add metadata to containers using files containing Docker labels." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Add environment variables. You can use either an array or a list of KEY=VAL pairs." }, "expose": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Expose ports without publishing them to the host machine - they'll only be accessible to linked services." }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string", "description": "The name of the service to extend." }, "file": { "type": "string", "description": "The file path where the service to extend is defined." } }, "required": ["service"], "additionalProperties": false }], "description": "Extend another service, in the current file or another file." }, "provider": { "type": "object", "description": "Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.", "required": ["type"], "properties": { "type": { "type": "string", "description": "External component used by Compose to manage setup and teardown lifecycle of the service." }, "options": { "type": "object", "description": "Provider-specific options.", "patternProperties": { "^.+$": { "oneOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to services started outside this Compose application. Specify services as <service_name>:<alias>." }, "extra_hosts": { "$ref": "#/$defs/extra_hosts", "description": "Add hostname mappings to the container network interface configuration." }, "gpus": { "$ref": "#/$defs/gpus", "description": "Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices." }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Add additional groups which user inside the container should be member of." }, "healthcheck": { "$ref": "#/$defs/healthcheck", "description": "Configure a health check for the container to monitor its health status." }, "hostname": { "type": "string", "description": "Define a custom hostname for the service container." }, "image": { "type": "string", "description": "Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID." }, "init": { "type": ["boolean", "string"], "description": "Run as an init process inside the container that forwards signals and reaps processes." }, "ipc": { "type": "string", "description": "IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace." }, "isolation": { "type": "string", "description": "Container isolation technology to use. Supported values are platform-specific." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to containers using Docker labels. You can use either an array or a list." }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name." }, "logging": { "type": "object", "description": "Logging configuration for the service.", "properties": { "driver": { "type": "string", "description": "Logging driver to use, such as 'json-file', 'syslog', 'journald', etc." }, "options": { "type": "object", "description": "Options for the logging driver.", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string", "description": "Container MAC address to set." }, "mem_limit": { "type": ["number", "string"], "description": "Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes." }, "mem_reservation": { "type": ["string", "integer"], "description": "Memory reservation for the container." }, "mem_swappiness": { "type": ["integer", "string"], "description": "Container memory swappiness as percentage (0 to 100)." }, "memswap_limit": { "type": ["number", "string"], "description": "Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap." }, "network_mode": { "type": "string", "description": "Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'." }, "models": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "endpoint_var": { "type": "string", "description": "Environment variable set to AI model endpoint." }, "model_var": { "type": "string", "description": "Environment variable set to AI model name." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } } }], "description": "AI Models to use, referencing entries under the top-level models key." }, "networks": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/$defs/list_of_strings", "description": "Alternative hostnames for this service on the network." }, "interface_name": { "type": "string", "description": "Interface network name used to connect to network" }, "ipv4_address": { "type": "string", "description": "Specify a static IPv4 address for this service on this network." }, "ipv6_address": { "type": "string", "description": "Specify a static IPv6 address for this service on this network." }, "link_local_ips": { "$ref": "#/$defs/list_of_strings", "description": "List of link-local IPs." }, "mac_address": { "type": "string", "description": "Specify a MAC address for this service on this network." }, "driver_opts": { "type": "object", "description": "Driver options for this network.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "priority": { "type": "number", "description": "Specify the priority for the network connection." }, "gw_priority": { "type": "number", "description": "Specify the gateway priority for the network connection." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }], "description": "Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration." }, "oom_kill_disable": { "type": ["boolean", "string"], "description": "Disable OOM Killer for the container." }, "oom_score_adj": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": -1e3, "maximum": 1e3 }], "description": "Tune host's OOM preferences for the container (accepts -1000 to 1000)." }, "pid": { "type": ["string", "null"], "description": "PID mode for container." }, "pids_limit": { "type": ["number", "string"], "description": "Tune a container's PIDs limit. Set to -1 for unlimited PIDs." }, "platform": { "type": "string", "description": "Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." }, "ports": { "type": "array", "description": "Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).", "items": { "oneOf": [{ "type": "number" }, { "type": "string" }, { "type": "object", "properties": { "name": { "type": "string", "description": "A human-readable name for this port mapping." }, "mode": { "type": "string", "description": "The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing." }, "host_ip": { "type": "string", "description": "The host IP to bind to." }, "target": { "type": ["integer", "string"], "description": "The port inside the container." }, "published": { "type": ["string", "integer"], "description": "The publicly exposed port." }, "protocol": { "type": "string", "description": "The port protocol (tcp or udp)." }, "app_protocol": { "type": "string", "description": "Application protocol to use with the port (e.g., http, https, mysql)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "pre_start": { "type": "array", "items": { "$ref": "#/$defs/pre_start_hook" }, "description": "Init containers to run to completion before the service container is started. Each step runs in its own ephemeral container, in declared order; a non-zero exit fails the bring-up of the service and its dependents." }, "post_start": { "type": "array", "items": { "$ref": "#/$defs/service_hook" }, "description": "Commands to run after the container starts. If any command fails, the container stops." }, "pre_stop": { "type": "array", "items": { "$ref": "#/$defs/service_hook" }, "description": "Commands to run before the container stops. If any command fails, the container stop is aborted." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the service container." }, "profiles": { "$ref": "#/$defs/list_of_strings", "description": "List of profiles for this service. When profiles are specified, services are only started when the profile is activated." }, "pull_policy": { "type": "string", "pattern": "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "description": "Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies." }, "pull_refresh_after": { "type": "string", "description": "Time after which to refresh the image. Used with pull_policy=refresh." }, "read_only": { "type": ["boolean", "string"], "description": "Mount the container's filesystem as read only." }, "restart": { "type": "string", "description": "Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'." }, "runtime": { "type": "string", "description": "Runtime to use for this container, e.g., 'runc'." }, "scale": { "type": ["integer", "string"], "description": "Number of containers to deploy for this service." }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Override the default labeling scheme for each container." }, "shm_size": { "type": ["number", "string"], "description": "Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes." }, "secrets": { "$ref": "#/$defs/service_config_or_secret", "description": "Grant access to Secrets on a per-service basis." }, "sysctls": { "$ref": "#/$defs/list_or_dict", "description": "Kernel parameters to set in the container. You can use either an array or a list." }, "stdin_open": { "type": ["boolean", "string"], "description": "Keep STDIN open even if not attached." }, "stop_grace_period": { "type": "string", "description": "Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')." }, "stop_signal": { "type": "string", "description": "Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')." }, "storage_opt": { "type": "object", "description": "Storage driver options for the container." }, "tmpfs": { "$ref": "#/$defs/string_or_list", "description": "Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list." }, "tty": { "type": ["boolean", "string"], "description": "Allocate a pseudo-TTY to service container." }, "ulimits": { "$ref": "#/$defs/ulimits", "description": "Override the default ulimits for a container." }, "use_api_socket": { "type": "boolean", "description": "Bind mount Docker API socket and required auth." }, "user": { "type": "string", "description": "Username or UID to run the container process as." }, "uts": { "type": "string", "description": "UTS namespace to use. 'host' shares the host's UTS namespace." }, "userns_mode": { "type": "string", "description": "User namespace to use. 'host' shares the host's user namespace." }, "volumes": { "type": "array", "description": "Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["bind", "volume", "tmpfs", "cluster", "npipe", "image"], "description": "The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image." }, "source": { "type": "string", "description": "The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount." }, "target": { "type": "string", "description": "The path in the container where the volume is mounted." }, "read_only": { "type": ["boolean", "string"], "description": "Flag to set the volume as read-only." }, "consistency": { "type": "string", "description": "The consistency requirements for the mount. Available values are platform specific." }, "bind": { "type": "object", "description": "Configuration specific to bind mounts.", "properties": { "propagation": { "type": "string", "description": "The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'." }, "create_host_path": { "type": ["boolean", "string"], "description": "Create the host path if it doesn't exist." }, "recursive": { "type": "string", "enum": ["enabled", "disabled", "writable", "readonly"], "description": "Recursively mount the source directory." }, "selinux": { "type": "string", "enum": ["z", "Z"], "description": "SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "description": "Configuration specific to volume mounts.", "properties": { "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the volume." }, "nocopy": { "type": ["boolean", "string"], "description": "Flag to disable copying of data from a container when a volume is created." }, "subpath": { "type": "string", "description": "Path within the volume to mount instead of the volume root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "description": "Configuration specific to tmpfs mounts.", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }], "description": "Size of the tmpfs mount in bytes." }, "mode": { "type": ["number", "string"], "description": "File mode of the tmpfs in octal." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "description": "Configuration specific to image mounts.", "properties": { "subpath": { "type": "string", "description": "Path within the image to mount instead of the image root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)." }, "working_dir": { "type": "string", "description": "The working directory in which the entrypoint or command will be run" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "healthcheck": { "type": "object", "description": "Configuration options to determine whether the container is healthy.", "properties": { "disable": { "type": ["boolean", "string"], "description": "Disable any container-specified healthcheck. Set to true to disable." }, "interval": { "type": "string", "description": "Time between running the check (e.g., '1s', '1m30s'). Default: 30s." }, "retries": { "type": ["number", "string"], "description": "Number of consecutive failures needed to consider the container as unhealthy. Default: 3." }, "test": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell." }, "timeout": { "type": "string", "description": "Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s." }, "start_period": { "type": "string", "description": "Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s." }, "start_interval": { "type": "string", "description": "Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "development": { "type": ["object", "null"], "description": "Development configuration for the service, used for development workflows.", "properties": { "watch": { "type": "array", "description": "Configure watch mode for the service, which monitors file changes and performs actions in response.", "items": { "type": "object", "required": ["path", "action"], "properties": { "ignore": { "$ref": "#/$defs/string_or_list", "description": "Patterns to exclude from watching." }, "include": { "$ref": "#/$defs/string_or_list", "description": "Patterns to include in watching." }, "path": { "type": "string", "description": "Path to watch for changes." }, "action": { "type": "string", "enum": ["rebuild", "sync", "restart", "sync+restart", "sync+exec"], "description": "Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command." }, "target": { "type": "string", "description": "Target path in the container for sync operations." }, "exec": { "$ref": "#/$defs/service_hook", "description": "Command to execute when a change is detected and action is sync+exec." }, "initial_sync": { "type": "boolean", "description": "Ensure that an initial synchronization is done before starting watch mode for sync+x triggers" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "deployment": { "type": ["object", "null"], "description": "Deployment configuration for the service.", "properties": { "mode": { "type": "string", "description": "Deployment mode for the service: 'replicated' (default) or 'global'." }, "endpoint_mode": { "type": "string", "description": "Endpoint mode for the service: 'vip' (default) or 'dnsrr'." }, "replicas": { "type": ["integer", "string"], "description": "Number of replicas of the service container to run." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the service." }, "rollback_config": { "type": "object", "description": "Configuration for rolling back a service update.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously." }, "delay": { "type": "string", "description": "The time to wait between each container group's rollback (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if a rollback fails: 'continue', 'pause'." }, "monitor": { "type": "string", "description": "Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during a rollback." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during rollbacks: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "description": "Configuration for updating a service.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to update at a time." }, "delay": { "type": "string", "description": "The time to wait between updating a group of containers (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if an update fails: 'continue', 'pause', 'rollback'." }, "monitor": { "type": "string", "description": "Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during an update (0 to 1)." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during updates: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "description": "Resource constraints and reservations for the service.", "properties": { "limits": { "type": "object", "description": "Resource limits for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Limit for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "pids": { "type": ["integer", "string"], "description": "Maximum number of PIDs available to the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "description": "Resource reservations for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Reservation for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "generic_resources": { "$ref": "#/$defs/generic_resources", "description": "User-defined resources to reserve." }, "devices": { "$ref": "#/$defs/devices", "description": "Device reservations for the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "description": "Restart policy for the service containers.", "properties": { "condition": { "type": "string", "description": "Condition for restarting the container: 'none', 'on-failure', 'any'." }, "delay": { "type": "string", "description": "Delay between restart attempts (e.g., '1s', '1m30s')." }, "max_attempts": { "type": ["integer", "string"], "description": "Maximum number of restart attempts before giving up." }, "window": { "type": "string", "description": "Time window used to evaluate the restart policy (e.g., '1s', '1m30s')." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "description": "Constraints and preferences for the platform to select a physical node to run service containers", "properties": { "constraints": { "type": "array", "items": { "type": "string" }, "description": "Placement constraints for the service (e.g., 'node.role==manager')." }, "preferences": { "type": "array", "description": "Placement preferences for the service.", "items": { "type": "object", "properties": { "spread": { "type": "string", "description": "Spread tasks evenly across values of the specified node label." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": ["integer", "string"], "description": "Maximum number of replicas of the service." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "generic_resources": { "type": "array", "description": "User-defined resources for services, allowing services to reserve specialized hardware resources.", "items": { "type": "object", "properties": { "discrete_resource_spec": { "type": "object", "description": "Specification for discrete (countable) resources.", "properties": { "kind": { "type": "string", "description": "Type of resource (e.g., 'GPU', 'FPGA', 'SSD')." }, "value": { "type": ["number", "string"], "description": "Number of resources of this kind to reserve." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "devices": { "type": "array", "description": "Device reservations for containers, allowing services to access specific hardware devices.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/$defs/list_of_strings", "description": "List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of devices of this type to reserve." }, "device_ids": { "$ref": "#/$defs/list_of_strings", "description": "List of specific device IDs to reserve." }, "driver": { "type": "string", "description": "Device driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/$defs/list_or_dict", "description": "Driver-specific options for the device." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["capabilities"] } }, "gpus": { "oneOf": [{ "type": "string", "enum": ["all"], "description": "Use all available GPUs." }, { "type": "array", "description": "List of specific GPU devices to use.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/$defs/list_of_strings", "description": "List of capabilities the GPU needs to have (e.g., 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of GPUs to use." }, "device_ids": { "$ref": "#/$defs/list_of_strings", "description": "List of specific GPU device IDs to use." }, "driver": { "type": "string", "description": "GPU driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/$defs/list_or_dict", "description": "Driver-specific options for the GPU." } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "include": { "description": "Compose application or sub-projects to be included.", "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "$ref": "#/$defs/string_or_list", "description": "Path to the Compose application or sub-project files to include." }, "env_file": { "$ref": "#/$defs/string_or_list", "description": "Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed." }, "project_directory": { "type": "string", "description": "Path to resolve relative paths set in the Compose file" } }, "additionalProperties": false }] }, "network": { "type": ["object", "null"], "description": "Network configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this network." }, "driver": { "type": "string", "description": "Specify which driver should be used for this network. Default is 'bridge'." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options defined as key/value pairs.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "description": "Custom IP Address Management configuration for this network.", "properties": { "driver": { "type": "string", "description": "Custom IPAM driver, instead of the default." }, "config": { "type": "array", "description": "List of IPAM configuration blocks.", "items": { "type": "object", "properties": { "subnet": { "type": "string", "description": "Subnet in CIDR format that represents a network segment." }, "ip_range": { "type": "string", "description": "Range of IPs from which to allocate container IPs." }, "gateway": { "type": "string", "description": "IPv4 or IPv6 gateway for the subnet." }, "aux_addresses": { "type": "object", "description": "Auxiliary IPv4 or IPv6 addresses used by Network driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "description": "Driver-specific options for the IPAM driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this network already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external network. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": ["boolean", "string"], "description": "Create an externally isolated network." }, "enable_ipv4": { "type": ["boolean", "string"], "description": "Enable IPv4 networking." }, "enable_ipv6": { "type": ["boolean", "string"], "description": "Enable IPv6 networking." }, "attachable": { "type": ["boolean", "string"], "description": "If true, standalone containers can attach to this network." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the network using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": ["object", "null"], "description": "Volume configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this volume." }, "driver": { "type": "string", "description": "Specify which volume driver should be used for this volume." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this volume already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external volume. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the volume using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "secret": { "type": "object", "description": "Secret configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this secret." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the secret value." }, "file": { "type": "string", "description": "Path to a file containing the secret value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this secret already exists and was created outside of Compose.", "properties": { "name": { "type": "string", "description": "Specifies the name of the external secret." } } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the secret using labels." }, "driver": { "type": "string", "description": "Specify which secret driver should be used for this secret." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string", "description": "Driver to use for templating the secret's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "config": { "type": "object", "description": "Config configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this config." }, "content": { "type": "string", "description": "Inline content of the config." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the config value." }, "file": { "type": "string", "description": "Path to a file containing the config value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this config already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external config. Deprecated: use the 'name' property instead." } } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the config using labels." }, "template_driver": { "type": "string", "description": "Driver to use for templating the config's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "model": { "type": "object", "description": "Language Model for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this model." }, "model": { "type": "string", "description": "Language Model to run." }, "context_size": { "type": "integer" }, "runtime_flags": { "type": "array", "items": { "type": "string" }, "description": "Raw runtime flags to pass to the inference engine." } }, "required": ["model"], "additionalProperties": false, "patternProperties": { "^x-": {} } }, "command": { "oneOf": [{ "type": "null", "description": "No command specified, use the container's default command." }, { "type": "string", "description": "Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')." }, { "type": "array", "description": "Command as an array of strings, which will be executed directly without a shell.", "items": { "type": "string", "description": "Part of the command (executable or argument)." } }], "description": "Command to run in the container, which can be specified as a string (shell form) or array (exec form)." }, "service_hook": { "type": "object", "description": "Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.", "properties": { "command": { "$ref": "#/$defs/command", "description": "Command to execute as part of the hook." }, "user": { "type": "string", "description": "User to run the command as." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Environment variables for the command." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["command"] }, "pre_start_hook": { "type": "object", "description": "Configuration for a pre_start init container, run to completion before the service container starts.", "properties": { "command": { "$ref": "#/$defs/command", "description": "Command to execute. Optional when the chosen image's entrypoint already runs the intended command." }, "image": { "type": "string", "description": "Image used for the ephemeral container. If omitted, the parent service's image is used." }, "user": { "type": "string", "description": "User to run the command as. Defaults to the user declared in image (or to the service's user when image is omitted)." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command. Defaults to the service's working directory." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Environment variables for the command. Appended to or overriding the service environment." }, "per_replica": { "type": ["boolean", "string"], "description": "Whether the hook runs once per service replica (true), or once for the service as a whole before any replica starts (false, the default)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "env_file": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "array", "description": "List of paths to files containing environment variables.", "items": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "object", "description": "Detailed configuration for an environment file.", "additionalProperties": false, "properties": { "path": { "type": "string", "description": "Path to the environment file." }, "format": { "type": "string", "description": "Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules." }, "required": { "type": ["boolean", "string"], "default": true, "description": "Whether the file is required. If true and the file doesn't exist, an error will be raised." } }, "required": ["path"] }] } }] }, "label_file": { "oneOf": [{ "type": "string", "description": "Path to a file containing Docker labels." }, { "type": "array", "description": "List of paths to files containing Docker labels.", "items": { "type": "string", "description": "Path to a file containing Docker labels." } }] }, "string_or_list": { "oneOf": [{ "type": "string", "description": "A single string value." }, { "$ref": "#/$defs/list_of_strings", "description": "A list of string values." }], "description": "Either a single string or a list of strings." }, "list_of_strings": { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }, "list_or_dict": { "oneOf": [{ "type": "object", "description": "A dictionary mapping keys to values.", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"], "description": "Value for the key, which can be a string, number, boolean, or null." } }, "additionalProperties": false }, { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }], "description": "Either a dictionary mapping keys to values, or a list of strings." }, "extra_hosts": { "oneOf": [{ "type": "object", "description": "list mapping hostnames to IP addresses.", "patternProperties": { ".+": { "oneOf": [{ "type": "string", "description": "IP address for the hostname." }, { "type": "array", "description": "List of IP addresses for the hostname.", "items": { "type": "string", "description": "IP address for the hostname." }, "uniqueItems": false }] } }, "additionalProperties": false }, { "type": "array", "description": "List of host:IP mappings in the format 'hostname:IP'.", "items": { "type": "string", "description": "Host:IP mapping in the format 'hostname:IP'." }, "uniqueItems": true }], "description": "Additional hostnames to be defined in the container's /etc/hosts file." }, "blkio_limit": { "type": "object", "description": "Block IO limit for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "rate": { "type": ["integer", "string"], "description": "Rate limit in bytes per second or IO operations per second." } }, "additionalProperties": false }, "blkio_weight": { "type": "object", "description": "Block IO weight for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "weight": { "type": ["integer", "string"], "description": "Relative weight for the device, between 10 and 1000." } }, "additionalProperties": false }, "service_config_or_secret": { "type": "array", "description": "Configuration for service configs or secrets, defining how they are mounted in the container.", "items": { "oneOf": [{ "type": "string", "description": "Name of the config or secret to grant access to." }, { "type": "object", "description": "Detailed configuration for a config or secret.", "properties": { "source": { "type": "string", "description": "Name of the config or secret as defined in the top-level configs or secrets section." }, "target": { "type": "string", "description": "Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets." }, "uid": { "type": "string", "description": "UID of the file in the container. Default is 0 (root)." }, "gid": { "type": "string", "description": "GID of the file in the container. Default is 0 (root)." }, "mode": { "type": ["number", "string"], "description": "File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "ulimits": { "type": "object", "description": "Container ulimit options, controlling resource limits for processes inside the container.", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": ["integer", "string"], "description": "Single value for both soft and hard limits." }, { "type": "object", "description": "Separate soft and hard limits.", "properties": { "hard": { "type": ["integer", "string"], "description": "Hard limit for the ulimit type. This is the maximum allowed value." }, "soft": { "type": ["integer", "string"], "description": "Soft limit for the ulimit type. This is the value that's actually enforced." } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } } } };
var schema87 = { "type": "object", "description": "Language Model for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this model." }, "model": { "type": "string", "description": "Language Model to run." }, "context_size": { "type": "integer" }, "runtime_flags": { "type": "array", "items": { "type": "string" }, "description": "Raw runtime flags to pass to the inference engine." } }, "required": ["model"], "additionalProperties": false, "patternProperties": { "^x-": {} } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
var schema32 = { "description": "Compose application or sub-projects to be included.", "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "path": { "$ref": "#/$defs/string_or_list", "description": "Path to the Compose application or sub-project files to include." }, "env_file": { "$ref": "#/$defs/string_or_list", "description": "Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed." }, "project_directory": { "type": "string", "description": "Path to resolve relative paths set in the Compose file" } }, "additionalProperties": false }] };
var schema33 = { "oneOf": [{ "type": "string", "description": "A single string value." }, { "$ref": "#/$defs/list_of_strings", "description": "A list of string values." }], "description": "Either a single string or a list of strings." };
var schema34 = { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.oneOf[0].type, parentSchema: schema33.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = /* @__PURE__ */ new Map();
      for (; i1--; ) {
        let item0 = data[i1];
        if (typeof item0 !== "string") {
          continue;
        }
        if (item0 === "__proto__") {
          continue;
        }
        if (indices0.has(item0)) {
          j0 = indices0.get(item0);
          const err2 = { instancePath, schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema34, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
          break;
        }
        indices0.set(item0, i1);
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var items0 = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema33.oneOf, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": false, "dynamicItems": true };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[0].type, parentSchema: schema32.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "env_file" || key0 === "project_directory")) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (!validate22(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.env_file !== void 0) {
      if (!validate22(data.env_file, { instancePath: instancePath + "/env_file", parentData: data, parentDataProperty: "env_file", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.project_directory !== void 0) {
      let data2 = data.project_directory;
      if (typeof data2 !== "string") {
        const err2 = { instancePath: instancePath + "/project_directory", schemaPath: "#/oneOf/1/properties/project_directory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[1].properties.project_directory.type, parentSchema: schema32.oneOf[1].properties.project_directory, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.oneOf[1].type, parentSchema: schema32.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.oneOf, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema35 = { "type": "object", "description": "Configuration for a service.", "properties": { "develop": { "$ref": "#/$defs/development" }, "deploy": { "$ref": "#/$defs/deployment" }, "annotations": { "$ref": "#/$defs/list_or_dict" }, "attach": { "type": ["boolean", "string"] }, "build": { "description": "Configuration options for building the service's image.", "oneOf": [{ "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, { "type": "object", "properties": { "context": { "type": "string", "description": "Path to the build context. Can be a relative path or a URL." }, "dockerfile": { "type": "string", "description": "Name of the Dockerfile to use for building the image." }, "dockerfile_inline": { "type": "string", "description": "Inline Dockerfile content to use instead of a Dockerfile from the build context." }, "entitlements": { "type": "array", "items": { "type": "string" }, "description": "List of extra privileged entitlements to grant to the build process." }, "args": { "$ref": "#/$defs/list_or_dict", "description": "Build-time variables, specified as a map or a list of KEY=VAL pairs." }, "ssh": { "$ref": "#/$defs/list_or_dict", "description": "SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the built image." }, "cache_from": { "type": "array", "items": { "type": "string" }, "description": "List of sources the image builder should use for cache resolution" }, "cache_to": { "type": "array", "items": { "type": "string" }, "description": "Cache destinations for the build cache." }, "no_cache": { "type": ["boolean", "string"], "description": "Do not use cache when building the image." }, "no_cache_filter": { "$ref": "#/$defs/string_or_list", "description": "Do not use build cache for the specified stages." }, "additional_contexts": { "$ref": "#/$defs/list_or_dict", "description": "Additional build contexts to use, specified as a map of name to context path or URL." }, "network": { "type": "string", "description": "Network mode to use for the build. Options include 'default', 'none', 'host', or a network name." }, "provenance": { "type": ["string", "boolean"], "description": "Add a provenance attestation" }, "sbom": { "type": ["string", "boolean"], "description": "Add a SBOM attestation" }, "pull": { "type": ["boolean", "string"], "description": "Always attempt to pull a newer version of the image." }, "target": { "type": "string", "description": "Build stage to target in a multi-stage Dockerfile." }, "shm_size": { "type": ["integer", "string"], "description": "Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes." }, "extra_hosts": { "$ref": "#/$defs/extra_hosts", "description": "Add hostname mappings for the build container." }, "isolation": { "type": "string", "description": "Container isolation technology to use for the build process." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the build container." }, "secrets": { "$ref": "#/$defs/service_config_or_secret", "description": "Secrets to expose to the build. These are accessible at build-time." }, "tags": { "type": "array", "items": { "type": "string" }, "description": "Additional tags to apply to the built image." }, "ulimits": { "$ref": "#/$defs/ulimits", "description": "Override the default ulimits for the build container." }, "platforms": { "type": "array", "items": { "type": "string" }, "description": "Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "blkio_config": { "type": "object", "description": "Block IO configuration for the service.", "properties": { "device_read_bps": { "type": "array", "description": "Limit read rate (bytes per second) from a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_read_iops": { "type": "array", "description": "Limit read rate (IO per second) from a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_write_bps": { "type": "array", "description": "Limit write rate (bytes per second) to a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "device_write_iops": { "type": "array", "description": "Limit write rate (IO per second) to a device.", "items": { "$ref": "#/$defs/blkio_limit" } }, "weight": { "type": ["integer", "string"], "description": "Block IO weight (relative weight) for the service, between 10 and 1000." }, "weight_device": { "type": "array", "description": "Block IO weight (relative weight) for specific devices.", "items": { "$ref": "#/$defs/blkio_weight" } } }, "additionalProperties": false }, "cap_add": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cap_drop": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'." }, "cgroup": { "type": "string", "enum": ["host", "private"], "description": "Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace." }, "cgroup_parent": { "type": "string", "description": "Specify an optional parent cgroup for the container." }, "command": { "$ref": "#/$defs/command", "description": "Override the default command declared by the container image, for example 'CMD' in Dockerfile." }, "configs": { "$ref": "#/$defs/service_config_or_secret", "description": "Grant access to Configs on a per-service basis." }, "container_name": { "type": "string", "description": "Specify a custom container name, rather than a generated default name.", "pattern": "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, "cpu_count": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0 }], "description": "Number of usable CPUs." }, "cpu_percent": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": 0, "maximum": 100 }], "description": "Percentage of CPU resources to use." }, "cpu_shares": { "type": ["number", "string"], "description": "CPU shares (relative weight) for the container." }, "cpu_quota": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) quota." }, "cpu_period": { "type": ["number", "string"], "description": "Limit the CPU CFS (Completely Fair Scheduler) period." }, "cpu_rt_period": { "type": ["number", "string"], "description": "Limit the CPU real-time period in microseconds or a duration." }, "cpu_rt_runtime": { "type": ["number", "string"], "description": "Limit the CPU real-time runtime in microseconds or a duration." }, "cpus": { "type": ["number", "string"], "description": "Number of CPUs to use. A floating-point value is supported to request partial CPUs." }, "cpuset": { "type": "string", "description": "CPUs in which to allow execution (0-3, 0,1)." }, "credential_spec": { "type": "object", "description": "Configure the credential spec for managed service account.", "properties": { "config": { "type": "string", "description": "The name of the credential spec Config to use." }, "file": { "type": "string", "description": "Path to a credential spec file." }, "registry": { "type": "string", "description": "Path to a credential spec in the Windows registry." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "depends_on": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "additionalProperties": false, "patternProperties": { "^[a-zA-Z0-9._-]+$": { "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "restart": { "type": ["boolean", "string"], "description": "Whether to restart dependent services when this service is restarted." }, "required": { "type": "boolean", "default": true, "description": "Whether the dependency is required for the dependent service to start." }, "condition": { "type": "string", "enum": ["service_started", "service_healthy", "service_completed_successfully"], "description": "Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully." } }, "required": ["condition"] } } }], "description": "Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting." }, "device_cgroup_rules": { "$ref": "#/$defs/list_of_strings", "description": "Add rules to the cgroup allowed devices list." }, "devices": { "type": "array", "description": "List of device mappings for the container.", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "description": "Path on the host to the device." }, "target": { "type": "string", "description": "Path in the container where the device will be mapped." }, "permissions": { "type": "string", "description": "Cgroup permissions for the device (rwm)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } }, "dns": { "$ref": "#/$defs/string_or_list", "description": "Custom DNS servers to set for the service container." }, "dns_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Custom DNS options to be passed to the container's DNS resolver." }, "dns_search": { "$ref": "#/$defs/string_or_list", "description": "Custom DNS search domains to set on the service container." }, "domainname": { "type": "string", "description": "Custom domain name to use for the service container." }, "entrypoint": { "$ref": "#/$defs/command", "description": "Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile." }, "env_file": { "$ref": "#/$defs/env_file", "description": "Add environment variables from a file or multiple files. Can be a single file path or a list of file paths." }, "label_file": { "$ref": "#/$defs/label_file", "description": "Add metadata to containers using files containing Docker labels." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Add environment variables. You can use either an array or a list of KEY=VAL pairs." }, "expose": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Expose ports without publishing them to the host machine - they'll only be accessible to linked services." }, "extends": { "oneOf": [{ "type": "string" }, { "type": "object", "properties": { "service": { "type": "string", "description": "The name of the service to extend." }, "file": { "type": "string", "description": "The file path where the service to extend is defined." } }, "required": ["service"], "additionalProperties": false }], "description": "Extend another service, in the current file or another file." }, "provider": { "type": "object", "description": "Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.", "required": ["type"], "properties": { "type": { "type": "string", "description": "External component used by Compose to manage setup and teardown lifecycle of the service." }, "options": { "type": "object", "description": "Provider-specific options.", "patternProperties": { "^.+$": { "oneOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": ["string", "number", "boolean"] } }] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external_links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to services started outside this Compose application. Specify services as <service_name>:<alias>." }, "extra_hosts": { "$ref": "#/$defs/extra_hosts", "description": "Add hostname mappings to the container network interface configuration." }, "gpus": { "$ref": "#/$defs/gpus", "description": "Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices." }, "group_add": { "type": "array", "items": { "type": ["string", "number"] }, "uniqueItems": true, "description": "Add additional groups which user inside the container should be member of." }, "healthcheck": { "$ref": "#/$defs/healthcheck", "description": "Configure a health check for the container to monitor its health status." }, "hostname": { "type": "string", "description": "Define a custom hostname for the service container." }, "image": { "type": "string", "description": "Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID." }, "init": { "type": ["boolean", "string"], "description": "Run as an init process inside the container that forwards signals and reaps processes." }, "ipc": { "type": "string", "description": "IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace." }, "isolation": { "type": "string", "description": "Container isolation technology to use. Supported values are platform-specific." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to containers using Docker labels. You can use either an array or a list." }, "links": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name." }, "logging": { "type": "object", "description": "Logging configuration for the service.", "properties": { "driver": { "type": "string", "description": "Logging driver to use, such as 'json-file', 'syslog', 'journald', etc." }, "options": { "type": "object", "description": "Options for the logging driver.", "patternProperties": { "^.+$": { "type": ["string", "number", "null"] } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "mac_address": { "type": "string", "description": "Container MAC address to set." }, "mem_limit": { "type": ["number", "string"], "description": "Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes." }, "mem_reservation": { "type": ["string", "integer"], "description": "Memory reservation for the container." }, "mem_swappiness": { "type": ["integer", "string"], "description": "Container memory swappiness as percentage (0 to 100)." }, "memswap_limit": { "type": ["number", "string"], "description": "Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap." }, "network_mode": { "type": "string", "description": "Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'." }, "models": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "endpoint_var": { "type": "string", "description": "Environment variable set to AI model endpoint." }, "model_var": { "type": "string", "description": "Environment variable set to AI model name." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } } }], "description": "AI Models to use, referencing entries under the top-level models key." }, "networks": { "oneOf": [{ "$ref": "#/$defs/list_of_strings" }, { "type": "object", "patternProperties": { "^[a-zA-Z0-9._-]+$": { "oneOf": [{ "type": "object", "properties": { "aliases": { "$ref": "#/$defs/list_of_strings", "description": "Alternative hostnames for this service on the network." }, "interface_name": { "type": "string", "description": "Interface network name used to connect to network" }, "ipv4_address": { "type": "string", "description": "Specify a static IPv4 address for this service on this network." }, "ipv6_address": { "type": "string", "description": "Specify a static IPv6 address for this service on this network." }, "link_local_ips": { "$ref": "#/$defs/list_of_strings", "description": "List of link-local IPs." }, "mac_address": { "type": "string", "description": "Specify a MAC address for this service on this network." }, "driver_opts": { "type": "object", "description": "Driver options for this network.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "priority": { "type": "number", "description": "Specify the priority for the network connection." }, "gw_priority": { "type": "number", "description": "Specify the gateway priority for the network connection." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, { "type": "null" }] } }, "additionalProperties": false }], "description": "Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration." }, "oom_kill_disable": { "type": ["boolean", "string"], "description": "Disable OOM Killer for the container." }, "oom_score_adj": { "oneOf": [{ "type": "string" }, { "type": "integer", "minimum": -1e3, "maximum": 1e3 }], "description": "Tune host's OOM preferences for the container (accepts -1000 to 1000)." }, "pid": { "type": ["string", "null"], "description": "PID mode for container." }, "pids_limit": { "type": ["number", "string"], "description": "Tune a container's PIDs limit. Set to -1 for unlimited PIDs." }, "platform": { "type": "string", "description": "Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'." }, "ports": { "type": "array", "description": "Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).", "items": { "oneOf": [{ "type": "number" }, { "type": "string" }, { "type": "object", "properties": { "name": { "type": "string", "description": "A human-readable name for this port mapping." }, "mode": { "type": "string", "description": "The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing." }, "host_ip": { "type": "string", "description": "The host IP to bind to." }, "target": { "type": ["integer", "string"], "description": "The port inside the container." }, "published": { "type": ["string", "integer"], "description": "The publicly exposed port." }, "protocol": { "type": "string", "description": "The port protocol (tcp or udp)." }, "app_protocol": { "type": "string", "description": "Application protocol to use with the port (e.g., http, https, mysql)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "pre_start": { "type": "array", "items": { "$ref": "#/$defs/pre_start_hook" }, "description": "Init containers to run to completion before the service container is started. Each step runs in its own ephemeral container, in declared order; a non-zero exit fails the bring-up of the service and its dependents." }, "post_start": { "type": "array", "items": { "$ref": "#/$defs/service_hook" }, "description": "Commands to run after the container starts. If any command fails, the container stops." }, "pre_stop": { "type": "array", "items": { "$ref": "#/$defs/service_hook" }, "description": "Commands to run before the container stops. If any command fails, the container stop is aborted." }, "privileged": { "type": ["boolean", "string"], "description": "Give extended privileges to the service container." }, "profiles": { "$ref": "#/$defs/list_of_strings", "description": "List of profiles for this service. When profiles are specified, services are only started when the profile is activated." }, "pull_policy": { "type": "string", "pattern": "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "description": "Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies." }, "pull_refresh_after": { "type": "string", "description": "Time after which to refresh the image. Used with pull_policy=refresh." }, "read_only": { "type": ["boolean", "string"], "description": "Mount the container's filesystem as read only." }, "restart": { "type": "string", "description": "Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'." }, "runtime": { "type": "string", "description": "Runtime to use for this container, e.g., 'runc'." }, "scale": { "type": ["integer", "string"], "description": "Number of containers to deploy for this service." }, "security_opt": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Override the default labeling scheme for each container." }, "shm_size": { "type": ["number", "string"], "description": "Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes." }, "secrets": { "$ref": "#/$defs/service_config_or_secret", "description": "Grant access to Secrets on a per-service basis." }, "sysctls": { "$ref": "#/$defs/list_or_dict", "description": "Kernel parameters to set in the container. You can use either an array or a list." }, "stdin_open": { "type": ["boolean", "string"], "description": "Keep STDIN open even if not attached." }, "stop_grace_period": { "type": "string", "description": "Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')." }, "stop_signal": { "type": "string", "description": "Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')." }, "storage_opt": { "type": "object", "description": "Storage driver options for the container." }, "tmpfs": { "$ref": "#/$defs/string_or_list", "description": "Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list." }, "tty": { "type": ["boolean", "string"], "description": "Allocate a pseudo-TTY to service container." }, "ulimits": { "$ref": "#/$defs/ulimits", "description": "Override the default ulimits for a container." }, "use_api_socket": { "type": "boolean", "description": "Bind mount Docker API socket and required auth." }, "user": { "type": "string", "description": "Username or UID to run the container process as." }, "uts": { "type": "string", "description": "UTS namespace to use. 'host' shares the host's UTS namespace." }, "userns_mode": { "type": "string", "description": "User namespace to use. 'host' shares the host's user namespace." }, "volumes": { "type": "array", "description": "Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])", "items": { "oneOf": [{ "type": "string" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["bind", "volume", "tmpfs", "cluster", "npipe", "image"], "description": "The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image." }, "source": { "type": "string", "description": "The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount." }, "target": { "type": "string", "description": "The path in the container where the volume is mounted." }, "read_only": { "type": ["boolean", "string"], "description": "Flag to set the volume as read-only." }, "consistency": { "type": "string", "description": "The consistency requirements for the mount. Available values are platform specific." }, "bind": { "type": "object", "description": "Configuration specific to bind mounts.", "properties": { "propagation": { "type": "string", "description": "The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'." }, "create_host_path": { "type": ["boolean", "string"], "description": "Create the host path if it doesn't exist." }, "recursive": { "type": "string", "enum": ["enabled", "disabled", "writable", "readonly"], "description": "Recursively mount the source directory." }, "selinux": { "type": "string", "enum": ["z", "Z"], "description": "SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "volume": { "type": "object", "description": "Configuration specific to volume mounts.", "properties": { "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the volume." }, "nocopy": { "type": ["boolean", "string"], "description": "Flag to disable copying of data from a container when a volume is created." }, "subpath": { "type": "string", "description": "Path within the volume to mount instead of the volume root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "tmpfs": { "type": "object", "description": "Configuration specific to tmpfs mounts.", "properties": { "size": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }], "description": "Size of the tmpfs mount in bytes." }, "mode": { "type": ["number", "string"], "description": "File mode of the tmpfs in octal." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "image": { "type": "object", "description": "Configuration specific to image mounts.", "properties": { "subpath": { "type": "string", "description": "Path within the image to mount instead of the image root." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] }, "uniqueItems": true }, "volumes_from": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)." }, "working_dir": { "type": "string", "description": "The working directory in which the entrypoint or command will be run" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema39 = { "oneOf": [{ "type": "object", "description": "A dictionary mapping keys to values.", "patternProperties": { ".+": { "type": ["string", "number", "boolean", "null"], "description": "Value for the key, which can be a string, number, boolean, or null." } }, "additionalProperties": false }, { "type": "array", "description": "A list of unique string values.", "items": { "type": "string", "description": "A string value in the list." }, "uniqueItems": true }], "description": "Either a dictionary mapping keys to values, or a list of strings." };
var schema52 = { "oneOf": [{ "type": "object", "description": "list mapping hostnames to IP addresses.", "patternProperties": { ".+": { "oneOf": [{ "type": "string", "description": "IP address for the hostname." }, { "type": "array", "description": "List of IP addresses for the hostname.", "items": { "type": "string", "description": "IP address for the hostname." }, "uniqueItems": false }] } }, "additionalProperties": false }, { "type": "array", "description": "List of host:IP mappings in the format 'hostname:IP'.", "items": { "type": "string", "description": "Host:IP mapping in the format 'hostname:IP'." }, "uniqueItems": true }], "description": "Additional hostnames to be defined in the container's /etc/hosts file." };
var schema53 = { "type": "array", "description": "Configuration for service configs or secrets, defining how they are mounted in the container.", "items": { "oneOf": [{ "type": "string", "description": "Name of the config or secret to grant access to." }, { "type": "object", "description": "Detailed configuration for a config or secret.", "properties": { "source": { "type": "string", "description": "Name of the config or secret as defined in the top-level configs or secrets section." }, "target": { "type": "string", "description": "Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets." }, "uid": { "type": "string", "description": "UID of the file in the container. Default is 0 (root)." }, "gid": { "type": "string", "description": "GID of the file in the container. Default is 0 (root)." }, "mode": { "type": ["number", "string"], "description": "File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] } };
var schema54 = { "type": "object", "description": "Container ulimit options, controlling resource limits for processes inside the container.", "patternProperties": { "^[a-z]+$": { "oneOf": [{ "type": ["integer", "string"], "description": "Single value for both soft and hard limits." }, { "type": "object", "description": "Separate soft and hard limits.", "properties": { "hard": { "type": ["integer", "string"], "description": "Hard limit for the ulimit type. This is the maximum allowed value." }, "soft": { "type": ["integer", "string"], "description": "Soft limit for the ulimit type. This is the value that's actually enforced." } }, "required": ["soft", "hard"], "additionalProperties": false, "patternProperties": { "^x-": {} } }] } } };
var schema55 = { "type": "object", "description": "Block IO limit for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "rate": { "type": ["integer", "string"], "description": "Rate limit in bytes per second or IO operations per second." } }, "additionalProperties": false };
var schema59 = { "type": "object", "description": "Block IO weight for a specific device.", "properties": { "path": { "type": "string", "description": "Path to the device (e.g., '/dev/sda')." }, "weight": { "type": ["integer", "string"], "description": "Relative weight for the device, between 10 and 1000." } }, "additionalProperties": false };
var schema38 = { "oneOf": [{ "type": "null", "description": "No command specified, use the container's default command." }, { "type": "string", "description": "Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')." }, { "type": "array", "description": "Command as an array of strings, which will be executed directly without a shell.", "items": { "type": "string", "description": "Part of the command (executable or argument)." } }], "description": "Command to run in the container, which can be specified as a string (shell form) or array (exec form)." };
var schema65 = { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "array", "description": "List of paths to files containing environment variables.", "items": { "oneOf": [{ "type": "string", "description": "Path to a file containing environment variables." }, { "type": "object", "description": "Detailed configuration for an environment file.", "additionalProperties": false, "properties": { "path": { "type": "string", "description": "Path to the environment file." }, "format": { "type": "string", "description": "Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules." }, "required": { "type": ["boolean", "string"], "default": true, "description": "Whether the file is required. If true and the file doesn't exist, an error will be raised." } }, "required": ["path"] }] } }] };
var schema66 = { "oneOf": [{ "type": "string", "description": "Path to a file containing Docker labels." }, { "type": "array", "description": "List of paths to files containing Docker labels.", "items": { "type": "string", "description": "Path to a file containing Docker labels." } }] };
var schema73 = { "type": "object", "description": "Configuration options to determine whether the container is healthy.", "properties": { "disable": { "type": ["boolean", "string"], "description": "Disable any container-specified healthcheck. Set to true to disable." }, "interval": { "type": "string", "description": "Time between running the check (e.g., '1s', '1m30s'). Default: 30s." }, "retries": { "type": ["number", "string"], "description": "Number of consecutive failures needed to consider the container as unhealthy. Default: 3." }, "test": { "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell." }, "timeout": { "type": "string", "description": "Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s." }, "start_period": { "type": "string", "description": "Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s." }, "start_interval": { "type": "string", "description": "Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var func0 = jsonEqual;
var pattern11 = new RegExp(".+", "u");
var pattern43 = new RegExp("^[a-z]+$", "u");
var pattern46 = new RegExp("[a-zA-Z0-9][a-zA-Z0-9_.-]+", "u");
var pattern55 = new RegExp("^.+$", "u");
var pattern76 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");
var schema36 = { "type": ["object", "null"], "description": "Development configuration for the service, used for development workflows.", "properties": { "watch": { "type": "array", "description": "Configure watch mode for the service, which monitors file changes and performs actions in response.", "items": { "type": "object", "required": ["path", "action"], "properties": { "ignore": { "$ref": "#/$defs/string_or_list", "description": "Patterns to exclude from watching." }, "include": { "$ref": "#/$defs/string_or_list", "description": "Patterns to include in watching." }, "path": { "type": "string", "description": "Path to watch for changes." }, "action": { "type": "string", "enum": ["rebuild", "sync", "restart", "sync+restart", "sync+exec"], "description": "Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command." }, "target": { "type": "string", "description": "Target path in the container for sync operations." }, "exec": { "$ref": "#/$defs/service_hook", "description": "Command to execute when a change is detected and action is sync+exec." }, "initial_sync": { "type": "boolean", "description": "Ensure that an initial synchronization is done before starting watch mode for sync+x triggers" } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema37 = { "type": "object", "description": "Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.", "properties": { "command": { "$ref": "#/$defs/command", "description": "Command to execute as part of the hook." }, "user": { "type": "string", "description": "User to run the command as." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Environment variables for the command." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["command"] };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "command" || key0 === "user" || key0 === "privileged" || key0 === "working_dir" || key0 === "environment" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (data0 !== null) {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema38.oneOf[0].type, parentSchema: schema38.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[1].type, parentSchema: schema38.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
        const _errs9 = errors;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/$defs/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[2].items.type, parentSchema: schema38.oneOf[2].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.oneOf[2].type, parentSchema: schema38.oneOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid2) {
        const err6 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema38.oneOf, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.user !== void 0) {
      let data2 = data.user;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.user.type, parentSchema: schema37.properties.user, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data3 = data.privileged;
      if (typeof data3 !== "boolean" && typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema37.properties.privileged.type }, message: "must be boolean,string", schema: schema37.properties.privileged.type, parentSchema: schema37.properties.privileged, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.working_dir !== void 0) {
      let data4 = data.working_dir;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.working_dir.type, parentSchema: schema37.properties.working_dir, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data5 = data.environment;
      const _errs21 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs22 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!pattern11.test(key1)) {
            const err10 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (pattern11.test(key2)) {
            let data6 = data5[key2];
            if (typeof data6 !== "string" && !(typeof data6 == "number") && typeof data6 !== "boolean" && data6 !== null) {
              const err11 = { instancePath: instancePath + "/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs27 = errors;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data5[i1];
          if (typeof data7 !== "string") {
            const err13 = { instancePath: instancePath + "/environment/" + i1, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i2 = data5.length;
        let j0;
        if (i2 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i2--; ) {
            let item0 = data5[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err14 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0.set(item0, i2);
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid1 = _errs27 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err16 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "watch" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.watch !== void 0) {
      let data0 = data.watch;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.path === void 0) {
              const err2 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema36.properties.watch.items.required, parentSchema: schema36.properties.watch.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.action === void 0) {
              const err3 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema36.properties.watch.items.required, parentSchema: schema36.properties.watch.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "ignore" || key1 === "include" || key1 === "path" || key1 === "action" || key1 === "target" || key1 === "exec" || key1 === "initial_sync" || pattern4.test(key1))) {
                const err4 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.watch.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.ignore !== void 0) {
              if (!validate22(data1.ignore, { instancePath: instancePath + "/watch/" + i0 + "/ignore", parentData: data1, parentDataProperty: "ignore", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data1.include !== void 0) {
              if (!validate22(data1.include, { instancePath: instancePath + "/watch/" + i0 + "/include", parentData: data1, parentDataProperty: "include", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data1.path !== void 0) {
              let data4 = data1.path;
              if (typeof data4 !== "string") {
                const err5 = { instancePath: instancePath + "/watch/" + i0 + "/path", schemaPath: "#/properties/watch/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.watch.items.properties.path.type, parentSchema: schema36.properties.watch.items.properties.path, data: data4 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.action !== void 0) {
              let data5 = data1.action;
              if (typeof data5 !== "string") {
                const err6 = { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/properties/watch/items/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.watch.items.properties.action.type, parentSchema: schema36.properties.watch.items.properties.action, data: data5 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (!(data5 === "rebuild" || data5 === "sync" || data5 === "restart" || data5 === "sync+restart" || data5 === "sync+exec")) {
                const err7 = { instancePath: instancePath + "/watch/" + i0 + "/action", schemaPath: "#/properties/watch/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema36.properties.watch.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.watch.items.properties.action.enum, parentSchema: schema36.properties.watch.items.properties.action, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.target !== void 0) {
              let data6 = data1.target;
              if (typeof data6 !== "string") {
                const err8 = { instancePath: instancePath + "/watch/" + i0 + "/target", schemaPath: "#/properties/watch/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.watch.items.properties.target.type, parentSchema: schema36.properties.watch.items.properties.target, data: data6 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.exec !== void 0) {
              if (!validate30(data1.exec, { instancePath: instancePath + "/watch/" + i0 + "/exec", parentData: data1, parentDataProperty: "exec", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
            }
            if (data1.initial_sync !== void 0) {
              let data8 = data1.initial_sync;
              if (typeof data8 !== "boolean") {
                const err9 = { instancePath: instancePath + "/watch/" + i0 + "/initial_sync", schemaPath: "#/properties/watch/items/properties/initial_sync/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.watch.items.properties.initial_sync.type, parentSchema: schema36.properties.watch.items.properties.initial_sync, data: data8 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/properties/watch/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.watch.items.type, parentSchema: schema36.properties.watch.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/watch", schemaPath: "#/properties/watch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.watch.type, parentSchema: schema36.properties.watch, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "type": ["object", "null"], "description": "Deployment configuration for the service.", "properties": { "mode": { "type": "string", "description": "Deployment mode for the service: 'replicated' (default) or 'global'." }, "endpoint_mode": { "type": "string", "description": "Endpoint mode for the service: 'vip' (default) or 'dnsrr'." }, "replicas": { "type": ["integer", "string"], "description": "Number of replicas of the service container to run." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Labels to apply to the service." }, "rollback_config": { "type": "object", "description": "Configuration for rolling back a service update.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously." }, "delay": { "type": "string", "description": "The time to wait between each container group's rollback (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if a rollback fails: 'continue', 'pause'." }, "monitor": { "type": "string", "description": "Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during a rollback." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during rollbacks: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "update_config": { "type": "object", "description": "Configuration for updating a service.", "properties": { "parallelism": { "type": ["integer", "string"], "description": "The number of containers to update at a time." }, "delay": { "type": "string", "description": "The time to wait between updating a group of containers (e.g., '1s', '1m30s')." }, "failure_action": { "type": "string", "description": "Action to take if an update fails: 'continue', 'pause', 'rollback'." }, "monitor": { "type": "string", "description": "Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')." }, "max_failure_ratio": { "type": ["number", "string"], "description": "Failure rate to tolerate during an update (0 to 1)." }, "order": { "type": "string", "enum": ["start-first", "stop-first"], "description": "Order of operations during updates: 'stop-first' (default) or 'start-first'." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "resources": { "type": "object", "description": "Resource constraints and reservations for the service.", "properties": { "limits": { "type": "object", "description": "Resource limits for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Limit for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "pids": { "type": ["integer", "string"], "description": "Maximum number of PIDs available to the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "reservations": { "type": "object", "description": "Resource reservations for the service containers.", "properties": { "cpus": { "type": ["number", "string"], "description": "Reservation for how much of the available CPU resources, as number of cores, a container can use." }, "memory": { "type": "string", "description": "Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')." }, "generic_resources": { "$ref": "#/$defs/generic_resources", "description": "User-defined resources to reserve." }, "devices": { "$ref": "#/$defs/devices", "description": "Device reservations for the container." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "restart_policy": { "type": "object", "description": "Restart policy for the service containers.", "properties": { "condition": { "type": "string", "description": "Condition for restarting the container: 'none', 'on-failure', 'any'." }, "delay": { "type": "string", "description": "Delay between restart attempts (e.g., '1s', '1m30s')." }, "max_attempts": { "type": ["integer", "string"], "description": "Maximum number of restart attempts before giving up." }, "window": { "type": "string", "description": "Time window used to evaluate the restart policy (e.g., '1s', '1m30s')." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "placement": { "type": "object", "description": "Constraints and preferences for the platform to select a physical node to run service containers", "properties": { "constraints": { "type": "array", "items": { "type": "string" }, "description": "Placement constraints for the service (e.g., 'node.role==manager')." }, "preferences": { "type": "array", "description": "Placement preferences for the service.", "items": { "type": "object", "properties": { "spread": { "type": "string", "description": "Spread tasks evenly across values of the specified node label." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "max_replicas_per_node": { "type": ["integer", "string"], "description": "Maximum number of replicas of the service." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema42 = { "type": "array", "description": "User-defined resources for services, allowing services to reserve specialized hardware resources.", "items": { "type": "object", "properties": { "discrete_resource_spec": { "type": "object", "description": "Specification for discrete (countable) resources.", "properties": { "kind": { "type": "string", "description": "Type of resource (e.g., 'GPU', 'FPGA', 'SSD')." }, "value": { "type": ["number", "string"], "description": "Number of resources of this kind to reserve." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } };
var schema43 = { "type": "array", "description": "Device reservations for containers, allowing services to access specific hardware devices.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/$defs/list_of_strings", "description": "List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of devices of this type to reserve." }, "device_ids": { "$ref": "#/$defs/list_of_strings", "description": "List of specific device IDs to reserve." }, "driver": { "type": "string", "description": "Device driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/$defs/list_or_dict", "description": "Driver-specific options for the device." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "required": ["capabilities"] } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.capabilities === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'", schema: schema43.items.required, parentSchema: schema43.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "capabilities" || key0 === "count" || key0 === "device_ids" || key0 === "driver" || key0 === "options" || pattern4.test(key0))) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.capabilities !== void 0) {
          let data1 = data0.capabilities;
          if (Array.isArray(data1)) {
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data2 = data1[i1];
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/" + i0 + "/capabilities/" + i1, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            let i2 = data1.length;
            let j0;
            if (i2 > 1) {
              const indices0 = /* @__PURE__ */ new Map();
              for (; i2--; ) {
                let item0 = data1[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (item0 === "__proto__") {
                  continue;
                }
                if (indices0.has(item0)) {
                  j0 = indices0.get(item0);
                  const err3 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema34, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break;
                }
                indices0.set(item0, i2);
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.count !== void 0) {
          let data3 = data0.count;
          if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err5 = { instancePath: instancePath + "/" + i0 + "/count", schemaPath: "#/items/properties/count/type", keyword: "type", params: { type: schema43.items.properties.count.type }, message: "must be string,integer", schema: schema43.items.properties.count.type, parentSchema: schema43.items.properties.count, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.device_ids !== void 0) {
          let data4 = data0.device_ids;
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data5 = data4[i3];
              if (typeof data5 !== "string") {
                const err6 = { instancePath: instancePath + "/" + i0 + "/device_ids/" + i3, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let i4 = data4.length;
            let j1;
            if (i4 > 1) {
              const indices1 = /* @__PURE__ */ new Map();
              for (; i4--; ) {
                let item1 = data4[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (item1 === "__proto__") {
                  continue;
                }
                if (indices1.has(item1)) {
                  j1 = indices1.get(item1);
                  const err7 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema34, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break;
                }
                indices1.set(item1, i4);
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.driver !== void 0) {
          let data6 = data0.driver;
          if (typeof data6 !== "string") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/driver", schemaPath: "#/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.items.properties.driver.type, parentSchema: schema43.items.properties.driver, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data7 = data0.options;
          const _errs20 = errors;
          let valid12 = false;
          let passing0 = null;
          const _errs21 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!pattern11.test(key1)) {
                const err10 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            for (const key2 in data7) {
              if (pattern11.test(key2)) {
                let data8 = data7[key2];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0) {
            valid12 = true;
            passing0 = 0;
          }
          const _errs26 = errors;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data9 = data7[i5];
              if (typeof data9 !== "string") {
                const err13 = { instancePath: instancePath + "/" + i0 + "/options/" + i5, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i6 = data7.length;
            let j2;
            if (i6 > 1) {
              const indices2 = /* @__PURE__ */ new Map();
              for (; i6--; ) {
                let item2 = data7[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (item2 === "__proto__") {
                  continue;
                }
                if (indices2.has(item2)) {
                  j2 = indices2.get(item2);
                  const err14 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices2.set(item2, i6);
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid12 = true;
              passing0 = 1;
            }
          }
          if (!valid12) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.items.type, parentSchema: schema43.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema40.type }, message: "must be object,null", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema40.properties, key0) || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data0 = data.mode;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.mode.type, parentSchema: schema40.properties.mode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.endpoint_mode !== void 0) {
      let data1 = data.endpoint_mode;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/endpoint_mode", schemaPath: "#/properties/endpoint_mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.endpoint_mode.type, parentSchema: schema40.properties.endpoint_mode, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.replicas !== void 0) {
      let data2 = data.replicas;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2))) && typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/replicas", schemaPath: "#/properties/replicas/type", keyword: "type", params: { type: schema40.properties.replicas.type }, message: "must be integer,string", schema: schema40.properties.replicas.type, parentSchema: schema40.properties.replicas, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data3 = data.labels;
      const _errs10 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs11 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!pattern11.test(key1)) {
            const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          if (pattern11.test(key2)) {
            let data4 = data3[key2];
            if (typeof data4 !== "string" && !(typeof data4 == "number") && typeof data4 !== "boolean" && data4 !== null) {
              const err6 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs16 = errors;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data3[i0];
          if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0.set(item0, i1);
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rollback_config !== void 0) {
      let data6 = data.rollback_config;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(key3 === "parallelism" || key3 === "delay" || key3 === "failure_action" || key3 === "monitor" || key3 === "max_failure_ratio" || key3 === "order" || pattern4.test(key3))) {
            const err12 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.rollback_config, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.parallelism !== void 0) {
          let data7 = data6.parallelism;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7))) && typeof data7 !== "string") {
            const err13 = { instancePath: instancePath + "/rollback_config/parallelism", schemaPath: "#/properties/rollback_config/properties/parallelism/type", keyword: "type", params: { type: schema40.properties.rollback_config.properties.parallelism.type }, message: "must be integer,string", schema: schema40.properties.rollback_config.properties.parallelism.type, parentSchema: schema40.properties.rollback_config.properties.parallelism, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.delay !== void 0) {
          let data8 = data6.delay;
          if (typeof data8 !== "string") {
            const err14 = { instancePath: instancePath + "/rollback_config/delay", schemaPath: "#/properties/rollback_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.rollback_config.properties.delay.type, parentSchema: schema40.properties.rollback_config.properties.delay, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.failure_action !== void 0) {
          let data9 = data6.failure_action;
          if (typeof data9 !== "string") {
            const err15 = { instancePath: instancePath + "/rollback_config/failure_action", schemaPath: "#/properties/rollback_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.rollback_config.properties.failure_action.type, parentSchema: schema40.properties.rollback_config.properties.failure_action, data: data9 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.monitor !== void 0) {
          let data10 = data6.monitor;
          if (typeof data10 !== "string") {
            const err16 = { instancePath: instancePath + "/rollback_config/monitor", schemaPath: "#/properties/rollback_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.rollback_config.properties.monitor.type, parentSchema: schema40.properties.rollback_config.properties.monitor, data: data10 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.max_failure_ratio !== void 0) {
          let data11 = data6.max_failure_ratio;
          if (!(typeof data11 == "number") && typeof data11 !== "string") {
            const err17 = { instancePath: instancePath + "/rollback_config/max_failure_ratio", schemaPath: "#/properties/rollback_config/properties/max_failure_ratio/type", keyword: "type", params: { type: schema40.properties.rollback_config.properties.max_failure_ratio.type }, message: "must be number,string", schema: schema40.properties.rollback_config.properties.max_failure_ratio.type, parentSchema: schema40.properties.rollback_config.properties.max_failure_ratio, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.order !== void 0) {
          let data12 = data6.order;
          if (typeof data12 !== "string") {
            const err18 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.rollback_config.properties.order.type, parentSchema: schema40.properties.rollback_config.properties.order, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data12 === "start-first" || data12 === "stop-first")) {
            const err19 = { instancePath: instancePath + "/rollback_config/order", schemaPath: "#/properties/rollback_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema40.properties.rollback_config.properties.order.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.rollback_config.properties.order.enum, parentSchema: schema40.properties.rollback_config.properties.order, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/rollback_config", schemaPath: "#/properties/rollback_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.rollback_config.type, parentSchema: schema40.properties.rollback_config, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.update_config !== void 0) {
      let data13 = data.update_config;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "parallelism" || key4 === "delay" || key4 === "failure_action" || key4 === "monitor" || key4 === "max_failure_ratio" || key4 === "order" || pattern4.test(key4))) {
            const err21 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.update_config, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data13.parallelism !== void 0) {
          let data14 = data13.parallelism;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14))) && typeof data14 !== "string") {
            const err22 = { instancePath: instancePath + "/update_config/parallelism", schemaPath: "#/properties/update_config/properties/parallelism/type", keyword: "type", params: { type: schema40.properties.update_config.properties.parallelism.type }, message: "must be integer,string", schema: schema40.properties.update_config.properties.parallelism.type, parentSchema: schema40.properties.update_config.properties.parallelism, data: data14 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data13.delay !== void 0) {
          let data15 = data13.delay;
          if (typeof data15 !== "string") {
            const err23 = { instancePath: instancePath + "/update_config/delay", schemaPath: "#/properties/update_config/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.update_config.properties.delay.type, parentSchema: schema40.properties.update_config.properties.delay, data: data15 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13.failure_action !== void 0) {
          let data16 = data13.failure_action;
          if (typeof data16 !== "string") {
            const err24 = { instancePath: instancePath + "/update_config/failure_action", schemaPath: "#/properties/update_config/properties/failure_action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.update_config.properties.failure_action.type, parentSchema: schema40.properties.update_config.properties.failure_action, data: data16 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data13.monitor !== void 0) {
          let data17 = data13.monitor;
          if (typeof data17 !== "string") {
            const err25 = { instancePath: instancePath + "/update_config/monitor", schemaPath: "#/properties/update_config/properties/monitor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.update_config.properties.monitor.type, parentSchema: schema40.properties.update_config.properties.monitor, data: data17 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.max_failure_ratio !== void 0) {
          let data18 = data13.max_failure_ratio;
          if (!(typeof data18 == "number") && typeof data18 !== "string") {
            const err26 = { instancePath: instancePath + "/update_config/max_failure_ratio", schemaPath: "#/properties/update_config/properties/max_failure_ratio/type", keyword: "type", params: { type: schema40.properties.update_config.properties.max_failure_ratio.type }, message: "must be number,string", schema: schema40.properties.update_config.properties.max_failure_ratio.type, parentSchema: schema40.properties.update_config.properties.max_failure_ratio, data: data18 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.order !== void 0) {
          let data19 = data13.order;
          if (typeof data19 !== "string") {
            const err27 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.update_config.properties.order.type, parentSchema: schema40.properties.update_config.properties.order, data: data19 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (!(data19 === "start-first" || data19 === "stop-first")) {
            const err28 = { instancePath: instancePath + "/update_config/order", schemaPath: "#/properties/update_config/properties/order/enum", keyword: "enum", params: { allowedValues: schema40.properties.update_config.properties.order.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.update_config.properties.order.enum, parentSchema: schema40.properties.update_config.properties.order, data: data19 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/update_config", schemaPath: "#/properties/update_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.update_config.type, parentSchema: schema40.properties.update_config, data: data13 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data20 = data.resources;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!(key5 === "limits" || key5 === "reservations" || pattern4.test(key5))) {
            const err30 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.resources, data: data20 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data20.limits !== void 0) {
          let data21 = data20.limits;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "cpus" || key6 === "memory" || key6 === "pids" || pattern4.test(key6))) {
                const err31 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.resources.properties.limits, data: data21 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data21.cpus !== void 0) {
              let data22 = data21.cpus;
              if (!(typeof data22 == "number") && typeof data22 !== "string") {
                const err32 = { instancePath: instancePath + "/resources/limits/cpus", schemaPath: "#/properties/resources/properties/limits/properties/cpus/type", keyword: "type", params: { type: schema40.properties.resources.properties.limits.properties.cpus.type }, message: "must be number,string", schema: schema40.properties.resources.properties.limits.properties.cpus.type, parentSchema: schema40.properties.resources.properties.limits.properties.cpus, data: data22 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data21.memory !== void 0) {
              let data23 = data21.memory;
              if (typeof data23 !== "string") {
                const err33 = { instancePath: instancePath + "/resources/limits/memory", schemaPath: "#/properties/resources/properties/limits/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.resources.properties.limits.properties.memory.type, parentSchema: schema40.properties.resources.properties.limits.properties.memory, data: data23 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data21.pids !== void 0) {
              let data24 = data21.pids;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24))) && typeof data24 !== "string") {
                const err34 = { instancePath: instancePath + "/resources/limits/pids", schemaPath: "#/properties/resources/properties/limits/properties/pids/type", keyword: "type", params: { type: schema40.properties.resources.properties.limits.properties.pids.type }, message: "must be integer,string", schema: schema40.properties.resources.properties.limits.properties.pids.type, parentSchema: schema40.properties.resources.properties.limits.properties.pids, data: data24 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.resources.properties.limits.type, parentSchema: schema40.properties.resources.properties.limits, data: data21 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data20.reservations !== void 0) {
          let data25 = data20.reservations;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key7 in data25) {
              if (!(key7 === "cpus" || key7 === "memory" || key7 === "generic_resources" || key7 === "devices" || pattern4.test(key7))) {
                const err36 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.resources.properties.reservations, data: data25 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data25.cpus !== void 0) {
              let data26 = data25.cpus;
              if (!(typeof data26 == "number") && typeof data26 !== "string") {
                const err37 = { instancePath: instancePath + "/resources/reservations/cpus", schemaPath: "#/properties/resources/properties/reservations/properties/cpus/type", keyword: "type", params: { type: schema40.properties.resources.properties.reservations.properties.cpus.type }, message: "must be number,string", schema: schema40.properties.resources.properties.reservations.properties.cpus.type, parentSchema: schema40.properties.resources.properties.reservations.properties.cpus, data: data26 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data25.memory !== void 0) {
              let data27 = data25.memory;
              if (typeof data27 !== "string") {
                const err38 = { instancePath: instancePath + "/resources/reservations/memory", schemaPath: "#/properties/resources/properties/reservations/properties/memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.resources.properties.reservations.properties.memory.type, parentSchema: schema40.properties.resources.properties.reservations.properties.memory, data: data27 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data25.generic_resources !== void 0) {
              let data28 = data25.generic_resources;
              if (Array.isArray(data28)) {
                const len1 = data28.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data29 = data28[i2];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    for (const key8 in data29) {
                      if (!(key8 === "discrete_resource_spec" || pattern4.test(key8))) {
                        const err39 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/$defs/generic_resources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                    if (data29.discrete_resource_spec !== void 0) {
                      let data30 = data29.discrete_resource_spec;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        for (const key9 in data30) {
                          if (!(key9 === "kind" || key9 === "value" || pattern4.test(key9))) {
                            const err40 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/$defs/generic_resources/items/properties/discrete_resource_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.items.properties.discrete_resource_spec, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                        }
                        if (data30.kind !== void 0) {
                          let data31 = data30.kind;
                          if (typeof data31 !== "string") {
                            const err41 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/kind", schemaPath: "#/$defs/generic_resources/items/properties/discrete_resource_spec/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.items.properties.discrete_resource_spec.properties.kind.type, parentSchema: schema42.items.properties.discrete_resource_spec.properties.kind, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err41];
                            } else {
                              vErrors.push(err41);
                            }
                            errors++;
                          }
                        }
                        if (data30.value !== void 0) {
                          let data32 = data30.value;
                          if (!(typeof data32 == "number") && typeof data32 !== "string") {
                            const err42 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec/value", schemaPath: "#/$defs/generic_resources/items/properties/discrete_resource_spec/properties/value/type", keyword: "type", params: { type: schema42.items.properties.discrete_resource_spec.properties.value.type }, message: "must be number,string", schema: schema42.items.properties.discrete_resource_spec.properties.value.type, parentSchema: schema42.items.properties.discrete_resource_spec.properties.value, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err42];
                            } else {
                              vErrors.push(err42);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2 + "/discrete_resource_spec", schemaPath: "#/$defs/generic_resources/items/properties/discrete_resource_spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.items.properties.discrete_resource_spec.type, parentSchema: schema42.items.properties.discrete_resource_spec, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/resources/reservations/generic_resources/" + i2, schemaPath: "#/$defs/generic_resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.items.type, parentSchema: schema42.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/resources/reservations/generic_resources", schemaPath: "#/$defs/generic_resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.type, parentSchema: schema42, data: data28 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data25.devices !== void 0) {
              if (!validate34(data25.devices, { instancePath: instancePath + "/resources/reservations/devices", parentData: data25, parentDataProperty: "devices", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/resources/reservations", schemaPath: "#/properties/resources/properties/reservations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.resources.properties.reservations.type, parentSchema: schema40.properties.resources.properties.reservations, data: data25 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.resources.type, parentSchema: schema40.properties.resources, data: data20 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.restart_policy !== void 0) {
      let data34 = data.restart_policy;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === "condition" || key10 === "delay" || key10 === "max_attempts" || key10 === "window" || pattern4.test(key10))) {
            const err48 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.restart_policy, data: data34 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data34.condition !== void 0) {
          let data35 = data34.condition;
          if (typeof data35 !== "string") {
            const err49 = { instancePath: instancePath + "/restart_policy/condition", schemaPath: "#/properties/restart_policy/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.restart_policy.properties.condition.type, parentSchema: schema40.properties.restart_policy.properties.condition, data: data35 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data34.delay !== void 0) {
          let data36 = data34.delay;
          if (typeof data36 !== "string") {
            const err50 = { instancePath: instancePath + "/restart_policy/delay", schemaPath: "#/properties/restart_policy/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.restart_policy.properties.delay.type, parentSchema: schema40.properties.restart_policy.properties.delay, data: data36 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data34.max_attempts !== void 0) {
          let data37 = data34.max_attempts;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37))) && typeof data37 !== "string") {
            const err51 = { instancePath: instancePath + "/restart_policy/max_attempts", schemaPath: "#/properties/restart_policy/properties/max_attempts/type", keyword: "type", params: { type: schema40.properties.restart_policy.properties.max_attempts.type }, message: "must be integer,string", schema: schema40.properties.restart_policy.properties.max_attempts.type, parentSchema: schema40.properties.restart_policy.properties.max_attempts, data: data37 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data34.window !== void 0) {
          let data38 = data34.window;
          if (typeof data38 !== "string") {
            const err52 = { instancePath: instancePath + "/restart_policy/window", schemaPath: "#/properties/restart_policy/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.restart_policy.properties.window.type, parentSchema: schema40.properties.restart_policy.properties.window, data: data38 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/restart_policy", schemaPath: "#/properties/restart_policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.restart_policy.type, parentSchema: schema40.properties.restart_policy, data: data34 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.placement !== void 0) {
      let data39 = data.placement;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key11 in data39) {
          if (!(key11 === "constraints" || key11 === "preferences" || key11 === "max_replicas_per_node" || pattern4.test(key11))) {
            const err54 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.placement, data: data39 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data39.constraints !== void 0) {
          let data40 = data39.constraints;
          if (Array.isArray(data40)) {
            const len2 = data40.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data41 = data40[i3];
              if (typeof data41 !== "string") {
                const err55 = { instancePath: instancePath + "/placement/constraints/" + i3, schemaPath: "#/properties/placement/properties/constraints/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.placement.properties.constraints.items.type, parentSchema: schema40.properties.placement.properties.constraints.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/placement/constraints", schemaPath: "#/properties/placement/properties/constraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.placement.properties.constraints.type, parentSchema: schema40.properties.placement.properties.constraints, data: data40 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data39.preferences !== void 0) {
          let data42 = data39.preferences;
          if (Array.isArray(data42)) {
            const len3 = data42.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data43 = data42[i4];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key12 in data43) {
                  if (!(key12 === "spread" || pattern4.test(key12))) {
                    const err57 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.placement.properties.preferences.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data43.spread !== void 0) {
                  let data44 = data43.spread;
                  if (typeof data44 !== "string") {
                    const err58 = { instancePath: instancePath + "/placement/preferences/" + i4 + "/spread", schemaPath: "#/properties/placement/properties/preferences/items/properties/spread/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.placement.properties.preferences.items.properties.spread.type, parentSchema: schema40.properties.placement.properties.preferences.items.properties.spread, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
              } else {
                const err59 = { instancePath: instancePath + "/placement/preferences/" + i4, schemaPath: "#/properties/placement/properties/preferences/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.placement.properties.preferences.items.type, parentSchema: schema40.properties.placement.properties.preferences.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/placement/preferences", schemaPath: "#/properties/placement/properties/preferences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.placement.properties.preferences.type, parentSchema: schema40.properties.placement.properties.preferences, data: data42 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data39.max_replicas_per_node !== void 0) {
          let data45 = data39.max_replicas_per_node;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45))) && typeof data45 !== "string") {
            const err61 = { instancePath: instancePath + "/placement/max_replicas_per_node", schemaPath: "#/properties/placement/properties/max_replicas_per_node/type", keyword: "type", params: { type: schema40.properties.placement.properties.max_replicas_per_node.type }, message: "must be integer,string", schema: schema40.properties.placement.properties.max_replicas_per_node.type, parentSchema: schema40.properties.placement.properties.max_replicas_per_node, data: data45 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.placement.type, parentSchema: schema40.properties.placement, data: data39 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema69 = { "oneOf": [{ "type": "string", "enum": ["all"], "description": "Use all available GPUs." }, { "type": "array", "description": "List of specific GPU devices to use.", "items": { "type": "object", "properties": { "capabilities": { "$ref": "#/$defs/list_of_strings", "description": "List of capabilities the GPU needs to have (e.g., 'compute', 'utility')." }, "count": { "type": ["string", "integer"], "description": "Number of GPUs to use." }, "device_ids": { "$ref": "#/$defs/list_of_strings", "description": "List of specific GPU device IDs to use." }, "driver": { "type": "string", "description": "GPU driver to use (e.g., 'nvidia')." }, "options": { "$ref": "#/$defs/list_or_dict", "description": "Driver-specific options for the GPU." } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }] };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.oneOf[0].type, parentSchema: schema69.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "all")) {
    const err1 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema69.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema69.oneOf[0].enum, parentSchema: schema69.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.capabilities !== void 0) {
          let data1 = data0.capabilities;
          if (Array.isArray(data1)) {
            const len1 = data1.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data2 = data1[i1];
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/" + i0 + "/capabilities/" + i1, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            let i2 = data1.length;
            let j0;
            if (i2 > 1) {
              const indices0 = /* @__PURE__ */ new Map();
              for (; i2--; ) {
                let item0 = data1[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (item0 === "__proto__") {
                  continue;
                }
                if (indices0.has(item0)) {
                  j0 = indices0.get(item0);
                  const err3 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema34, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break;
                }
                indices0.set(item0, i2);
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/capabilities", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.count !== void 0) {
          let data3 = data0.count;
          if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err5 = { instancePath: instancePath + "/" + i0 + "/count", schemaPath: "#/oneOf/1/items/properties/count/type", keyword: "type", params: { type: schema69.oneOf[1].items.properties.count.type }, message: "must be string,integer", schema: schema69.oneOf[1].items.properties.count.type, parentSchema: schema69.oneOf[1].items.properties.count, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.device_ids !== void 0) {
          let data4 = data0.device_ids;
          if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data5 = data4[i3];
              if (typeof data5 !== "string") {
                const err6 = { instancePath: instancePath + "/" + i0 + "/device_ids/" + i3, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            let i4 = data4.length;
            let j1;
            if (i4 > 1) {
              const indices1 = /* @__PURE__ */ new Map();
              for (; i4--; ) {
                let item1 = data4[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (item1 === "__proto__") {
                  continue;
                }
                if (indices1.has(item1)) {
                  j1 = indices1.get(item1);
                  const err7 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema34, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break;
                }
                indices1.set(item1, i4);
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + i0 + "/device_ids", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.driver !== void 0) {
          let data6 = data0.driver;
          if (typeof data6 !== "string") {
            const err9 = { instancePath: instancePath + "/" + i0 + "/driver", schemaPath: "#/oneOf/1/items/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.oneOf[1].items.properties.driver.type, parentSchema: schema69.oneOf[1].items.properties.driver, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.options !== void 0) {
          let data7 = data0.options;
          const _errs23 = errors;
          let valid13 = false;
          let passing1 = null;
          const _errs24 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key0 in data7) {
              if (!pattern11.test(key0)) {
                const err10 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            for (const key1 in data7) {
              if (pattern11.test(key1)) {
                let data8 = data7[key1];
                if (typeof data8 !== "string" && !(typeof data8 == "number") && typeof data8 !== "boolean" && data8 !== null) {
                  const err11 = { instancePath: instancePath + "/" + i0 + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs24 === errors;
          if (_valid1) {
            valid13 = true;
            passing1 = 0;
          }
          const _errs29 = errors;
          if (Array.isArray(data7)) {
            const len3 = data7.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data9 = data7[i5];
              if (typeof data9 !== "string") {
                const err13 = { instancePath: instancePath + "/" + i0 + "/options/" + i5, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            let i6 = data7.length;
            let j2;
            if (i6 > 1) {
              const indices2 = /* @__PURE__ */ new Map();
              for (; i6--; ) {
                let item2 = data7[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (item2 === "__proto__") {
                  continue;
                }
                if (indices2.has(item2)) {
                  j2 = indices2.get(item2);
                  const err14 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                  break;
                }
                indices2.set(item2, i6);
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid1 = _errs29 === errors;
          if (_valid1 && valid13) {
            valid13 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid13 = true;
              passing1 = 1;
            }
          }
          if (!valid13) {
            const err16 = { instancePath: instancePath + "/" + i0 + "/options", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/" + i0, schemaPath: "#/oneOf/1/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.oneOf[1].items.type, parentSchema: schema69.oneOf[1].items, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema69.oneOf[1].type, parentSchema: schema69.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key2 in data) {
      if (!pattern4.test(key2)) {
        const err19 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props1 = true;
      var items1 = true;
    }
  }
  if (!valid0) {
    const err20 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema69.oneOf, parentSchema: schema69, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate40.errors = vErrors;
  evaluated0.props = props1;
  evaluated0.items = items1;
  return errors === 0;
}
validate40.evaluated = { "dynamicProps": true, "dynamicItems": true };
var schema79 = { "type": "object", "description": "Configuration for a pre_start init container, run to completion before the service container starts.", "properties": { "command": { "$ref": "#/$defs/command", "description": "Command to execute. Optional when the chosen image's entrypoint already runs the intended command." }, "image": { "type": "string", "description": "Image used for the ephemeral container. If omitted, the parent service's image is used." }, "user": { "type": "string", "description": "User to run the command as. Defaults to the user declared in image (or to the service's user when image is omitted)." }, "privileged": { "type": ["boolean", "string"], "description": "Whether to run the command with extended privileges." }, "working_dir": { "type": "string", "description": "Working directory for the command. Defaults to the service's working directory." }, "environment": { "$ref": "#/$defs/list_or_dict", "description": "Environment variables for the command. Appended to or overriding the service environment." }, "per_replica": { "type": ["boolean", "string"], "description": "Whether the hook runs once per service replica (true), or once for the service as a whole before any replica starts (false, the default)." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "command" || key0 === "image" || key0 === "user" || key0 === "privileged" || key0 === "working_dir" || key0 === "environment" || key0 === "per_replica" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (data0 !== null) {
        const err1 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema38.oneOf[0].type, parentSchema: schema38.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[1].type, parentSchema: schema38.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
        const _errs9 = errors;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string") {
              const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/$defs/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[2].items.type, parentSchema: schema38.oneOf[2].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.oneOf[2].type, parentSchema: schema38.oneOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid2) {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema38.oneOf, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.image !== void 0) {
      let data2 = data.image;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.image.type, parentSchema: schema79.properties.image, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data3 = data.user;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.user.type, parentSchema: schema79.properties.user, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.privileged !== void 0) {
      let data4 = data.privileged;
      if (typeof data4 !== "boolean" && typeof data4 !== "string") {
        const err8 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema79.properties.privileged.type }, message: "must be boolean,string", schema: schema79.properties.privileged.type, parentSchema: schema79.properties.privileged, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.working_dir !== void 0) {
      let data5 = data.working_dir;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.working_dir.type, parentSchema: schema79.properties.working_dir, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data6 = data.environment;
      const _errs23 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs24 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!pattern11.test(key1)) {
            const err10 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          if (pattern11.test(key2)) {
            let data7 = data6[key2];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err11 = { instancePath: instancePath + "/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs24 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs29 = errors;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data6[i1];
          if (typeof data8 !== "string") {
            const err13 = { instancePath: instancePath + "/environment/" + i1, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i2 = data6.length;
        let j0;
        if (i2 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i2--; ) {
            let item0 = data6[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err14 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices0.set(item0, i2);
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid1 = _errs29 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err16 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.per_replica !== void 0) {
      let data9 = data.per_replica;
      if (typeof data9 !== "boolean" && typeof data9 !== "string") {
        const err17 = { instancePath: instancePath + "/per_replica", schemaPath: "#/properties/per_replica/type", keyword: "type", params: { type: schema79.properties.per_replica.type }, message: "must be boolean,string", schema: schema79.properties.per_replica.type, parentSchema: schema79.properties.per_replica, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const ownKeys0 = /* @__PURE__ */ new Set();
    for (const key0 in data) {
      ownKeys0.add(key0);
      if (!(func1.call(schema35.properties, key0) || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (ownKeys0.has("develop") && data.develop !== void 0) {
      if (!validate27(data.develop, { instancePath: instancePath + "/develop", parentData: data, parentDataProperty: "develop", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("deploy") && data.deploy !== void 0) {
      if (!validate33(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("annotations") && data.annotations !== void 0) {
      let data2 = data.annotations;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!pattern11.test(key1)) {
            const err1 = { instancePath: instancePath + "/annotations", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          if (pattern11.test(key2)) {
            let data3 = data2[key2];
            if (typeof data3 !== "string" && !(typeof data3 == "number") && typeof data3 !== "boolean" && data3 !== null) {
              const err2 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data3 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/annotations", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data2[i0];
          if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err5 = { instancePath: instancePath + "/annotations", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              break;
            }
            indices0.set(item0, i1);
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/annotations", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err7 = { instancePath: instancePath + "/annotations", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("attach") && data.attach !== void 0) {
      let data5 = data.attach;
      if (typeof data5 !== "boolean" && typeof data5 !== "string") {
        const err8 = { instancePath: instancePath + "/attach", schemaPath: "#/properties/attach/type", keyword: "type", params: { type: schema35.properties.attach.type }, message: "must be boolean,string", schema: schema35.properties.attach.type, parentSchema: schema35.properties.attach, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (ownKeys0.has("build") && data.build !== void 0) {
      let data6 = data.build;
      const _errs19 = errors;
      let valid7 = false;
      let passing1 = null;
      const _errs20 = errors;
      if (typeof data6 !== "string") {
        const err9 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[0].type, parentSchema: schema35.properties.build.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      if (_valid1) {
        valid7 = true;
        passing1 = 0;
      }
      const _errs22 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!(func1.call(schema35.properties.build.oneOf[1].properties, key3) || pattern4.test(key3))) {
            const err10 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.build.oneOf[1], data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data6.context !== void 0) {
          let data7 = data6.context;
          if (typeof data7 !== "string") {
            const err11 = { instancePath: instancePath + "/build/context", schemaPath: "#/properties/build/oneOf/1/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.context.type, parentSchema: schema35.properties.build.oneOf[1].properties.context, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data6.dockerfile !== void 0) {
          let data8 = data6.dockerfile;
          if (typeof data8 !== "string") {
            const err12 = { instancePath: instancePath + "/build/dockerfile", schemaPath: "#/properties/build/oneOf/1/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.dockerfile.type, parentSchema: schema35.properties.build.oneOf[1].properties.dockerfile, data: data8 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.dockerfile_inline !== void 0) {
          let data9 = data6.dockerfile_inline;
          if (typeof data9 !== "string") {
            const err13 = { instancePath: instancePath + "/build/dockerfile_inline", schemaPath: "#/properties/build/oneOf/1/properties/dockerfile_inline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.dockerfile_inline.type, parentSchema: schema35.properties.build.oneOf[1].properties.dockerfile_inline, data: data9 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data6.entitlements !== void 0) {
          let data10 = data6.entitlements;
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data11 = data10[i2];
              if (typeof data11 !== "string") {
                const err14 = { instancePath: instancePath + "/build/entitlements/" + i2, schemaPath: "#/properties/build/oneOf/1/properties/entitlements/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.entitlements.items.type, parentSchema: schema35.properties.build.oneOf[1].properties.entitlements.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/build/entitlements", schemaPath: "#/properties/build/oneOf/1/properties/entitlements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.build.oneOf[1].properties.entitlements.type, parentSchema: schema35.properties.build.oneOf[1].properties.entitlements, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.args !== void 0) {
          let data12 = data6.args;
          const _errs37 = errors;
          let valid12 = false;
          let passing2 = null;
          const _errs38 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (!pattern11.test(key4)) {
                const err16 = { instancePath: instancePath + "/build/args", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data12 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            for (const key5 in data12) {
              if (pattern11.test(key5)) {
                let data13 = data12[key5];
                if (typeof data13 !== "string" && !(typeof data13 == "number") && typeof data13 !== "boolean" && data13 !== null) {
                  const err17 = { instancePath: instancePath + "/build/args/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/build/args", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid2 = _errs38 === errors;
          if (_valid2) {
            valid12 = true;
            passing2 = 0;
          }
          const _errs43 = errors;
          if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data14 = data12[i3];
              if (typeof data14 !== "string") {
                const err19 = { instancePath: instancePath + "/build/args/" + i3, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            let i4 = data12.length;
            let j1;
            if (i4 > 1) {
              const indices1 = /* @__PURE__ */ new Map();
              for (; i4--; ) {
                let item1 = data12[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (item1 === "__proto__") {
                  continue;
                }
                if (indices1.has(item1)) {
                  j1 = indices1.get(item1);
                  const err20 = { instancePath: instancePath + "/build/args", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                  break;
                }
                indices1.set(item1, i4);
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/build/args", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid2 = _errs43 === errors;
          if (_valid2 && valid12) {
            valid12 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid12 = true;
              passing2 = 1;
            }
          }
          if (!valid12) {
            const err22 = { instancePath: instancePath + "/build/args", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          } else {
            errors = _errs37;
            if (vErrors !== null) {
              if (_errs37) {
                vErrors.length = _errs37;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.ssh !== void 0) {
          let data15 = data6.ssh;
          const _errs49 = errors;
          let valid18 = false;
          let passing3 = null;
          const _errs50 = errors;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key6 in data15) {
              if (!pattern11.test(key6)) {
                const err23 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data15 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            for (const key7 in data15) {
              if (pattern11.test(key7)) {
                let data16 = data15[key7];
                if (typeof data16 !== "string" && !(typeof data16 == "number") && typeof data16 !== "boolean" && data16 !== null) {
                  const err24 = { instancePath: instancePath + "/build/ssh/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          var _valid3 = _errs50 === errors;
          if (_valid3) {
            valid18 = true;
            passing3 = 0;
          }
          const _errs55 = errors;
          if (Array.isArray(data15)) {
            const len3 = data15.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data17 = data15[i5];
              if (typeof data17 !== "string") {
                const err26 = { instancePath: instancePath + "/build/ssh/" + i5, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            let i6 = data15.length;
            let j2;
            if (i6 > 1) {
              const indices2 = /* @__PURE__ */ new Map();
              for (; i6--; ) {
                let item2 = data15[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (item2 === "__proto__") {
                  continue;
                }
                if (indices2.has(item2)) {
                  j2 = indices2.get(item2);
                  const err27 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data15 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                  break;
                }
                indices2.set(item2, i6);
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid3 = _errs55 === errors;
          if (_valid3 && valid18) {
            valid18 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid18 = true;
              passing3 = 1;
            }
          }
          if (!valid18) {
            const err29 = { instancePath: instancePath + "/build/ssh", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data15 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs49;
            if (vErrors !== null) {
              if (_errs49) {
                vErrors.length = _errs49;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.labels !== void 0) {
          let data18 = data6.labels;
          const _errs61 = errors;
          let valid24 = false;
          let passing4 = null;
          const _errs62 = errors;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key8 in data18) {
              if (!pattern11.test(key8)) {
                const err30 = { instancePath: instancePath + "/build/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            for (const key9 in data18) {
              if (pattern11.test(key9)) {
                let data19 = data18[key9];
                if (typeof data19 !== "string" && !(typeof data19 == "number") && typeof data19 !== "boolean" && data19 !== null) {
                  const err31 = { instancePath: instancePath + "/build/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/build/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid4 = _errs62 === errors;
          if (_valid4) {
            valid24 = true;
            passing4 = 0;
          }
          const _errs67 = errors;
          if (Array.isArray(data18)) {
            const len4 = data18.length;
            for (let i7 = 0; i7 < len4; i7++) {
              let data20 = data18[i7];
              if (typeof data20 !== "string") {
                const err33 = { instancePath: instancePath + "/build/labels/" + i7, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            let i8 = data18.length;
            let j3;
            if (i8 > 1) {
              const indices3 = /* @__PURE__ */ new Map();
              for (; i8--; ) {
                let item3 = data18[i8];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (item3 === "__proto__") {
                  continue;
                }
                if (indices3.has(item3)) {
                  j3 = indices3.get(item3);
                  const err34 = { instancePath: instancePath + "/build/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                  break;
                }
                indices3.set(item3, i8);
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/build/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid4 = _errs67 === errors;
          if (_valid4 && valid24) {
            valid24 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid24 = true;
              passing4 = 1;
            }
          }
          if (!valid24) {
            const err36 = { instancePath: instancePath + "/build/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs61;
            if (vErrors !== null) {
              if (_errs61) {
                vErrors.length = _errs61;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.cache_from !== void 0) {
          let data21 = data6.cache_from;
          if (Array.isArray(data21)) {
            const len5 = data21.length;
            for (let i9 = 0; i9 < len5; i9++) {
              let data22 = data21[i9];
              if (typeof data22 !== "string") {
                const err37 = { instancePath: instancePath + "/build/cache_from/" + i9, schemaPath: "#/properties/build/oneOf/1/properties/cache_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.cache_from.items.type, parentSchema: schema35.properties.build.oneOf[1].properties.cache_from.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/build/cache_from", schemaPath: "#/properties/build/oneOf/1/properties/cache_from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.build.oneOf[1].properties.cache_from.type, parentSchema: schema35.properties.build.oneOf[1].properties.cache_from, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data6.cache_to !== void 0) {
          let data23 = data6.cache_to;
          if (Array.isArray(data23)) {
            const len6 = data23.length;
            for (let i10 = 0; i10 < len6; i10++) {
              let data24 = data23[i10];
              if (typeof data24 !== "string") {
                const err39 = { instancePath: instancePath + "/build/cache_to/" + i10, schemaPath: "#/properties/build/oneOf/1/properties/cache_to/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.cache_to.items.type, parentSchema: schema35.properties.build.oneOf[1].properties.cache_to.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/build/cache_to", schemaPath: "#/properties/build/oneOf/1/properties/cache_to/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.build.oneOf[1].properties.cache_to.type, parentSchema: schema35.properties.build.oneOf[1].properties.cache_to, data: data23 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data6.no_cache !== void 0) {
          let data25 = data6.no_cache;
          if (typeof data25 !== "boolean" && typeof data25 !== "string") {
            const err41 = { instancePath: instancePath + "/build/no_cache", schemaPath: "#/properties/build/oneOf/1/properties/no_cache/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.no_cache.type }, message: "must be boolean,string", schema: schema35.properties.build.oneOf[1].properties.no_cache.type, parentSchema: schema35.properties.build.oneOf[1].properties.no_cache, data: data25 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data6.no_cache_filter !== void 0) {
          if (!validate22(data6.no_cache_filter, { instancePath: instancePath + "/build/no_cache_filter", parentData: data6, parentDataProperty: "no_cache_filter", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data6.additional_contexts !== void 0) {
          let data27 = data6.additional_contexts;
          const _errs84 = errors;
          let valid34 = false;
          let passing5 = null;
          const _errs85 = errors;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key10 in data27) {
              if (!pattern11.test(key10)) {
                const err42 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data27 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            for (const key11 in data27) {
              if (pattern11.test(key11)) {
                let data28 = data27[key11];
                if (typeof data28 !== "string" && !(typeof data28 == "number") && typeof data28 !== "boolean" && data28 !== null) {
                  const err43 = { instancePath: instancePath + "/build/additional_contexts/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data28 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data27 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var _valid5 = _errs85 === errors;
          if (_valid5) {
            valid34 = true;
            passing5 = 0;
          }
          const _errs90 = errors;
          if (Array.isArray(data27)) {
            const len7 = data27.length;
            for (let i11 = 0; i11 < len7; i11++) {
              let data29 = data27[i11];
              if (typeof data29 !== "string") {
                const err45 = { instancePath: instancePath + "/build/additional_contexts/" + i11, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            let i12 = data27.length;
            let j4;
            if (i12 > 1) {
              const indices4 = /* @__PURE__ */ new Map();
              for (; i12--; ) {
                let item4 = data27[i12];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (item4 === "__proto__") {
                  continue;
                }
                if (indices4.has(item4)) {
                  j4 = indices4.get(item4);
                  const err46 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i12 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data27 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                  break;
                }
                indices4.set(item4, i12);
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data27 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid5 = _errs90 === errors;
          if (_valid5 && valid34) {
            valid34 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid34 = true;
              passing5 = 1;
            }
          }
          if (!valid34) {
            const err48 = { instancePath: instancePath + "/build/additional_contexts", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data27 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          } else {
            errors = _errs84;
            if (vErrors !== null) {
              if (_errs84) {
                vErrors.length = _errs84;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.network !== void 0) {
          let data30 = data6.network;
          if (typeof data30 !== "string") {
            const err49 = { instancePath: instancePath + "/build/network", schemaPath: "#/properties/build/oneOf/1/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.network.type, parentSchema: schema35.properties.build.oneOf[1].properties.network, data: data30 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data6.provenance !== void 0) {
          let data31 = data6.provenance;
          if (typeof data31 !== "string" && typeof data31 !== "boolean") {
            const err50 = { instancePath: instancePath + "/build/provenance", schemaPath: "#/properties/build/oneOf/1/properties/provenance/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.provenance.type }, message: "must be string,boolean", schema: schema35.properties.build.oneOf[1].properties.provenance.type, parentSchema: schema35.properties.build.oneOf[1].properties.provenance, data: data31 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data6.sbom !== void 0) {
          let data32 = data6.sbom;
          if (typeof data32 !== "string" && typeof data32 !== "boolean") {
            const err51 = { instancePath: instancePath + "/build/sbom", schemaPath: "#/properties/build/oneOf/1/properties/sbom/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.sbom.type }, message: "must be string,boolean", schema: schema35.properties.build.oneOf[1].properties.sbom.type, parentSchema: schema35.properties.build.oneOf[1].properties.sbom, data: data32 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data6.pull !== void 0) {
          let data33 = data6.pull;
          if (typeof data33 !== "boolean" && typeof data33 !== "string") {
            const err52 = { instancePath: instancePath + "/build/pull", schemaPath: "#/properties/build/oneOf/1/properties/pull/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.pull.type }, message: "must be boolean,string", schema: schema35.properties.build.oneOf[1].properties.pull.type, parentSchema: schema35.properties.build.oneOf[1].properties.pull, data: data33 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data6.target !== void 0) {
          let data34 = data6.target;
          if (typeof data34 !== "string") {
            const err53 = { instancePath: instancePath + "/build/target", schemaPath: "#/properties/build/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.target.type, parentSchema: schema35.properties.build.oneOf[1].properties.target, data: data34 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data6.shm_size !== void 0) {
          let data35 = data6.shm_size;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35))) && typeof data35 !== "string") {
            const err54 = { instancePath: instancePath + "/build/shm_size", schemaPath: "#/properties/build/oneOf/1/properties/shm_size/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.shm_size.type }, message: "must be integer,string", schema: schema35.properties.build.oneOf[1].properties.shm_size.type, parentSchema: schema35.properties.build.oneOf[1].properties.shm_size, data: data35 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data6.extra_hosts !== void 0) {
          let data36 = data6.extra_hosts;
          const _errs108 = errors;
          let valid40 = false;
          let passing6 = null;
          const _errs109 = errors;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key12 in data36) {
              if (!pattern11.test(key12)) {
                const err55 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.oneOf[0], data: data36 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            for (const key13 in data36) {
              if (pattern11.test(key13)) {
                let data37 = data36[key13];
                const _errs113 = errors;
                let valid42 = false;
                let passing7 = null;
                const _errs114 = errors;
                if (typeof data37 !== "string") {
                  const err56 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[0].type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[0], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                var _valid7 = _errs114 === errors;
                if (_valid7) {
                  valid42 = true;
                  passing7 = 0;
                }
                const _errs116 = errors;
                if (Array.isArray(data37)) {
                  const len8 = data37.length;
                  for (let i13 = 0; i13 < len8; i13++) {
                    let data38 = data37[i13];
                    if (typeof data38 !== "string") {
                      const err57 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i13, schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].items.type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].items, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err58 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[1], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                var _valid7 = _errs116 === errors;
                if (_valid7 && valid42) {
                  valid42 = false;
                  passing7 = [passing7, 1];
                } else {
                  if (_valid7) {
                    valid42 = true;
                    passing7 = 1;
                  }
                }
                if (!valid42) {
                  const err59 = { instancePath: instancePath + "/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema52.oneOf[0].patternProperties[".+"].oneOf, parentSchema: schema52.oneOf[0].patternProperties[".+"], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                } else {
                  errors = _errs113;
                  if (vErrors !== null) {
                    if (_errs113) {
                      vErrors.length = _errs113;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.oneOf[0].type, parentSchema: schema52.oneOf[0], data: data36 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var _valid6 = _errs109 === errors;
          if (_valid6) {
            valid40 = true;
            passing6 = 0;
          }
          const _errs120 = errors;
          if (Array.isArray(data36)) {
            const len9 = data36.length;
            for (let i14 = 0; i14 < len9; i14++) {
              let data39 = data36[i14];
              if (typeof data39 !== "string") {
                const err61 = { instancePath: instancePath + "/build/extra_hosts/" + i14, schemaPath: "#/$defs/extra_hosts/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[1].items.type, parentSchema: schema52.oneOf[1].items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            let i15 = data36.length;
            let j5;
            if (i15 > 1) {
              const indices5 = /* @__PURE__ */ new Map();
              for (; i15--; ) {
                let item5 = data36[i15];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (item5 === "__proto__") {
                  continue;
                }
                if (indices5.has(item5)) {
                  j5 = indices5.get(item5);
                  const err62 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i15 + " are identical)", schema: true, parentSchema: schema52.oneOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                  break;
                }
                indices5.set(item5, i15);
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.oneOf[1].type, parentSchema: schema52.oneOf[1], data: data36 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var _valid6 = _errs120 === errors;
          if (_valid6 && valid40) {
            valid40 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid40 = true;
              passing6 = 1;
            }
          }
          if (!valid40) {
            const err64 = { instancePath: instancePath + "/build/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema52.oneOf, parentSchema: schema52, data: data36 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          } else {
            errors = _errs108;
            if (vErrors !== null) {
              if (_errs108) {
                vErrors.length = _errs108;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.isolation !== void 0) {
          let data40 = data6.isolation;
          if (typeof data40 !== "string") {
            const err65 = { instancePath: instancePath + "/build/isolation", schemaPath: "#/properties/build/oneOf/1/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.isolation.type, parentSchema: schema35.properties.build.oneOf[1].properties.isolation, data: data40 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data6.privileged !== void 0) {
          let data41 = data6.privileged;
          if (typeof data41 !== "boolean" && typeof data41 !== "string") {
            const err66 = { instancePath: instancePath + "/build/privileged", schemaPath: "#/properties/build/oneOf/1/properties/privileged/type", keyword: "type", params: { type: schema35.properties.build.oneOf[1].properties.privileged.type }, message: "must be boolean,string", schema: schema35.properties.build.oneOf[1].properties.privileged.type, parentSchema: schema35.properties.build.oneOf[1].properties.privileged, data: data41 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data6.secrets !== void 0) {
          let data42 = data6.secrets;
          if (Array.isArray(data42)) {
            const len10 = data42.length;
            for (let i16 = 0; i16 < len10; i16++) {
              let data43 = data42[i16];
              const _errs132 = errors;
              let valid51 = false;
              let passing8 = null;
              const _errs133 = errors;
              if (typeof data43 !== "string") {
                const err67 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[0].type, parentSchema: schema53.items.oneOf[0], data: data43 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              var _valid8 = _errs133 === errors;
              if (_valid8) {
                valid51 = true;
                passing8 = 0;
              }
              const _errs135 = errors;
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                for (const key14 in data43) {
                  if (!(key14 === "source" || key14 === "target" || key14 === "uid" || key14 === "gid" || key14 === "mode" || pattern4.test(key14))) {
                    const err68 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.items.oneOf[1], data: data43 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data43.source !== void 0) {
                  let data44 = data43.source;
                  if (typeof data44 !== "string") {
                    const err69 = { instancePath: instancePath + "/build/secrets/" + i16 + "/source", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.source.type, parentSchema: schema53.items.oneOf[1].properties.source, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data43.target !== void 0) {
                  let data45 = data43.target;
                  if (typeof data45 !== "string") {
                    const err70 = { instancePath: instancePath + "/build/secrets/" + i16 + "/target", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.target.type, parentSchema: schema53.items.oneOf[1].properties.target, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data43.uid !== void 0) {
                  let data46 = data43.uid;
                  if (typeof data46 !== "string") {
                    const err71 = { instancePath: instancePath + "/build/secrets/" + i16 + "/uid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.uid.type, parentSchema: schema53.items.oneOf[1].properties.uid, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data43.gid !== void 0) {
                  let data47 = data43.gid;
                  if (typeof data47 !== "string") {
                    const err72 = { instancePath: instancePath + "/build/secrets/" + i16 + "/gid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.gid.type, parentSchema: schema53.items.oneOf[1].properties.gid, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data43.mode !== void 0) {
                  let data48 = data43.mode;
                  if (!(typeof data48 == "number") && typeof data48 !== "string") {
                    const err73 = { instancePath: instancePath + "/build/secrets/" + i16 + "/mode", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema53.items.oneOf[1].properties.mode.type }, message: "must be number,string", schema: schema53.items.oneOf[1].properties.mode.type, parentSchema: schema53.items.oneOf[1].properties.mode, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.items.oneOf[1].type, parentSchema: schema53.items.oneOf[1], data: data43 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              var _valid8 = _errs135 === errors;
              if (_valid8 && valid51) {
                valid51 = false;
                passing8 = [passing8, 1];
              } else {
                if (_valid8) {
                  valid51 = true;
                  passing8 = 1;
                }
              }
              if (!valid51) {
                const err75 = { instancePath: instancePath + "/build/secrets/" + i16, schemaPath: "#/$defs/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema53.items.oneOf, parentSchema: schema53.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              } else {
                errors = _errs132;
                if (vErrors !== null) {
                  if (_errs132) {
                    vErrors.length = _errs132;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/build/secrets", schemaPath: "#/$defs/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data42 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data6.tags !== void 0) {
          let data49 = data6.tags;
          if (Array.isArray(data49)) {
            const len11 = data49.length;
            for (let i17 = 0; i17 < len11; i17++) {
              let data50 = data49[i17];
              if (typeof data50 !== "string") {
                const err77 = { instancePath: instancePath + "/build/tags/" + i17, schemaPath: "#/properties/build/oneOf/1/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.tags.items.type, parentSchema: schema35.properties.build.oneOf[1].properties.tags.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = { instancePath: instancePath + "/build/tags", schemaPath: "#/properties/build/oneOf/1/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.build.oneOf[1].properties.tags.type, parentSchema: schema35.properties.build.oneOf[1].properties.tags, data: data49 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data6.ulimits !== void 0) {
          let data51 = data6.ulimits;
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            var props7 = {};
            for (const key15 in data51) {
              if (pattern43.test(key15)) {
                let data52 = data51[key15];
                const _errs156 = errors;
                let valid57 = false;
                let passing9 = null;
                const _errs157 = errors;
                if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52))) && typeof data52 !== "string") {
                  const err79 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[0].type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[0].type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[0], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                var _valid9 = _errs157 === errors;
                if (_valid9) {
                  valid57 = true;
                  passing9 = 0;
                }
                const _errs159 = errors;
                if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                  if (data52.soft === void 0) {
                    const err80 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "soft" }, message: "must have required property 'soft'", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].required, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data52 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (data52.hard === void 0) {
                    const err81 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "hard" }, message: "must have required property 'hard'", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].required, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data52 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  for (const key16 in data52) {
                    if (!(key16 === "hard" || key16 === "soft" || pattern4.test(key16))) {
                      const err82 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data52 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  }
                  if (data52.hard !== void 0) {
                    let data53 = data52.hard;
                    if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53))) && typeof data53 !== "string") {
                      const err83 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                  if (data52.soft !== void 0) {
                    let data54 = data52.soft;
                    if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54))) && typeof data54 !== "string") {
                      const err84 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err85 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                var _valid9 = _errs159 === errors;
                if (_valid9 && valid57) {
                  valid57 = false;
                  passing9 = [passing9, 1];
                } else {
                  if (_valid9) {
                    valid57 = true;
                    passing9 = 1;
                  }
                }
                if (!valid57) {
                  const err86 = { instancePath: instancePath + "/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema54.patternProperties["^[a-z]+$"].oneOf, parentSchema: schema54.patternProperties["^[a-z]+$"], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                } else {
                  errors = _errs156;
                  if (vErrors !== null) {
                    if (_errs156) {
                      vErrors.length = _errs156;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                props7[key15] = true;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/build/ulimits", schemaPath: "#/$defs/ulimits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data: data51 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data6.platforms !== void 0) {
          let data55 = data6.platforms;
          if (Array.isArray(data55)) {
            const len12 = data55.length;
            for (let i18 = 0; i18 < len12; i18++) {
              let data56 = data55[i18];
              if (typeof data56 !== "string") {
                const err88 = { instancePath: instancePath + "/build/platforms/" + i18, schemaPath: "#/properties/build/oneOf/1/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.build.oneOf[1].properties.platforms.items.type, parentSchema: schema35.properties.build.oneOf[1].properties.platforms.items, data: data56 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/build/platforms", schemaPath: "#/properties/build/oneOf/1/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.build.oneOf[1].properties.platforms.type, parentSchema: schema35.properties.build.oneOf[1].properties.platforms, data: data55 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.build.oneOf[1].type, parentSchema: schema35.properties.build.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      if (_valid1 && valid7) {
        valid7 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid7 = true;
          passing1 = 1;
        }
      }
      if (!valid7) {
        const err91 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.build.oneOf, parentSchema: schema35.properties.build, data: data6 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("blkio_config") && data.blkio_config !== void 0) {
      let data57 = data.blkio_config;
      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
        for (const key17 in data57) {
          if (!(key17 === "device_read_bps" || key17 === "device_read_iops" || key17 === "device_write_bps" || key17 === "device_write_iops" || key17 === "weight" || key17 === "weight_device")) {
            const err92 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.blkio_config, data: data57 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data57.device_read_bps !== void 0) {
          let data58 = data57.device_read_bps;
          if (Array.isArray(data58)) {
            const len13 = data58.length;
            for (let i19 = 0; i19 < len13; i19++) {
              let data59 = data58[i19];
              if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                for (const key18 in data59) {
                  if (!(key18 === "path" || key18 === "rate")) {
                    const err93 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19, schemaPath: "#/$defs/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data59.path !== void 0) {
                  let data60 = data59.path;
                  if (typeof data60 !== "string") {
                    const err94 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19 + "/path", schemaPath: "#/$defs/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.path.type, parentSchema: schema55.properties.path, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data59.rate !== void 0) {
                  let data61 = data59.rate;
                  if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61))) && typeof data61 !== "string") {
                    const err95 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19 + "/rate", schemaPath: "#/$defs/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema55.properties.rate.type }, message: "must be integer,string", schema: schema55.properties.rate.type, parentSchema: schema55.properties.rate, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/blkio_config/device_read_bps/" + i19, schemaPath: "#/$defs/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data59 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/blkio_config/device_read_bps", schemaPath: "#/properties/blkio_config/properties/device_read_bps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blkio_config.properties.device_read_bps.type, parentSchema: schema35.properties.blkio_config.properties.device_read_bps, data: data58 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data57.device_read_iops !== void 0) {
          let data62 = data57.device_read_iops;
          if (Array.isArray(data62)) {
            const len14 = data62.length;
            for (let i20 = 0; i20 < len14; i20++) {
              let data63 = data62[i20];
              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                for (const key19 in data63) {
                  if (!(key19 === "path" || key19 === "rate")) {
                    const err98 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20, schemaPath: "#/$defs/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data63.path !== void 0) {
                  let data64 = data63.path;
                  if (typeof data64 !== "string") {
                    const err99 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20 + "/path", schemaPath: "#/$defs/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.path.type, parentSchema: schema55.properties.path, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data63.rate !== void 0) {
                  let data65 = data63.rate;
                  if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65))) && typeof data65 !== "string") {
                    const err100 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20 + "/rate", schemaPath: "#/$defs/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema55.properties.rate.type }, message: "must be integer,string", schema: schema55.properties.rate.type, parentSchema: schema55.properties.rate, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
              } else {
                const err101 = { instancePath: instancePath + "/blkio_config/device_read_iops/" + i20, schemaPath: "#/$defs/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data63 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          } else {
            const err102 = { instancePath: instancePath + "/blkio_config/device_read_iops", schemaPath: "#/properties/blkio_config/properties/device_read_iops/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blkio_config.properties.device_read_iops.type, parentSchema: schema35.properties.blkio_config.properties.device_read_iops, data: data62 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data57.device_write_bps !== void 0) {
          let data66 = data57.device_write_bps;
          if (Array.isArray(data66)) {
            const len15 = data66.length;
            for (let i21 = 0; i21 < len15; i21++) {
              let data67 = data66[i21];
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                for (const key20 in data67) {
                  if (!(key20 === "path" || key20 === "rate")) {
                    const err103 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21, schemaPath: "#/$defs/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data67.path !== void 0) {
                  let data68 = data67.path;
                  if (typeof data68 !== "string") {
                    const err104 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21 + "/path", schemaPath: "#/$defs/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.path.type, parentSchema: schema55.properties.path, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data67.rate !== void 0) {
                  let data69 = data67.rate;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69))) && typeof data69 !== "string") {
                    const err105 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21 + "/rate", schemaPath: "#/$defs/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema55.properties.rate.type }, message: "must be integer,string", schema: schema55.properties.rate.type, parentSchema: schema55.properties.rate, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
              } else {
                const err106 = { instancePath: instancePath + "/blkio_config/device_write_bps/" + i21, schemaPath: "#/$defs/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data67 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/blkio_config/device_write_bps", schemaPath: "#/properties/blkio_config/properties/device_write_bps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blkio_config.properties.device_write_bps.type, parentSchema: schema35.properties.blkio_config.properties.device_write_bps, data: data66 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data57.device_write_iops !== void 0) {
          let data70 = data57.device_write_iops;
          if (Array.isArray(data70)) {
            const len16 = data70.length;
            for (let i22 = 0; i22 < len16; i22++) {
              let data71 = data70[i22];
              if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                for (const key21 in data71) {
                  if (!(key21 === "path" || key21 === "rate")) {
                    const err108 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22, schemaPath: "#/$defs/blkio_limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data71.path !== void 0) {
                  let data72 = data71.path;
                  if (typeof data72 !== "string") {
                    const err109 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22 + "/path", schemaPath: "#/$defs/blkio_limit/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.path.type, parentSchema: schema55.properties.path, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data71.rate !== void 0) {
                  let data73 = data71.rate;
                  if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73))) && typeof data73 !== "string") {
                    const err110 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22 + "/rate", schemaPath: "#/$defs/blkio_limit/properties/rate/type", keyword: "type", params: { type: schema55.properties.rate.type }, message: "must be integer,string", schema: schema55.properties.rate.type, parentSchema: schema55.properties.rate, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/blkio_config/device_write_iops/" + i22, schemaPath: "#/$defs/blkio_limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data71 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/blkio_config/device_write_iops", schemaPath: "#/properties/blkio_config/properties/device_write_iops/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blkio_config.properties.device_write_iops.type, parentSchema: schema35.properties.blkio_config.properties.device_write_iops, data: data70 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data57.weight !== void 0) {
          let data74 = data57.weight;
          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74))) && typeof data74 !== "string") {
            const err113 = { instancePath: instancePath + "/blkio_config/weight", schemaPath: "#/properties/blkio_config/properties/weight/type", keyword: "type", params: { type: schema35.properties.blkio_config.properties.weight.type }, message: "must be integer,string", schema: schema35.properties.blkio_config.properties.weight.type, parentSchema: schema35.properties.blkio_config.properties.weight, data: data74 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data57.weight_device !== void 0) {
          let data75 = data57.weight_device;
          if (Array.isArray(data75)) {
            const len17 = data75.length;
            for (let i23 = 0; i23 < len17; i23++) {
              let data76 = data75[i23];
              if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                for (const key22 in data76) {
                  if (!(key22 === "path" || key22 === "weight")) {
                    const err114 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23, schemaPath: "#/$defs/blkio_weight/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data76.path !== void 0) {
                  let data77 = data76.path;
                  if (typeof data77 !== "string") {
                    const err115 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23 + "/path", schemaPath: "#/$defs/blkio_weight/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.path.type, parentSchema: schema59.properties.path, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data76.weight !== void 0) {
                  let data78 = data76.weight;
                  if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78))) && typeof data78 !== "string") {
                    const err116 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23 + "/weight", schemaPath: "#/$defs/blkio_weight/properties/weight/type", keyword: "type", params: { type: schema59.properties.weight.type }, message: "must be integer,string", schema: schema59.properties.weight.type, parentSchema: schema59.properties.weight, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
              } else {
                const err117 = { instancePath: instancePath + "/blkio_config/weight_device/" + i23, schemaPath: "#/$defs/blkio_weight/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data: data76 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/blkio_config/weight_device", schemaPath: "#/properties/blkio_config/properties/weight_device/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.blkio_config.properties.weight_device.type, parentSchema: schema35.properties.blkio_config.properties.weight_device, data: data75 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
      } else {
        const err119 = { instancePath: instancePath + "/blkio_config", schemaPath: "#/properties/blkio_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.blkio_config.type, parentSchema: schema35.properties.blkio_config, data: data57 };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cap_add") && data.cap_add !== void 0) {
      let data79 = data.cap_add;
      if (Array.isArray(data79)) {
        const len18 = data79.length;
        for (let i24 = 0; i24 < len18; i24++) {
          let data80 = data79[i24];
          if (typeof data80 !== "string") {
            const err120 = { instancePath: instancePath + "/cap_add/" + i24, schemaPath: "#/properties/cap_add/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cap_add.items.type, parentSchema: schema35.properties.cap_add.items, data: data80 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        let i25 = data79.length;
        let j6;
        if (i25 > 1) {
          const indices6 = /* @__PURE__ */ new Map();
          for (; i25--; ) {
            let item6 = data79[i25];
            if (typeof item6 !== "string") {
              continue;
            }
            if (item6 === "__proto__") {
              continue;
            }
            if (indices6.has(item6)) {
              j6 = indices6.get(item6);
              const err121 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i25 + " are identical)", schema: true, parentSchema: schema35.properties.cap_add, data: data79 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
              break;
            }
            indices6.set(item6, i25);
          }
        }
      } else {
        const err122 = { instancePath: instancePath + "/cap_add", schemaPath: "#/properties/cap_add/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.cap_add.type, parentSchema: schema35.properties.cap_add, data: data79 };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cap_drop") && data.cap_drop !== void 0) {
      let data81 = data.cap_drop;
      if (Array.isArray(data81)) {
        const len19 = data81.length;
        for (let i26 = 0; i26 < len19; i26++) {
          let data82 = data81[i26];
          if (typeof data82 !== "string") {
            const err123 = { instancePath: instancePath + "/cap_drop/" + i26, schemaPath: "#/properties/cap_drop/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cap_drop.items.type, parentSchema: schema35.properties.cap_drop.items, data: data82 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        let i27 = data81.length;
        let j7;
        if (i27 > 1) {
          const indices7 = /* @__PURE__ */ new Map();
          for (; i27--; ) {
            let item7 = data81[i27];
            if (typeof item7 !== "string") {
              continue;
            }
            if (item7 === "__proto__") {
              continue;
            }
            if (indices7.has(item7)) {
              j7 = indices7.get(item7);
              const err124 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i27 + " are identical)", schema: true, parentSchema: schema35.properties.cap_drop, data: data81 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
              break;
            }
            indices7.set(item7, i27);
          }
        }
      } else {
        const err125 = { instancePath: instancePath + "/cap_drop", schemaPath: "#/properties/cap_drop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.cap_drop.type, parentSchema: schema35.properties.cap_drop, data: data81 };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cgroup") && data.cgroup !== void 0) {
      let data83 = data.cgroup;
      if (typeof data83 !== "string") {
        const err126 = { instancePath: instancePath + "/cgroup", schemaPath: "#/properties/cgroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cgroup.type, parentSchema: schema35.properties.cgroup, data: data83 };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
      if (!(data83 === "host" || data83 === "private")) {
        const err127 = { instancePath: instancePath + "/cgroup", schemaPath: "#/properties/cgroup/enum", keyword: "enum", params: { allowedValues: schema35.properties.cgroup.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.cgroup.enum, parentSchema: schema35.properties.cgroup, data: data83 };
        if (vErrors === null) {
          vErrors = [err127];
        } else {
          vErrors.push(err127);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cgroup_parent") && data.cgroup_parent !== void 0) {
      let data84 = data.cgroup_parent;
      if (typeof data84 !== "string") {
        const err128 = { instancePath: instancePath + "/cgroup_parent", schemaPath: "#/properties/cgroup_parent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cgroup_parent.type, parentSchema: schema35.properties.cgroup_parent, data: data84 };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (ownKeys0.has("command") && data.command !== void 0) {
      let data85 = data.command;
      const _errs239 = errors;
      let valid89 = false;
      let passing10 = null;
      const _errs240 = errors;
      if (data85 !== null) {
        const err129 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema38.oneOf[0].type, parentSchema: schema38.oneOf[0], data: data85 };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
      var _valid10 = _errs240 === errors;
      if (_valid10) {
        valid89 = true;
        passing10 = 0;
      }
      const _errs242 = errors;
      if (typeof data85 !== "string") {
        const err130 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[1].type, parentSchema: schema38.oneOf[1], data: data85 };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      var _valid10 = _errs242 === errors;
      if (_valid10 && valid89) {
        valid89 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid89 = true;
          passing10 = 1;
        }
        const _errs244 = errors;
        if (Array.isArray(data85)) {
          const len20 = data85.length;
          for (let i28 = 0; i28 < len20; i28++) {
            let data86 = data85[i28];
            if (typeof data86 !== "string") {
              const err131 = { instancePath: instancePath + "/command/" + i28, schemaPath: "#/$defs/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[2].items.type, parentSchema: schema38.oneOf[2].items, data: data86 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          }
        } else {
          const err132 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.oneOf[2].type, parentSchema: schema38.oneOf[2], data: data85 };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
        var _valid10 = _errs244 === errors;
        if (_valid10 && valid89) {
          valid89 = false;
          passing10 = [passing10, 2];
        } else {
          if (_valid10) {
            valid89 = true;
            passing10 = 2;
          }
        }
      }
      if (!valid89) {
        const err133 = { instancePath: instancePath + "/command", schemaPath: "#/$defs/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema38.oneOf, parentSchema: schema38, data: data85 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      } else {
        errors = _errs239;
        if (vErrors !== null) {
          if (_errs239) {
            vErrors.length = _errs239;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("configs") && data.configs !== void 0) {
      let data87 = data.configs;
      if (Array.isArray(data87)) {
        const len21 = data87.length;
        for (let i29 = 0; i29 < len21; i29++) {
          let data88 = data87[i29];
          const _errs252 = errors;
          let valid95 = false;
          let passing11 = null;
          const _errs253 = errors;
          if (typeof data88 !== "string") {
            const err134 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[0].type, parentSchema: schema53.items.oneOf[0], data: data88 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
          var _valid11 = _errs253 === errors;
          if (_valid11) {
            valid95 = true;
            passing11 = 0;
          }
          const _errs255 = errors;
          if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
            for (const key23 in data88) {
              if (!(key23 === "source" || key23 === "target" || key23 === "uid" || key23 === "gid" || key23 === "mode" || pattern4.test(key23))) {
                const err135 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.items.oneOf[1], data: data88 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data88.source !== void 0) {
              let data89 = data88.source;
              if (typeof data89 !== "string") {
                const err136 = { instancePath: instancePath + "/configs/" + i29 + "/source", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.source.type, parentSchema: schema53.items.oneOf[1].properties.source, data: data89 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data88.target !== void 0) {
              let data90 = data88.target;
              if (typeof data90 !== "string") {
                const err137 = { instancePath: instancePath + "/configs/" + i29 + "/target", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.target.type, parentSchema: schema53.items.oneOf[1].properties.target, data: data90 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data88.uid !== void 0) {
              let data91 = data88.uid;
              if (typeof data91 !== "string") {
                const err138 = { instancePath: instancePath + "/configs/" + i29 + "/uid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.uid.type, parentSchema: schema53.items.oneOf[1].properties.uid, data: data91 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data88.gid !== void 0) {
              let data92 = data88.gid;
              if (typeof data92 !== "string") {
                const err139 = { instancePath: instancePath + "/configs/" + i29 + "/gid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.gid.type, parentSchema: schema53.items.oneOf[1].properties.gid, data: data92 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data88.mode !== void 0) {
              let data93 = data88.mode;
              if (!(typeof data93 == "number") && typeof data93 !== "string") {
                const err140 = { instancePath: instancePath + "/configs/" + i29 + "/mode", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema53.items.oneOf[1].properties.mode.type }, message: "must be number,string", schema: schema53.items.oneOf[1].properties.mode.type, parentSchema: schema53.items.oneOf[1].properties.mode, data: data93 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.items.oneOf[1].type, parentSchema: schema53.items.oneOf[1], data: data88 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
          var _valid11 = _errs255 === errors;
          if (_valid11 && valid95) {
            valid95 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid95 = true;
              passing11 = 1;
            }
          }
          if (!valid95) {
            const err142 = { instancePath: instancePath + "/configs/" + i29, schemaPath: "#/$defs/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema53.items.oneOf, parentSchema: schema53.items, data: data88 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          } else {
            errors = _errs252;
            if (vErrors !== null) {
              if (_errs252) {
                vErrors.length = _errs252;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/configs", schemaPath: "#/$defs/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data87 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (ownKeys0.has("container_name") && data.container_name !== void 0) {
      let data94 = data.container_name;
      if (typeof data94 === "string") {
        if (!pattern46.test(data94)) {
          const err144 = { instancePath: instancePath + "/container_name", schemaPath: "#/properties/container_name/pattern", keyword: "pattern", params: { pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+" }, message: 'must match pattern "[a-zA-Z0-9][a-zA-Z0-9_.-]+"', schema: "[a-zA-Z0-9][a-zA-Z0-9_.-]+", parentSchema: schema35.properties.container_name, data: data94 };
          if (vErrors === null) {
            vErrors = [err144];
          } else {
            vErrors.push(err144);
          }
          errors++;
        }
      } else {
        const err145 = { instancePath: instancePath + "/container_name", schemaPath: "#/properties/container_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.container_name.type, parentSchema: schema35.properties.container_name, data: data94 };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpu_count") && data.cpu_count !== void 0) {
      let data95 = data.cpu_count;
      const _errs271 = errors;
      let valid97 = false;
      let passing12 = null;
      const _errs272 = errors;
      if (typeof data95 !== "string") {
        const err146 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cpu_count.oneOf[0].type, parentSchema: schema35.properties.cpu_count.oneOf[0], data: data95 };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
      var _valid12 = _errs272 === errors;
      if (_valid12) {
        valid97 = true;
        passing12 = 0;
      }
      const _errs274 = errors;
      if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)))) {
        const err147 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.cpu_count.oneOf[1].type, parentSchema: schema35.properties.cpu_count.oneOf[1], data: data95 };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
      if (typeof data95 == "number") {
        if (data95 < 0 || isNaN(data95)) {
          const err148 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.cpu_count.oneOf[1], data: data95 };
          if (vErrors === null) {
            vErrors = [err148];
          } else {
            vErrors.push(err148);
          }
          errors++;
        }
      }
      var _valid12 = _errs274 === errors;
      if (_valid12 && valid97) {
        valid97 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid97 = true;
          passing12 = 1;
        }
      }
      if (!valid97) {
        const err149 = { instancePath: instancePath + "/cpu_count", schemaPath: "#/properties/cpu_count/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.cpu_count.oneOf, parentSchema: schema35.properties.cpu_count, data: data95 };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      } else {
        errors = _errs271;
        if (vErrors !== null) {
          if (_errs271) {
            vErrors.length = _errs271;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("cpu_percent") && data.cpu_percent !== void 0) {
      let data96 = data.cpu_percent;
      const _errs277 = errors;
      let valid98 = false;
      let passing13 = null;
      const _errs278 = errors;
      if (typeof data96 !== "string") {
        const err150 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cpu_percent.oneOf[0].type, parentSchema: schema35.properties.cpu_percent.oneOf[0], data: data96 };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
      var _valid13 = _errs278 === errors;
      if (_valid13) {
        valid98 = true;
        passing13 = 0;
      }
      const _errs280 = errors;
      if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
        const err151 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.cpu_percent.oneOf[1].type, parentSchema: schema35.properties.cpu_percent.oneOf[1], data: data96 };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
      if (typeof data96 == "number") {
        if (data96 > 100 || isNaN(data96)) {
          const err152 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema35.properties.cpu_percent.oneOf[1], data: data96 };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
        if (data96 < 0 || isNaN(data96)) {
          const err153 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.cpu_percent.oneOf[1], data: data96 };
          if (vErrors === null) {
            vErrors = [err153];
          } else {
            vErrors.push(err153);
          }
          errors++;
        }
      }
      var _valid13 = _errs280 === errors;
      if (_valid13 && valid98) {
        valid98 = false;
        passing13 = [passing13, 1];
      } else {
        if (_valid13) {
          valid98 = true;
          passing13 = 1;
        }
      }
      if (!valid98) {
        const err154 = { instancePath: instancePath + "/cpu_percent", schemaPath: "#/properties/cpu_percent/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.cpu_percent.oneOf, parentSchema: schema35.properties.cpu_percent, data: data96 };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      } else {
        errors = _errs277;
        if (vErrors !== null) {
          if (_errs277) {
            vErrors.length = _errs277;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("cpu_shares") && data.cpu_shares !== void 0) {
      let data97 = data.cpu_shares;
      if (!(typeof data97 == "number") && typeof data97 !== "string") {
        const err155 = { instancePath: instancePath + "/cpu_shares", schemaPath: "#/properties/cpu_shares/type", keyword: "type", params: { type: schema35.properties.cpu_shares.type }, message: "must be number,string", schema: schema35.properties.cpu_shares.type, parentSchema: schema35.properties.cpu_shares, data: data97 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpu_quota") && data.cpu_quota !== void 0) {
      let data98 = data.cpu_quota;
      if (!(typeof data98 == "number") && typeof data98 !== "string") {
        const err156 = { instancePath: instancePath + "/cpu_quota", schemaPath: "#/properties/cpu_quota/type", keyword: "type", params: { type: schema35.properties.cpu_quota.type }, message: "must be number,string", schema: schema35.properties.cpu_quota.type, parentSchema: schema35.properties.cpu_quota, data: data98 };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpu_period") && data.cpu_period !== void 0) {
      let data99 = data.cpu_period;
      if (!(typeof data99 == "number") && typeof data99 !== "string") {
        const err157 = { instancePath: instancePath + "/cpu_period", schemaPath: "#/properties/cpu_period/type", keyword: "type", params: { type: schema35.properties.cpu_period.type }, message: "must be number,string", schema: schema35.properties.cpu_period.type, parentSchema: schema35.properties.cpu_period, data: data99 };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpu_rt_period") && data.cpu_rt_period !== void 0) {
      let data100 = data.cpu_rt_period;
      if (!(typeof data100 == "number") && typeof data100 !== "string") {
        const err158 = { instancePath: instancePath + "/cpu_rt_period", schemaPath: "#/properties/cpu_rt_period/type", keyword: "type", params: { type: schema35.properties.cpu_rt_period.type }, message: "must be number,string", schema: schema35.properties.cpu_rt_period.type, parentSchema: schema35.properties.cpu_rt_period, data: data100 };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpu_rt_runtime") && data.cpu_rt_runtime !== void 0) {
      let data101 = data.cpu_rt_runtime;
      if (!(typeof data101 == "number") && typeof data101 !== "string") {
        const err159 = { instancePath: instancePath + "/cpu_rt_runtime", schemaPath: "#/properties/cpu_rt_runtime/type", keyword: "type", params: { type: schema35.properties.cpu_rt_runtime.type }, message: "must be number,string", schema: schema35.properties.cpu_rt_runtime.type, parentSchema: schema35.properties.cpu_rt_runtime, data: data101 };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpus") && data.cpus !== void 0) {
      let data102 = data.cpus;
      if (!(typeof data102 == "number") && typeof data102 !== "string") {
        const err160 = { instancePath: instancePath + "/cpus", schemaPath: "#/properties/cpus/type", keyword: "type", params: { type: schema35.properties.cpus.type }, message: "must be number,string", schema: schema35.properties.cpus.type, parentSchema: schema35.properties.cpus, data: data102 };
        if (vErrors === null) {
          vErrors = [err160];
        } else {
          vErrors.push(err160);
        }
        errors++;
      }
    }
    if (ownKeys0.has("cpuset") && data.cpuset !== void 0) {
      let data103 = data.cpuset;
      if (typeof data103 !== "string") {
        const err161 = { instancePath: instancePath + "/cpuset", schemaPath: "#/properties/cpuset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.cpuset.type, parentSchema: schema35.properties.cpuset, data: data103 };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
    }
    if (ownKeys0.has("credential_spec") && data.credential_spec !== void 0) {
      let data104 = data.credential_spec;
      if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
        for (const key24 in data104) {
          if (!(key24 === "config" || key24 === "file" || key24 === "registry" || pattern4.test(key24))) {
            const err162 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.credential_spec, data: data104 };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data104.config !== void 0) {
          let data105 = data104.config;
          if (typeof data105 !== "string") {
            const err163 = { instancePath: instancePath + "/credential_spec/config", schemaPath: "#/properties/credential_spec/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.credential_spec.properties.config.type, parentSchema: schema35.properties.credential_spec.properties.config, data: data105 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data104.file !== void 0) {
          let data106 = data104.file;
          if (typeof data106 !== "string") {
            const err164 = { instancePath: instancePath + "/credential_spec/file", schemaPath: "#/properties/credential_spec/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.credential_spec.properties.file.type, parentSchema: schema35.properties.credential_spec.properties.file, data: data106 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data104.registry !== void 0) {
          let data107 = data104.registry;
          if (typeof data107 !== "string") {
            const err165 = { instancePath: instancePath + "/credential_spec/registry", schemaPath: "#/properties/credential_spec/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.credential_spec.properties.registry.type, parentSchema: schema35.properties.credential_spec.properties.registry, data: data107 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
      } else {
        const err166 = { instancePath: instancePath + "/credential_spec", schemaPath: "#/properties/credential_spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.credential_spec.type, parentSchema: schema35.properties.credential_spec, data: data104 };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (ownKeys0.has("depends_on") && data.depends_on !== void 0) {
      let data108 = data.depends_on;
      const _errs306 = errors;
      let valid100 = false;
      let passing14 = null;
      const _errs307 = errors;
      if (Array.isArray(data108)) {
        const len22 = data108.length;
        for (let i30 = 0; i30 < len22; i30++) {
          let data109 = data108[i30];
          if (typeof data109 !== "string") {
            const err167 = { instancePath: instancePath + "/depends_on/" + i30, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data109 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        let i31 = data108.length;
        let j8;
        if (i31 > 1) {
          const indices8 = /* @__PURE__ */ new Map();
          for (; i31--; ) {
            let item8 = data108[i31];
            if (typeof item8 !== "string") {
              continue;
            }
            if (item8 === "__proto__") {
              continue;
            }
            if (indices8.has(item8)) {
              j8 = indices8.get(item8);
              const err168 = { instancePath: instancePath + "/depends_on", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i31 + " are identical)", schema: true, parentSchema: schema34, data: data108 };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
              break;
            }
            indices8.set(item8, i31);
          }
        }
      } else {
        const err169 = { instancePath: instancePath + "/depends_on", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data108 };
        if (vErrors === null) {
          vErrors = [err169];
        } else {
          vErrors.push(err169);
        }
        errors++;
      }
      var _valid14 = _errs307 === errors;
      if (_valid14) {
        valid100 = true;
        passing14 = 0;
      }
      const _errs312 = errors;
      if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
        for (const key25 in data108) {
          if (!pattern5.test(key25)) {
            const err170 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.depends_on.oneOf[1], data: data108 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
        }
        for (const key26 in data108) {
          if (pattern5.test(key26)) {
            let data110 = data108[key26];
            if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
              if (data110.condition === void 0) {
                const err171 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required", keyword: "required", params: { missingProperty: "condition" }, message: "must have required property 'condition'", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].required, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"], data: data110 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
              for (const key27 in data110) {
                if (!(key27 === "restart" || key27 === "required" || key27 === "condition" || pattern4.test(key27))) {
                  const err172 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"], data: data110 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              }
              if (data110.restart !== void 0) {
                let data111 = data110.restart;
                if (typeof data111 !== "boolean" && typeof data111 !== "string") {
                  const err173 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/restart", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type", keyword: "type", params: { type: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type }, message: "must be boolean,string", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
              }
              if (data110.required !== void 0) {
                let data112 = data110.required;
                if (typeof data112 !== "boolean") {
                  const err174 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.type, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required, data: data112 };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              }
              if (data110.condition !== void 0) {
                let data113 = data110.condition;
                if (typeof data113 !== "string") {
                  const err175 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.type, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition, data: data113 };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
                if (!(data113 === "service_started" || data113 === "service_healthy" || data113 === "service_completed_successfully")) {
                  const err176 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1") + "/condition", schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/enum", keyword: "enum", params: { allowedValues: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.enum, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition, data: data113 };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
            } else {
              const err177 = { instancePath: instancePath + "/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type, parentSchema: schema35.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"], data: data110 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
          }
        }
      } else {
        const err178 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.depends_on.oneOf[1].type, parentSchema: schema35.properties.depends_on.oneOf[1], data: data108 };
        if (vErrors === null) {
          vErrors = [err178];
        } else {
          vErrors.push(err178);
        }
        errors++;
      }
      var _valid14 = _errs312 === errors;
      if (_valid14 && valid100) {
        valid100 = false;
        passing14 = [passing14, 1];
      } else {
        if (_valid14) {
          valid100 = true;
          passing14 = 1;
        }
      }
      if (!valid100) {
        const err179 = { instancePath: instancePath + "/depends_on", schemaPath: "#/properties/depends_on/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.depends_on.oneOf, parentSchema: schema35.properties.depends_on, data: data108 };
        if (vErrors === null) {
          vErrors = [err179];
        } else {
          vErrors.push(err179);
        }
        errors++;
      } else {
        errors = _errs306;
        if (vErrors !== null) {
          if (_errs306) {
            vErrors.length = _errs306;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("device_cgroup_rules") && data.device_cgroup_rules !== void 0) {
      let data114 = data.device_cgroup_rules;
      if (Array.isArray(data114)) {
        const len23 = data114.length;
        for (let i32 = 0; i32 < len23; i32++) {
          let data115 = data114[i32];
          if (typeof data115 !== "string") {
            const err180 = { instancePath: instancePath + "/device_cgroup_rules/" + i32, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data115 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        let i33 = data114.length;
        let j9;
        if (i33 > 1) {
          const indices9 = /* @__PURE__ */ new Map();
          for (; i33--; ) {
            let item9 = data114[i33];
            if (typeof item9 !== "string") {
              continue;
            }
            if (item9 === "__proto__") {
              continue;
            }
            if (indices9.has(item9)) {
              j9 = indices9.get(item9);
              const err181 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i33 + " are identical)", schema: true, parentSchema: schema34, data: data114 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
              break;
            }
            indices9.set(item9, i33);
          }
        }
      } else {
        const err182 = { instancePath: instancePath + "/device_cgroup_rules", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data114 };
        if (vErrors === null) {
          vErrors = [err182];
        } else {
          vErrors.push(err182);
        }
        errors++;
      }
    }
    if (ownKeys0.has("devices") && data.devices !== void 0) {
      let data116 = data.devices;
      if (Array.isArray(data116)) {
        const len24 = data116.length;
        for (let i34 = 0; i34 < len24; i34++) {
          let data117 = data116[i34];
          const _errs332 = errors;
          let valid113 = false;
          let passing15 = null;
          const _errs333 = errors;
          if (typeof data117 !== "string") {
            const err183 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.devices.items.oneOf[0].type, parentSchema: schema35.properties.devices.items.oneOf[0], data: data117 };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
          var _valid15 = _errs333 === errors;
          if (_valid15) {
            valid113 = true;
            passing15 = 0;
          }
          const _errs335 = errors;
          if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
            if (data117.source === void 0) {
              const err184 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema35.properties.devices.items.oneOf[1].required, parentSchema: schema35.properties.devices.items.oneOf[1], data: data117 };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
            for (const key28 in data117) {
              if (!(key28 === "source" || key28 === "target" || key28 === "permissions" || pattern4.test(key28))) {
                const err185 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.devices.items.oneOf[1], data: data117 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            }
            if (data117.source !== void 0) {
              let data118 = data117.source;
              if (typeof data118 !== "string") {
                const err186 = { instancePath: instancePath + "/devices/" + i34 + "/source", schemaPath: "#/properties/devices/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.devices.items.oneOf[1].properties.source.type, parentSchema: schema35.properties.devices.items.oneOf[1].properties.source, data: data118 };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
            if (data117.target !== void 0) {
              let data119 = data117.target;
              if (typeof data119 !== "string") {
                const err187 = { instancePath: instancePath + "/devices/" + i34 + "/target", schemaPath: "#/properties/devices/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.devices.items.oneOf[1].properties.target.type, parentSchema: schema35.properties.devices.items.oneOf[1].properties.target, data: data119 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
            if (data117.permissions !== void 0) {
              let data120 = data117.permissions;
              if (typeof data120 !== "string") {
                const err188 = { instancePath: instancePath + "/devices/" + i34 + "/permissions", schemaPath: "#/properties/devices/items/oneOf/1/properties/permissions/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.devices.items.oneOf[1].properties.permissions.type, parentSchema: schema35.properties.devices.items.oneOf[1].properties.permissions, data: data120 };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
          } else {
            const err189 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.devices.items.oneOf[1].type, parentSchema: schema35.properties.devices.items.oneOf[1], data: data117 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
          var _valid15 = _errs335 === errors;
          if (_valid15 && valid113) {
            valid113 = false;
            passing15 = [passing15, 1];
          } else {
            if (_valid15) {
              valid113 = true;
              passing15 = 1;
            }
          }
          if (!valid113) {
            const err190 = { instancePath: instancePath + "/devices/" + i34, schemaPath: "#/properties/devices/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.devices.items.oneOf, parentSchema: schema35.properties.devices.items, data: data117 };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          } else {
            errors = _errs332;
            if (vErrors !== null) {
              if (_errs332) {
                vErrors.length = _errs332;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err191 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.devices.type, parentSchema: schema35.properties.devices, data: data116 };
        if (vErrors === null) {
          vErrors = [err191];
        } else {
          vErrors.push(err191);
        }
        errors++;
      }
    }
    if (ownKeys0.has("dns") && data.dns !== void 0) {
      if (!validate22(data.dns, { instancePath: instancePath + "/dns", parentData: data, parentDataProperty: "dns", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("dns_opt") && data.dns_opt !== void 0) {
      let data122 = data.dns_opt;
      if (Array.isArray(data122)) {
        const len25 = data122.length;
        for (let i35 = 0; i35 < len25; i35++) {
          let data123 = data122[i35];
          if (typeof data123 !== "string") {
            const err192 = { instancePath: instancePath + "/dns_opt/" + i35, schemaPath: "#/properties/dns_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.dns_opt.items.type, parentSchema: schema35.properties.dns_opt.items, data: data123 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        let i36 = data122.length;
        let j10;
        if (i36 > 1) {
          const indices10 = /* @__PURE__ */ new Map();
          for (; i36--; ) {
            let item10 = data122[i36];
            if (typeof item10 !== "string") {
              continue;
            }
            if (item10 === "__proto__") {
              continue;
            }
            if (indices10.has(item10)) {
              j10 = indices10.get(item10);
              const err193 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/uniqueItems", keyword: "uniqueItems", params: { i: i36, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i36 + " are identical)", schema: true, parentSchema: schema35.properties.dns_opt, data: data122 };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
              break;
            }
            indices10.set(item10, i36);
          }
        }
      } else {
        const err194 = { instancePath: instancePath + "/dns_opt", schemaPath: "#/properties/dns_opt/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.dns_opt.type, parentSchema: schema35.properties.dns_opt, data: data122 };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
    }
    if (ownKeys0.has("dns_search") && data.dns_search !== void 0) {
      if (!validate22(data.dns_search, { instancePath: instancePath + "/dns_search", parentData: data, parentDataProperty: "dns_search", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("domainname") && data.domainname !== void 0) {
      let data125 = data.domainname;
      if (typeof data125 !== "string") {
        const err195 = { instancePath: instancePath + "/domainname", schemaPath: "#/properties/domainname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.domainname.type, parentSchema: schema35.properties.domainname, data: data125 };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (ownKeys0.has("entrypoint") && data.entrypoint !== void 0) {
      let data126 = data.entrypoint;
      const _errs354 = errors;
      let valid119 = false;
      let passing16 = null;
      const _errs355 = errors;
      if (data126 !== null) {
        const err196 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/$defs/command/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema38.oneOf[0].type, parentSchema: schema38.oneOf[0], data: data126 };
        if (vErrors === null) {
          vErrors = [err196];
        } else {
          vErrors.push(err196);
        }
        errors++;
      }
      var _valid16 = _errs355 === errors;
      if (_valid16) {
        valid119 = true;
        passing16 = 0;
      }
      const _errs357 = errors;
      if (typeof data126 !== "string") {
        const err197 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/$defs/command/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[1].type, parentSchema: schema38.oneOf[1], data: data126 };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
      var _valid16 = _errs357 === errors;
      if (_valid16 && valid119) {
        valid119 = false;
        passing16 = [passing16, 1];
      } else {
        if (_valid16) {
          valid119 = true;
          passing16 = 1;
        }
        const _errs359 = errors;
        if (Array.isArray(data126)) {
          const len26 = data126.length;
          for (let i37 = 0; i37 < len26; i37++) {
            let data127 = data126[i37];
            if (typeof data127 !== "string") {
              const err198 = { instancePath: instancePath + "/entrypoint/" + i37, schemaPath: "#/$defs/command/oneOf/2/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.oneOf[2].items.type, parentSchema: schema38.oneOf[2].items, data: data127 };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
          }
        } else {
          const err199 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/$defs/command/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.oneOf[2].type, parentSchema: schema38.oneOf[2], data: data126 };
          if (vErrors === null) {
            vErrors = [err199];
          } else {
            vErrors.push(err199);
          }
          errors++;
        }
        var _valid16 = _errs359 === errors;
        if (_valid16 && valid119) {
          valid119 = false;
          passing16 = [passing16, 2];
        } else {
          if (_valid16) {
            valid119 = true;
            passing16 = 2;
          }
        }
      }
      if (!valid119) {
        const err200 = { instancePath: instancePath + "/entrypoint", schemaPath: "#/$defs/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf", schema: schema38.oneOf, parentSchema: schema38, data: data126 };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      } else {
        errors = _errs354;
        if (vErrors !== null) {
          if (_errs354) {
            vErrors.length = _errs354;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("env_file") && data.env_file !== void 0) {
      let data128 = data.env_file;
      const _errs365 = errors;
      let valid123 = false;
      let passing17 = null;
      const _errs366 = errors;
      if (typeof data128 !== "string") {
        const err201 = { instancePath: instancePath + "/env_file", schemaPath: "#/$defs/env_file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.oneOf[0].type, parentSchema: schema65.oneOf[0], data: data128 };
        if (vErrors === null) {
          vErrors = [err201];
        } else {
          vErrors.push(err201);
        }
        errors++;
      }
      var _valid17 = _errs366 === errors;
      if (_valid17) {
        valid123 = true;
        passing17 = 0;
      }
      const _errs368 = errors;
      if (Array.isArray(data128)) {
        const len27 = data128.length;
        for (let i38 = 0; i38 < len27; i38++) {
          let data129 = data128[i38];
          const _errs371 = errors;
          let valid126 = false;
          let passing18 = null;
          const _errs372 = errors;
          if (typeof data129 !== "string") {
            const err202 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.oneOf[1].items.oneOf[0].type, parentSchema: schema65.oneOf[1].items.oneOf[0], data: data129 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          var _valid18 = _errs372 === errors;
          if (_valid18) {
            valid126 = true;
            passing18 = 0;
          }
          const _errs374 = errors;
          if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
            if (data129.path === void 0) {
              const err203 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema65.oneOf[1].items.oneOf[1].required, parentSchema: schema65.oneOf[1].items.oneOf[1], data: data129 };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
            for (const key29 in data129) {
              if (!(key29 === "path" || key29 === "format" || key29 === "required")) {
                const err204 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65.oneOf[1].items.oneOf[1], data: data129 };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data129.path !== void 0) {
              let data130 = data129.path;
              if (typeof data130 !== "string") {
                const err205 = { instancePath: instancePath + "/env_file/" + i38 + "/path", schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.oneOf[1].items.oneOf[1].properties.path.type, parentSchema: schema65.oneOf[1].items.oneOf[1].properties.path, data: data130 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data129.format !== void 0) {
              let data131 = data129.format;
              if (typeof data131 !== "string") {
                const err206 = { instancePath: instancePath + "/env_file/" + i38 + "/format", schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.oneOf[1].items.oneOf[1].properties.format.type, parentSchema: schema65.oneOf[1].items.oneOf[1].properties.format, data: data131 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data129.required !== void 0) {
              let data132 = data129.required;
              if (typeof data132 !== "boolean" && typeof data132 !== "string") {
                const err207 = { instancePath: instancePath + "/env_file/" + i38 + "/required", schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/properties/required/type", keyword: "type", params: { type: schema65.oneOf[1].items.oneOf[1].properties.required.type }, message: "must be boolean,string", schema: schema65.oneOf[1].items.oneOf[1].properties.required.type, parentSchema: schema65.oneOf[1].items.oneOf[1].properties.required, data: data132 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
          } else {
            const err208 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.oneOf[1].items.oneOf[1].type, parentSchema: schema65.oneOf[1].items.oneOf[1], data: data129 };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
          var _valid18 = _errs374 === errors;
          if (_valid18 && valid126) {
            valid126 = false;
            passing18 = [passing18, 1];
          } else {
            if (_valid18) {
              valid126 = true;
              passing18 = 1;
            }
          }
          if (!valid126) {
            const err209 = { instancePath: instancePath + "/env_file/" + i38, schemaPath: "#/$defs/env_file/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf", schema: schema65.oneOf[1].items.oneOf, parentSchema: schema65.oneOf[1].items, data: data129 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          } else {
            errors = _errs371;
            if (vErrors !== null) {
              if (_errs371) {
                vErrors.length = _errs371;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err210 = { instancePath: instancePath + "/env_file", schemaPath: "#/$defs/env_file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema65.oneOf[1].type, parentSchema: schema65.oneOf[1], data: data128 };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
      var _valid17 = _errs368 === errors;
      if (_valid17 && valid123) {
        valid123 = false;
        passing17 = [passing17, 1];
      } else {
        if (_valid17) {
          valid123 = true;
          passing17 = 1;
        }
      }
      if (!valid123) {
        const err211 = { instancePath: instancePath + "/env_file", schemaPath: "#/$defs/env_file/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf", schema: schema65.oneOf, parentSchema: schema65, data: data128 };
        if (vErrors === null) {
          vErrors = [err211];
        } else {
          vErrors.push(err211);
        }
        errors++;
      } else {
        errors = _errs365;
        if (vErrors !== null) {
          if (_errs365) {
            vErrors.length = _errs365;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("label_file") && data.label_file !== void 0) {
      let data133 = data.label_file;
      const _errs385 = errors;
      let valid129 = false;
      let passing19 = null;
      const _errs386 = errors;
      if (typeof data133 !== "string") {
        const err212 = { instancePath: instancePath + "/label_file", schemaPath: "#/$defs/label_file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.oneOf[0].type, parentSchema: schema66.oneOf[0], data: data133 };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
      var _valid19 = _errs386 === errors;
      if (_valid19) {
        valid129 = true;
        passing19 = 0;
      }
      const _errs388 = errors;
      if (Array.isArray(data133)) {
        const len28 = data133.length;
        for (let i39 = 0; i39 < len28; i39++) {
          let data134 = data133[i39];
          if (typeof data134 !== "string") {
            const err213 = { instancePath: instancePath + "/label_file/" + i39, schemaPath: "#/$defs/label_file/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.oneOf[1].items.type, parentSchema: schema66.oneOf[1].items, data: data134 };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
      } else {
        const err214 = { instancePath: instancePath + "/label_file", schemaPath: "#/$defs/label_file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.oneOf[1].type, parentSchema: schema66.oneOf[1], data: data133 };
        if (vErrors === null) {
          vErrors = [err214];
        } else {
          vErrors.push(err214);
        }
        errors++;
      }
      var _valid19 = _errs388 === errors;
      if (_valid19 && valid129) {
        valid129 = false;
        passing19 = [passing19, 1];
      } else {
        if (_valid19) {
          valid129 = true;
          passing19 = 1;
        }
      }
      if (!valid129) {
        const err215 = { instancePath: instancePath + "/label_file", schemaPath: "#/$defs/label_file/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf", schema: schema66.oneOf, parentSchema: schema66, data: data133 };
        if (vErrors === null) {
          vErrors = [err215];
        } else {
          vErrors.push(err215);
        }
        errors++;
      } else {
        errors = _errs385;
        if (vErrors !== null) {
          if (_errs385) {
            vErrors.length = _errs385;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("environment") && data.environment !== void 0) {
      let data135 = data.environment;
      const _errs394 = errors;
      let valid133 = false;
      let passing20 = null;
      const _errs395 = errors;
      if (data135 && typeof data135 == "object" && !Array.isArray(data135)) {
        for (const key30 in data135) {
          if (!pattern11.test(key30)) {
            const err216 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data135 };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
        for (const key31 in data135) {
          if (pattern11.test(key31)) {
            let data136 = data135[key31];
            if (typeof data136 !== "string" && !(typeof data136 == "number") && typeof data136 !== "boolean" && data136 !== null) {
              const err217 = { instancePath: instancePath + "/environment/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data136 };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
          }
        }
      } else {
        const err218 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data135 };
        if (vErrors === null) {
          vErrors = [err218];
        } else {
          vErrors.push(err218);
        }
        errors++;
      }
      var _valid20 = _errs395 === errors;
      if (_valid20) {
        valid133 = true;
        passing20 = 0;
      }
      const _errs400 = errors;
      if (Array.isArray(data135)) {
        const len29 = data135.length;
        for (let i40 = 0; i40 < len29; i40++) {
          let data137 = data135[i40];
          if (typeof data137 !== "string") {
            const err219 = { instancePath: instancePath + "/environment/" + i40, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data137 };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
        let i41 = data135.length;
        let j11;
        if (i41 > 1) {
          const indices11 = /* @__PURE__ */ new Map();
          for (; i41--; ) {
            let item11 = data135[i41];
            if (typeof item11 !== "string") {
              continue;
            }
            if (item11 === "__proto__") {
              continue;
            }
            if (indices11.has(item11)) {
              j11 = indices11.get(item11);
              const err220 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i41 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data135 };
              if (vErrors === null) {
                vErrors = [err220];
              } else {
                vErrors.push(err220);
              }
              errors++;
              break;
            }
            indices11.set(item11, i41);
          }
        }
      } else {
        const err221 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data135 };
        if (vErrors === null) {
          vErrors = [err221];
        } else {
          vErrors.push(err221);
        }
        errors++;
      }
      var _valid20 = _errs400 === errors;
      if (_valid20 && valid133) {
        valid133 = false;
        passing20 = [passing20, 1];
      } else {
        if (_valid20) {
          valid133 = true;
          passing20 = 1;
        }
      }
      if (!valid133) {
        const err222 = { instancePath: instancePath + "/environment", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data135 };
        if (vErrors === null) {
          vErrors = [err222];
        } else {
          vErrors.push(err222);
        }
        errors++;
      } else {
        errors = _errs394;
        if (vErrors !== null) {
          if (_errs394) {
            vErrors.length = _errs394;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("expose") && data.expose !== void 0) {
      let data138 = data.expose;
      if (Array.isArray(data138)) {
        const len30 = data138.length;
        for (let i42 = 0; i42 < len30; i42++) {
          let data139 = data138[i42];
          if (typeof data139 !== "string" && !(typeof data139 == "number")) {
            const err223 = { instancePath: instancePath + "/expose/" + i42, schemaPath: "#/properties/expose/items/type", keyword: "type", params: { type: schema35.properties.expose.items.type }, message: "must be string,number", schema: schema35.properties.expose.items.type, parentSchema: schema35.properties.expose.items, data: data139 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        let i43 = data138.length;
        let j12;
        if (i43 > 1) {
          const indices12 = /* @__PURE__ */ new Map();
          for (; i43--; ) {
            let item12 = data138[i43];
            if (typeof item12 !== "string" && !(typeof item12 == "number")) {
              continue;
            }
            if (typeof item12 == "string") {
              item12 += "_";
            }
            if (item12 === "__proto__") {
              continue;
            }
            if (indices12.has(item12)) {
              j12 = indices12.get(item12);
              const err224 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/uniqueItems", keyword: "uniqueItems", params: { i: i43, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i43 + " are identical)", schema: true, parentSchema: schema35.properties.expose, data: data138 };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
              break;
            }
            indices12.set(item12, i43);
          }
        }
      } else {
        const err225 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.expose.type, parentSchema: schema35.properties.expose, data: data138 };
        if (vErrors === null) {
          vErrors = [err225];
        } else {
          vErrors.push(err225);
        }
        errors++;
      }
    }
    if (ownKeys0.has("extends") && data.extends !== void 0) {
      let data140 = data.extends;
      const _errs409 = errors;
      let valid141 = false;
      let passing21 = null;
      const _errs410 = errors;
      if (typeof data140 !== "string") {
        const err226 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.extends.oneOf[0].type, parentSchema: schema35.properties.extends.oneOf[0], data: data140 };
        if (vErrors === null) {
          vErrors = [err226];
        } else {
          vErrors.push(err226);
        }
        errors++;
      }
      var _valid21 = _errs410 === errors;
      if (_valid21) {
        valid141 = true;
        passing21 = 0;
      }
      const _errs412 = errors;
      if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
        if (data140.service === void 0) {
          const err227 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema35.properties.extends.oneOf[1].required, parentSchema: schema35.properties.extends.oneOf[1], data: data140 };
          if (vErrors === null) {
            vErrors = [err227];
          } else {
            vErrors.push(err227);
          }
          errors++;
        }
        for (const key32 in data140) {
          if (!(key32 === "service" || key32 === "file")) {
            const err228 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.extends.oneOf[1], data: data140 };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
        if (data140.service !== void 0) {
          let data141 = data140.service;
          if (typeof data141 !== "string") {
            const err229 = { instancePath: instancePath + "/extends/service", schemaPath: "#/properties/extends/oneOf/1/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.extends.oneOf[1].properties.service.type, parentSchema: schema35.properties.extends.oneOf[1].properties.service, data: data141 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        if (data140.file !== void 0) {
          let data142 = data140.file;
          if (typeof data142 !== "string") {
            const err230 = { instancePath: instancePath + "/extends/file", schemaPath: "#/properties/extends/oneOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.extends.oneOf[1].properties.file.type, parentSchema: schema35.properties.extends.oneOf[1].properties.file, data: data142 };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
      } else {
        const err231 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.extends.oneOf[1].type, parentSchema: schema35.properties.extends.oneOf[1], data: data140 };
        if (vErrors === null) {
          vErrors = [err231];
        } else {
          vErrors.push(err231);
        }
        errors++;
      }
      var _valid21 = _errs412 === errors;
      if (_valid21 && valid141) {
        valid141 = false;
        passing21 = [passing21, 1];
      } else {
        if (_valid21) {
          valid141 = true;
          passing21 = 1;
        }
      }
      if (!valid141) {
        const err232 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.extends.oneOf, parentSchema: schema35.properties.extends, data: data140 };
        if (vErrors === null) {
          vErrors = [err232];
        } else {
          vErrors.push(err232);
        }
        errors++;
      } else {
        errors = _errs409;
        if (vErrors !== null) {
          if (_errs409) {
            vErrors.length = _errs409;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("provider") && data.provider !== void 0) {
      let data143 = data.provider;
      if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
        if (data143.type === void 0) {
          const err233 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema35.properties.provider.required, parentSchema: schema35.properties.provider, data: data143 };
          if (vErrors === null) {
            vErrors = [err233];
          } else {
            vErrors.push(err233);
          }
          errors++;
        }
        for (const key33 in data143) {
          if (!(key33 === "type" || key33 === "options" || pattern4.test(key33))) {
            const err234 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.provider, data: data143 };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
        if (data143.type !== void 0) {
          let data144 = data143.type;
          if (typeof data144 !== "string") {
            const err235 = { instancePath: instancePath + "/provider/type", schemaPath: "#/properties/provider/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.provider.properties.type.type, parentSchema: schema35.properties.provider.properties.type, data: data144 };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
        }
        if (data143.options !== void 0) {
          let data145 = data143.options;
          if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
            var props16 = {};
            for (const key34 in data145) {
              if (pattern55.test(key34)) {
                let data146 = data145[key34];
                const _errs427 = errors;
                let valid145 = false;
                let passing22 = null;
                const _errs428 = errors;
                if (typeof data146 !== "string" && !(typeof data146 == "number") && typeof data146 !== "boolean") {
                  const err236 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type", keyword: "type", params: { type: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type }, message: "must be string,number,boolean", schema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type, parentSchema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0], data: data146 };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
                var _valid22 = _errs428 === errors;
                if (_valid22) {
                  valid145 = true;
                  passing22 = 0;
                }
                const _errs430 = errors;
                if (Array.isArray(data146)) {
                  const len31 = data146.length;
                  for (let i44 = 0; i44 < len31; i44++) {
                    let data147 = data146[i44];
                    if (typeof data147 !== "string" && !(typeof data147 == "number") && typeof data147 !== "boolean") {
                      const err237 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i44, schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type", keyword: "type", params: { type: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type }, message: "must be string,number,boolean", schema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type, parentSchema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items, data: data147 };
                      if (vErrors === null) {
                        vErrors = [err237];
                      } else {
                        vErrors.push(err237);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err238 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].type, parentSchema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1], data: data146 };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
                var _valid22 = _errs430 === errors;
                if (_valid22 && valid145) {
                  valid145 = false;
                  passing22 = [passing22, 1];
                } else {
                  if (_valid22) {
                    valid145 = true;
                    passing22 = 1;
                  }
                }
                if (!valid145) {
                  const err239 = { instancePath: instancePath + "/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.provider.properties.options.patternProperties["^.+$"].oneOf, parentSchema: schema35.properties.provider.properties.options.patternProperties["^.+$"], data: data146 };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                } else {
                  errors = _errs427;
                  if (vErrors !== null) {
                    if (_errs427) {
                      vErrors.length = _errs427;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                props16[key34] = true;
              }
            }
          } else {
            const err240 = { instancePath: instancePath + "/provider/options", schemaPath: "#/properties/provider/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.provider.properties.options.type, parentSchema: schema35.properties.provider.properties.options, data: data145 };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
      } else {
        const err241 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.provider.type, parentSchema: schema35.properties.provider, data: data143 };
        if (vErrors === null) {
          vErrors = [err241];
        } else {
          vErrors.push(err241);
        }
        errors++;
      }
    }
    if (ownKeys0.has("external_links") && data.external_links !== void 0) {
      let data148 = data.external_links;
      if (Array.isArray(data148)) {
        const len32 = data148.length;
        for (let i45 = 0; i45 < len32; i45++) {
          let data149 = data148[i45];
          if (typeof data149 !== "string") {
            const err242 = { instancePath: instancePath + "/external_links/" + i45, schemaPath: "#/properties/external_links/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.external_links.items.type, parentSchema: schema35.properties.external_links.items, data: data149 };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
        }
        let i46 = data148.length;
        let j13;
        if (i46 > 1) {
          const indices13 = /* @__PURE__ */ new Map();
          for (; i46--; ) {
            let item13 = data148[i46];
            if (typeof item13 !== "string") {
              continue;
            }
            if (item13 === "__proto__") {
              continue;
            }
            if (indices13.has(item13)) {
              j13 = indices13.get(item13);
              const err243 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/uniqueItems", keyword: "uniqueItems", params: { i: i46, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i46 + " are identical)", schema: true, parentSchema: schema35.properties.external_links, data: data148 };
              if (vErrors === null) {
                vErrors = [err243];
              } else {
                vErrors.push(err243);
              }
              errors++;
              break;
            }
            indices13.set(item13, i46);
          }
        }
      } else {
        const err244 = { instancePath: instancePath + "/external_links", schemaPath: "#/properties/external_links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.external_links.type, parentSchema: schema35.properties.external_links, data: data148 };
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
    }
    if (ownKeys0.has("extra_hosts") && data.extra_hosts !== void 0) {
      let data150 = data.extra_hosts;
      const _errs440 = errors;
      let valid152 = false;
      let passing23 = null;
      const _errs441 = errors;
      if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
        for (const key35 in data150) {
          if (!pattern11.test(key35)) {
            const err245 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.oneOf[0], data: data150 };
            if (vErrors === null) {
              vErrors = [err245];
            } else {
              vErrors.push(err245);
            }
            errors++;
          }
        }
        for (const key36 in data150) {
          if (pattern11.test(key36)) {
            let data151 = data150[key36];
            const _errs445 = errors;
            let valid154 = false;
            let passing24 = null;
            const _errs446 = errors;
            if (typeof data151 !== "string") {
              const err246 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[0].type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[0], data: data151 };
              if (vErrors === null) {
                vErrors = [err246];
              } else {
                vErrors.push(err246);
              }
              errors++;
            }
            var _valid24 = _errs446 === errors;
            if (_valid24) {
              valid154 = true;
              passing24 = 0;
            }
            const _errs448 = errors;
            if (Array.isArray(data151)) {
              const len33 = data151.length;
              for (let i47 = 0; i47 < len33; i47++) {
                let data152 = data151[i47];
                if (typeof data152 !== "string") {
                  const err247 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i47, schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].items.type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].items, data: data152 };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              }
            } else {
              const err248 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.oneOf[0].patternProperties[".+"].oneOf[1].type, parentSchema: schema52.oneOf[0].patternProperties[".+"].oneOf[1], data: data151 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
            var _valid24 = _errs448 === errors;
            if (_valid24 && valid154) {
              valid154 = false;
              passing24 = [passing24, 1];
            } else {
              if (_valid24) {
                valid154 = true;
                passing24 = 1;
              }
            }
            if (!valid154) {
              const err249 = { instancePath: instancePath + "/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf", schema: schema52.oneOf[0].patternProperties[".+"].oneOf, parentSchema: schema52.oneOf[0].patternProperties[".+"], data: data151 };
              if (vErrors === null) {
                vErrors = [err249];
              } else {
                vErrors.push(err249);
              }
              errors++;
            } else {
              errors = _errs445;
              if (vErrors !== null) {
                if (_errs445) {
                  vErrors.length = _errs445;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err250 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.oneOf[0].type, parentSchema: schema52.oneOf[0], data: data150 };
        if (vErrors === null) {
          vErrors = [err250];
        } else {
          vErrors.push(err250);
        }
        errors++;
      }
      var _valid23 = _errs441 === errors;
      if (_valid23) {
        valid152 = true;
        passing23 = 0;
      }
      const _errs452 = errors;
      if (Array.isArray(data150)) {
        const len34 = data150.length;
        for (let i48 = 0; i48 < len34; i48++) {
          let data153 = data150[i48];
          if (typeof data153 !== "string") {
            const err251 = { instancePath: instancePath + "/extra_hosts/" + i48, schemaPath: "#/$defs/extra_hosts/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.oneOf[1].items.type, parentSchema: schema52.oneOf[1].items, data: data153 };
            if (vErrors === null) {
              vErrors = [err251];
            } else {
              vErrors.push(err251);
            }
            errors++;
          }
        }
        let i49 = data150.length;
        let j14;
        if (i49 > 1) {
          const indices14 = /* @__PURE__ */ new Map();
          for (; i49--; ) {
            let item14 = data150[i49];
            if (typeof item14 !== "string") {
              continue;
            }
            if (item14 === "__proto__") {
              continue;
            }
            if (indices14.has(item14)) {
              j14 = indices14.get(item14);
              const err252 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i49, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i49 + " are identical)", schema: true, parentSchema: schema52.oneOf[1], data: data150 };
              if (vErrors === null) {
                vErrors = [err252];
              } else {
                vErrors.push(err252);
              }
              errors++;
              break;
            }
            indices14.set(item14, i49);
          }
        }
      } else {
        const err253 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.oneOf[1].type, parentSchema: schema52.oneOf[1], data: data150 };
        if (vErrors === null) {
          vErrors = [err253];
        } else {
          vErrors.push(err253);
        }
        errors++;
      }
      var _valid23 = _errs452 === errors;
      if (_valid23 && valid152) {
        valid152 = false;
        passing23 = [passing23, 1];
      } else {
        if (_valid23) {
          valid152 = true;
          passing23 = 1;
        }
      }
      if (!valid152) {
        const err254 = { instancePath: instancePath + "/extra_hosts", schemaPath: "#/$defs/extra_hosts/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf", schema: schema52.oneOf, parentSchema: schema52, data: data150 };
        if (vErrors === null) {
          vErrors = [err254];
        } else {
          vErrors.push(err254);
        }
        errors++;
      } else {
        errors = _errs440;
        if (vErrors !== null) {
          if (_errs440) {
            vErrors.length = _errs440;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("gpus") && data.gpus !== void 0) {
      if (!validate40(data.gpus, { instancePath: instancePath + "/gpus", parentData: data, parentDataProperty: "gpus", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("group_add") && data.group_add !== void 0) {
      let data155 = data.group_add;
      if (Array.isArray(data155)) {
        const len35 = data155.length;
        for (let i50 = 0; i50 < len35; i50++) {
          let data156 = data155[i50];
          if (typeof data156 !== "string" && !(typeof data156 == "number")) {
            const err255 = { instancePath: instancePath + "/group_add/" + i50, schemaPath: "#/properties/group_add/items/type", keyword: "type", params: { type: schema35.properties.group_add.items.type }, message: "must be string,number", schema: schema35.properties.group_add.items.type, parentSchema: schema35.properties.group_add.items, data: data156 };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
        }
        let i51 = data155.length;
        let j15;
        if (i51 > 1) {
          const indices15 = /* @__PURE__ */ new Map();
          for (; i51--; ) {
            let item15 = data155[i51];
            if (typeof item15 !== "string" && !(typeof item15 == "number")) {
              continue;
            }
            if (typeof item15 == "string") {
              item15 += "_";
            }
            if (item15 === "__proto__") {
              continue;
            }
            if (indices15.has(item15)) {
              j15 = indices15.get(item15);
              const err256 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/uniqueItems", keyword: "uniqueItems", params: { i: i51, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i51 + " are identical)", schema: true, parentSchema: schema35.properties.group_add, data: data155 };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors++;
              break;
            }
            indices15.set(item15, i51);
          }
        }
      } else {
        const err257 = { instancePath: instancePath + "/group_add", schemaPath: "#/properties/group_add/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.group_add.type, parentSchema: schema35.properties.group_add, data: data155 };
        if (vErrors === null) {
          vErrors = [err257];
        } else {
          vErrors.push(err257);
        }
        errors++;
      }
    }
    if (ownKeys0.has("healthcheck") && data.healthcheck !== void 0) {
      let data157 = data.healthcheck;
      if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
        for (const key37 in data157) {
          if (!(key37 === "disable" || key37 === "interval" || key37 === "retries" || key37 === "test" || key37 === "timeout" || key37 === "start_period" || key37 === "start_interval" || pattern4.test(key37))) {
            const err258 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/$defs/healthcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data: data157 };
            if (vErrors === null) {
              vErrors = [err258];
            } else {
              vErrors.push(err258);
            }
            errors++;
          }
        }
        if (data157.disable !== void 0) {
          let data158 = data157.disable;
          if (typeof data158 !== "boolean" && typeof data158 !== "string") {
            const err259 = { instancePath: instancePath + "/healthcheck/disable", schemaPath: "#/$defs/healthcheck/properties/disable/type", keyword: "type", params: { type: schema73.properties.disable.type }, message: "must be boolean,string", schema: schema73.properties.disable.type, parentSchema: schema73.properties.disable, data: data158 };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        if (data157.interval !== void 0) {
          let data159 = data157.interval;
          if (typeof data159 !== "string") {
            const err260 = { instancePath: instancePath + "/healthcheck/interval", schemaPath: "#/$defs/healthcheck/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.interval.type, parentSchema: schema73.properties.interval, data: data159 };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
        }
        if (data157.retries !== void 0) {
          let data160 = data157.retries;
          if (!(typeof data160 == "number") && typeof data160 !== "string") {
            const err261 = { instancePath: instancePath + "/healthcheck/retries", schemaPath: "#/$defs/healthcheck/properties/retries/type", keyword: "type", params: { type: schema73.properties.retries.type }, message: "must be number,string", schema: schema73.properties.retries.type, parentSchema: schema73.properties.retries, data: data160 };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
        }
        if (data157.test !== void 0) {
          let data161 = data157.test;
          const _errs472 = errors;
          let valid165 = false;
          let passing25 = null;
          const _errs473 = errors;
          if (typeof data161 !== "string") {
            const err262 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/$defs/healthcheck/properties/test/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.test.oneOf[0].type, parentSchema: schema73.properties.test.oneOf[0], data: data161 };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
          var _valid25 = _errs473 === errors;
          if (_valid25) {
            valid165 = true;
            passing25 = 0;
          }
          const _errs475 = errors;
          if (Array.isArray(data161)) {
            const len36 = data161.length;
            for (let i52 = 0; i52 < len36; i52++) {
              let data162 = data161[i52];
              if (typeof data162 !== "string") {
                const err263 = { instancePath: instancePath + "/healthcheck/test/" + i52, schemaPath: "#/$defs/healthcheck/properties/test/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.test.oneOf[1].items.type, parentSchema: schema73.properties.test.oneOf[1].items, data: data162 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
          } else {
            const err264 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/$defs/healthcheck/properties/test/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.properties.test.oneOf[1].type, parentSchema: schema73.properties.test.oneOf[1], data: data161 };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
          var _valid25 = _errs475 === errors;
          if (_valid25 && valid165) {
            valid165 = false;
            passing25 = [passing25, 1];
          } else {
            if (_valid25) {
              valid165 = true;
              passing25 = 1;
            }
          }
          if (!valid165) {
            const err265 = { instancePath: instancePath + "/healthcheck/test", schemaPath: "#/$defs/healthcheck/properties/test/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf", schema: schema73.properties.test.oneOf, parentSchema: schema73.properties.test, data: data161 };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          } else {
            errors = _errs472;
            if (vErrors !== null) {
              if (_errs472) {
                vErrors.length = _errs472;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data157.timeout !== void 0) {
          let data163 = data157.timeout;
          if (typeof data163 !== "string") {
            const err266 = { instancePath: instancePath + "/healthcheck/timeout", schemaPath: "#/$defs/healthcheck/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.timeout.type, parentSchema: schema73.properties.timeout, data: data163 };
            if (vErrors === null) {
              vErrors = [err266];
            } else {
              vErrors.push(err266);
            }
            errors++;
          }
        }
        if (data157.start_period !== void 0) {
          let data164 = data157.start_period;
          if (typeof data164 !== "string") {
            const err267 = { instancePath: instancePath + "/healthcheck/start_period", schemaPath: "#/$defs/healthcheck/properties/start_period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.start_period.type, parentSchema: schema73.properties.start_period, data: data164 };
            if (vErrors === null) {
              vErrors = [err267];
            } else {
              vErrors.push(err267);
            }
            errors++;
          }
        }
        if (data157.start_interval !== void 0) {
          let data165 = data157.start_interval;
          if (typeof data165 !== "string") {
            const err268 = { instancePath: instancePath + "/healthcheck/start_interval", schemaPath: "#/$defs/healthcheck/properties/start_interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.start_interval.type, parentSchema: schema73.properties.start_interval, data: data165 };
            if (vErrors === null) {
              vErrors = [err268];
            } else {
              vErrors.push(err268);
            }
            errors++;
          }
        }
      } else {
        const err269 = { instancePath: instancePath + "/healthcheck", schemaPath: "#/$defs/healthcheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data: data157 };
        if (vErrors === null) {
          vErrors = [err269];
        } else {
          vErrors.push(err269);
        }
        errors++;
      }
    }
    if (ownKeys0.has("hostname") && data.hostname !== void 0) {
      let data166 = data.hostname;
      if (typeof data166 !== "string") {
        const err270 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.hostname.type, parentSchema: schema35.properties.hostname, data: data166 };
        if (vErrors === null) {
          vErrors = [err270];
        } else {
          vErrors.push(err270);
        }
        errors++;
      }
    }
    if (ownKeys0.has("image") && data.image !== void 0) {
      let data167 = data.image;
      if (typeof data167 !== "string") {
        const err271 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.image.type, parentSchema: schema35.properties.image, data: data167 };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
    if (ownKeys0.has("init") && data.init !== void 0) {
      let data168 = data.init;
      if (typeof data168 !== "boolean" && typeof data168 !== "string") {
        const err272 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: schema35.properties.init.type }, message: "must be boolean,string", schema: schema35.properties.init.type, parentSchema: schema35.properties.init, data: data168 };
        if (vErrors === null) {
          vErrors = [err272];
        } else {
          vErrors.push(err272);
        }
        errors++;
      }
    }
    if (ownKeys0.has("ipc") && data.ipc !== void 0) {
      let data169 = data.ipc;
      if (typeof data169 !== "string") {
        const err273 = { instancePath: instancePath + "/ipc", schemaPath: "#/properties/ipc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ipc.type, parentSchema: schema35.properties.ipc, data: data169 };
        if (vErrors === null) {
          vErrors = [err273];
        } else {
          vErrors.push(err273);
        }
        errors++;
      }
    }
    if (ownKeys0.has("isolation") && data.isolation !== void 0) {
      let data170 = data.isolation;
      if (typeof data170 !== "string") {
        const err274 = { instancePath: instancePath + "/isolation", schemaPath: "#/properties/isolation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.isolation.type, parentSchema: schema35.properties.isolation, data: data170 };
        if (vErrors === null) {
          vErrors = [err274];
        } else {
          vErrors.push(err274);
        }
        errors++;
      }
    }
    if (ownKeys0.has("labels") && data.labels !== void 0) {
      let data171 = data.labels;
      const _errs497 = errors;
      let valid169 = false;
      let passing26 = null;
      const _errs498 = errors;
      if (data171 && typeof data171 == "object" && !Array.isArray(data171)) {
        for (const key38 in data171) {
          if (!pattern11.test(key38)) {
            const err275 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data171 };
            if (vErrors === null) {
              vErrors = [err275];
            } else {
              vErrors.push(err275);
            }
            errors++;
          }
        }
        for (const key39 in data171) {
          if (pattern11.test(key39)) {
            let data172 = data171[key39];
            if (typeof data172 !== "string" && !(typeof data172 == "number") && typeof data172 !== "boolean" && data172 !== null) {
              const err276 = { instancePath: instancePath + "/labels/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data172 };
              if (vErrors === null) {
                vErrors = [err276];
              } else {
                vErrors.push(err276);
              }
              errors++;
            }
          }
        }
      } else {
        const err277 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data171 };
        if (vErrors === null) {
          vErrors = [err277];
        } else {
          vErrors.push(err277);
        }
        errors++;
      }
      var _valid26 = _errs498 === errors;
      if (_valid26) {
        valid169 = true;
        passing26 = 0;
      }
      const _errs503 = errors;
      if (Array.isArray(data171)) {
        const len37 = data171.length;
        for (let i53 = 0; i53 < len37; i53++) {
          let data173 = data171[i53];
          if (typeof data173 !== "string") {
            const err278 = { instancePath: instancePath + "/labels/" + i53, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data173 };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
        }
        let i54 = data171.length;
        let j16;
        if (i54 > 1) {
          const indices16 = /* @__PURE__ */ new Map();
          for (; i54--; ) {
            let item16 = data171[i54];
            if (typeof item16 !== "string") {
              continue;
            }
            if (item16 === "__proto__") {
              continue;
            }
            if (indices16.has(item16)) {
              j16 = indices16.get(item16);
              const err279 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i54, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i54 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data171 };
              if (vErrors === null) {
                vErrors = [err279];
              } else {
                vErrors.push(err279);
              }
              errors++;
              break;
            }
            indices16.set(item16, i54);
          }
        }
      } else {
        const err280 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data171 };
        if (vErrors === null) {
          vErrors = [err280];
        } else {
          vErrors.push(err280);
        }
        errors++;
      }
      var _valid26 = _errs503 === errors;
      if (_valid26 && valid169) {
        valid169 = false;
        passing26 = [passing26, 1];
      } else {
        if (_valid26) {
          valid169 = true;
          passing26 = 1;
        }
      }
      if (!valid169) {
        const err281 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data171 };
        if (vErrors === null) {
          vErrors = [err281];
        } else {
          vErrors.push(err281);
        }
        errors++;
      } else {
        errors = _errs497;
        if (vErrors !== null) {
          if (_errs497) {
            vErrors.length = _errs497;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("links") && data.links !== void 0) {
      let data174 = data.links;
      if (Array.isArray(data174)) {
        const len38 = data174.length;
        for (let i55 = 0; i55 < len38; i55++) {
          let data175 = data174[i55];
          if (typeof data175 !== "string") {
            const err282 = { instancePath: instancePath + "/links/" + i55, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.links.items.type, parentSchema: schema35.properties.links.items, data: data175 };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
        }
        let i56 = data174.length;
        let j17;
        if (i56 > 1) {
          const indices17 = /* @__PURE__ */ new Map();
          for (; i56--; ) {
            let item17 = data174[i56];
            if (typeof item17 !== "string") {
              continue;
            }
            if (item17 === "__proto__") {
              continue;
            }
            if (indices17.has(item17)) {
              j17 = indices17.get(item17);
              const err283 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/uniqueItems", keyword: "uniqueItems", params: { i: i56, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i56 + " are identical)", schema: true, parentSchema: schema35.properties.links, data: data174 };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
              break;
            }
            indices17.set(item17, i56);
          }
        }
      } else {
        const err284 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.links.type, parentSchema: schema35.properties.links, data: data174 };
        if (vErrors === null) {
          vErrors = [err284];
        } else {
          vErrors.push(err284);
        }
        errors++;
      }
    }
    if (ownKeys0.has("logging") && data.logging !== void 0) {
      let data176 = data.logging;
      if (data176 && typeof data176 == "object" && !Array.isArray(data176)) {
        for (const key40 in data176) {
          if (!(key40 === "driver" || key40 === "options" || pattern4.test(key40))) {
            const err285 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.logging, data: data176 };
            if (vErrors === null) {
              vErrors = [err285];
            } else {
              vErrors.push(err285);
            }
            errors++;
          }
        }
        if (data176.driver !== void 0) {
          let data177 = data176.driver;
          if (typeof data177 !== "string") {
            const err286 = { instancePath: instancePath + "/logging/driver", schemaPath: "#/properties/logging/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.logging.properties.driver.type, parentSchema: schema35.properties.logging.properties.driver, data: data177 };
            if (vErrors === null) {
              vErrors = [err286];
            } else {
              vErrors.push(err286);
            }
            errors++;
          }
        }
        if (data176.options !== void 0) {
          let data178 = data176.options;
          if (data178 && typeof data178 == "object" && !Array.isArray(data178)) {
            var props20 = {};
            for (const key41 in data178) {
              if (pattern55.test(key41)) {
                let data179 = data178[key41];
                if (typeof data179 !== "string" && !(typeof data179 == "number") && data179 !== null) {
                  const err287 = { instancePath: instancePath + "/logging/options/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema35.properties.logging.properties.options.patternProperties["^.+$"].type }, message: "must be string,number,null", schema: schema35.properties.logging.properties.options.patternProperties["^.+$"].type, parentSchema: schema35.properties.logging.properties.options.patternProperties["^.+$"], data: data179 };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                }
                props20[key41] = true;
              }
            }
          } else {
            const err288 = { instancePath: instancePath + "/logging/options", schemaPath: "#/properties/logging/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.logging.properties.options.type, parentSchema: schema35.properties.logging.properties.options, data: data178 };
            if (vErrors === null) {
              vErrors = [err288];
            } else {
              vErrors.push(err288);
            }
            errors++;
          }
        }
      } else {
        const err289 = { instancePath: instancePath + "/logging", schemaPath: "#/properties/logging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.logging.type, parentSchema: schema35.properties.logging, data: data176 };
        if (vErrors === null) {
          vErrors = [err289];
        } else {
          vErrors.push(err289);
        }
        errors++;
      }
    }
    if (ownKeys0.has("mac_address") && data.mac_address !== void 0) {
      let data180 = data.mac_address;
      if (typeof data180 !== "string") {
        const err290 = { instancePath: instancePath + "/mac_address", schemaPath: "#/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.mac_address.type, parentSchema: schema35.properties.mac_address, data: data180 };
        if (vErrors === null) {
          vErrors = [err290];
        } else {
          vErrors.push(err290);
        }
        errors++;
      }
    }
    if (ownKeys0.has("mem_limit") && data.mem_limit !== void 0) {
      let data181 = data.mem_limit;
      if (!(typeof data181 == "number") && typeof data181 !== "string") {
        const err291 = { instancePath: instancePath + "/mem_limit", schemaPath: "#/properties/mem_limit/type", keyword: "type", params: { type: schema35.properties.mem_limit.type }, message: "must be number,string", schema: schema35.properties.mem_limit.type, parentSchema: schema35.properties.mem_limit, data: data181 };
        if (vErrors === null) {
          vErrors = [err291];
        } else {
          vErrors.push(err291);
        }
        errors++;
      }
    }
    if (ownKeys0.has("mem_reservation") && data.mem_reservation !== void 0) {
      let data182 = data.mem_reservation;
      if (typeof data182 !== "string" && !(typeof data182 == "number" && (!(data182 % 1) && !isNaN(data182)))) {
        const err292 = { instancePath: instancePath + "/mem_reservation", schemaPath: "#/properties/mem_reservation/type", keyword: "type", params: { type: schema35.properties.mem_reservation.type }, message: "must be string,integer", schema: schema35.properties.mem_reservation.type, parentSchema: schema35.properties.mem_reservation, data: data182 };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      }
    }
    if (ownKeys0.has("mem_swappiness") && data.mem_swappiness !== void 0) {
      let data183 = data.mem_swappiness;
      if (!(typeof data183 == "number" && (!(data183 % 1) && !isNaN(data183))) && typeof data183 !== "string") {
        const err293 = { instancePath: instancePath + "/mem_swappiness", schemaPath: "#/properties/mem_swappiness/type", keyword: "type", params: { type: schema35.properties.mem_swappiness.type }, message: "must be integer,string", schema: schema35.properties.mem_swappiness.type, parentSchema: schema35.properties.mem_swappiness, data: data183 };
        if (vErrors === null) {
          vErrors = [err293];
        } else {
          vErrors.push(err293);
        }
        errors++;
      }
    }
    if (ownKeys0.has("memswap_limit") && data.memswap_limit !== void 0) {
      let data184 = data.memswap_limit;
      if (!(typeof data184 == "number") && typeof data184 !== "string") {
        const err294 = { instancePath: instancePath + "/memswap_limit", schemaPath: "#/properties/memswap_limit/type", keyword: "type", params: { type: schema35.properties.memswap_limit.type }, message: "must be number,string", schema: schema35.properties.memswap_limit.type, parentSchema: schema35.properties.memswap_limit, data: data184 };
        if (vErrors === null) {
          vErrors = [err294];
        } else {
          vErrors.push(err294);
        }
        errors++;
      }
    }
    if (ownKeys0.has("network_mode") && data.network_mode !== void 0) {
      let data185 = data.network_mode;
      if (typeof data185 !== "string") {
        const err295 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.network_mode.type, parentSchema: schema35.properties.network_mode, data: data185 };
        if (vErrors === null) {
          vErrors = [err295];
        } else {
          vErrors.push(err295);
        }
        errors++;
      }
    }
    if (ownKeys0.has("models") && data.models !== void 0) {
      let data186 = data.models;
      const _errs533 = errors;
      let valid179 = false;
      let passing27 = null;
      const _errs534 = errors;
      if (Array.isArray(data186)) {
        const len39 = data186.length;
        for (let i57 = 0; i57 < len39; i57++) {
          let data187 = data186[i57];
          if (typeof data187 !== "string") {
            const err296 = { instancePath: instancePath + "/models/" + i57, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data187 };
            if (vErrors === null) {
              vErrors = [err296];
            } else {
              vErrors.push(err296);
            }
            errors++;
          }
        }
        let i58 = data186.length;
        let j18;
        if (i58 > 1) {
          const indices18 = /* @__PURE__ */ new Map();
          for (; i58--; ) {
            let item18 = data186[i58];
            if (typeof item18 !== "string") {
              continue;
            }
            if (item18 === "__proto__") {
              continue;
            }
            if (indices18.has(item18)) {
              j18 = indices18.get(item18);
              const err297 = { instancePath: instancePath + "/models", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i58, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i58 + " are identical)", schema: true, parentSchema: schema34, data: data186 };
              if (vErrors === null) {
                vErrors = [err297];
              } else {
                vErrors.push(err297);
              }
              errors++;
              break;
            }
            indices18.set(item18, i58);
          }
        }
      } else {
        const err298 = { instancePath: instancePath + "/models", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data186 };
        if (vErrors === null) {
          vErrors = [err298];
        } else {
          vErrors.push(err298);
        }
        errors++;
      }
      var _valid27 = _errs534 === errors;
      if (_valid27) {
        valid179 = true;
        passing27 = 0;
      }
      const _errs539 = errors;
      if (data186 && typeof data186 == "object" && !Array.isArray(data186)) {
        var props21 = {};
        for (const key42 in data186) {
          if (pattern5.test(key42)) {
            let data188 = data186[key42];
            const _errs542 = errors;
            let valid185 = false;
            let passing28 = null;
            const _errs543 = errors;
            if (data188 && typeof data188 == "object" && !Array.isArray(data188)) {
              for (const key43 in data188) {
                if (!(key43 === "endpoint_var" || key43 === "model_var" || pattern4.test(key43))) {
                  const err299 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0], data: data188 };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
              }
              if (data188.endpoint_var !== void 0) {
                let data189 = data188.endpoint_var;
                if (typeof data189 !== "string") {
                  const err300 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/endpoint_var", schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/endpoint_var/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.endpoint_var.type, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.endpoint_var, data: data189 };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
              }
              if (data188.model_var !== void 0) {
                let data190 = data188.model_var;
                if (typeof data190 !== "string") {
                  const err301 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1") + "/model_var", schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/model_var/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.model_var.type, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.model_var, data: data190 };
                  if (vErrors === null) {
                    vErrors = [err301];
                  } else {
                    vErrors.push(err301);
                  }
                  errors++;
                }
              }
            } else {
              const err302 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].type, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0], data: data188 };
              if (vErrors === null) {
                vErrors = [err302];
              } else {
                vErrors.push(err302);
              }
              errors++;
            }
            var _valid28 = _errs543 === errors;
            if (_valid28) {
              valid185 = true;
              passing28 = 0;
            }
            const _errs550 = errors;
            if (data188 !== null) {
              const err303 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1].type, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1], data: data188 };
              if (vErrors === null) {
                vErrors = [err303];
              } else {
                vErrors.push(err303);
              }
              errors++;
            }
            var _valid28 = _errs550 === errors;
            if (_valid28 && valid185) {
              valid185 = false;
              passing28 = [passing28, 1];
            } else {
              if (_valid28) {
                valid185 = true;
                passing28 = 1;
              }
            }
            if (!valid185) {
              const err304 = { instancePath: instancePath + "/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf, parentSchema: schema35.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"], data: data188 };
              if (vErrors === null) {
                vErrors = [err304];
              } else {
                vErrors.push(err304);
              }
              errors++;
            } else {
              errors = _errs542;
              if (vErrors !== null) {
                if (_errs542) {
                  vErrors.length = _errs542;
                } else {
                  vErrors = null;
                }
              }
            }
            props21[key42] = true;
          }
        }
      } else {
        const err305 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.models.oneOf[1].type, parentSchema: schema35.properties.models.oneOf[1], data: data186 };
        if (vErrors === null) {
          vErrors = [err305];
        } else {
          vErrors.push(err305);
        }
        errors++;
      }
      var _valid27 = _errs539 === errors;
      if (_valid27 && valid179) {
        valid179 = false;
        passing27 = [passing27, 1];
      } else {
        if (_valid27) {
          valid179 = true;
          passing27 = 1;
        }
      }
      if (!valid179) {
        const err306 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.models.oneOf, parentSchema: schema35.properties.models, data: data186 };
        if (vErrors === null) {
          vErrors = [err306];
        } else {
          vErrors.push(err306);
        }
        errors++;
      } else {
        errors = _errs533;
        if (vErrors !== null) {
          if (_errs533) {
            vErrors.length = _errs533;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("networks") && data.networks !== void 0) {
      let data191 = data.networks;
      const _errs553 = errors;
      let valid187 = false;
      let passing29 = null;
      const _errs554 = errors;
      if (Array.isArray(data191)) {
        const len40 = data191.length;
        for (let i59 = 0; i59 < len40; i59++) {
          let data192 = data191[i59];
          if (typeof data192 !== "string") {
            const err307 = { instancePath: instancePath + "/networks/" + i59, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data192 };
            if (vErrors === null) {
              vErrors = [err307];
            } else {
              vErrors.push(err307);
            }
            errors++;
          }
        }
        let i60 = data191.length;
        let j19;
        if (i60 > 1) {
          const indices19 = /* @__PURE__ */ new Map();
          for (; i60--; ) {
            let item19 = data191[i60];
            if (typeof item19 !== "string") {
              continue;
            }
            if (item19 === "__proto__") {
              continue;
            }
            if (indices19.has(item19)) {
              j19 = indices19.get(item19);
              const err308 = { instancePath: instancePath + "/networks", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i60, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i60 + " are identical)", schema: true, parentSchema: schema34, data: data191 };
              if (vErrors === null) {
                vErrors = [err308];
              } else {
                vErrors.push(err308);
              }
              errors++;
              break;
            }
            indices19.set(item19, i60);
          }
        }
      } else {
        const err309 = { instancePath: instancePath + "/networks", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data191 };
        if (vErrors === null) {
          vErrors = [err309];
        } else {
          vErrors.push(err309);
        }
        errors++;
      }
      var _valid29 = _errs554 === errors;
      if (_valid29) {
        valid187 = true;
        passing29 = 0;
      }
      const _errs559 = errors;
      if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
        for (const key44 in data191) {
          if (!pattern5.test(key44)) {
            const err310 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.networks.oneOf[1], data: data191 };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
        }
        for (const key45 in data191) {
          if (pattern5.test(key45)) {
            let data193 = data191[key45];
            const _errs563 = errors;
            let valid193 = false;
            let passing30 = null;
            const _errs564 = errors;
            if (data193 && typeof data193 == "object" && !Array.isArray(data193)) {
              for (const key46 in data193) {
                if (!(func1.call(schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key46) || pattern4.test(key46))) {
                  const err311 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0], data: data193 };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
              }
              if (data193.aliases !== void 0) {
                let data194 = data193.aliases;
                if (Array.isArray(data194)) {
                  const len41 = data194.length;
                  for (let i61 = 0; i61 < len41; i61++) {
                    let data195 = data194[i61];
                    if (typeof data195 !== "string") {
                      const err312 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i61, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data195 };
                      if (vErrors === null) {
                        vErrors = [err312];
                      } else {
                        vErrors.push(err312);
                      }
                      errors++;
                    }
                  }
                  let i62 = data194.length;
                  let j20;
                  if (i62 > 1) {
                    const indices20 = /* @__PURE__ */ new Map();
                    for (; i62--; ) {
                      let item20 = data194[i62];
                      if (typeof item20 !== "string") {
                        continue;
                      }
                      if (item20 === "__proto__") {
                        continue;
                      }
                      if (indices20.has(item20)) {
                        j20 = indices20.get(item20);
                        const err313 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i62, j: j20 }, message: "must NOT have duplicate items (items ## " + j20 + " and " + i62 + " are identical)", schema: true, parentSchema: schema34, data: data194 };
                        if (vErrors === null) {
                          vErrors = [err313];
                        } else {
                          vErrors.push(err313);
                        }
                        errors++;
                        break;
                      }
                      indices20.set(item20, i62);
                    }
                  }
                } else {
                  const err314 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data194 };
                  if (vErrors === null) {
                    vErrors = [err314];
                  } else {
                    vErrors.push(err314);
                  }
                  errors++;
                }
              }
              if (data193.interface_name !== void 0) {
                let data196 = data193.interface_name;
                if (typeof data196 !== "string") {
                  const err315 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/interface_name", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name, data: data196 };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
              }
              if (data193.ipv4_address !== void 0) {
                let data197 = data193.ipv4_address;
                if (typeof data197 !== "string") {
                  const err316 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv4_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address, data: data197 };
                  if (vErrors === null) {
                    vErrors = [err316];
                  } else {
                    vErrors.push(err316);
                  }
                  errors++;
                }
              }
              if (data193.ipv6_address !== void 0) {
                let data198 = data193.ipv6_address;
                if (typeof data198 !== "string") {
                  const err317 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/ipv6_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address, data: data198 };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
              }
              if (data193.link_local_ips !== void 0) {
                let data199 = data193.link_local_ips;
                if (Array.isArray(data199)) {
                  const len42 = data199.length;
                  for (let i63 = 0; i63 < len42; i63++) {
                    let data200 = data199[i63];
                    if (typeof data200 !== "string") {
                      const err318 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips/" + i63, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data200 };
                      if (vErrors === null) {
                        vErrors = [err318];
                      } else {
                        vErrors.push(err318);
                      }
                      errors++;
                    }
                  }
                  let i64 = data199.length;
                  let j21;
                  if (i64 > 1) {
                    const indices21 = /* @__PURE__ */ new Map();
                    for (; i64--; ) {
                      let item21 = data199[i64];
                      if (typeof item21 !== "string") {
                        continue;
                      }
                      if (item21 === "__proto__") {
                        continue;
                      }
                      if (indices21.has(item21)) {
                        j21 = indices21.get(item21);
                        const err319 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i64, j: j21 }, message: "must NOT have duplicate items (items ## " + j21 + " and " + i64 + " are identical)", schema: true, parentSchema: schema34, data: data199 };
                        if (vErrors === null) {
                          vErrors = [err319];
                        } else {
                          vErrors.push(err319);
                        }
                        errors++;
                        break;
                      }
                      indices21.set(item21, i64);
                    }
                  }
                } else {
                  const err320 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/link_local_ips", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data199 };
                  if (vErrors === null) {
                    vErrors = [err320];
                  } else {
                    vErrors.push(err320);
                  }
                  errors++;
                }
              }
              if (data193.mac_address !== void 0) {
                let data201 = data193.mac_address;
                if (typeof data201 !== "string") {
                  const err321 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/mac_address", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address, data: data201 };
                  if (vErrors === null) {
                    vErrors = [err321];
                  } else {
                    vErrors.push(err321);
                  }
                  errors++;
                }
              }
              if (data193.driver_opts !== void 0) {
                let data202 = data193.driver_opts;
                if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                  var props23 = {};
                  for (const key47 in data202) {
                    if (pattern55.test(key47)) {
                      let data203 = data202[key47];
                      if (typeof data203 !== "string" && !(typeof data203 == "number")) {
                        const err322 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"], data: data203 };
                        if (vErrors === null) {
                          vErrors = [err322];
                        } else {
                          vErrors.push(err322);
                        }
                        errors++;
                      }
                      props23[key47] = true;
                    }
                  }
                } else {
                  const err323 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/driver_opts", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts, data: data202 };
                  if (vErrors === null) {
                    vErrors = [err323];
                  } else {
                    vErrors.push(err323);
                  }
                  errors++;
                }
              }
              if (data193.priority !== void 0) {
                let data204 = data193.priority;
                if (!(typeof data204 == "number")) {
                  const err324 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority, data: data204 };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
              }
              if (data193.gw_priority !== void 0) {
                let data205 = data193.gw_priority;
                if (!(typeof data205 == "number")) {
                  const err325 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1") + "/gw_priority", schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority, data: data205 };
                  if (vErrors === null) {
                    vErrors = [err325];
                  } else {
                    vErrors.push(err325);
                  }
                  errors++;
                }
              }
            } else {
              const err326 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0], data: data193 };
              if (vErrors === null) {
                vErrors = [err326];
              } else {
                vErrors.push(err326);
              }
              errors++;
            }
            var _valid30 = _errs564 === errors;
            if (_valid30) {
              valid193 = true;
              passing30 = 0;
            }
            const _errs593 = errors;
            if (data193 !== null) {
              const err327 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1].type, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1], data: data193 };
              if (vErrors === null) {
                vErrors = [err327];
              } else {
                vErrors.push(err327);
              }
              errors++;
            }
            var _valid30 = _errs593 === errors;
            if (_valid30 && valid193) {
              valid193 = false;
              passing30 = [passing30, 1];
            } else {
              if (_valid30) {
                valid193 = true;
                passing30 = 1;
              }
            }
            if (!valid193) {
              const err328 = { instancePath: instancePath + "/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf, parentSchema: schema35.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"], data: data193 };
              if (vErrors === null) {
                vErrors = [err328];
              } else {
                vErrors.push(err328);
              }
              errors++;
            } else {
              errors = _errs563;
              if (vErrors !== null) {
                if (_errs563) {
                  vErrors.length = _errs563;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      } else {
        const err329 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.networks.oneOf[1].type, parentSchema: schema35.properties.networks.oneOf[1], data: data191 };
        if (vErrors === null) {
          vErrors = [err329];
        } else {
          vErrors.push(err329);
        }
        errors++;
      }
      var _valid29 = _errs559 === errors;
      if (_valid29 && valid187) {
        valid187 = false;
        passing29 = [passing29, 1];
      } else {
        if (_valid29) {
          valid187 = true;
          passing29 = 1;
        }
      }
      if (!valid187) {
        const err330 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.networks.oneOf, parentSchema: schema35.properties.networks, data: data191 };
        if (vErrors === null) {
          vErrors = [err330];
        } else {
          vErrors.push(err330);
        }
        errors++;
      } else {
        errors = _errs553;
        if (vErrors !== null) {
          if (_errs553) {
            vErrors.length = _errs553;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("oom_kill_disable") && data.oom_kill_disable !== void 0) {
      let data206 = data.oom_kill_disable;
      if (typeof data206 !== "boolean" && typeof data206 !== "string") {
        const err331 = { instancePath: instancePath + "/oom_kill_disable", schemaPath: "#/properties/oom_kill_disable/type", keyword: "type", params: { type: schema35.properties.oom_kill_disable.type }, message: "must be boolean,string", schema: schema35.properties.oom_kill_disable.type, parentSchema: schema35.properties.oom_kill_disable, data: data206 };
        if (vErrors === null) {
          vErrors = [err331];
        } else {
          vErrors.push(err331);
        }
        errors++;
      }
    }
    if (ownKeys0.has("oom_score_adj") && data.oom_score_adj !== void 0) {
      let data207 = data.oom_score_adj;
      const _errs598 = errors;
      let valid204 = false;
      let passing31 = null;
      const _errs599 = errors;
      if (typeof data207 !== "string") {
        const err332 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.oom_score_adj.oneOf[0].type, parentSchema: schema35.properties.oom_score_adj.oneOf[0], data: data207 };
        if (vErrors === null) {
          vErrors = [err332];
        } else {
          vErrors.push(err332);
        }
        errors++;
      }
      var _valid31 = _errs599 === errors;
      if (_valid31) {
        valid204 = true;
        passing31 = 0;
      }
      const _errs601 = errors;
      if (!(typeof data207 == "number" && (!(data207 % 1) && !isNaN(data207)))) {
        const err333 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.oom_score_adj.oneOf[1].type, parentSchema: schema35.properties.oom_score_adj.oneOf[1], data: data207 };
        if (vErrors === null) {
          vErrors = [err333];
        } else {
          vErrors.push(err333);
        }
        errors++;
      }
      if (typeof data207 == "number") {
        if (data207 > 1e3 || isNaN(data207)) {
          const err334 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema35.properties.oom_score_adj.oneOf[1], data: data207 };
          if (vErrors === null) {
            vErrors = [err334];
          } else {
            vErrors.push(err334);
          }
          errors++;
        }
        if (data207 < -1e3 || isNaN(data207)) {
          const err335 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema35.properties.oom_score_adj.oneOf[1], data: data207 };
          if (vErrors === null) {
            vErrors = [err335];
          } else {
            vErrors.push(err335);
          }
          errors++;
        }
      }
      var _valid31 = _errs601 === errors;
      if (_valid31 && valid204) {
        valid204 = false;
        passing31 = [passing31, 1];
      } else {
        if (_valid31) {
          valid204 = true;
          passing31 = 1;
        }
      }
      if (!valid204) {
        const err336 = { instancePath: instancePath + "/oom_score_adj", schemaPath: "#/properties/oom_score_adj/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.oom_score_adj.oneOf, parentSchema: schema35.properties.oom_score_adj, data: data207 };
        if (vErrors === null) {
          vErrors = [err336];
        } else {
          vErrors.push(err336);
        }
        errors++;
      } else {
        errors = _errs598;
        if (vErrors !== null) {
          if (_errs598) {
            vErrors.length = _errs598;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("pid") && data.pid !== void 0) {
      let data208 = data.pid;
      if (typeof data208 !== "string" && data208 !== null) {
        const err337 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: schema35.properties.pid.type }, message: "must be string,null", schema: schema35.properties.pid.type, parentSchema: schema35.properties.pid, data: data208 };
        if (vErrors === null) {
          vErrors = [err337];
        } else {
          vErrors.push(err337);
        }
        errors++;
      }
    }
    if (ownKeys0.has("pids_limit") && data.pids_limit !== void 0) {
      let data209 = data.pids_limit;
      if (!(typeof data209 == "number") && typeof data209 !== "string") {
        const err338 = { instancePath: instancePath + "/pids_limit", schemaPath: "#/properties/pids_limit/type", keyword: "type", params: { type: schema35.properties.pids_limit.type }, message: "must be number,string", schema: schema35.properties.pids_limit.type, parentSchema: schema35.properties.pids_limit, data: data209 };
        if (vErrors === null) {
          vErrors = [err338];
        } else {
          vErrors.push(err338);
        }
        errors++;
      }
    }
    if (ownKeys0.has("platform") && data.platform !== void 0) {
      let data210 = data.platform;
      if (typeof data210 !== "string") {
        const err339 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.platform.type, parentSchema: schema35.properties.platform, data: data210 };
        if (vErrors === null) {
          vErrors = [err339];
        } else {
          vErrors.push(err339);
        }
        errors++;
      }
    }
    if (ownKeys0.has("ports") && data.ports !== void 0) {
      let data211 = data.ports;
      if (Array.isArray(data211)) {
        const len43 = data211.length;
        for (let i65 = 0; i65 < len43; i65++) {
          let data212 = data211[i65];
          const _errs612 = errors;
          let valid207 = false;
          let passing32 = null;
          const _errs613 = errors;
          if (!(typeof data212 == "number")) {
            const err340 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.ports.items.oneOf[0].type, parentSchema: schema35.properties.ports.items.oneOf[0], data: data212 };
            if (vErrors === null) {
              vErrors = [err340];
            } else {
              vErrors.push(err340);
            }
            errors++;
          }
          var _valid32 = _errs613 === errors;
          if (_valid32) {
            valid207 = true;
            passing32 = 0;
          }
          const _errs615 = errors;
          if (typeof data212 !== "string") {
            const err341 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[1].type, parentSchema: schema35.properties.ports.items.oneOf[1], data: data212 };
            if (vErrors === null) {
              vErrors = [err341];
            } else {
              vErrors.push(err341);
            }
            errors++;
          }
          var _valid32 = _errs615 === errors;
          if (_valid32 && valid207) {
            valid207 = false;
            passing32 = [passing32, 1];
          } else {
            if (_valid32) {
              valid207 = true;
              passing32 = 1;
            }
            const _errs617 = errors;
            if (data212 && typeof data212 == "object" && !Array.isArray(data212)) {
              for (const key48 in data212) {
                if (!(key48 === "name" || key48 === "mode" || key48 === "host_ip" || key48 === "target" || key48 === "published" || key48 === "protocol" || key48 === "app_protocol" || pattern4.test(key48))) {
                  const err342 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.ports.items.oneOf[2], data: data212 };
                  if (vErrors === null) {
                    vErrors = [err342];
                  } else {
                    vErrors.push(err342);
                  }
                  errors++;
                }
              }
              if (data212.name !== void 0) {
                let data213 = data212.name;
                if (typeof data213 !== "string") {
                  const err343 = { instancePath: instancePath + "/ports/" + i65 + "/name", schemaPath: "#/properties/ports/items/oneOf/2/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[2].properties.name.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.name, data: data213 };
                  if (vErrors === null) {
                    vErrors = [err343];
                  } else {
                    vErrors.push(err343);
                  }
                  errors++;
                }
              }
              if (data212.mode !== void 0) {
                let data214 = data212.mode;
                if (typeof data214 !== "string") {
                  const err344 = { instancePath: instancePath + "/ports/" + i65 + "/mode", schemaPath: "#/properties/ports/items/oneOf/2/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[2].properties.mode.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.mode, data: data214 };
                  if (vErrors === null) {
                    vErrors = [err344];
                  } else {
                    vErrors.push(err344);
                  }
                  errors++;
                }
              }
              if (data212.host_ip !== void 0) {
                let data215 = data212.host_ip;
                if (typeof data215 !== "string") {
                  const err345 = { instancePath: instancePath + "/ports/" + i65 + "/host_ip", schemaPath: "#/properties/ports/items/oneOf/2/properties/host_ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[2].properties.host_ip.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.host_ip, data: data215 };
                  if (vErrors === null) {
                    vErrors = [err345];
                  } else {
                    vErrors.push(err345);
                  }
                  errors++;
                }
              }
              if (data212.target !== void 0) {
                let data216 = data212.target;
                if (!(typeof data216 == "number" && (!(data216 % 1) && !isNaN(data216))) && typeof data216 !== "string") {
                  const err346 = { instancePath: instancePath + "/ports/" + i65 + "/target", schemaPath: "#/properties/ports/items/oneOf/2/properties/target/type", keyword: "type", params: { type: schema35.properties.ports.items.oneOf[2].properties.target.type }, message: "must be integer,string", schema: schema35.properties.ports.items.oneOf[2].properties.target.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.target, data: data216 };
                  if (vErrors === null) {
                    vErrors = [err346];
                  } else {
                    vErrors.push(err346);
                  }
                  errors++;
                }
              }
              if (data212.published !== void 0) {
                let data217 = data212.published;
                if (typeof data217 !== "string" && !(typeof data217 == "number" && (!(data217 % 1) && !isNaN(data217)))) {
                  const err347 = { instancePath: instancePath + "/ports/" + i65 + "/published", schemaPath: "#/properties/ports/items/oneOf/2/properties/published/type", keyword: "type", params: { type: schema35.properties.ports.items.oneOf[2].properties.published.type }, message: "must be string,integer", schema: schema35.properties.ports.items.oneOf[2].properties.published.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.published, data: data217 };
                  if (vErrors === null) {
                    vErrors = [err347];
                  } else {
                    vErrors.push(err347);
                  }
                  errors++;
                }
              }
              if (data212.protocol !== void 0) {
                let data218 = data212.protocol;
                if (typeof data218 !== "string") {
                  const err348 = { instancePath: instancePath + "/ports/" + i65 + "/protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[2].properties.protocol.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.protocol, data: data218 };
                  if (vErrors === null) {
                    vErrors = [err348];
                  } else {
                    vErrors.push(err348);
                  }
                  errors++;
                }
              }
              if (data212.app_protocol !== void 0) {
                let data219 = data212.app_protocol;
                if (typeof data219 !== "string") {
                  const err349 = { instancePath: instancePath + "/ports/" + i65 + "/app_protocol", schemaPath: "#/properties/ports/items/oneOf/2/properties/app_protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.ports.items.oneOf[2].properties.app_protocol.type, parentSchema: schema35.properties.ports.items.oneOf[2].properties.app_protocol, data: data219 };
                  if (vErrors === null) {
                    vErrors = [err349];
                  } else {
                    vErrors.push(err349);
                  }
                  errors++;
                }
              }
            } else {
              const err350 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.ports.items.oneOf[2].type, parentSchema: schema35.properties.ports.items.oneOf[2], data: data212 };
              if (vErrors === null) {
                vErrors = [err350];
              } else {
                vErrors.push(err350);
              }
              errors++;
            }
            var _valid32 = _errs617 === errors;
            if (_valid32 && valid207) {
              valid207 = false;
              passing32 = [passing32, 2];
            } else {
              if (_valid32) {
                valid207 = true;
                passing32 = 2;
              }
            }
          }
          if (!valid207) {
            const err351 = { instancePath: instancePath + "/ports/" + i65, schemaPath: "#/properties/ports/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.ports.items.oneOf, parentSchema: schema35.properties.ports.items, data: data212 };
            if (vErrors === null) {
              vErrors = [err351];
            } else {
              vErrors.push(err351);
            }
            errors++;
          } else {
            errors = _errs612;
            if (vErrors !== null) {
              if (_errs612) {
                vErrors.length = _errs612;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i66 = data211.length;
        let j22;
        if (i66 > 1) {
          outer0:
            for (; i66--; ) {
              for (j22 = i66; j22--; ) {
                if (func0(data211[i66], data211[j22])) {
                  const err352 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i66, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i66 + " are identical)", schema: true, parentSchema: schema35.properties.ports, data: data211 };
                  if (vErrors === null) {
                    vErrors = [err352];
                  } else {
                    vErrors.push(err352);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err353 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.ports.type, parentSchema: schema35.properties.ports, data: data211 };
        if (vErrors === null) {
          vErrors = [err353];
        } else {
          vErrors.push(err353);
        }
        errors++;
      }
    }
    if (ownKeys0.has("pre_start") && data.pre_start !== void 0) {
      let data220 = data.pre_start;
      if (Array.isArray(data220)) {
        const len44 = data220.length;
        for (let i67 = 0; i67 < len44; i67++) {
          if (!validate42(data220[i67], { instancePath: instancePath + "/pre_start/" + i67, parentData: data220, parentDataProperty: i67, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err354 = { instancePath: instancePath + "/pre_start", schemaPath: "#/properties/pre_start/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.pre_start.type, parentSchema: schema35.properties.pre_start, data: data220 };
        if (vErrors === null) {
          vErrors = [err354];
        } else {
          vErrors.push(err354);
        }
        errors++;
      }
    }
    if (ownKeys0.has("post_start") && data.post_start !== void 0) {
      let data222 = data.post_start;
      if (Array.isArray(data222)) {
        const len45 = data222.length;
        for (let i68 = 0; i68 < len45; i68++) {
          if (!validate30(data222[i68], { instancePath: instancePath + "/post_start/" + i68, parentData: data222, parentDataProperty: i68, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err355 = { instancePath: instancePath + "/post_start", schemaPath: "#/properties/post_start/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.post_start.type, parentSchema: schema35.properties.post_start, data: data222 };
        if (vErrors === null) {
          vErrors = [err355];
        } else {
          vErrors.push(err355);
        }
        errors++;
      }
    }
    if (ownKeys0.has("pre_stop") && data.pre_stop !== void 0) {
      let data224 = data.pre_stop;
      if (Array.isArray(data224)) {
        const len46 = data224.length;
        for (let i69 = 0; i69 < len46; i69++) {
          if (!validate30(data224[i69], { instancePath: instancePath + "/pre_stop/" + i69, parentData: data224, parentDataProperty: i69, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err356 = { instancePath: instancePath + "/pre_stop", schemaPath: "#/properties/pre_stop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.pre_stop.type, parentSchema: schema35.properties.pre_stop, data: data224 };
        if (vErrors === null) {
          vErrors = [err356];
        } else {
          vErrors.push(err356);
        }
        errors++;
      }
    }
    if (ownKeys0.has("privileged") && data.privileged !== void 0) {
      let data226 = data.privileged;
      if (typeof data226 !== "boolean" && typeof data226 !== "string") {
        const err357 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema35.properties.privileged.type }, message: "must be boolean,string", schema: schema35.properties.privileged.type, parentSchema: schema35.properties.privileged, data: data226 };
        if (vErrors === null) {
          vErrors = [err357];
        } else {
          vErrors.push(err357);
        }
        errors++;
      }
    }
    if (ownKeys0.has("profiles") && data.profiles !== void 0) {
      let data227 = data.profiles;
      if (Array.isArray(data227)) {
        const len47 = data227.length;
        for (let i70 = 0; i70 < len47; i70++) {
          let data228 = data227[i70];
          if (typeof data228 !== "string") {
            const err358 = { instancePath: instancePath + "/profiles/" + i70, schemaPath: "#/$defs/list_of_strings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.items.type, parentSchema: schema34.items, data: data228 };
            if (vErrors === null) {
              vErrors = [err358];
            } else {
              vErrors.push(err358);
            }
            errors++;
          }
        }
        let i71 = data227.length;
        let j23;
        if (i71 > 1) {
          const indices22 = /* @__PURE__ */ new Map();
          for (; i71--; ) {
            let item22 = data227[i71];
            if (typeof item22 !== "string") {
              continue;
            }
            if (item22 === "__proto__") {
              continue;
            }
            if (indices22.has(item22)) {
              j23 = indices22.get(item22);
              const err359 = { instancePath: instancePath + "/profiles", schemaPath: "#/$defs/list_of_strings/uniqueItems", keyword: "uniqueItems", params: { i: i71, j: j23 }, message: "must NOT have duplicate items (items ## " + j23 + " and " + i71 + " are identical)", schema: true, parentSchema: schema34, data: data227 };
              if (vErrors === null) {
                vErrors = [err359];
              } else {
                vErrors.push(err359);
              }
              errors++;
              break;
            }
            indices22.set(item22, i71);
          }
        }
      } else {
        const err360 = { instancePath: instancePath + "/profiles", schemaPath: "#/$defs/list_of_strings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.type, parentSchema: schema34, data: data227 };
        if (vErrors === null) {
          vErrors = [err360];
        } else {
          vErrors.push(err360);
        }
        errors++;
      }
    }
    if (ownKeys0.has("pull_policy") && data.pull_policy !== void 0) {
      let data229 = data.pull_policy;
      if (typeof data229 === "string") {
        if (!pattern76.test(data229)) {
          const err361 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/pattern", keyword: "pattern", params: { pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+" }, message: 'must match pattern "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"', schema: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", parentSchema: schema35.properties.pull_policy, data: data229 };
          if (vErrors === null) {
            vErrors = [err361];
          } else {
            vErrors.push(err361);
          }
          errors++;
        }
      } else {
        const err362 = { instancePath: instancePath + "/pull_policy", schemaPath: "#/properties/pull_policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.pull_policy.type, parentSchema: schema35.properties.pull_policy, data: data229 };
        if (vErrors === null) {
          vErrors = [err362];
        } else {
          vErrors.push(err362);
        }
        errors++;
      }
    }
    if (ownKeys0.has("pull_refresh_after") && data.pull_refresh_after !== void 0) {
      let data230 = data.pull_refresh_after;
      if (typeof data230 !== "string") {
        const err363 = { instancePath: instancePath + "/pull_refresh_after", schemaPath: "#/properties/pull_refresh_after/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.pull_refresh_after.type, parentSchema: schema35.properties.pull_refresh_after, data: data230 };
        if (vErrors === null) {
          vErrors = [err363];
        } else {
          vErrors.push(err363);
        }
        errors++;
      }
    }
    if (ownKeys0.has("read_only") && data.read_only !== void 0) {
      let data231 = data.read_only;
      if (typeof data231 !== "boolean" && typeof data231 !== "string") {
        const err364 = { instancePath: instancePath + "/read_only", schemaPath: "#/properties/read_only/type", keyword: "type", params: { type: schema35.properties.read_only.type }, message: "must be boolean,string", schema: schema35.properties.read_only.type, parentSchema: schema35.properties.read_only, data: data231 };
        if (vErrors === null) {
          vErrors = [err364];
        } else {
          vErrors.push(err364);
        }
        errors++;
      }
    }
    if (ownKeys0.has("restart") && data.restart !== void 0) {
      let data232 = data.restart;
      if (typeof data232 !== "string") {
        const err365 = { instancePath: instancePath + "/restart", schemaPath: "#/properties/restart/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.restart.type, parentSchema: schema35.properties.restart, data: data232 };
        if (vErrors === null) {
          vErrors = [err365];
        } else {
          vErrors.push(err365);
        }
        errors++;
      }
    }
    if (ownKeys0.has("runtime") && data.runtime !== void 0) {
      let data233 = data.runtime;
      if (typeof data233 !== "string") {
        const err366 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.runtime.type, parentSchema: schema35.properties.runtime, data: data233 };
        if (vErrors === null) {
          vErrors = [err366];
        } else {
          vErrors.push(err366);
        }
        errors++;
      }
    }
    if (ownKeys0.has("scale") && data.scale !== void 0) {
      let data234 = data.scale;
      if (!(typeof data234 == "number" && (!(data234 % 1) && !isNaN(data234))) && typeof data234 !== "string") {
        const err367 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: schema35.properties.scale.type }, message: "must be integer,string", schema: schema35.properties.scale.type, parentSchema: schema35.properties.scale, data: data234 };
        if (vErrors === null) {
          vErrors = [err367];
        } else {
          vErrors.push(err367);
        }
        errors++;
      }
    }
    if (ownKeys0.has("security_opt") && data.security_opt !== void 0) {
      let data235 = data.security_opt;
      if (Array.isArray(data235)) {
        const len48 = data235.length;
        for (let i72 = 0; i72 < len48; i72++) {
          let data236 = data235[i72];
          if (typeof data236 !== "string") {
            const err368 = { instancePath: instancePath + "/security_opt/" + i72, schemaPath: "#/properties/security_opt/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.security_opt.items.type, parentSchema: schema35.properties.security_opt.items, data: data236 };
            if (vErrors === null) {
              vErrors = [err368];
            } else {
              vErrors.push(err368);
            }
            errors++;
          }
        }
        let i73 = data235.length;
        let j24;
        if (i73 > 1) {
          const indices23 = /* @__PURE__ */ new Map();
          for (; i73--; ) {
            let item23 = data235[i73];
            if (typeof item23 !== "string") {
              continue;
            }
            if (item23 === "__proto__") {
              continue;
            }
            if (indices23.has(item23)) {
              j24 = indices23.get(item23);
              const err369 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/uniqueItems", keyword: "uniqueItems", params: { i: i73, j: j24 }, message: "must NOT have duplicate items (items ## " + j24 + " and " + i73 + " are identical)", schema: true, parentSchema: schema35.properties.security_opt, data: data235 };
              if (vErrors === null) {
                vErrors = [err369];
              } else {
                vErrors.push(err369);
              }
              errors++;
              break;
            }
            indices23.set(item23, i73);
          }
        }
      } else {
        const err370 = { instancePath: instancePath + "/security_opt", schemaPath: "#/properties/security_opt/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.security_opt.type, parentSchema: schema35.properties.security_opt, data: data235 };
        if (vErrors === null) {
          vErrors = [err370];
        } else {
          vErrors.push(err370);
        }
        errors++;
      }
    }
    if (ownKeys0.has("shm_size") && data.shm_size !== void 0) {
      let data237 = data.shm_size;
      if (!(typeof data237 == "number") && typeof data237 !== "string") {
        const err371 = { instancePath: instancePath + "/shm_size", schemaPath: "#/properties/shm_size/type", keyword: "type", params: { type: schema35.properties.shm_size.type }, message: "must be number,string", schema: schema35.properties.shm_size.type, parentSchema: schema35.properties.shm_size, data: data237 };
        if (vErrors === null) {
          vErrors = [err371];
        } else {
          vErrors.push(err371);
        }
        errors++;
      }
    }
    if (ownKeys0.has("secrets") && data.secrets !== void 0) {
      let data238 = data.secrets;
      if (Array.isArray(data238)) {
        const len49 = data238.length;
        for (let i74 = 0; i74 < len49; i74++) {
          let data239 = data238[i74];
          const _errs672 = errors;
          let valid226 = false;
          let passing33 = null;
          const _errs673 = errors;
          if (typeof data239 !== "string") {
            const err372 = { instancePath: instancePath + "/secrets/" + i74, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[0].type, parentSchema: schema53.items.oneOf[0], data: data239 };
            if (vErrors === null) {
              vErrors = [err372];
            } else {
              vErrors.push(err372);
            }
            errors++;
          }
          var _valid33 = _errs673 === errors;
          if (_valid33) {
            valid226 = true;
            passing33 = 0;
          }
          const _errs675 = errors;
          if (data239 && typeof data239 == "object" && !Array.isArray(data239)) {
            for (const key49 in data239) {
              if (!(key49 === "source" || key49 === "target" || key49 === "uid" || key49 === "gid" || key49 === "mode" || pattern4.test(key49))) {
                const err373 = { instancePath: instancePath + "/secrets/" + i74, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53.items.oneOf[1], data: data239 };
                if (vErrors === null) {
                  vErrors = [err373];
                } else {
                  vErrors.push(err373);
                }
                errors++;
              }
            }
            if (data239.source !== void 0) {
              let data240 = data239.source;
              if (typeof data240 !== "string") {
                const err374 = { instancePath: instancePath + "/secrets/" + i74 + "/source", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.source.type, parentSchema: schema53.items.oneOf[1].properties.source, data: data240 };
                if (vErrors === null) {
                  vErrors = [err374];
                } else {
                  vErrors.push(err374);
                }
                errors++;
              }
            }
            if (data239.target !== void 0) {
              let data241 = data239.target;
              if (typeof data241 !== "string") {
                const err375 = { instancePath: instancePath + "/secrets/" + i74 + "/target", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.target.type, parentSchema: schema53.items.oneOf[1].properties.target, data: data241 };
                if (vErrors === null) {
                  vErrors = [err375];
                } else {
                  vErrors.push(err375);
                }
                errors++;
              }
            }
            if (data239.uid !== void 0) {
              let data242 = data239.uid;
              if (typeof data242 !== "string") {
                const err376 = { instancePath: instancePath + "/secrets/" + i74 + "/uid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.uid.type, parentSchema: schema53.items.oneOf[1].properties.uid, data: data242 };
                if (vErrors === null) {
                  vErrors = [err376];
                } else {
                  vErrors.push(err376);
                }
                errors++;
              }
            }
            if (data239.gid !== void 0) {
              let data243 = data239.gid;
              if (typeof data243 !== "string") {
                const err377 = { instancePath: instancePath + "/secrets/" + i74 + "/gid", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/gid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.items.oneOf[1].properties.gid.type, parentSchema: schema53.items.oneOf[1].properties.gid, data: data243 };
                if (vErrors === null) {
                  vErrors = [err377];
                } else {
                  vErrors.push(err377);
                }
                errors++;
              }
            }
            if (data239.mode !== void 0) {
              let data244 = data239.mode;
              if (!(typeof data244 == "number") && typeof data244 !== "string") {
                const err378 = { instancePath: instancePath + "/secrets/" + i74 + "/mode", schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/properties/mode/type", keyword: "type", params: { type: schema53.items.oneOf[1].properties.mode.type }, message: "must be number,string", schema: schema53.items.oneOf[1].properties.mode.type, parentSchema: schema53.items.oneOf[1].properties.mode, data: data244 };
                if (vErrors === null) {
                  vErrors = [err378];
                } else {
                  vErrors.push(err378);
                }
                errors++;
              }
            }
          } else {
            const err379 = { instancePath: instancePath + "/secrets/" + i74, schemaPath: "#/$defs/service_config_or_secret/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.items.oneOf[1].type, parentSchema: schema53.items.oneOf[1], data: data239 };
            if (vErrors === null) {
              vErrors = [err379];
            } else {
              vErrors.push(err379);
            }
            errors++;
          }
          var _valid33 = _errs675 === errors;
          if (_valid33 && valid226) {
            valid226 = false;
            passing33 = [passing33, 1];
          } else {
            if (_valid33) {
              valid226 = true;
              passing33 = 1;
            }
          }
          if (!valid226) {
            const err380 = { instancePath: instancePath + "/secrets/" + i74, schemaPath: "#/$defs/service_config_or_secret/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf", schema: schema53.items.oneOf, parentSchema: schema53.items, data: data239 };
            if (vErrors === null) {
              vErrors = [err380];
            } else {
              vErrors.push(err380);
            }
            errors++;
          } else {
            errors = _errs672;
            if (vErrors !== null) {
              if (_errs672) {
                vErrors.length = _errs672;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err381 = { instancePath: instancePath + "/secrets", schemaPath: "#/$defs/service_config_or_secret/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data238 };
        if (vErrors === null) {
          vErrors = [err381];
        } else {
          vErrors.push(err381);
        }
        errors++;
      }
    }
    if (ownKeys0.has("sysctls") && data.sysctls !== void 0) {
      let data245 = data.sysctls;
      const _errs690 = errors;
      let valid229 = false;
      let passing34 = null;
      const _errs691 = errors;
      if (data245 && typeof data245 == "object" && !Array.isArray(data245)) {
        for (const key50 in data245) {
          if (!pattern11.test(key50)) {
            const err382 = { instancePath: instancePath + "/sysctls", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data245 };
            if (vErrors === null) {
              vErrors = [err382];
            } else {
              vErrors.push(err382);
            }
            errors++;
          }
        }
        for (const key51 in data245) {
          if (pattern11.test(key51)) {
            let data246 = data245[key51];
            if (typeof data246 !== "string" && !(typeof data246 == "number") && typeof data246 !== "boolean" && data246 !== null) {
              const err383 = { instancePath: instancePath + "/sysctls/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data246 };
              if (vErrors === null) {
                vErrors = [err383];
              } else {
                vErrors.push(err383);
              }
              errors++;
            }
          }
        }
      } else {
        const err384 = { instancePath: instancePath + "/sysctls", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data245 };
        if (vErrors === null) {
          vErrors = [err384];
        } else {
          vErrors.push(err384);
        }
        errors++;
      }
      var _valid34 = _errs691 === errors;
      if (_valid34) {
        valid229 = true;
        passing34 = 0;
      }
      const _errs696 = errors;
      if (Array.isArray(data245)) {
        const len50 = data245.length;
        for (let i75 = 0; i75 < len50; i75++) {
          let data247 = data245[i75];
          if (typeof data247 !== "string") {
            const err385 = { instancePath: instancePath + "/sysctls/" + i75, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data247 };
            if (vErrors === null) {
              vErrors = [err385];
            } else {
              vErrors.push(err385);
            }
            errors++;
          }
        }
        let i76 = data245.length;
        let j25;
        if (i76 > 1) {
          const indices24 = /* @__PURE__ */ new Map();
          for (; i76--; ) {
            let item24 = data245[i76];
            if (typeof item24 !== "string") {
              continue;
            }
            if (item24 === "__proto__") {
              continue;
            }
            if (indices24.has(item24)) {
              j25 = indices24.get(item24);
              const err386 = { instancePath: instancePath + "/sysctls", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i76, j: j25 }, message: "must NOT have duplicate items (items ## " + j25 + " and " + i76 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data245 };
              if (vErrors === null) {
                vErrors = [err386];
              } else {
                vErrors.push(err386);
              }
              errors++;
              break;
            }
            indices24.set(item24, i76);
          }
        }
      } else {
        const err387 = { instancePath: instancePath + "/sysctls", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data245 };
        if (vErrors === null) {
          vErrors = [err387];
        } else {
          vErrors.push(err387);
        }
        errors++;
      }
      var _valid34 = _errs696 === errors;
      if (_valid34 && valid229) {
        valid229 = false;
        passing34 = [passing34, 1];
      } else {
        if (_valid34) {
          valid229 = true;
          passing34 = 1;
        }
      }
      if (!valid229) {
        const err388 = { instancePath: instancePath + "/sysctls", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data245 };
        if (vErrors === null) {
          vErrors = [err388];
        } else {
          vErrors.push(err388);
        }
        errors++;
      } else {
        errors = _errs690;
        if (vErrors !== null) {
          if (_errs690) {
            vErrors.length = _errs690;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (ownKeys0.has("stdin_open") && data.stdin_open !== void 0) {
      let data248 = data.stdin_open;
      if (typeof data248 !== "boolean" && typeof data248 !== "string") {
        const err389 = { instancePath: instancePath + "/stdin_open", schemaPath: "#/properties/stdin_open/type", keyword: "type", params: { type: schema35.properties.stdin_open.type }, message: "must be boolean,string", schema: schema35.properties.stdin_open.type, parentSchema: schema35.properties.stdin_open, data: data248 };
        if (vErrors === null) {
          vErrors = [err389];
        } else {
          vErrors.push(err389);
        }
        errors++;
      }
    }
    if (ownKeys0.has("stop_grace_period") && data.stop_grace_period !== void 0) {
      let data249 = data.stop_grace_period;
      if (typeof data249 !== "string") {
        const err390 = { instancePath: instancePath + "/stop_grace_period", schemaPath: "#/properties/stop_grace_period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.stop_grace_period.type, parentSchema: schema35.properties.stop_grace_period, data: data249 };
        if (vErrors === null) {
          vErrors = [err390];
        } else {
          vErrors.push(err390);
        }
        errors++;
      }
    }
    if (ownKeys0.has("stop_signal") && data.stop_signal !== void 0) {
      let data250 = data.stop_signal;
      if (typeof data250 !== "string") {
        const err391 = { instancePath: instancePath + "/stop_signal", schemaPath: "#/properties/stop_signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.stop_signal.type, parentSchema: schema35.properties.stop_signal, data: data250 };
        if (vErrors === null) {
          vErrors = [err391];
        } else {
          vErrors.push(err391);
        }
        errors++;
      }
    }
    if (ownKeys0.has("storage_opt") && data.storage_opt !== void 0) {
      let data251 = data.storage_opt;
      if (!(data251 && typeof data251 == "object" && !Array.isArray(data251))) {
        const err392 = { instancePath: instancePath + "/storage_opt", schemaPath: "#/properties/storage_opt/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.storage_opt.type, parentSchema: schema35.properties.storage_opt, data: data251 };
        if (vErrors === null) {
          vErrors = [err392];
        } else {
          vErrors.push(err392);
        }
        errors++;
      }
    }
    if (ownKeys0.has("tmpfs") && data.tmpfs !== void 0) {
      if (!validate22(data.tmpfs, { instancePath: instancePath + "/tmpfs", parentData: data, parentDataProperty: "tmpfs", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (ownKeys0.has("tty") && data.tty !== void 0) {
      let data253 = data.tty;
      if (typeof data253 !== "boolean" && typeof data253 !== "string") {
        const err393 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: schema35.properties.tty.type }, message: "must be boolean,string", schema: schema35.properties.tty.type, parentSchema: schema35.properties.tty, data: data253 };
        if (vErrors === null) {
          vErrors = [err393];
        } else {
          vErrors.push(err393);
        }
        errors++;
      }
    }
    if (ownKeys0.has("ulimits") && data.ulimits !== void 0) {
      let data254 = data.ulimits;
      if (data254 && typeof data254 == "object" && !Array.isArray(data254)) {
        var props29 = {};
        for (const key52 in data254) {
          if (pattern43.test(key52)) {
            let data255 = data254[key52];
            const _errs715 = errors;
            let valid236 = false;
            let passing35 = null;
            const _errs716 = errors;
            if (!(typeof data255 == "number" && (!(data255 % 1) && !isNaN(data255))) && typeof data255 !== "string") {
              const err394 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[0].type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[0].type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[0], data: data255 };
              if (vErrors === null) {
                vErrors = [err394];
              } else {
                vErrors.push(err394);
              }
              errors++;
            }
            var _valid35 = _errs716 === errors;
            if (_valid35) {
              valid236 = true;
              passing35 = 0;
            }
            const _errs718 = errors;
            if (data255 && typeof data255 == "object" && !Array.isArray(data255)) {
              if (data255.soft === void 0) {
                const err395 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "soft" }, message: "must have required property 'soft'", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].required, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data255 };
                if (vErrors === null) {
                  vErrors = [err395];
                } else {
                  vErrors.push(err395);
                }
                errors++;
              }
              if (data255.hard === void 0) {
                const err396 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required", keyword: "required", params: { missingProperty: "hard" }, message: "must have required property 'hard'", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].required, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data255 };
                if (vErrors === null) {
                  vErrors = [err396];
                } else {
                  vErrors.push(err396);
                }
                errors++;
              }
              for (const key53 in data255) {
                if (!(key53 === "hard" || key53 === "soft" || pattern4.test(key53))) {
                  const err397 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data255 };
                  if (vErrors === null) {
                    vErrors = [err397];
                  } else {
                    vErrors.push(err397);
                  }
                  errors++;
                }
              }
              if (data255.hard !== void 0) {
                let data256 = data255.hard;
                if (!(typeof data256 == "number" && (!(data256 % 1) && !isNaN(data256))) && typeof data256 !== "string") {
                  const err398 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1") + "/hard", schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.hard, data: data256 };
                  if (vErrors === null) {
                    vErrors = [err398];
                  } else {
                    vErrors.push(err398);
                  }
                  errors++;
                }
              }
              if (data255.soft !== void 0) {
                let data257 = data255.soft;
                if (!(typeof data257 == "number" && (!(data257 % 1) && !isNaN(data257))) && typeof data257 !== "string") {
                  const err399 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1") + "/soft", schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type", keyword: "type", params: { type: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type }, message: "must be integer,string", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1].properties.soft, data: data257 };
                  if (vErrors === null) {
                    vErrors = [err399];
                  } else {
                    vErrors.push(err399);
                  }
                  errors++;
                }
              }
            } else {
              const err400 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.patternProperties["^[a-z]+$"].oneOf[1].type, parentSchema: schema54.patternProperties["^[a-z]+$"].oneOf[1], data: data255 };
              if (vErrors === null) {
                vErrors = [err400];
              } else {
                vErrors.push(err400);
              }
              errors++;
            }
            var _valid35 = _errs718 === errors;
            if (_valid35 && valid236) {
              valid236 = false;
              passing35 = [passing35, 1];
            } else {
              if (_valid35) {
                valid236 = true;
                passing35 = 1;
              }
            }
            if (!valid236) {
              const err401 = { instancePath: instancePath + "/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf", schema: schema54.patternProperties["^[a-z]+$"].oneOf, parentSchema: schema54.patternProperties["^[a-z]+$"], data: data255 };
              if (vErrors === null) {
                vErrors = [err401];
              } else {
                vErrors.push(err401);
              }
              errors++;
            } else {
              errors = _errs715;
              if (vErrors !== null) {
                if (_errs715) {
                  vErrors.length = _errs715;
                } else {
                  vErrors = null;
                }
              }
            }
            props29[key52] = true;
          }
        }
      } else {
        const err402 = { instancePath: instancePath + "/ulimits", schemaPath: "#/$defs/ulimits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data: data254 };
        if (vErrors === null) {
          vErrors = [err402];
        } else {
          vErrors.push(err402);
        }
        errors++;
      }
    }
    if (ownKeys0.has("use_api_socket") && data.use_api_socket !== void 0) {
      let data258 = data.use_api_socket;
      if (typeof data258 !== "boolean") {
        const err403 = { instancePath: instancePath + "/use_api_socket", schemaPath: "#/properties/use_api_socket/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.use_api_socket.type, parentSchema: schema35.properties.use_api_socket, data: data258 };
        if (vErrors === null) {
          vErrors = [err403];
        } else {
          vErrors.push(err403);
        }
        errors++;
      }
    }
    if (ownKeys0.has("user") && data.user !== void 0) {
      let data259 = data.user;
      if (typeof data259 !== "string") {
        const err404 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.user.type, parentSchema: schema35.properties.user, data: data259 };
        if (vErrors === null) {
          vErrors = [err404];
        } else {
          vErrors.push(err404);
        }
        errors++;
      }
    }
    if (ownKeys0.has("uts") && data.uts !== void 0) {
      let data260 = data.uts;
      if (typeof data260 !== "string") {
        const err405 = { instancePath: instancePath + "/uts", schemaPath: "#/properties/uts/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.uts.type, parentSchema: schema35.properties.uts, data: data260 };
        if (vErrors === null) {
          vErrors = [err405];
        } else {
          vErrors.push(err405);
        }
        errors++;
      }
    }
    if (ownKeys0.has("userns_mode") && data.userns_mode !== void 0) {
      let data261 = data.userns_mode;
      if (typeof data261 !== "string") {
        const err406 = { instancePath: instancePath + "/userns_mode", schemaPath: "#/properties/userns_mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.userns_mode.type, parentSchema: schema35.properties.userns_mode, data: data261 };
        if (vErrors === null) {
          vErrors = [err406];
        } else {
          vErrors.push(err406);
        }
        errors++;
      }
    }
    if (ownKeys0.has("volumes") && data.volumes !== void 0) {
      let data262 = data.volumes;
      if (Array.isArray(data262)) {
        const len51 = data262.length;
        for (let i77 = 0; i77 < len51; i77++) {
          let data263 = data262[i77];
          const _errs736 = errors;
          let valid240 = false;
          let passing36 = null;
          const _errs737 = errors;
          if (typeof data263 !== "string") {
            const err407 = { instancePath: instancePath + "/volumes/" + i77, schemaPath: "#/properties/volumes/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[0].type, parentSchema: schema35.properties.volumes.items.oneOf[0], data: data263 };
            if (vErrors === null) {
              vErrors = [err407];
            } else {
              vErrors.push(err407);
            }
            errors++;
          }
          var _valid36 = _errs737 === errors;
          if (_valid36) {
            valid240 = true;
            passing36 = 0;
          }
          const _errs739 = errors;
          if (data263 && typeof data263 == "object" && !Array.isArray(data263)) {
            if (data263.type === void 0) {
              const err408 = { instancePath: instancePath + "/volumes/" + i77, schemaPath: "#/properties/volumes/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema35.properties.volumes.items.oneOf[1].required, parentSchema: schema35.properties.volumes.items.oneOf[1], data: data263 };
              if (vErrors === null) {
                vErrors = [err408];
              } else {
                vErrors.push(err408);
              }
              errors++;
            }
            for (const key54 in data263) {
              if (!(func1.call(schema35.properties.volumes.items.oneOf[1].properties, key54) || pattern4.test(key54))) {
                const err409 = { instancePath: instancePath + "/volumes/" + i77, schemaPath: "#/properties/volumes/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.volumes.items.oneOf[1], data: data263 };
                if (vErrors === null) {
                  vErrors = [err409];
                } else {
                  vErrors.push(err409);
                }
                errors++;
              }
            }
            if (data263.type !== void 0) {
              let data264 = data263.type;
              if (typeof data264 !== "string") {
                const err410 = { instancePath: instancePath + "/volumes/" + i77 + "/type", schemaPath: "#/properties/volumes/items/oneOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.type.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.type, data: data264 };
                if (vErrors === null) {
                  vErrors = [err410];
                } else {
                  vErrors.push(err410);
                }
                errors++;
              }
              if (!(data264 === "bind" || data264 === "volume" || data264 === "tmpfs" || data264 === "cluster" || data264 === "npipe" || data264 === "image")) {
                const err411 = { instancePath: instancePath + "/volumes/" + i77 + "/type", schemaPath: "#/properties/volumes/items/oneOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.volumes.items.oneOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.volumes.items.oneOf[1].properties.type.enum, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.type, data: data264 };
                if (vErrors === null) {
                  vErrors = [err411];
                } else {
                  vErrors.push(err411);
                }
                errors++;
              }
            }
            if (data263.source !== void 0) {
              let data265 = data263.source;
              if (typeof data265 !== "string") {
                const err412 = { instancePath: instancePath + "/volumes/" + i77 + "/source", schemaPath: "#/properties/volumes/items/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.source.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.source, data: data265 };
                if (vErrors === null) {
                  vErrors = [err412];
                } else {
                  vErrors.push(err412);
                }
                errors++;
              }
            }
            if (data263.target !== void 0) {
              let data266 = data263.target;
              if (typeof data266 !== "string") {
                const err413 = { instancePath: instancePath + "/volumes/" + i77 + "/target", schemaPath: "#/properties/volumes/items/oneOf/1/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.target.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.target, data: data266 };
                if (vErrors === null) {
                  vErrors = [err413];
                } else {
                  vErrors.push(err413);
                }
                errors++;
              }
            }
            if (data263.read_only !== void 0) {
              let data267 = data263.read_only;
              if (typeof data267 !== "boolean" && typeof data267 !== "string") {
                const err414 = { instancePath: instancePath + "/volumes/" + i77 + "/read_only", schemaPath: "#/properties/volumes/items/oneOf/1/properties/read_only/type", keyword: "type", params: { type: schema35.properties.volumes.items.oneOf[1].properties.read_only.type }, message: "must be boolean,string", schema: schema35.properties.volumes.items.oneOf[1].properties.read_only.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.read_only, data: data267 };
                if (vErrors === null) {
                  vErrors = [err414];
                } else {
                  vErrors.push(err414);
                }
                errors++;
              }
            }
            if (data263.consistency !== void 0) {
              let data268 = data263.consistency;
              if (typeof data268 !== "string") {
                const err415 = { instancePath: instancePath + "/volumes/" + i77 + "/consistency", schemaPath: "#/properties/volumes/items/oneOf/1/properties/consistency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.consistency.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.consistency, data: data268 };
                if (vErrors === null) {
                  vErrors = [err415];
                } else {
                  vErrors.push(err415);
                }
                errors++;
              }
            }
            if (data263.bind !== void 0) {
              let data269 = data263.bind;
              if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                for (const key55 in data269) {
                  if (!(key55 === "propagation" || key55 === "create_host_path" || key55 === "recursive" || key55 === "selinux" || pattern4.test(key55))) {
                    const err416 = { instancePath: instancePath + "/volumes/" + i77 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind, data: data269 };
                    if (vErrors === null) {
                      vErrors = [err416];
                    } else {
                      vErrors.push(err416);
                    }
                    errors++;
                  }
                }
                if (data269.propagation !== void 0) {
                  let data270 = data269.propagation;
                  if (typeof data270 !== "string") {
                    const err417 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/propagation", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.propagation.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.propagation, data: data270 };
                    if (vErrors === null) {
                      vErrors = [err417];
                    } else {
                      vErrors.push(err417);
                    }
                    errors++;
                  }
                }
                if (data269.create_host_path !== void 0) {
                  let data271 = data269.create_host_path;
                  if (typeof data271 !== "boolean" && typeof data271 !== "string") {
                    const err418 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/create_host_path", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type", keyword: "type", params: { type: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type }, message: "must be boolean,string", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path, data: data271 };
                    if (vErrors === null) {
                      vErrors = [err418];
                    } else {
                      vErrors.push(err418);
                    }
                    errors++;
                  }
                }
                if (data269.recursive !== void 0) {
                  let data272 = data269.recursive;
                  if (typeof data272 !== "string") {
                    const err419 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/recursive", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.recursive, data: data272 };
                    if (vErrors === null) {
                      vErrors = [err419];
                    } else {
                      vErrors.push(err419);
                    }
                    errors++;
                  }
                  if (!(data272 === "enabled" || data272 === "disabled" || data272 === "writable" || data272 === "readonly")) {
                    const err420 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/recursive", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/enum", keyword: "enum", params: { allowedValues: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.enum, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.recursive, data: data272 };
                    if (vErrors === null) {
                      vErrors = [err420];
                    } else {
                      vErrors.push(err420);
                    }
                    errors++;
                  }
                }
                if (data269.selinux !== void 0) {
                  let data273 = data269.selinux;
                  if (typeof data273 !== "string") {
                    const err421 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/selinux", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.selinux, data: data273 };
                    if (vErrors === null) {
                      vErrors = [err421];
                    } else {
                      vErrors.push(err421);
                    }
                    errors++;
                  }
                  if (!(data273 === "z" || data273 === "Z")) {
                    const err422 = { instancePath: instancePath + "/volumes/" + i77 + "/bind/selinux", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/enum", keyword: "enum", params: { allowedValues: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.enum, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind.properties.selinux, data: data273 };
                    if (vErrors === null) {
                      vErrors = [err422];
                    } else {
                      vErrors.push(err422);
                    }
                    errors++;
                  }
                }
              } else {
                const err423 = { instancePath: instancePath + "/volumes/" + i77 + "/bind", schemaPath: "#/properties/volumes/items/oneOf/1/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.volumes.items.oneOf[1].properties.bind.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.bind, data: data269 };
                if (vErrors === null) {
                  vErrors = [err423];
                } else {
                  vErrors.push(err423);
                }
                errors++;
              }
            }
            if (data263.volume !== void 0) {
              let data274 = data263.volume;
              if (data274 && typeof data274 == "object" && !Array.isArray(data274)) {
                for (const key56 in data274) {
                  if (!(key56 === "labels" || key56 === "nocopy" || key56 === "subpath" || pattern4.test(key56))) {
                    const err424 = { instancePath: instancePath + "/volumes/" + i77 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.volume, data: data274 };
                    if (vErrors === null) {
                      vErrors = [err424];
                    } else {
                      vErrors.push(err424);
                    }
                    errors++;
                  }
                }
                if (data274.labels !== void 0) {
                  let data275 = data274.labels;
                  const _errs768 = errors;
                  let valid245 = false;
                  let passing37 = null;
                  const _errs769 = errors;
                  if (data275 && typeof data275 == "object" && !Array.isArray(data275)) {
                    for (const key57 in data275) {
                      if (!pattern11.test(key57)) {
                        const err425 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data275 };
                        if (vErrors === null) {
                          vErrors = [err425];
                        } else {
                          vErrors.push(err425);
                        }
                        errors++;
                      }
                    }
                    for (const key58 in data275) {
                      if (pattern11.test(key58)) {
                        let data276 = data275[key58];
                        if (typeof data276 !== "string" && !(typeof data276 == "number") && typeof data276 !== "boolean" && data276 !== null) {
                          const err426 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data276 };
                          if (vErrors === null) {
                            vErrors = [err426];
                          } else {
                            vErrors.push(err426);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err427 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data275 };
                    if (vErrors === null) {
                      vErrors = [err427];
                    } else {
                      vErrors.push(err427);
                    }
                    errors++;
                  }
                  var _valid37 = _errs769 === errors;
                  if (_valid37) {
                    valid245 = true;
                    passing37 = 0;
                  }
                  const _errs774 = errors;
                  if (Array.isArray(data275)) {
                    const len52 = data275.length;
                    for (let i78 = 0; i78 < len52; i78++) {
                      let data277 = data275[i78];
                      if (typeof data277 !== "string") {
                        const err428 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels/" + i78, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data277 };
                        if (vErrors === null) {
                          vErrors = [err428];
                        } else {
                          vErrors.push(err428);
                        }
                        errors++;
                      }
                    }
                    let i79 = data275.length;
                    let j26;
                    if (i79 > 1) {
                      const indices25 = /* @__PURE__ */ new Map();
                      for (; i79--; ) {
                        let item25 = data275[i79];
                        if (typeof item25 !== "string") {
                          continue;
                        }
                        if (item25 === "__proto__") {
                          continue;
                        }
                        if (indices25.has(item25)) {
                          j26 = indices25.get(item25);
                          const err429 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i79, j: j26 }, message: "must NOT have duplicate items (items ## " + j26 + " and " + i79 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data275 };
                          if (vErrors === null) {
                            vErrors = [err429];
                          } else {
                            vErrors.push(err429);
                          }
                          errors++;
                          break;
                        }
                        indices25.set(item25, i79);
                      }
                    }
                  } else {
                    const err430 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data275 };
                    if (vErrors === null) {
                      vErrors = [err430];
                    } else {
                      vErrors.push(err430);
                    }
                    errors++;
                  }
                  var _valid37 = _errs774 === errors;
                  if (_valid37 && valid245) {
                    valid245 = false;
                    passing37 = [passing37, 1];
                  } else {
                    if (_valid37) {
                      valid245 = true;
                      passing37 = 1;
                    }
                  }
                  if (!valid245) {
                    const err431 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data275 };
                    if (vErrors === null) {
                      vErrors = [err431];
                    } else {
                      vErrors.push(err431);
                    }
                    errors++;
                  } else {
                    errors = _errs768;
                    if (vErrors !== null) {
                      if (_errs768) {
                        vErrors.length = _errs768;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data274.nocopy !== void 0) {
                  let data278 = data274.nocopy;
                  if (typeof data278 !== "boolean" && typeof data278 !== "string") {
                    const err432 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/nocopy", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type", keyword: "type", params: { type: schema35.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type }, message: "must be boolean,string", schema: schema35.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy, data: data278 };
                    if (vErrors === null) {
                      vErrors = [err432];
                    } else {
                      vErrors.push(err432);
                    }
                    errors++;
                  }
                }
                if (data274.subpath !== void 0) {
                  let data279 = data274.subpath;
                  if (typeof data279 !== "string") {
                    const err433 = { instancePath: instancePath + "/volumes/" + i77 + "/volume/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.volume.properties.subpath.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.volume.properties.subpath, data: data279 };
                    if (vErrors === null) {
                      vErrors = [err433];
                    } else {
                      vErrors.push(err433);
                    }
                    errors++;
                  }
                }
              } else {
                const err434 = { instancePath: instancePath + "/volumes/" + i77 + "/volume", schemaPath: "#/properties/volumes/items/oneOf/1/properties/volume/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.volumes.items.oneOf[1].properties.volume.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.volume, data: data274 };
                if (vErrors === null) {
                  vErrors = [err434];
                } else {
                  vErrors.push(err434);
                }
                errors++;
              }
            }
            if (data263.tmpfs !== void 0) {
              let data280 = data263.tmpfs;
              if (data280 && typeof data280 == "object" && !Array.isArray(data280)) {
                for (const key59 in data280) {
                  if (!(key59 === "size" || key59 === "mode" || pattern4.test(key59))) {
                    const err435 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs, data: data280 };
                    if (vErrors === null) {
                      vErrors = [err435];
                    } else {
                      vErrors.push(err435);
                    }
                    errors++;
                  }
                }
                if (data280.size !== void 0) {
                  let data281 = data280.size;
                  const _errs786 = errors;
                  let valid251 = false;
                  let passing38 = null;
                  const _errs787 = errors;
                  if (!(typeof data281 == "number" && (!(data281 % 1) && !isNaN(data281)))) {
                    const err436 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0].type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0], data: data281 };
                    if (vErrors === null) {
                      vErrors = [err436];
                    } else {
                      vErrors.push(err436);
                    }
                    errors++;
                  }
                  if (typeof data281 == "number") {
                    if (data281 < 0 || isNaN(data281)) {
                      const err437 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0], data: data281 };
                      if (vErrors === null) {
                        vErrors = [err437];
                      } else {
                        vErrors.push(err437);
                      }
                      errors++;
                    }
                  }
                  var _valid38 = _errs787 === errors;
                  if (_valid38) {
                    valid251 = true;
                    passing38 = 0;
                  }
                  const _errs789 = errors;
                  if (typeof data281 !== "string") {
                    const err438 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1].type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1], data: data281 };
                    if (vErrors === null) {
                      vErrors = [err438];
                    } else {
                      vErrors.push(err438);
                    }
                    errors++;
                  }
                  var _valid38 = _errs789 === errors;
                  if (_valid38 && valid251) {
                    valid251 = false;
                    passing38 = [passing38, 1];
                  } else {
                    if (_valid38) {
                      valid251 = true;
                      passing38 = 1;
                    }
                  }
                  if (!valid251) {
                    const err439 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs/size", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf", keyword: "oneOf", params: { passingSchemas: passing38 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size, data: data281 };
                    if (vErrors === null) {
                      vErrors = [err439];
                    } else {
                      vErrors.push(err439);
                    }
                    errors++;
                  } else {
                    errors = _errs786;
                    if (vErrors !== null) {
                      if (_errs786) {
                        vErrors.length = _errs786;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data280.mode !== void 0) {
                  let data282 = data280.mode;
                  if (!(typeof data282 == "number") && typeof data282 !== "string") {
                    const err440 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs/mode", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type", keyword: "type", params: { type: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type }, message: "must be number,string", schema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode, data: data282 };
                    if (vErrors === null) {
                      vErrors = [err440];
                    } else {
                      vErrors.push(err440);
                    }
                    errors++;
                  }
                }
              } else {
                const err441 = { instancePath: instancePath + "/volumes/" + i77 + "/tmpfs", schemaPath: "#/properties/volumes/items/oneOf/1/properties/tmpfs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.tmpfs, data: data280 };
                if (vErrors === null) {
                  vErrors = [err441];
                } else {
                  vErrors.push(err441);
                }
                errors++;
              }
            }
            if (data263.image !== void 0) {
              let data283 = data263.image;
              if (data283 && typeof data283 == "object" && !Array.isArray(data283)) {
                for (const key60 in data283) {
                  if (!(key60 === "subpath" || pattern4.test(key60))) {
                    const err442 = { instancePath: instancePath + "/volumes/" + i77 + "/image", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.image, data: data283 };
                    if (vErrors === null) {
                      vErrors = [err442];
                    } else {
                      vErrors.push(err442);
                    }
                    errors++;
                  }
                }
                if (data283.subpath !== void 0) {
                  let data284 = data283.subpath;
                  if (typeof data284 !== "string") {
                    const err443 = { instancePath: instancePath + "/volumes/" + i77 + "/image/subpath", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes.items.oneOf[1].properties.image.properties.subpath.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.image.properties.subpath, data: data284 };
                    if (vErrors === null) {
                      vErrors = [err443];
                    } else {
                      vErrors.push(err443);
                    }
                    errors++;
                  }
                }
              } else {
                const err444 = { instancePath: instancePath + "/volumes/" + i77 + "/image", schemaPath: "#/properties/volumes/items/oneOf/1/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.volumes.items.oneOf[1].properties.image.type, parentSchema: schema35.properties.volumes.items.oneOf[1].properties.image, data: data283 };
                if (vErrors === null) {
                  vErrors = [err444];
                } else {
                  vErrors.push(err444);
                }
                errors++;
              }
            }
          } else {
            const err445 = { instancePath: instancePath + "/volumes/" + i77, schemaPath: "#/properties/volumes/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.volumes.items.oneOf[1].type, parentSchema: schema35.properties.volumes.items.oneOf[1], data: data263 };
            if (vErrors === null) {
              vErrors = [err445];
            } else {
              vErrors.push(err445);
            }
            errors++;
          }
          var _valid36 = _errs739 === errors;
          if (_valid36 && valid240) {
            valid240 = false;
            passing36 = [passing36, 1];
          } else {
            if (_valid36) {
              valid240 = true;
              passing36 = 1;
            }
          }
          if (!valid240) {
            const err446 = { instancePath: instancePath + "/volumes/" + i77, schemaPath: "#/properties/volumes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf", schema: schema35.properties.volumes.items.oneOf, parentSchema: schema35.properties.volumes.items, data: data263 };
            if (vErrors === null) {
              vErrors = [err446];
            } else {
              vErrors.push(err446);
            }
            errors++;
          } else {
            errors = _errs736;
            if (vErrors !== null) {
              if (_errs736) {
                vErrors.length = _errs736;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i80 = data262.length;
        let j27;
        if (i80 > 1) {
          outer1:
            for (; i80--; ) {
              for (j27 = i80; j27--; ) {
                if (func0(data262[i80], data262[j27])) {
                  const err447 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/uniqueItems", keyword: "uniqueItems", params: { i: i80, j: j27 }, message: "must NOT have duplicate items (items ## " + j27 + " and " + i80 + " are identical)", schema: true, parentSchema: schema35.properties.volumes, data: data262 };
                  if (vErrors === null) {
                    vErrors = [err447];
                  } else {
                    vErrors.push(err447);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err448 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.volumes.type, parentSchema: schema35.properties.volumes, data: data262 };
        if (vErrors === null) {
          vErrors = [err448];
        } else {
          vErrors.push(err448);
        }
        errors++;
      }
    }
    if (ownKeys0.has("volumes_from") && data.volumes_from !== void 0) {
      let data285 = data.volumes_from;
      if (Array.isArray(data285)) {
        const len53 = data285.length;
        for (let i81 = 0; i81 < len53; i81++) {
          let data286 = data285[i81];
          if (typeof data286 !== "string") {
            const err449 = { instancePath: instancePath + "/volumes_from/" + i81, schemaPath: "#/properties/volumes_from/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.volumes_from.items.type, parentSchema: schema35.properties.volumes_from.items, data: data286 };
            if (vErrors === null) {
              vErrors = [err449];
            } else {
              vErrors.push(err449);
            }
            errors++;
          }
        }
        let i82 = data285.length;
        let j28;
        if (i82 > 1) {
          const indices26 = /* @__PURE__ */ new Map();
          for (; i82--; ) {
            let item26 = data285[i82];
            if (typeof item26 !== "string") {
              continue;
            }
            if (item26 === "__proto__") {
              continue;
            }
            if (indices26.has(item26)) {
              j28 = indices26.get(item26);
              const err450 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/uniqueItems", keyword: "uniqueItems", params: { i: i82, j: j28 }, message: "must NOT have duplicate items (items ## " + j28 + " and " + i82 + " are identical)", schema: true, parentSchema: schema35.properties.volumes_from, data: data285 };
              if (vErrors === null) {
                vErrors = [err450];
              } else {
                vErrors.push(err450);
              }
              errors++;
              break;
            }
            indices26.set(item26, i82);
          }
        }
      } else {
        const err451 = { instancePath: instancePath + "/volumes_from", schemaPath: "#/properties/volumes_from/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.volumes_from.type, parentSchema: schema35.properties.volumes_from, data: data285 };
        if (vErrors === null) {
          vErrors = [err451];
        } else {
          vErrors.push(err451);
        }
        errors++;
      }
    }
    if (ownKeys0.has("working_dir") && data.working_dir !== void 0) {
      let data287 = data.working_dir;
      if (typeof data287 !== "string") {
        const err452 = { instancePath: instancePath + "/working_dir", schemaPath: "#/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.working_dir.type, parentSchema: schema35.properties.working_dir, data: data287 };
        if (vErrors === null) {
          vErrors = [err452];
        } else {
          vErrors.push(err452);
        }
        errors++;
      }
    }
  } else {
    const err453 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err453];
    } else {
      vErrors.push(err453);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema88 = { "type": ["object", "null"], "description": "Network configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this network." }, "driver": { "type": "string", "description": "Specify which driver should be used for this network. Default is 'bridge'." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options defined as key/value pairs.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "ipam": { "type": "object", "description": "Custom IP Address Management configuration for this network.", "properties": { "driver": { "type": "string", "description": "Custom IPAM driver, instead of the default." }, "config": { "type": "array", "description": "List of IPAM configuration blocks.", "items": { "type": "object", "properties": { "subnet": { "type": "string", "description": "Subnet in CIDR format that represents a network segment." }, "ip_range": { "type": "string", "description": "Range of IPs from which to allocate container IPs." }, "gateway": { "type": "string", "description": "IPv4 or IPv6 gateway for the subnet." }, "aux_addresses": { "type": "object", "description": "Auxiliary IPv4 or IPv6 addresses used by Network driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } }, "options": { "type": "object", "description": "Driver-specific options for the IPAM driver.", "additionalProperties": false, "patternProperties": { "^.+$": { "type": "string" } } } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this network already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external network. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "internal": { "type": ["boolean", "string"], "description": "Create an externally isolated network." }, "enable_ipv4": { "type": ["boolean", "string"], "description": "Enable IPv4 networking." }, "enable_ipv6": { "type": ["boolean", "string"], "description": "Enable IPv6 networking." }, "attachable": { "type": ["boolean", "string"], "description": "If true, standalone containers can attach to this network." }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the network using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema88.type }, message: "must be object,null", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema88.properties, key0) || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.name.type, parentSchema: schema88.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data1 = data.driver;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.driver.type, parentSchema: schema88.properties.driver, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        var props0 = {};
        for (const key1 in data2) {
          if (pattern55.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema88.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number", schema: schema88.properties.driver_opts.patternProperties["^.+$"].type, parentSchema: schema88.properties.driver_opts.patternProperties["^.+$"], data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            props0[key1] = true;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.driver_opts.type, parentSchema: schema88.properties.driver_opts, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ipam !== void 0) {
      let data4 = data.ipam;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "driver" || key2 === "config" || key2 === "options" || pattern4.test(key2))) {
            const err6 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.ipam, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data4.driver !== void 0) {
          let data5 = data4.driver;
          if (typeof data5 !== "string") {
            const err7 = { instancePath: instancePath + "/ipam/driver", schemaPath: "#/properties/ipam/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.driver.type, parentSchema: schema88.properties.ipam.properties.driver, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.config !== void 0) {
          let data6 = data4.config;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                  if (!(key3 === "subnet" || key3 === "ip_range" || key3 === "gateway" || key3 === "aux_addresses" || pattern4.test(key3))) {
                    const err8 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.ipam.properties.config.items, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.subnet !== void 0) {
                  let data8 = data7.subnet;
                  if (typeof data8 !== "string") {
                    const err9 = { instancePath: instancePath + "/ipam/config/" + i0 + "/subnet", schemaPath: "#/properties/ipam/properties/config/items/properties/subnet/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.config.items.properties.subnet.type, parentSchema: schema88.properties.ipam.properties.config.items.properties.subnet, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data7.ip_range !== void 0) {
                  let data9 = data7.ip_range;
                  if (typeof data9 !== "string") {
                    const err10 = { instancePath: instancePath + "/ipam/config/" + i0 + "/ip_range", schemaPath: "#/properties/ipam/properties/config/items/properties/ip_range/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.config.items.properties.ip_range.type, parentSchema: schema88.properties.ipam.properties.config.items.properties.ip_range, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data7.gateway !== void 0) {
                  let data10 = data7.gateway;
                  if (typeof data10 !== "string") {
                    const err11 = { instancePath: instancePath + "/ipam/config/" + i0 + "/gateway", schemaPath: "#/properties/ipam/properties/config/items/properties/gateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.config.items.properties.gateway.type, parentSchema: schema88.properties.ipam.properties.config.items.properties.gateway, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data7.aux_addresses !== void 0) {
                  let data11 = data7.aux_addresses;
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    for (const key4 in data11) {
                      if (!pattern55.test(key4)) {
                        const err12 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.ipam.properties.config.items.properties.aux_addresses, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    }
                    for (const key5 in data11) {
                      if (pattern55.test(key5)) {
                        let data12 = data11[key5];
                        if (typeof data12 !== "string") {
                          const err13 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"].type, parentSchema: schema88.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"], data: data12 };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/ipam/config/" + i0 + "/aux_addresses", schemaPath: "#/properties/ipam/properties/config/items/properties/aux_addresses/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.ipam.properties.config.items.properties.aux_addresses.type, parentSchema: schema88.properties.ipam.properties.config.items.properties.aux_addresses, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/ipam/config/" + i0, schemaPath: "#/properties/ipam/properties/config/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.ipam.properties.config.items.type, parentSchema: schema88.properties.ipam.properties.config.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/ipam/config", schemaPath: "#/properties/ipam/properties/config/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema88.properties.ipam.properties.config.type, parentSchema: schema88.properties.ipam.properties.config, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.options !== void 0) {
          let data13 = data4.options;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!pattern55.test(key6)) {
                const err17 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.ipam.properties.options, data: data13 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key7 in data13) {
              if (pattern55.test(key7)) {
                let data14 = data13[key7];
                if (typeof data14 !== "string") {
                  const err18 = { instancePath: instancePath + "/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.ipam.properties.options.patternProperties["^.+$"].type, parentSchema: schema88.properties.ipam.properties.options.patternProperties["^.+$"], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/ipam/options", schemaPath: "#/properties/ipam/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.ipam.properties.options.type, parentSchema: schema88.properties.ipam.properties.options, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/ipam", schemaPath: "#/properties/ipam/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.ipam.type, parentSchema: schema88.properties.ipam, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data15 = data.external;
      if (typeof data15 !== "boolean" && typeof data15 !== "string" && !(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
        const err21 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema88.properties.external.type }, message: "must be boolean,string,object", schema: schema88.properties.external.type, parentSchema: schema88.properties.external, data: data15 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key8 in data15) {
          if (!(key8 === "name" || pattern4.test(key8))) {
            const err22 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.external, data: data15 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          let data16 = data15.name;
          if (typeof data16 !== "string") {
            const err23 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.external.properties.name.type, parentSchema: schema88.properties.external.properties.name, data: data16 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      }
    }
    if (data.internal !== void 0) {
      let data17 = data.internal;
      if (typeof data17 !== "boolean" && typeof data17 !== "string") {
        const err24 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/type", keyword: "type", params: { type: schema88.properties.internal.type }, message: "must be boolean,string", schema: schema88.properties.internal.type, parentSchema: schema88.properties.internal, data: data17 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.enable_ipv4 !== void 0) {
      let data18 = data.enable_ipv4;
      if (typeof data18 !== "boolean" && typeof data18 !== "string") {
        const err25 = { instancePath: instancePath + "/enable_ipv4", schemaPath: "#/properties/enable_ipv4/type", keyword: "type", params: { type: schema88.properties.enable_ipv4.type }, message: "must be boolean,string", schema: schema88.properties.enable_ipv4.type, parentSchema: schema88.properties.enable_ipv4, data: data18 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.enable_ipv6 !== void 0) {
      let data19 = data.enable_ipv6;
      if (typeof data19 !== "boolean" && typeof data19 !== "string") {
        const err26 = { instancePath: instancePath + "/enable_ipv6", schemaPath: "#/properties/enable_ipv6/type", keyword: "type", params: { type: schema88.properties.enable_ipv6.type }, message: "must be boolean,string", schema: schema88.properties.enable_ipv6.type, parentSchema: schema88.properties.enable_ipv6, data: data19 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.attachable !== void 0) {
      let data20 = data.attachable;
      if (typeof data20 !== "boolean" && typeof data20 !== "string") {
        const err27 = { instancePath: instancePath + "/attachable", schemaPath: "#/properties/attachable/type", keyword: "type", params: { type: schema88.properties.attachable.type }, message: "must be boolean,string", schema: schema88.properties.attachable.type, parentSchema: schema88.properties.attachable, data: data20 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data21 = data.labels;
      const _errs51 = errors;
      let valid10 = false;
      let passing0 = null;
      const _errs52 = errors;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key9 in data21) {
          if (!pattern11.test(key9)) {
            const err28 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data21 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key10 in data21) {
          if (pattern11.test(key10)) {
            let data22 = data21[key10];
            if (typeof data22 !== "string" && !(typeof data22 == "number") && typeof data22 !== "boolean" && data22 !== null) {
              const err29 = { instancePath: instancePath + "/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data22 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data21 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs52 === errors;
      if (_valid0) {
        valid10 = true;
        passing0 = 0;
      }
      const _errs57 = errors;
      if (Array.isArray(data21)) {
        const len1 = data21.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data23 = data21[i1];
          if (typeof data23 !== "string") {
            const err31 = { instancePath: instancePath + "/labels/" + i1, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data23 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let i2 = data21.length;
        let j0;
        if (i2 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i2--; ) {
            let item0 = data21[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err32 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data21 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
              break;
            }
            indices0.set(item0, i2);
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data21 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid0 = _errs57 === errors;
      if (_valid0 && valid10) {
        valid10 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid10 = true;
          passing0 = 1;
        }
      }
      if (!valid10) {
        const err34 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data21 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs51;
        if (vErrors !== null) {
          if (_errs51) {
            vErrors.length = _errs51;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema90 = { "type": ["object", "null"], "description": "Volume configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this volume." }, "driver": { "type": "string", "description": "Specify which volume driver should be used for this volume." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this volume already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external volume. Deprecated: use the 'name' property instead." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the volume using labels." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema90.type }, message: "must be object,null", schema: schema90.type, parentSchema: schema90, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "driver" || key0 === "driver_opts" || key0 === "external" || key0 === "labels" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema90, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.properties.name.type, parentSchema: schema90.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data1 = data.driver;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.properties.driver.type, parentSchema: schema90.properties.driver, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data2 = data.driver_opts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        var props0 = {};
        for (const key1 in data2) {
          if (pattern55.test(key1)) {
            let data3 = data2[key1];
            if (typeof data3 !== "string" && !(typeof data3 == "number")) {
              const err4 = { instancePath: instancePath + "/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema90.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number", schema: schema90.properties.driver_opts.patternProperties["^.+$"].type, parentSchema: schema90.properties.driver_opts.patternProperties["^.+$"], data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            props0[key1] = true;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema90.properties.driver_opts.type, parentSchema: schema90.properties.driver_opts, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data4 = data.external;
      if (typeof data4 !== "boolean" && typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err6 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema90.properties.external.type }, message: "must be boolean,string,object", schema: schema90.properties.external.type, parentSchema: schema90.properties.external, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "name" || pattern4.test(key2))) {
            const err7 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema90.properties.external, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.name !== void 0) {
          let data5 = data4.name;
          if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.properties.external.properties.name.type, parentSchema: schema90.properties.external.properties.name, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      const _errs17 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs18 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key3 in data6) {
          if (!pattern11.test(key3)) {
            const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key4 in data6) {
          if (pattern11.test(key4)) {
            let data7 = data6[key4];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err10 = { instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs23 = errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data6[i0];
          if (typeof data8 !== "string") {
            const err12 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data8 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0.set(item0, i1);
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs23 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err15 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema92 = { "type": "object", "description": "Secret configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this secret." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the secret value." }, "file": { "type": "string", "description": "Path to a file containing the secret value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this secret already exists and was created outside of Compose.", "properties": { "name": { "type": "string", "description": "Specifies the name of the external secret." } } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the secret using labels." }, "driver": { "type": "string", "description": "Specify which secret driver should be used for this secret." }, "driver_opts": { "type": "object", "description": "Specify driver-specific options.", "patternProperties": { "^.+$": { "type": ["string", "number"] } } }, "template_driver": { "type": "string", "description": "Driver to use for templating the secret's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "environment" || key0 === "file" || key0 === "external" || key0 === "labels" || key0 === "driver" || key0 === "driver_opts" || key0 === "template_driver" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.name.type, parentSchema: schema92.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data1 = data.environment;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.environment.type, parentSchema: schema92.properties.environment, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.file.type, parentSchema: schema92.properties.file, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data3 = data.external;
      if (typeof data3 !== "boolean" && typeof data3 !== "string" && !(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err4 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema92.properties.external.type }, message: "must be boolean,string,object", schema: schema92.properties.external.type, parentSchema: schema92.properties.external, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.external.properties.name.type, parentSchema: schema92.properties.external.properties.name, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      const _errs14 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!pattern11.test(key1)) {
            const err6 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (pattern11.test(key2)) {
            let data6 = data5[key2];
            if (typeof data6 !== "string" && !(typeof data6 == "number") && typeof data6 !== "boolean" && data6 !== null) {
              const err7 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data6 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data5[i0];
          if (typeof data7 !== "string") {
            const err9 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data5.length;
        let j0;
        if (i1 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i1--; ) {
            let item0 = data5[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err10 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0.set(item0, i1);
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.driver !== void 0) {
      let data8 = data.driver;
      if (typeof data8 !== "string") {
        const err13 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.driver.type, parentSchema: schema92.properties.driver, data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.driver_opts !== void 0) {
      let data9 = data.driver_opts;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        var props1 = {};
        for (const key3 in data9) {
          if (pattern55.test(key3)) {
            let data10 = data9[key3];
            if (typeof data10 !== "string" && !(typeof data10 == "number")) {
              const err14 = { instancePath: instancePath + "/driver_opts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/driver_opts/patternProperties/%5E.%2B%24/type", keyword: "type", params: { type: schema92.properties.driver_opts.patternProperties["^.+$"].type }, message: "must be string,number", schema: schema92.properties.driver_opts.patternProperties["^.+$"].type, parentSchema: schema92.properties.driver_opts.patternProperties["^.+$"], data: data10 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            props1[key3] = true;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/driver_opts", schemaPath: "#/properties/driver_opts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema92.properties.driver_opts.type, parentSchema: schema92.properties.driver_opts, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.template_driver !== void 0) {
      let data11 = data.template_driver;
      if (typeof data11 !== "string") {
        const err16 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema92.properties.template_driver.type, parentSchema: schema92.properties.template_driver, data: data11 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema94 = { "type": "object", "description": "Config configuration for the Compose application.", "properties": { "name": { "type": "string", "description": "Custom name for this config." }, "content": { "type": "string", "description": "Inline content of the config." }, "environment": { "type": "string", "description": "Name of an environment variable from which to get the config value." }, "file": { "type": "string", "description": "Path to a file containing the config value." }, "external": { "type": ["boolean", "string", "object"], "description": "Specifies that this config already exists and was created outside of Compose.", "properties": { "name": { "deprecated": true, "type": "string", "description": "Specifies the name of the external config. Deprecated: use the 'name' property instead." } } }, "labels": { "$ref": "#/$defs/list_or_dict", "description": "Add metadata to the config using labels." }, "template_driver": { "type": "string", "description": "Driver to use for templating the config's value." } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "content" || key0 === "environment" || key0 === "file" || key0 === "external" || key0 === "labels" || key0 === "template_driver" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema94, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.name.type, parentSchema: schema94.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.content !== void 0) {
      let data1 = data.content;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/content", schemaPath: "#/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.content.type, parentSchema: schema94.properties.content, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.environment.type, parentSchema: schema94.properties.environment, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data3 = data.file;
      if (typeof data3 !== "string") {
        const err4 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.file.type, parentSchema: schema94.properties.file, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.external !== void 0) {
      let data4 = data.external;
      if (typeof data4 !== "boolean" && typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err5 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: schema94.properties.external.type }, message: "must be boolean,string,object", schema: schema94.properties.external.type, parentSchema: schema94.properties.external, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.name !== void 0) {
          let data5 = data4.name;
          if (typeof data5 !== "string") {
            const err6 = { instancePath: instancePath + "/external/name", schemaPath: "#/properties/external/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.external.properties.name.type, parentSchema: schema94.properties.external.properties.name, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      const _errs16 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs17 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!pattern11.test(key1)) {
            const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.oneOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          if (pattern11.test(key2)) {
            let data7 = data6[key2];
            if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
              const err8 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/list_or_dict/oneOf/0/patternProperties/.%2B/type", keyword: "type", params: { type: schema39.oneOf[0].patternProperties[".+"].type }, message: "must be string,number,boolean,null", schema: schema39.oneOf[0].patternProperties[".+"].type, parentSchema: schema39.oneOf[0].patternProperties[".+"], data: data7 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.oneOf[0].type, parentSchema: schema39.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs22 = errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data6[i0];
          if (typeof data8 !== "string") {
            const err10 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/list_or_dict/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.oneOf[1].items.type, parentSchema: schema39.oneOf[1].items, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          const indices0 = /* @__PURE__ */ new Map();
          for (; i1--; ) {
            let item0 = data6[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (item0 === "__proto__") {
              continue;
            }
            if (indices0.has(item0)) {
              j0 = indices0.get(item0);
              const err11 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema39.oneOf[1], data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0.set(item0, i1);
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.oneOf[1].type, parentSchema: schema39.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs22 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/list_or_dict/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema39.oneOf, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.template_driver !== void 0) {
      let data9 = data.template_driver;
      if (typeof data9 !== "string") {
        const err14 = { instancePath: instancePath + "/template_driver", schemaPath: "#/properties/template_driver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema94.properties.template_driver.type, parentSchema: schema94.properties.template_driver, data: data9 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.version.type, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/include/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.include.type, parentSchema: schema31.properties.include, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data4 = data.services;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!pattern5.test(key1)) {
            const err4 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.services, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (pattern5.test(key2)) {
            if (!validate26(data4[key2], { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.services.type, parentSchema: schema31.properties.services, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data6 = data.models;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        var props1 = {};
        for (const key3 in data6) {
          if (pattern5.test(key3)) {
            let data7 = data6[key3];
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.model === void 0) {
                const err6 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema87.required, parentSchema: schema87, data: data7 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              for (const key4 in data7) {
                if (!(key4 === "name" || key4 === "model" || key4 === "context_size" || key4 === "runtime_flags" || pattern4.test(key4))) {
                  const err7 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data7.name !== void 0) {
                let data8 = data7.name;
                if (typeof data8 !== "string") {
                  const err8 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/$defs/model/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.name.type, parentSchema: schema87.properties.name, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data7.model !== void 0) {
                let data9 = data7.model;
                if (typeof data9 !== "string") {
                  const err9 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/model", schemaPath: "#/$defs/model/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.model.type, parentSchema: schema87.properties.model, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data7.context_size !== void 0) {
                let data10 = data7.context_size;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                  const err10 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/context_size", schemaPath: "#/$defs/model/properties/context_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema87.properties.context_size.type, parentSchema: schema87.properties.context_size, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              if (data7.runtime_flags !== void 0) {
                let data11 = data7.runtime_flags;
                if (Array.isArray(data11)) {
                  const len1 = data11.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data12 = data11[i1];
                    if (typeof data12 !== "string") {
                      const err11 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/runtime_flags/" + i1, schemaPath: "#/$defs/model/properties/runtime_flags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.runtime_flags.items.type, parentSchema: schema87.properties.runtime_flags.items, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/runtime_flags", schemaPath: "#/$defs/model/properties/runtime_flags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema87.properties.runtime_flags.type, parentSchema: schema87.properties.runtime_flags, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            } else {
              const err13 = { instancePath: instancePath + "/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            props1[key3] = true;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.models.type, parentSchema: schema31.properties.models, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.networks !== void 0) {
      let data13 = data.networks;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        var props2 = {};
        for (const key5 in data13) {
          if (pattern5.test(key5)) {
            if (!validate48(data13[key5], { instancePath: instancePath + "/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data13, parentDataProperty: key5, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
              errors = vErrors.length;
            }
            props2[key5] = true;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/networks", schemaPath: "#/properties/networks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.networks.type, parentSchema: schema31.properties.networks, data: data13 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data15 = data.volumes;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key6 in data15) {
          if (!pattern5.test(key6)) {
            const err16 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.volumes, data: data15 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key7 in data15) {
          if (pattern5.test(key7)) {
            if (!validate50(data15[key7], { instancePath: instancePath + "/volumes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data15, parentDataProperty: key7, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.volumes.type, parentSchema: schema31.properties.volumes, data: data15 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data17 = data.secrets;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key8 in data17) {
          if (!pattern5.test(key8)) {
            const err18 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.secrets, data: data17 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key9 in data17) {
          if (pattern5.test(key9)) {
            if (!validate52(data17[key9], { instancePath: instancePath + "/secrets/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data17, parentDataProperty: key9, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.secrets.type, parentSchema: schema31.properties.secrets, data: data17 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.configs !== void 0) {
      let data19 = data.configs;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key10 in data19) {
          if (!pattern5.test(key10)) {
            const err20 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.configs, data: data19 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key11 in data19) {
          if (pattern5.test(key11)) {
            if (!validate54(data19[key11], { instancePath: instancePath + "/configs/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data19, parentDataProperty: key11, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.configs.type, parentSchema: schema31.properties.configs, data: data19 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/compose/schema/index.ts
function validateComposeSchema(data) {
  const errors = collapseAlternatives(validateWithInterpolation(data));
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const error of errors) {
    const issue = toIssue(error, data);
    const identity = `${issue.keyPath}\0${issue.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    issues.push(issue);
  }
  return issues;
}
function isInterpolated(value) {
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length - 1; i++) {
    if (value[i] !== "$") continue;
    const next = value[i + 1];
    if (next === "$") i++;
    else if (next === "{" || /[A-Za-z_]/.test(next)) return true;
  }
  return false;
}
var NO_STAND_IN = /* @__PURE__ */ Symbol("no stand-in");
var SCALAR_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "pattern",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf"
]);
function validateWithInterpolation(data) {
  let subject = data;
  let copied = false;
  const replaced = /* @__PURE__ */ new Set();
  for (let round = 0; ; round++) {
    validate_compose_generated_default(subject);
    const errors = validate_compose_generated_default.errors ?? [];
    let changed = false;
    if (round < 8) {
      for (const error of errors) {
        if (replaced.has(error.instancePath) || !isInterpolated(valueAt(data, error.instancePath))) continue;
        const standIn = standInFor(error);
        if (standIn === NO_STAND_IN) continue;
        if (!copied) {
          subject = structuredClone(data);
          copied = true;
        }
        setAt(subject, error.instancePath, standIn);
        replaced.add(error.instancePath);
        changed = true;
      }
    }
    if (!changed) return errors.filter((error) => !satisfiableByInterpolation(error, data));
  }
}
function standInFor(error) {
  if (error.keyword === "enum") return error.params.allowedValues[0];
  if (error.keyword === "const") return error.params.allowedValue;
  if (error.keyword !== "type") return NO_STAND_IN;
  const types = typeList(error);
  if (types.includes("boolean")) return true;
  if (types.includes("integer") || types.includes("number")) {
    const minimum = error.parentSchema?.minimum;
    return typeof minimum === "number" ? Math.max(0, minimum) : 0;
  }
  return NO_STAND_IN;
}
function satisfiableByInterpolation(error, data) {
  if (!SCALAR_KEYWORDS.has(error.keyword) || !isInterpolated(valueAt(data, error.instancePath))) return false;
  if (error.keyword !== "type") return true;
  return typeList(error).some((type) => ["string", "number", "integer", "boolean"].includes(type));
}
function typeList(error) {
  const type = error.params.type;
  return Array.isArray(type) ? type : String(type).split(",");
}
function collapseAlternatives(errors) {
  const out = [];
  for (const error of errors) {
    const isAlternative = error.keyword === "oneOf" || error.keyword === "anyOf";
    if (!isAlternative || error.params.passingSchemas) {
      out.push(error);
      continue;
    }
    const branchErrors = [];
    while (out.length > 0 && isWithin(out[out.length - 1].instancePath, error.instancePath)) branchErrors.unshift(out.pop());
    out.push(...mostSpecific(branchErrors));
  }
  return out;
}
function mostSpecific(branchErrors) {
  const content = branchErrors.filter((error) => error.keyword !== "type");
  if (content.length > 0) return content;
  if (branchErrors.length === 0) return [];
  const depth = Math.max(...branchErrors.map((error) => pointerSegments(error.instancePath).length));
  const deepest = branchErrors.filter((error) => pointerSegments(error.instancePath).length === depth);
  const byInstance = /* @__PURE__ */ new Map();
  for (const error of deepest) byInstance.set(error.instancePath, [...byInstance.get(error.instancePath) ?? [], error]);
  return [...byInstance.values()].map((group) => {
    const types = [...new Set(group.flatMap(typeList))];
    return { ...group[0], params: { type: types } };
  });
}
function isWithin(path, ancestor) {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}
function toIssue(error, data) {
  const base = typedPath(data, pointerSegments(error.instancePath));
  const value = error.data;
  const at = (path, atKey, label, text, suggestion = null) => ({
    path,
    keyPath: formatKeyPath(path),
    message: `${formatKeyPath(label) || "top level"}: ${text}`,
    atKey,
    suggestion
  });
  const valueIsKeyed = typeof base[base.length - 1] === "string";
  switch (error.keyword) {
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const parent = error.parentSchema ?? {};
      const allowed = Object.keys(parent.properties ?? {});
      if (allowed.length === 0) {
        const patterns = Object.keys(parent.patternProperties ?? {}).join(" or ");
        return at([...base, key], true, base, `key '${key}' is not allowed${patterns ? ` (names must match ${patterns})` : ""}`);
      }
      const suggestion = nearest(key, allowed);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : "";
      return at([...base, key], true, base, `unknown key '${key}'${hint}`, suggestion);
    }
    case "required": {
      const missing = error.params.missingProperty;
      return at(base, valueIsKeyed, base, `missing required key '${missing}'`);
    }
    case "type":
      return at(base, false, base, `expected ${joinOr(typeList(error).map(typeName))}, got ${describe(value)}`);
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const suggestion = typeof value === "string" ? nearest(value, allowed) : null;
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : "";
      return at(base, false, base, `'${String(value)}' is not one of ${allowed.join(", ")}${hint}`, suggestion);
    }
    case "const":
      return at(base, false, base, `must be '${String(error.params.allowedValue)}'`);
    case "uniqueItems": {
      const { i, j } = error.params;
      const duplicate = [...base, Math.max(i, j)];
      return at(duplicate, false, duplicate, `duplicate of item ${Math.min(i, j)}`);
    }
    case "pattern":
      return at(base, false, base, `'${String(value)}' does not match ${error.params.pattern}`);
    case "oneOf":
      return at(base, false, base, "matches more than one allowed form");
    default:
      return at(base, false, base, error.message ?? `fails ${error.keyword}`);
  }
}
function typeName(type) {
  if (type === "object") return "mapping";
  if (type === "array") return "list";
  return type;
}
function describe(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  return typeof value;
}
function joinOr(words) {
  const unique = [...new Set(words)];
  return unique.length <= 1 ? unique[0] ?? "" : `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}
function formatKeyPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function typedPath(data, segments) {
  const path = [];
  let current = data;
  for (const segment of segments) {
    const index = Array.isArray(current) ? Number(segment) : NaN;
    path.push(Number.isInteger(index) ? index : segment);
    current = current !== null && typeof current === "object" ? current[segment] : void 0;
  }
  return path;
}
function valueAt(data, pointer) {
  let current = data;
  for (const segment of pointerSegments(pointer)) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function setAt(data, pointer, value) {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  const parent = valueAt(data, segments.length ? `/${segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}` : "");
  if (last !== void 0 && parent !== null && typeof parent === "object") parent[last] = value;
}

// src/compose/schema/stack.ts
function validateStack(stack) {
  const stages = stack.stages ?? [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (problem) => {
    const identity = `${problem.keyPath}\0${problem.message}`;
    if (seen.has(identity)) return;
    seen.add(identity);
    problems.push(problem);
  };
  for (const stage of stages) {
    for (const issue of validateComposeSchema(stage.resolved)) {
      add({ loc: stage.locate(issue.path, issue.atKey), keyPath: issue.keyPath, message: issue.message, suggestion: issue.suggestion });
    }
  }
  const last = stages[stages.length - 1];
  const followed = !(stack.issues ?? []).some((issue) => issue.rule === "compose-schema" && /^(include|services\.[^:]*\.extends)/.test(issue.message));
  if (last && problems.length === 0 && followed) {
    for (const issue of checkModel(last.resolved)) {
      add({ loc: last.locate(issue.path, issue.atKey), keyPath: issue.path.join("."), message: issue.message, suggestion: null });
    }
  }
  return problems;
}
export {
  validateStack
};
