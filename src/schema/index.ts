import { defaultFieldResolver, type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { builder } from './builder.js';
import { buildResourceTypes } from './resource-type.js';
import './types/address.js';
import './types/customer.js';
import './types/employee.js';
import './types/outgoing-invoice-line.js';
import './types/outgoing-invoice.js';
import './types/project.js';
import './types/supplier.js';

/**
 * Drops graphql's default resolver wherever a field has it (Pothos sets it on a field exposed
 * under its own property's name). graphql's executor runs the same resolver when a field has
 * none, so nothing changes there; graphql-jit reads such a field's property inline instead of
 * calling a resolver with a resolve-info object it builds for each call (an s1 operation
 * resolves about 600 fields; bench/analysis.md).
 */
export function withoutDefaultResolvers(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve === defaultFieldResolver) field.resolve = undefined;
    }
  }
  return built;
}

/** The executable schema: the overrides registered, every resource's type built, then once. */
buildResourceTypes();
export const schema = withoutDefaultResolvers(builder.toSchema());
