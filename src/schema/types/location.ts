import {
  type LocationDto,
  LocationResource,
  locationFields,
} from '../../poweroffice/resources/location.js';
import { builder } from '../builder.js';
import { listInputs, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';

export type LocationModel = LocationDto;

const F = locationFields;

export const Location = builder.objectRef<LocationModel>('Location');
export const locationInputs = listInputs('Location', F);

builder.node(Location, {
  description: 'A location dimension (PowerOffice `Location`).',
  id: { resolve: (l) => String(l.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.locationById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    isActive: wire(t, F, 'isActive'),
  }),
});

builder.queryFields((t) => ({
  locations: rootConnection(t, {
    type: Location,
    resource: LocationResource,
    map: F,
    inputs: locationInputs,
    name: 'LocationConnection',
    description: 'Locations (`GET /Location`).',
  }),
  location: t.field({
    type: Location,
    description: 'One location by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Location code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.locationByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Location',
    ref: Location,
    resource: LocationResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(LocationResource, saved),
  }),
);
