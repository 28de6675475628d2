import type { FieldMap, FieldSpec, ScalarKind } from '../poweroffice/resources/fields.js';
import { allResources } from '../poweroffice/resources/registry.js';
import type { ResourceSpec } from '../poweroffice/resources/resource.js';

/**
 * An OpenAPI 3.0 description of the emulator's read routes, derived from the resource registry
 * so it can never disagree with what the emulator serves. It exists for the benchmark's peer
 * gateway (GraphQL Mesh reads it to generate its schema); it is the emulator describing itself,
 * not a copy of PowerOffice's published swagger.
 *
 * Reads only: list (OData `$filter`/`$orderby`/`$top`/`$skip`) and get by id, with the envelopes
 * `{ data, count, success }` and `{ data, success }`. Writes are left out because the peer is
 * only compared on queries.
 */

type Json = Record<string, unknown>;

export interface OpenApiOptions {
  /**
   * Base URL of the API (the document's `servers[0]`). The emulator serves its document with
   * `/`, which OpenAPI resolves against the document's own URL, so it stays right whatever
   * address the emulator listens on.
   */
  readonly serverUrl: string;
  /** Token endpoint, documented as an OAuth2 client-credentials flow. */
  readonly tokenUrl: string;
  readonly title?: string;
}

const scalarSchemas: Record<ScalarKind, Json> = {
  int: { type: 'integer', format: 'int32' },
  long: { type: 'integer', format: 'int64' },
  double: { type: 'number', format: 'double' },
  string: { type: 'string' },
  bool: { type: 'boolean' },
  guid: { type: 'string', format: 'uuid' },
  // No `format: date-time`: the wire carries .NET forms (date-only, no offset, "…T07:58:57
  // +00:00") that strict RFC 3339 parsers in generated clients would reject.
  datetime: { type: 'string', description: 'ISO 8601 date or date-time without offset.' },
  datetimeoffset: { type: 'string', description: 'ISO 8601 date-time with offset.' },
};

/** Builds the document; deterministic for a given registry and options. */
export function buildOpenApi(resources: readonly ResourceSpec[], options: OpenApiOptions): Json {
  const schemas: Record<string, Json> = {};
  const paths: Record<string, Json> = {};
  // Component names are PowerOffice type names; two different field maps under one name
  // (an inline object reused with other fields) get a numbered suffix instead of clobbering.
  const byMap = new Map<FieldMap, string>();

  const component = (typeName: string, fields: FieldMap): Json => {
    let name = byMap.get(fields);
    if (name === undefined) {
      name = typeName;
      for (let i = 2; schemas[name] !== undefined; i++) name = `${typeName}${i}`;
      byMap.set(fields, name);
      schemas[name] = {}; // reserve before recursing: object maps may refer to themselves
      schemas[name] = objectSchema(fields);
    }
    return { $ref: `#/components/schemas/${name}` };
  };

  const fieldSchema = (field: FieldSpec): Json => {
    switch (field.type) {
      case 'scalar':
        return { ...scalarSchemas[field.kind] };
      case 'enum': {
        const names = Object.entries(field.enum.values)
          .map(([n, v]) => `${v} = ${n}`)
          .join(', ');
        return {
          type: 'integer',
          format: 'int32',
          description: `${field.enum.name} (wire number): ${names}.`,
        };
      }
      case 'object':
        return component(field.typeName, field.fields);
      case 'list':
        return { type: 'array', items: fieldSchema(field.item) };
    }
  };

  const objectSchema = (fields: FieldMap): Json => {
    const properties: Record<string, Json> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(fields)) {
      const inner = fieldSchema(field);
      const described = field.description ? { description: field.description } : {};
      const flags = {
        ...(field.readOnly ? { readOnly: true } : {}),
        ...(field.nullable ? { nullable: true } : {}),
      };
      // OpenAPI 3.0 ignores siblings of `$ref`, so a described reference is wrapped in allOf.
      properties[key] =
        '$ref' in inner
          ? { allOf: [inner], ...described, ...flags }
          : { ...inner, ...described, ...flags };
      if (!field.nullable) required.push(key);
    }
    return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  };

  schemas.ApiValidationResult = {
    type: 'object',
    description: 'Why a request failed; present when success is false.',
    properties: {
      errorLogReference: { type: 'string', nullable: true },
      summary: { type: 'string', nullable: true },
      exception: { type: 'string', nullable: true },
    },
  };

  for (const r of resources) {
    const entity = component(r.name, r.fields);
    const listItem =
      r.listFields === r.fields ? entity : component(`${r.name}ListItem`, r.listFields);
    const parentParams = r.parent
      ? [
          {
            name: r.parent.param,
            in: 'path',
            required: true,
            description: `Id of the parent ${r.parent.resource}.`,
            schema: { type: 'integer', format: 'int64' },
          },
        ]
      : [];
    const validation = {
      validation: { allOf: [{ $ref: '#/components/schemas/ApiValidationResult' }], nullable: true },
    };

    if (r.operations.list) {
      const envelope = `${r.name}ListEnvelope`;
      schemas[envelope] = {
        type: 'object',
        required: ['success'],
        properties: {
          data: { type: 'array', items: listItem, nullable: true },
          count: {
            type: 'integer',
            format: 'int32',
            nullable: true,
            description: 'Rows matching $filter, regardless of $top/$skip.',
          },
          success: { type: 'boolean' },
          ...validation,
        },
      };
      paths[r.listPath] = {
        get: {
          operationId: `${r.name}_list`,
          summary: `List ${r.name} rows (OData)${r.maxRows ? `; at most ${r.maxRows} rows` : ''}.`,
          tags: [r.name],
          parameters: [
            ...parentParams,
            odataParam('$filter', 'string', 'OData filter with PascalCase property names.'),
            odataParam('$orderby', 'string', 'Comma-separated `Property asc|desc`.'),
            odataParam('$top', 'integer', 'Page size.'),
            odataParam('$skip', 'integer', 'Rows to skip; needs $top and $orderby.'),
          ],
          responses: { '200': jsonResponse(envelope) },
        },
      };
    }
    if (r.operations.get) {
      const envelope = `${r.name}Envelope`;
      schemas[envelope] = {
        type: 'object',
        required: ['success'],
        properties: {
          data: { allOf: [entity], nullable: true },
          success: { type: 'boolean' },
          ...validation,
        },
      };
      paths[`${r.path}/{id}`] = {
        get: {
          operationId: `${r.name}_get`,
          summary: `One ${r.name} by id.`,
          tags: [r.name],
          parameters: [
            ...parentParams,
            {
              name: 'id',
              in: 'path',
              required: true,
              schema:
                r.idKind === 'guid'
                  ? { type: 'string', format: 'uuid' }
                  : { type: 'integer', format: r.idKind === 'int' ? 'int32' : 'int64' },
            },
          ],
          responses: { '200': jsonResponse(envelope) },
        },
      };
    }
  }

  return {
    openapi: '3.0.3',
    info: {
      title: options.title ?? 'PowerOffice Go v1 (emulator)',
      version: '1',
      description: 'Read routes served by the poweroffice-graphql emulator.',
    },
    servers: [{ url: options.serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        clientCredentials: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: options.tokenUrl, scopes: {} } },
        },
      },
    },
  };
}

/** The emulator's own description, as `GET /__emulator/openapi.json` serves it. */
export function openApiDocument(): Json {
  return buildOpenApi(allResources, { serverUrl: '/', tokenUrl: '/OAuth/Token' });
}

function odataParam(name: string, type: 'string' | 'integer', description: string): Json {
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema: type === 'integer' ? { type: 'integer', format: 'int32', minimum: 0 } : { type },
  };
}

function jsonResponse(schema: string): Json {
  return {
    description: 'The PowerOffice envelope.',
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  };
}
