import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import {
  ConflictInput,
  EntryScores,
  JudgeEntry,
  JudgeEntryParams,
  JudgeRound,
  JudgeRounds,
  Panel,
  PanelInvite,
  PanelMemberParams,
  PublishResults,
  Results,
  ResultsQuery,
  RoundParams,
  ScoreAudit,
  SheetInput,
} from '../../../domain/contracts/contests.js';
import { z } from 'zod';
import { sendAttachment } from '../../lib/http-files.js';
import { signedIn, withRole } from '../../lib/policy.js';
import { declareConflict, entryScores, getJudgeEntry, getJudgeRound, listMyRounds, saveSheet } from './judging.service.js';
import { assignRound, getPanel, inviteJudge, removeJudge } from './panels.service.js';
import { certificate, getResults, publishResults, scoreAudit, scoresWorkbook } from './results.service.js';

/*
 * Who may call what (the services add the row rules: the actor's region, the panel seat, the
 * chair, the assignment and conflicts):
 * - panels and assignment: the admin; the panel's chair may read it;
 * - judging: judges (role `juri`) on the round's panel;
 * - results, the score export and audit: the admin and the chairs;
 * - a certificate: its entrant or the admin.
 */
const admin = withRole('admin');
const adminOrChair = withRole('admin', 'juri');
const judge = withRole('juri');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RoundIdParams = z.strictObject({ roundId: IdParams.shape.id });

/** API: panels, assignment, judging, results, certificates and the score export. */
export const judgingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, mailer, env, storage } = app.deps;
  const db = database.db;
  const mail = { db, mailer, publicUrl: env.publicUrl };
  const tags = ['contests'];
  const panel = '/contests/:id/rounds/:roundId/panel';

  app.get(panel, { config: { policy: adminOrChair }, schema: { tags, params: RoundParams, response: { 200: Panel } } }, async (req) => getPanel(db, req.actor!, req.params.id, req.params.roundId));
  app.post(panel, { config: { policy: admin }, schema: { tags, params: RoundParams, body: PanelInvite, response: { 200: Panel } } }, async (req) =>
    inviteJudge(mail, req.actor!, req.params.id, req.params.roundId, req.body, req.lang, req.id),
  );
  app.delete(`${panel}/:userId`, { config: { policy: admin }, schema: { tags, params: PanelMemberParams, response: { 200: Panel } } }, async (req) =>
    removeJudge(db, req.actor!, req.params.id, req.params.roundId, req.params.userId, req.id),
  );
  app.post('/contests/:id/rounds/:roundId/assignment', { config: { policy: admin }, schema: { tags, params: RoundParams, response: { 200: Panel } } }, async (req) =>
    assignRound(db, req.actor!, req.params.id, req.params.roundId, req.id),
  );

  app.get('/judging', { config: { policy: judge }, schema: { tags, response: { 200: JudgeRounds } } }, async (req) => listMyRounds(db, req.actor!));
  app.get('/judging/:roundId', { config: { policy: judge }, schema: { tags, params: RoundIdParams, response: { 200: JudgeRound } } }, async (req) => getJudgeRound(db, req.actor!, req.params.roundId));
  app.get('/judging/:roundId/entries/:entryId', { config: { policy: judge }, schema: { tags, params: JudgeEntryParams, response: { 200: JudgeEntry } } }, async (req) =>
    getJudgeEntry(db, req.actor!, req.params.roundId, req.params.entryId),
  );
  app.put('/judging/:roundId/entries/:entryId/sheet', { config: { policy: judge }, schema: { tags, params: JudgeEntryParams, body: SheetInput, response: { 200: JudgeEntry } } }, async (req) =>
    saveSheet(db, req.actor!, req.params.roundId, req.params.entryId, req.body, req.id),
  );
  app.post('/judging/:roundId/conflicts', { config: { policy: judge }, schema: { tags, params: RoundIdParams, body: ConflictInput, response: { 200: JudgeRound } } }, async (req) =>
    declareConflict(db, req.actor!, req.params.roundId, req.body, req.id),
  );
  app.get('/judging/:roundId/entries/:entryId/scores', { config: { policy: judge }, schema: { tags, params: JudgeEntryParams, response: { 200: EntryScores } } }, async (req) =>
    entryScores(db, req.actor!, req.params.roundId, req.params.entryId),
  );

  app.get('/contests/:id/results', { config: { policy: adminOrChair }, schema: { tags, params: IdParams, querystring: ResultsQuery, response: { 200: Results } } }, async (req) =>
    getResults(db, req.actor!, req.t, req.params.id, req.query),
  );
  app.post('/contests/:id/results/publish', { config: { policy: adminOrChair }, schema: { tags, params: IdParams, body: PublishResults, response: { 200: Results } } }, async (req) =>
    publishResults(mail, req.actor!, req.t, req.params.id, req.body, req.id),
  );
  app.get('/contests/:id/scores.xlsx', { config: { policy: adminOrChair }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await scoresWorkbook(db, req.actor!, req.t, req.params.id);
    return sendAttachment(reply, { mime: XLSX, name: file.fileName, size: file.bytes.length }, file.bytes);
  });
  app.get('/contests/:id/score-audit', { config: { policy: adminOrChair }, schema: { tags, params: IdParams, response: { 200: ScoreAudit } } }, async (req) => scoreAudit(db, req.actor!, req.params.id));
  app.get('/contest-entries/:id/certificate.pdf', { config: { policy: signedIn }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await certificate({ db, storage }, req.actor!, req.t, req.params.id);
    return sendAttachment(reply, { mime: 'application/pdf', name: file.fileName, size: file.bytes.length }, file.bytes);
  });
};
