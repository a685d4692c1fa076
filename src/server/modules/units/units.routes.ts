import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { ImportReport, Unit, UnitInput, UnitList, UnitListQuery, UnitUpdate, unitImportColumns } from '../../../domain/contracts/units.js';
import { AppError } from '../../lib/errors.js';
import { writeSheet } from '../../lib/spreadsheet.js';
import { importUnits } from './units.import.js';
import { canListUnits, canManageUnits } from './units.policy.js';
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from './units.service.js';

const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const DeleteQuery = z.strictObject({ reason: z.string().trim().max(500).optional() });

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['units'];

  app.get('/units', { config: { policy: canListUnits }, schema: { tags, querystring: UnitListQuery, response: { 200: UnitList } } }, async (req) =>
    listUnits(db, req.actor!, req.query),
  );

  app.post('/units', { config: { policy: canManageUnits }, schema: { tags, body: UnitInput, response: { 201: Unit } } }, async (req, reply) =>
    reply.status(201).send(await createUnit(db, req.actor!, req.body, req.id)),
  );

  app.get('/units/import-template', { config: { policy: canManageUnits }, schema: { tags } }, async (_req, reply) => {
    const textColumns = unitImportColumns.flatMap((c, i) => (c.key === 'headNip' || c.key === 'phone' ? [i] : []));
    const file = await writeSheet('Unit', unitImportColumns.map((c) => c.heading), [], textColumns);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="templat-unit.xlsx"')
      .send(file);
  });

  app.post('/units/import', { config: { policy: canManageUnits }, schema: { tags, consumes: ['multipart/form-data'], response: { 200: ImportReport } } }, async (req) => {
    const part = await req.file({ limits: { fileSize: IMPORT_MAX_BYTES } });
    if (!part) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'file', key: 'error.fileMissing' }]);
    const buf = await part.toBuffer();
    return importUnits(db, req.actor!, buf, req.t, req.id);
  });

  app.get('/units/:id', { config: { policy: canListUnits }, schema: { tags, params: IdParams, response: { 200: Unit } } }, async (req) =>
    getUnit(db, req.actor!, req.params.id),
  );

  app.patch('/units/:id', { config: { policy: canManageUnits }, schema: { tags, params: IdParams, body: UnitUpdate, response: { 200: Unit } } }, async (req) =>
    updateUnit(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.delete('/units/:id', { config: { policy: canManageUnits }, schema: { tags, params: IdParams, querystring: DeleteQuery } }, async (req, reply) => {
    await deleteUnit(db, req.actor!, req.params.id, req.query.reason, req.id);
    return reply.status(204).send();
  });
};
