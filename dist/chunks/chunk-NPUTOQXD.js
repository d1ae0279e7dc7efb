import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  COMPOSE_FILE_NAMES,
  RECOMMENDED_CAPABILITIES,
  RECOMMENDED_CATALOG,
  RECOMMENDED_CATCH_ALL,
  RECOMMENDED_POSTGRES,
  RECOMMENDED_SYSTEMS,
  RECOMMENDED_TECHNOLOGY_DIRS,
  fastLoadDocuments,
  findNode,
  isPlainYaml,
  nodeLoc,
  parseBytes,
  require_dist
} from "./chunk-XJRKILKQ.js";
import {
  nearest
} from "./chunk-2BCGQNUZ.js";
import {
  displayPath,
  isInside
} from "./chunk-ZXHC4XCV.js";
import {
  ConfigError,
  UsageError
} from "./chunk-PYUSQKKC.js";
import {
  __toESM
} from "./chunk-3DAIKRF3.js";

// src/policy/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path from "node:path";

// src/policy/validate-config.generated.js
function codePointLength(text) {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://svclint.dev/schemas/svclint.config.schema.json", "title": "svclint configuration (svclint.config.yaml)", "type": "object", "additionalProperties": false, "definitions": { "ruleLevel": { "enum": ["off", "warn", "warning", "error", 0, 1, 2] }, "folderName": { "type": "string", "minLength": 1, "pattern": "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "description": "One folder name: capability and service names become paths under the services root." } }, "properties": { "$schema": { "type": "string" }, "extends": { "enum": ["recommended", "none"], "description": "Built-in policy to start from (default: recommended)." }, "root": { "type": "string", "minLength": 1, "description": "The services tree, relative to this file." }, "capabilities": { "type": "object", "description": "Capability directories: name -> what it holds.", "propertyNames": { "$ref": "#/definitions/folderName" }, "additionalProperties": { "type": ["object", "null"], "additionalProperties": false, "properties": { "provides": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" }, "inactive": { "type": "boolean", "description": "Not part of the running host (like archive/)." } } } }, "catchAll": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in catch-all names." }, "technologyDirs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Adds to the built-in technology folder names." }, "services": { "type": "object", "description": "Placement table: adds to / overrides the built-in catalog.", "propertyNames": { "$ref": "#/definitions/folderName" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability"], "properties": { "capability": { "$ref": "#/definitions/folderName" }, "aliases": { "type": "array", "items": { "$ref": "#/definitions/folderName" } }, "images": { "type": "array", "items": { "type": "string" } }, "provides": { "type": "array", "items": { "type": "string" } }, "reason": { "type": "string" }, "memory": { "type": ["string", "number"] }, "legacy": { "type": "boolean" } } } }, "systems": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["capability", "members"], "properties": { "capability": { "$ref": "#/definitions/folderName" }, "members": { "type": "array", "items": { "type": "string" }, "minItems": 1 } } } }, "database": { "type": "object", "additionalProperties": false, "properties": { "postgres": { "type": "object", "additionalProperties": false, "required": ["service"], "properties": { "service": { "$ref": "#/definitions/folderName" }, "capability": { "$ref": "#/definitions/folderName" } } }, "allocations": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "database", "role"], "properties": { "service": { "type": "string", "minLength": 1 }, "database": { "type": "string", "minLength": 1 }, "role": { "type": "string", "minLength": 1 } } } }, "isolated": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["service", "reason"], "properties": { "service": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } } } }, "budget": { "type": "object", "additionalProperties": false, "properties": { "memory": { "type": ["string", "number"], "description": "e.g. 4GiB" } } }, "rules": { "type": "object", "description": "Rule levels, or [level, options] for a rule that takes options (plugin rules: <plugin>/<id>).", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/ruleLevel" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/ruleLevel" }, { "type": "object", "description": "The rule's options (its meta.schema)." }], "additionalItems": false }] } }, "plugins": { "type": "array", "description": "Custom rules: local files, globs or folders (./svclint-rules/*.ts; ids local/<id>) and npm packages (svclint-plugin-acme; ids acme/<id>). TypeScript files are type-checked with ts-morph.", "items": { "type": "string", "minLength": 1 } }, "exceptions": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "path", "reason"], "properties": { "rule": { "type": "string", "minLength": 1 }, "path": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } }, "docs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of documents checked by stale-doc-path." } } };
var schema12 = { "type": "string", "minLength": 1, "pattern": "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "description": "One folder name: capability and service names become paths under the services root." };
var schema19 = { "enum": ["off", "warn", "warning", "error", 0, 1, 2] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = codePointLength;
var pattern0 = new RegExp("^(?!\\.\\.?$)[^/\\\\\\u0000]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (!(data1 === "recommended" || data1 === "none")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.extends.enum, parentSchema: schema11.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data2 = data.root;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err3 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.root, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.root.type, parentSchema: schema11.properties.root, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data3 = data.capabilities;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func3(key1) < 1) {
              const err5 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern0.test(key1)) {
              const err6 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/capabilities", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var valid1 = _errs9 === errors;
          if (!valid1) {
            const err8 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.capabilities.propertyNames, parentSchema: schema11.properties.capabilities, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
            const err9 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/type", keyword: "type", params: { type: schema11.properties.capabilities.additionalProperties.type }, message: "must be object,null", schema: schema11.properties.capabilities.additionalProperties.type, parentSchema: schema11.properties.capabilities.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "provides" || key3 === "description" || key3 === "inactive")) {
                const err10 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/capabilities/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.capabilities.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.provides !== void 0) {
              let data5 = data4.provides;
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data6 = data5[i0];
                  if (typeof data6 !== "string") {
                    const err11 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i0, schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.capabilities.additionalProperties.properties.provides.items.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.provides.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/capabilities/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.capabilities.additionalProperties.properties.provides.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.provides, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.description !== void 0) {
              let data7 = data4.description;
              if (typeof data7 !== "string") {
                const err13 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/capabilities/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.capabilities.additionalProperties.properties.description.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.description, data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.inactive !== void 0) {
              let data8 = data4.inactive;
              if (typeof data8 !== "boolean") {
                const err14 = { instancePath: instancePath + "/capabilities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/inactive", schemaPath: "#/properties/capabilities/additionalProperties/properties/inactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.additionalProperties.properties.inactive.type, parentSchema: schema11.properties.capabilities.additionalProperties.properties.inactive, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.capabilities.type, parentSchema: schema11.properties.capabilities, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.catchAll !== void 0) {
      let data9 = data.catchAll;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === "string") {
            if (func3(data10) < 1) {
              const err16 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.catchAll.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/catchAll/" + i1, schemaPath: "#/properties/catchAll/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.catchAll.items.type, parentSchema: schema11.properties.catchAll.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/catchAll", schemaPath: "#/properties/catchAll/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.catchAll.type, parentSchema: schema11.properties.catchAll, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.technologyDirs !== void 0) {
      let data11 = data.technologyDirs;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err19 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.technologyDirs.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/technologyDirs/" + i2, schemaPath: "#/properties/technologyDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.technologyDirs.items.type, parentSchema: schema11.properties.technologyDirs.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/technologyDirs", schemaPath: "#/properties/technologyDirs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.technologyDirs.type, parentSchema: schema11.properties.technologyDirs, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data13 = data.services;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          const _errs34 = errors;
          if (typeof key4 === "string") {
            if (func3(key4) < 1) {
              const err22 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern0.test(key4)) {
              const err23 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/services", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid11 = _errs34 === errors;
          if (!valid11) {
            const err25 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.services.propertyNames, parentSchema: schema11.properties.services, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key5 in data13) {
          let data14 = data13[key5];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.capability === void 0) {
              const err26 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'", schema: schema11.properties.services.additionalProperties.required, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key6 in data14) {
              if (!(key6 === "capability" || key6 === "aliases" || key6 === "images" || key6 === "provides" || key6 === "reason" || key6 === "memory" || key6 === "legacy")) {
                const err27 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data14.capability !== void 0) {
              let data15 = data14.capability;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err28 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern0.test(data15)) {
                  const err29 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.aliases !== void 0) {
              let data16 = data14.aliases;
              if (Array.isArray(data16)) {
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data17 = data16[i3];
                  if (typeof data17 === "string") {
                    if (func3(data17) < 1) {
                      const err31 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data17)) {
                      const err32 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i3, schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/services/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.aliases.type, parentSchema: schema11.properties.services.additionalProperties.properties.aliases, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.images !== void 0) {
              let data18 = data14.images;
              if (Array.isArray(data18)) {
                const len4 = data18.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data19 = data18[i4];
                  if (typeof data19 !== "string") {
                    const err35 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/images/" + i4, schemaPath: "#/properties/services/additionalProperties/properties/images/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.images.items.type, parentSchema: schema11.properties.services.additionalProperties.properties.images.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/images", schemaPath: "#/properties/services/additionalProperties/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.images.type, parentSchema: schema11.properties.services.additionalProperties.properties.images, data: data18 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.provides !== void 0) {
              let data20 = data14.provides;
              if (Array.isArray(data20)) {
                const len5 = data20.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data21 = data20[i5];
                  if (typeof data21 !== "string") {
                    const err37 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides/" + i5, schemaPath: "#/properties/services/additionalProperties/properties/provides/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.provides.items.type, parentSchema: schema11.properties.services.additionalProperties.properties.provides.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/provides", schemaPath: "#/properties/services/additionalProperties/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.additionalProperties.properties.provides.type, parentSchema: schema11.properties.services.additionalProperties.properties.provides, data: data20 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.reason !== void 0) {
              let data22 = data14.reason;
              if (typeof data22 !== "string") {
                const err39 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/properties/services/additionalProperties/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.reason.type, parentSchema: schema11.properties.services.additionalProperties.properties.reason, data: data22 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.memory !== void 0) {
              let data23 = data14.memory;
              if (typeof data23 !== "string" && !(typeof data23 == "number")) {
                const err40 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/properties/services/additionalProperties/properties/memory/type", keyword: "type", params: { type: schema11.properties.services.additionalProperties.properties.memory.type }, message: "must be string,number", schema: schema11.properties.services.additionalProperties.properties.memory.type, parentSchema: schema11.properties.services.additionalProperties.properties.memory, data: data23 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data14.legacy !== void 0) {
              let data24 = data14.legacy;
              if (typeof data24 !== "boolean") {
                const err41 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/legacy", schemaPath: "#/properties/services/additionalProperties/properties/legacy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.services.additionalProperties.properties.legacy.type, parentSchema: schema11.properties.services.additionalProperties.properties.legacy, data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/services/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.additionalProperties.type, parentSchema: schema11.properties.services.additionalProperties, data: data14 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data13 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data25 = data.systems;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key7 in data25) {
          let data26 = data25[key7];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.capability === void 0) {
              const err44 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "capability" }, message: "must have required property 'capability'", schema: schema11.properties.systems.additionalProperties.required, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data26.members === void 0) {
              const err45 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema11.properties.systems.additionalProperties.required, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key8 in data26) {
              if (!(key8 === "capability" || key8 === "members")) {
                const err46 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data26.capability !== void 0) {
              let data27 = data26.capability;
              if (typeof data27 === "string") {
                if (func3(data27) < 1) {
                  const err47 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern0.test(data27)) {
                  const err48 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data27 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data26.members !== void 0) {
              let data28 = data26.members;
              if (Array.isArray(data28)) {
                if (data28.length < 1) {
                  const err50 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.systems.additionalProperties.properties.members, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                const len6 = data28.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data29 = data28[i6];
                  if (typeof data29 !== "string") {
                    const err51 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i6, schemaPath: "#/properties/systems/additionalProperties/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.systems.additionalProperties.properties.members.items.type, parentSchema: schema11.properties.systems.additionalProperties.properties.members.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/systems/additionalProperties/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.systems.additionalProperties.properties.members.type, parentSchema: schema11.properties.systems.additionalProperties.properties.members, data: data28 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/systems/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/systems/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.systems.additionalProperties.type, parentSchema: schema11.properties.systems.additionalProperties, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/systems", schemaPath: "#/properties/systems/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.systems.type, parentSchema: schema11.properties.systems, data: data25 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.database !== void 0) {
      let data30 = data.database;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key9 in data30) {
          if (!(key9 === "postgres" || key9 === "allocations" || key9 === "isolated")) {
            const err55 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database, data: data30 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data30.postgres !== void 0) {
          let data31 = data30.postgres;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.service === void 0) {
              const err56 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.postgres.required, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key10 in data31) {
              if (!(key10 === "service" || key10 === "capability")) {
                const err57 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data31.service !== void 0) {
              let data32 = data31.service;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err58 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (!pattern0.test(data32)) {
                  const err59 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/database/postgres/service", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data32 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data31.capability !== void 0) {
              let data33 = data31.capability;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err61 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (!pattern0.test(data33)) {
                  const err62 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/pattern", keyword: "pattern", params: { pattern: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$" }, message: 'must match pattern "^(?!\\.\\.?$)[^/\\\\\\u0000]+$"', schema: "^(?!\\.\\.?$)[^/\\\\\\u0000]+$", parentSchema: schema12, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/database/postgres/capability", schemaPath: "#/definitions/folderName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data33 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/database/postgres", schemaPath: "#/properties/database/properties/postgres/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.postgres.type, parentSchema: schema11.properties.database.properties.postgres, data: data31 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data30.allocations !== void 0) {
          let data34 = data30.allocations;
          if (Array.isArray(data34)) {
            const len7 = data34.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data35 = data34[i7];
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.service === void 0) {
                  const err65 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data35.database === void 0) {
                  const err66 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data35.role === void 0) {
                  const err67 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema11.properties.database.properties.allocations.items.required, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                for (const key11 in data35) {
                  if (!(key11 === "service" || key11 === "database" || key11 === "role")) {
                    const err68 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data35.service !== void 0) {
                  let data36 = data35.service;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err69 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.service, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/database/allocations/" + i7 + "/service", schemaPath: "#/properties/database/properties/allocations/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.service.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.service, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data35.database !== void 0) {
                  let data37 = data35.database;
                  if (typeof data37 === "string") {
                    if (func3(data37) < 1) {
                      const err71 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.database, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/database/allocations/" + i7 + "/database", schemaPath: "#/properties/database/properties/allocations/items/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.database.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.database, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data35.role !== void 0) {
                  let data38 = data35.role;
                  if (typeof data38 === "string") {
                    if (func3(data38) < 1) {
                      const err73 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.allocations.items.properties.role, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/database/allocations/" + i7 + "/role", schemaPath: "#/properties/database/properties/allocations/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.allocations.items.properties.role.type, parentSchema: schema11.properties.database.properties.allocations.items.properties.role, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/database/allocations/" + i7, schemaPath: "#/properties/database/properties/allocations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.allocations.items.type, parentSchema: schema11.properties.database.properties.allocations.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/database/allocations", schemaPath: "#/properties/database/properties/allocations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.database.properties.allocations.type, parentSchema: schema11.properties.database.properties.allocations, data: data34 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data30.isolated !== void 0) {
          let data39 = data30.isolated;
          if (Array.isArray(data39)) {
            const len8 = data39.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data40 = data39[i8];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.service === void 0) {
                  const err77 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema11.properties.database.properties.isolated.items.required, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data40.reason === void 0) {
                  const err78 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.database.properties.isolated.items.required, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                for (const key12 in data40) {
                  if (!(key12 === "service" || key12 === "reason")) {
                    const err79 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data40.service !== void 0) {
                  let data41 = data40.service;
                  if (typeof data41 === "string") {
                    if (func3(data41) < 1) {
                      const err80 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.isolated.items.properties.service, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/database/isolated/" + i8 + "/service", schemaPath: "#/properties/database/properties/isolated/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.isolated.items.properties.service.type, parentSchema: schema11.properties.database.properties.isolated.items.properties.service, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data40.reason !== void 0) {
                  let data42 = data40.reason;
                  if (typeof data42 === "string") {
                    if (func3(data42) < 1) {
                      const err82 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.database.properties.isolated.items.properties.reason, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/database/isolated/" + i8 + "/reason", schemaPath: "#/properties/database/properties/isolated/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.database.properties.isolated.items.properties.reason.type, parentSchema: schema11.properties.database.properties.isolated.items.properties.reason, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/database/isolated/" + i8, schemaPath: "#/properties/database/properties/isolated/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.properties.isolated.items.type, parentSchema: schema11.properties.database.properties.isolated.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/database/isolated", schemaPath: "#/properties/database/properties/isolated/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.database.properties.isolated.type, parentSchema: schema11.properties.database.properties.isolated, data: data39 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/database", schemaPath: "#/properties/database/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.database.type, parentSchema: schema11.properties.database, data: data30 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.budget !== void 0) {
      let data43 = data.budget;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key13 in data43) {
          if (!(key13 === "memory")) {
            const err87 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.budget, data: data43 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data43.memory !== void 0) {
          let data44 = data43.memory;
          if (typeof data44 !== "string" && !(typeof data44 == "number")) {
            const err88 = { instancePath: instancePath + "/budget/memory", schemaPath: "#/properties/budget/properties/memory/type", keyword: "type", params: { type: schema11.properties.budget.properties.memory.type }, message: "must be string,number", schema: schema11.properties.budget.properties.memory.type, parentSchema: schema11.properties.budget.properties.memory, data: data44 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.budget.type, parentSchema: schema11.properties.budget, data: data43 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data45 = data.rules;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key14 in data45) {
          let data46 = data45[key14];
          const _errs117 = errors;
          let valid40 = false;
          const _errs118 = errors;
          if (!(data46 === "off" || data46 === "warn" || data46 === "warning" || data46 === "error" || data46 === 0 || data46 === 1 || data46 === 2)) {
            const err90 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data46 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          var _valid0 = _errs118 === errors;
          valid40 = valid40 || _valid0;
          if (!valid40) {
            const _errs120 = errors;
            if (Array.isArray(data46)) {
              if (data46.length > 2) {
                const err91 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              if (data46.length < 1) {
                const err92 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              const len9 = data46.length;
              if (!(len9 <= 2)) {
                const err93 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              const len10 = data46.length;
              if (len10 > 0) {
                let data47 = data46[0];
                if (!(data47 === "off" || data47 === "warn" || data47 === "warning" || data47 === "error" || data47 === 0 || data47 === 1 || data47 === 2)) {
                  const err94 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (len10 > 1) {
                let data48 = data46[1];
                if (!(data48 && typeof data48 == "object" && !Array.isArray(data48))) {
                  const err95 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.additionalProperties.anyOf[1].items[1].type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1].items[1], data: data48 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            } else {
              const err96 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.rules.additionalProperties.anyOf[1], data: data46 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            var _valid0 = _errs120 === errors;
            valid40 = valid40 || _valid0;
          }
          if (!valid40) {
            const err97 = { instancePath: instancePath + "/rules/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.additionalProperties.anyOf, parentSchema: schema11.properties.rules.additionalProperties, data: data46 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          } else {
            errors = _errs117;
            if (vErrors !== null) {
              if (_errs117) {
                vErrors.length = _errs117;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data45 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data49 = data.plugins;
      if (Array.isArray(data49)) {
        const len11 = data49.length;
        for (let i9 = 0; i9 < len11; i9++) {
          let data50 = data49[i9];
          if (typeof data50 === "string") {
            if (func3(data50) < 1) {
              const err99 = { instancePath: instancePath + "/plugins/" + i9, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.plugins.items, data: data50 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/plugins/" + i9, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data50 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data49 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data51 = data.exceptions;
      if (Array.isArray(data51)) {
        const len12 = data51.length;
        for (let i10 = 0; i10 < len12; i10++) {
          let data52 = data51[i10];
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            if (data52.rule === void 0) {
              const err102 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            if (data52.path === void 0) {
              const err103 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data52.reason === void 0) {
              const err104 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data52 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            for (const key15 in data52) {
              if (!(key15 === "rule" || key15 === "path" || key15 === "reason")) {
                const err105 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.exceptions.items, data: data52 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data52.rule !== void 0) {
              let data53 = data52.rule;
              if (typeof data53 === "string") {
                if (func3(data53) < 1) {
                  const err106 = { instancePath: instancePath + "/exceptions/" + i10 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.rule, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/exceptions/" + i10 + "/rule", schemaPath: "#/properties/exceptions/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.rule.type, parentSchema: schema11.properties.exceptions.items.properties.rule, data: data53 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data52.path !== void 0) {
              let data54 = data52.path;
              if (typeof data54 === "string") {
                if (func3(data54) < 1) {
                  const err108 = { instancePath: instancePath + "/exceptions/" + i10 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.path, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/exceptions/" + i10 + "/path", schemaPath: "#/properties/exceptions/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.path.type, parentSchema: schema11.properties.exceptions.items.properties.path, data: data54 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data52.reason !== void 0) {
              let data55 = data52.reason;
              if (typeof data55 === "string") {
                if (func3(data55) < 1) {
                  const err110 = { instancePath: instancePath + "/exceptions/" + i10 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/exceptions/" + i10 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.reason.type, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data55 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/exceptions/" + i10, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exceptions.items.type, parentSchema: schema11.properties.exceptions.items, data: data52 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
      } else {
        const err113 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data51 };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data56 = data.docs;
      if (Array.isArray(data56)) {
        const len13 = data56.length;
        for (let i11 = 0; i11 < len13; i11++) {
          let data57 = data56[i11];
          if (typeof data57 === "string") {
            if (func3(data57) < 1) {
              const err114 = { instancePath: instancePath + "/docs/" + i11, schemaPath: "#/properties/docs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.docs.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          } else {
            const err115 = { instancePath: instancePath + "/docs/" + i11, schemaPath: "#/properties/docs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.docs.items.type, parentSchema: schema11.properties.docs.items, data: data57 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.docs.type, parentSchema: schema11.properties.docs, data: data56 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
function validateConfigSchema(data) {
  if (validate(data)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword !== "if" && e.keyword !== "propertyNames").map(toIssue);
}
function toIssue(error) {
  const path3 = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const at = path3.length ? path3.join(".") : "(top level)";
  if (error.schemaPath.includes("/folderName/")) {
    const key = error.propertyName;
    const where = key === void 0 ? path3 : [...path3, key];
    const value = key ?? String(error.data);
    return {
      path: where,
      message: `${where.join(".")}: ${JSON.stringify(value)} is not one folder name (no '/', '\\', '.' or '..'): capability and service names become paths under the services root`
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => k !== "$schema");
      const suggestion = nearest(key, known);
      const hint = suggestion ? `; did you mean '${suggestion}'?` : known.length > 0 ? ` (known keys: ${known.join(", ")})` : "";
      return { path: [...path3, key], message: `unknown key '${[...path3, key].join(".")}'${hint}` };
    }
    case "required":
      return { path: path3, message: `${at}: missing required key '${error.params.missingProperty}'` };
    case "enum":
      return { path: path3, message: `${at} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
    case "type":
      return { path: path3, message: `${at} must be ${error.params.type}` };
    default:
      return { path: path3, message: `${at} ${error.message ?? "is invalid"}` };
  }
}

// src/policy/config.ts
function loadConfigFile(file, cwd) {
  const shown = cwd ? displayPath(file, cwd) : file;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read config (${error.code ?? String(error)})`);
  }
  const isJson = file.endsWith(".json");
  let data;
  let doc = null;
  const lineCounter = new import_yaml.LineCounter();
  if (isJson) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(
        `${shown}:${jsonErrorPosition(text, error.message)}: config is not valid JSON: ${jsonErrorText(error.message)}`
      );
    }
  } else {
    const fast = isPlainYaml(text) ? fastLoadDocuments(text) : null;
    if (fast && fast.length <= 1) {
      data = fast[0];
    } else {
      doc = fullDocument(shown, text, lineCounter);
      try {
        data = doc.toJS({ maxAliasCount: 1e3 });
      } catch (error) {
        throw new ConfigError(`${shown}: config could not be read: ${firstLine(error.message)}`);
      }
    }
  }
  if (data === null || data === void 0) data = {};
  const locate = (keyPath) => {
    try {
      doc ??= fullDocument(shown, text, lineCounter);
    } catch {
      return null;
    }
    const found = findNode(doc, keyPath);
    return nodeLoc(file, lineCounter, found?.key ?? found?.value ?? null);
  };
  const issues = validateConfigSchema(data);
  if (issues.length > 0) {
    const issue = issues[0];
    const loc = locate(issue.path) ?? locate(issue.path.slice(0, -1));
    const where = loc ? `${shown}:${loc.line}:${loc.column}` : shown;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new ConfigError(`${where}: invalid config: ${issue.message}${more}`);
  }
  return { file, shown, raw: data, locate };
}
function jsonErrorPosition(text, message) {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before.at(-1).length + 1}`;
}
function jsonErrorText(message) {
  return firstLine(message).replace(/ in JSON at position \d+.*$/, "").replace(/^Unexpected end of JSON input$/, "unexpected end of the file");
}
function fullDocument(shown, text, lineCounter) {
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${shown}:${line}:${col}: config is not valid YAML: ${firstLine(first.message)}`);
  }
  return doc;
}
var LEVELS = { off: "off", "0": "off", warn: "warn", warning: "warn", "1": "warn", error: "error", "2": "error" };
function parseRuleLevel(value) {
  return LEVELS[String(value)] ?? null;
}
function buildPolicy(config, fallbackBaseDir) {
  const raw = config?.raw ?? {};
  const recommended = raw.extends !== "none";
  const file = config?.file ?? null;
  const baseDir = file ? path.dirname(file) : fallbackBaseDir;
  const capabilities = new Map(recommended ? RECOMMENDED_CAPABILITIES.map((c) => [c.name, { ...c }]) : []);
  for (const [name, value] of Object.entries(raw.capabilities ?? {})) {
    const previous = capabilities.get(name);
    capabilities.set(name, {
      name,
      description: value?.description ?? previous?.description ?? "",
      provides: [...previous?.provides ?? [], ...value?.provides ?? []],
      inactive: value?.inactive ?? previous?.inactive ?? name === "archive"
    });
  }
  const catalog = recommended ? RECOMMENDED_CATALOG.map((e) => ({ ...e })) : [];
  for (const [name, value] of Object.entries(raw.services ?? {})) {
    const index = catalog.findIndex((e) => e.name === name);
    const previous = index >= 0 ? catalog[index] : void 0;
    const memory = value.memory === void 0 ? previous?.memory : parseBytes(value.memory) ?? void 0;
    const merged = {
      name,
      capability: value.capability,
      aliases: [.../* @__PURE__ */ new Set([...previous?.aliases ?? [], ...value.aliases ?? []])],
      images: [.../* @__PURE__ */ new Set([...previous?.images ?? [], ...value.images ?? []])],
      provides: value.provides ?? previous?.provides ?? [],
      reason: value.reason ?? `placement table in ${path.basename(file ?? "config")}`,
      fromConfig: true,
      ...memory !== void 0 ? { memory } : {},
      ...value.legacy !== void 0 ? { legacy: value.legacy } : previous?.legacy ? { legacy: true } : {}
    };
    if (index >= 0) catalog[index] = merged;
    else catalog.push(merged);
  }
  const systems = recommended ? RECOMMENDED_SYSTEMS.map((s) => ({ ...s, members: [...s.members] })) : [];
  for (const [name, value] of Object.entries(raw.systems ?? {})) {
    const index = systems.findIndex((s) => s.name === name);
    const system = { name, capability: value.capability, members: value.members };
    if (index >= 0) systems[index] = system;
    else systems.push(system);
  }
  const rules = /* @__PURE__ */ new Map();
  const ruleOptions = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const [levelValue, options] = Array.isArray(value) ? value : [value];
    const level = parseRuleLevel(levelValue);
    if (level) rules.set(id, level);
    if (options !== void 0) ruleOptions.set(id, options);
  }
  const plugins = (raw.plugins ?? []).map((spec, i) => ({ spec, loc: config?.locate(["plugins", i]) ?? null }));
  const exceptions = (raw.exceptions ?? []).map((e, i) => ({
    rule: e.rule,
    path: normaliseSlashes(e.path),
    reason: e.reason,
    loc: config?.locate(["exceptions", i]) ?? null
  }));
  let memoryBudget = null;
  if (raw.budget?.memory !== void 0) {
    memoryBudget = parseBytes(raw.budget.memory);
    if (memoryBudget === null) {
      const loc = config?.locate(["budget", "memory"]);
      throw new ConfigError(
        `${config?.shown ?? file}${loc ? `:${loc.line}:${loc.column}` : ""}: invalid config: budget.memory '${String(raw.budget.memory)}' is not a size (use e.g. 4GiB, 512m)`
      );
    }
  }
  return {
    configFile: file,
    capabilities,
    catchAll: [...new Set([...recommended ? RECOMMENDED_CATCH_ALL : [], ...raw.catchAll ?? []].map((n) => n.toLowerCase()))],
    technologyDirs: [...new Set([...recommended ? RECOMMENDED_TECHNOLOGY_DIRS : [], ...raw.technologyDirs ?? []].map((n) => n.toLowerCase()))],
    catalog,
    systems,
    database: {
      postgres: raw.database?.postgres ? { service: raw.database.postgres.service, capability: raw.database.postgres.capability ?? RECOMMENDED_POSTGRES.capability, declared: true } : recommended ? { ...RECOMMENDED_POSTGRES } : null,
      allocations: raw.database?.allocations ?? [],
      isolated: raw.database?.isolated ?? []
    },
    budget: { memory: memoryBudget },
    rules,
    ruleOptions,
    plugins,
    exceptions,
    docs: (raw.docs ?? []).map(normaliseSlashes),
    baseDir,
    locate: config ? config.locate : () => null
  };
}
function normaliseSlashes(p) {
  return p.replace(/\\/g, "/");
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}

// src/policy/discover.ts
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
var CONFIG_FILE_NAMES = ["svclint.config.yaml", "svclint.config.yml", ".svclintrc.yaml", ".svclintrc.yml", ".svclintrc.json"];
var HOST_SEARCH_DEPTH = 3;
var SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function findConfigFile(startDir) {
  let dir = path2.resolve(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path2.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (existsSync(path2.join(dir, ".git"))) return null;
    const parent = path2.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function findConfigFor(dir) {
  const found = findConfigFile(dir);
  if (found) return found;
  const real = realpathOrNull(dir);
  return real && real !== path2.resolve(dir) ? findConfigFile(real) : null;
}
function resolveRoot(dir, configFile, configRoot) {
  const abs = path2.resolve(dir);
  if (configFile && configRoot) return path2.resolve(path2.dirname(configFile), normaliseSlashes(configRoot));
  const services = path2.join(abs, "services");
  if (isDir(services)) return services;
  return abs;
}
function resolveTarget(pathArg, cwd, configFile) {
  const dir = path2.resolve(cwd, pathArg);
  const stats = statOrNull(dir);
  if (!stats) throw new UsageError(`${pathArg}: no such directory`);
  if (!stats.isDirectory()) throw new UsageError(`${pathArg}: not a directory`);
  const file = configFile ? path2.resolve(cwd, configFile) : findConfigFor(dir);
  const config = file ? loadConfigFile(file, cwd) : null;
  const root = resolveRoot(dir, file, config?.raw.root ?? null);
  if (config?.raw.root) checkConfigRoot(config, root, cwd);
  else if (!isDir(root)) throw new UsageError(`${pathArg}: root '${pathArg}' is not a directory`);
  return { root, config, policy: buildPolicy(config, dir), only: null };
}
function discoverTargets(pathArgs, cwd, configFile) {
  const args = pathArgs.length > 0 ? pathArgs : ["."];
  const configs = /* @__PURE__ */ new Map();
  const load = (file) => {
    let config = configs.get(file);
    if (!config) configs.set(file, config = loadConfigFile(file, cwd));
    return config;
  };
  const explicit = configFile ? path2.resolve(cwd, configFile) : null;
  const byRoot = /* @__PURE__ */ new Map();
  for (const arg of args) {
    for (const found of discoverArg(arg, cwd, explicit, load)) {
      const seen = byRoot.get(found.root);
      if (!seen) byRoot.set(found.root, found);
      else seen.only = seen.only && found.only ? [...seen.only, ...found.only] : null;
    }
  }
  return [...byRoot.values()].map(({ root, configFile: file, only }) => {
    const config = file ? load(file) : null;
    if (config?.raw.root) checkConfigRoot(config, root, cwd);
    return { root, config, policy: buildPolicy(config, root), only };
  });
}
function discoverArg(arg, cwd, explicitConfig, load) {
  const abs = path2.resolve(cwd, arg);
  const stats = statOrNull(abs);
  if (!stats) throw new UsageError(`${arg}: no such file or directory`);
  const dir = stats.isDirectory() ? abs : path2.dirname(abs);
  const part = (root) => abs === root || isInside(abs, root) ? null : [abs];
  const tree = (root, only, configFile2 = explicitConfig ?? findConfigFor(root)) => [{ root, configFile: configFile2, only }];
  const configFile = explicitConfig ?? findConfigFor(dir);
  const rootKey = configFile ? load(configFile).raw.root : void 0;
  if (configFile && rootKey) {
    const root = path2.resolve(path2.dirname(configFile), normaliseSlashes(rootKey));
    return tree(root, part(root), configFile);
  }
  if (isServicesName(dir)) return tree(dir, part(dir));
  const child = path2.join(dir, "services");
  if (isDir(child)) return tree(child, part(child));
  const ancestor = servicesAncestor(dir);
  if (ancestor) return tree(ancestor, [abs]);
  if (stats.isDirectory()) {
    const hosts = findServicesTrees(abs, HOST_SEARCH_DEPTH);
    if (hosts.length > 0) return hosts.flatMap((root) => tree(root, null));
  }
  if (configFile && !explicitConfig) {
    const root = path2.dirname(configFile);
    return tree(root, part(root), configFile);
  }
  if (stats.isDirectory() && (explicitConfig || holdsStacks(abs, 2))) return tree(abs, null);
  throw new UsageError(`no services tree found in ${arg} (looked for ${CONFIG_FILE_NAMES[0]}, services/)`);
}
function checkConfigRoot(config, root, cwd) {
  if (isDir(root)) return;
  const loc = config.locate(["root"]);
  const where = `${displayPath(config.file, cwd)}${loc ? `:${loc.line}:${loc.column}` : ""}`;
  throw new ConfigError(`${where}: root '${config.raw.root}' is not a directory (it resolves to ${displayPath(root, cwd)})`);
}
function servicesAncestor(dir) {
  let current = path2.dirname(path2.resolve(dir));
  let previous = path2.resolve(dir);
  while (current !== previous) {
    if (existsSync(path2.join(previous, ".git"))) return null;
    if (isServicesName(current)) return current;
    previous = current;
    current = path2.dirname(current);
  }
  return null;
}
function findServicesTrees(dir, maxDepth) {
  const found = [];
  let level = [dir];
  for (let depth = 1; depth <= maxDepth && level.length > 0; depth += 1) {
    const next = [];
    for (const parent of level) {
      for (const name of listDirs(parent)) {
        const child = path2.join(parent, name);
        if (isServicesName(child)) found.push(child);
        else next.push(child);
      }
    }
    level = next;
  }
  return found.sort();
}
function holdsStacks(dir, depth) {
  let level = [dir];
  for (let d = 0; d <= depth && level.length > 0; d += 1) {
    const next = [];
    for (const folder of level) {
      if (COMPOSE_FILE_NAMES.some((name) => isFile(path2.join(folder, name)))) return true;
      for (const name of listDirs(folder)) next.push(path2.join(folder, name));
    }
    level = next;
  }
  return false;
}
function listDirs(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIPPED.has(e.name)).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function isServicesName(dir) {
  return path2.basename(dir) === "services";
}
function statOrNull(p) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
function realpathOrNull(p) {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}
function isFile(p) {
  return statOrNull(p)?.isFile() === true;
}
function isDir(p) {
  return statOrNull(p)?.isDirectory() === true;
}
function policyTarget(cwd, configFile) {
  try {
    const targets = discoverTargets(["."], cwd, configFile);
    if (targets.length === 1) return targets[0];
  } catch (error) {
    if (error instanceof ConfigError || !(error instanceof UsageError)) throw error;
  }
  const file = configFile ? path2.resolve(cwd, configFile) : findConfigFor(cwd);
  const config = file ? loadConfigFile(file, cwd) : null;
  return { root: path2.join(cwd, "services"), config, policy: buildPolicy(config, cwd), only: null };
}

export {
  buildPolicy,
  CONFIG_FILE_NAMES,
  resolveTarget,
  discoverTargets,
  findServicesTrees,
  policyTarget
};
