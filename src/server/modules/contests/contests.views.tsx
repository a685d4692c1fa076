import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { Eligibility } from '../../../domain/contests/contests.js';
import { indonesianDate, zoneAbbreviations } from '../../../domain/letters/indonesian-date.js';
import { Countdown } from '../portal/countdown.js';
import { formatInstant } from '../portal/format.js';
import type { PageContext } from '../portal/render.js';
import type { PublicContest, PublicContestCard } from './contests.public.js';

/**
 * The contests' public pages as plain HTML (ADR 013). Every instant is on the region's wall clock
 * with its zone; the registration close counts down live (the portal script keeps it running).
 */

type T = PageContext['t'];

const when = (ctx: PageContext, at: Date) => formatInstant(at, ctx.lang, ctx.zone, true);
const zoneOf = (ctx: PageContext) => (ctx.zone in zoneAbbreviations ? (ctx.zone as TimeZone) : 'Asia/Jakarta');
/** A calendar day ("1 Januari 2024") in the page's language. */
const day = (ctx: PageContext, value: string) => (ctx.lang === 'en' ? formatInstant(new Date(`${value}T12:00:00Z`), 'en', 'UTC') : indonesianDate(value, zoneOf(ctx)));

/** Free text as paragraphs: the line breaks the admin typed are kept. */
function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, i) => (
        <p key={i}>{part}</p>
      ))}
    </>
  );
}

/** The address of the entry form; a signed-out visitor goes through sign-in and comes back to it. */
export function enterHref(contestId: string, signedIn: boolean): string {
  const target = `/lomba-saya?ikut=${contestId}`;
  return signedIn ? target : `/masuk?kembali=${encodeURIComponent(target)}`;
}

function CardStatus({ ctx, c }: { ctx: PageContext; c: PublicContestCard }) {
  const { t } = ctx;
  const r = c.registration;
  if (c.resultsPublished) return <p className="status">{t('portal.contest.index.winnersOut')}</p>;
  if (!r) return null;
  if (r.state === 'buka') {
    return (
      <p>
        <span className="muted">{t('portal.contest.index.closesIn')}</span> <Countdown ctx={ctx} at={r.closesAt} />
      </p>
    );
  }
  if (r.state === 'belum') return <p className="muted">{t('portal.contest.index.opensOn', { date: when(ctx, r.opensAt) })}</p>;
  return (
    <p className="muted">
      {t('portal.contest.index.closedOn', { date: when(ctx, r.closesAt) })} {t('portal.contest.index.judging')}
    </p>
  );
}

function Cards({ ctx, items }: { ctx: PageContext; items: PublicContestCard[] }) {
  const { t } = ctx;
  return (
    <ul className="cards">
      {items.map((c) => (
        <li key={c.id} className="card">
          <p className="card-meta">
            <span className="badge">{t(`contestTerms.kind.${c.kind}`)}</span>
          </p>
          <h3>
            <a href={`/lomba/${encodeURIComponent(c.slug)}`}>{c.name}</a>
          </h3>
          {c.description ? <p>{c.description.length > 200 ? `${c.description.slice(0, 199).trimEnd()}…` : c.description}</p> : null}
          <CardStatus ctx={ctx} c={c} />
        </li>
      ))}
    </ul>
  );
}

/** `/lomba`: contests open now (with a countdown), upcoming, and closed ones (with their winners once announced). */
export function ContestsIndexView({ ctx, groups }: { ctx: PageContext; groups: { open: PublicContestCard[]; upcoming: PublicContestCard[]; closed: PublicContestCard[] } }) {
  const { t } = ctx;
  const none = !groups.open.length && !groups.upcoming.length && !groups.closed.length;
  return (
    <div className="contests">
      <h1>{t('portal.contests.title')}</h1>
      <p className="lead">{t('portal.contest.index.lead', { body: ctx.region?.bodyName ?? ctx.region?.name ?? '' })}</p>
      {none ? (
        <div className="notice">
          <p>
            <strong>{t('portal.contest.index.empty')}</strong>
          </p>
          <p>{t('portal.contest.index.later')}</p>
          <p>
            <a href="/pengumuman">{t('portal.contest.index.follow')}</a>
          </p>
        </div>
      ) : null}
      {groups.open.length ? (
        <section aria-labelledby="lomba-dibuka">
          <h2 id="lomba-dibuka">{t('portal.contest.index.open')}</h2>
          <Cards ctx={ctx} items={groups.open} />
        </section>
      ) : null}
      {groups.upcoming.length ? (
        <section aria-labelledby="lomba-segera">
          <h2 id="lomba-segera">{t('portal.contest.index.upcoming')}</h2>
          <Cards ctx={ctx} items={groups.upcoming} />
        </section>
      ) : null}
      {groups.closed.length ? (
        <section aria-labelledby="lomba-ditutup">
          <h2 id="lomba-ditutup">{t('portal.contest.index.closed')}</h2>
          <Cards ctx={ctx} items={groups.closed} />
        </section>
      ) : null}
    </div>
  );
}

/** Who may enter, in sentences. */
function EligibilityText({ ctx, e }: { ctx: PageContext; e: Eligibility }) {
  const { t } = ctx;
  const lines = [
    t('portal.contest.eligibility.entrants', { list: e.entrants.map((k) => t(`contestTerms.entrantKind.${k}`)).join(', ') }),
    e.residentsOnly ? t('portal.contest.eligibility.residentsOnly') : null,
    e.maxGroupSize !== null && e.entrants.includes('kelompok') ? t('portal.contest.eligibility.maxGroupSize', { count: e.maxGroupSize }) : null,
    e.implementedFrom && e.implementedTo
      ? t('portal.contest.eligibility.window', { from: day(ctx, e.implementedFrom), to: day(ctx, e.implementedTo) })
      : e.implementedFrom
        ? t('portal.contest.eligibility.from', { from: day(ctx, e.implementedFrom) })
        : e.implementedTo
          ? t('portal.contest.eligibility.to', { to: day(ctx, e.implementedTo) })
          : null,
    e.notAwardedElsewhere ? t('portal.contest.eligibility.notAwardedElsewhere') : null,
  ].filter((l): l is string => Boolean(l));
  return (
    <>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {e.notes ? <Paragraphs text={e.notes} /> : null}
    </>
  );
}

/** Where registration stands, with the live countdown and the way in while it is open. */
function Registration({ ctx, contest, signedIn }: { ctx: PageContext; contest: PublicContest; signedIn: boolean }) {
  const { t } = ctx;
  const r = contest.registration;
  if (!r || contest.resultsPublished) return null;
  if (r.state === 'belum') return <p className="notice">{t('portal.contest.detail.opensAt', { date: when(ctx, r.opensAt) })}</p>;
  if (r.state === 'tutup') return <p className="notice">{t('portal.contest.detail.closedAt', { date: when(ctx, r.closesAt) })}</p>;
  return (
    <section aria-labelledby="pendaftaran" className="callout">
      <h2 id="pendaftaran">{t('contestTerms.roundKind.pendaftaran')}</h2>
      <p>
        <span className="muted">{t('portal.contest.detail.closesIn')}</span> <Countdown ctx={ctx} at={r.closesAt} />
      </p>
      <p>{t('portal.contest.detail.closesAt', { date: when(ctx, r.closesAt) })}</p>
      <p>
        <a className="button" href={enterHref(contest.id, signedIn)}>
          {t('portal.contest.detail.enter')}
        </a>
      </p>
      <p className="hint">
        {signedIn ? (
          t('portal.contest.detail.enterHint')
        ) : (
          <>
            {t('portal.contest.detail.signInHint')} <a href={enterHref(contest.id, false)}>{t('portal.contest.detail.signIn')}</a> · <a href="/daftar">{t('portal.contest.detail.register')}</a>
          </>
        )}
      </p>
    </section>
  );
}

function Winners({ t, winners }: { t: T; winners: NonNullable<PublicContest['winners']> }) {
  return (
    <section aria-labelledby="pemenang">
      <h2 id="pemenang">{t('portal.contest.detail.winners')}</h2>
      {winners.map((c) => (
        <section key={c.category} className="winners">
          <h3>{c.category}</h3>
          {c.ranking.length ? (
            <ol className="ranking">
              {c.ranking.map((w, i) => (
                <li key={`${w.rank}-${i}`}>
                  <strong>{t('portal.contest.detail.rank', { rank: w.rank })}</strong>: {w.title} — {w.entrantName}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('portal.contest.detail.noWinners')}</p>
          )}
        </section>
      ))}
    </section>
  );
}

/** `/lomba/<slug>`: the contest's announcement — rules, who may enter, timeline, the way in, the winners. */
export function ContestView({ ctx, contest, signedIn }: { ctx: PageContext; contest: PublicContest; signedIn: boolean }) {
  const { t } = ctx;
  return (
    <article className="contest">
      <p className="breadcrumb">
        <a href="/lomba">{t('portal.contest.detail.back')}</a>
      </p>
      <p className="card-meta">
        <span className="badge">{t(`contestTerms.kind.${contest.kind}`)}</span> <span className="muted">{t(`contestTerms.status.${contest.status}`)}</span>
      </p>
      <h1>{contest.name}</h1>
      {contest.winners ? <Winners t={t} winners={contest.winners} /> : null}
      <Registration ctx={ctx} contest={contest} signedIn={signedIn} />
      {contest.description ? (
        <section aria-labelledby="tentang">
          <h2 id="tentang">{t('portal.contest.detail.about')}</h2>
          <Paragraphs text={contest.description} />
        </section>
      ) : null}
      <section aria-labelledby="syarat">
        <h2 id="syarat">{t('portal.contest.detail.eligibility')}</h2>
        <EligibilityText ctx={ctx} e={contest.eligibility} />
      </section>
      <section aria-labelledby="kategori">
        <h2 id="kategori">{t('portal.contest.detail.categories')}</h2>
        <ul>
          {contest.categories.map((c) => (
            <li key={c.key}>{c.name}</li>
          ))}
        </ul>
        {contest.fieldsOfWork.length ? (
          <>
            <h3>{t('portal.contest.detail.fieldsOfWork')}</h3>
            <ul>
              {contest.fieldsOfWork.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="jadwal">
        <h2 id="jadwal">{t('portal.contest.detail.timeline')}</h2>
        <p className="muted">{t('portal.contest.detail.zoneNote', { zone: zoneAbbreviations[zoneOf(ctx)] })}</p>
        <div className="table-wrap">
          <table>
            {/* Names the table for those who move from table to table; visible, as the portal's stylesheet has no visually-hidden class. */}
            <caption>{t('portal.contest.detail.timelineCaption', { name: contest.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portal.contest.detail.round')}</th>
                <th scope="col">{t('portal.contest.detail.opens')}</th>
                <th scope="col">{t('portal.contest.detail.closes')}</th>
                <th scope="col">{t('portal.contest.detail.state')}</th>
              </tr>
            </thead>
            <tbody>
              {contest.rounds.map((r, i) => (
                <tr key={i}>
                  <th scope="row">
                    {r.name}
                    <br />
                    <span className="muted">
                      {t(`contestTerms.roundKind.${r.kind}`)}
                      {r.mode ? ` · ${t(`contestTerms.judgingMode.${r.mode}`)}` : ''}
                    </span>
                  </th>
                  <td>
                    <time dateTime={r.opensAt.toISOString()}>{when(ctx, r.opensAt)}</time>
                  </td>
                  <td>
                    <time dateTime={r.closesAt.toISOString()}>{when(ctx, r.closesAt)}</time>
                  </td>
                  <td>{t(`contestTerms.roundState.${r.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {contest.rules ? (
        <section aria-labelledby="ketentuan">
          <h2 id="ketentuan">{t('portal.contest.detail.rules')}</h2>
          <Paragraphs text={contest.rules} />
        </section>
      ) : null}
      {!contest.winners && contest.registration?.state === 'tutup' ? <p className="muted">{t('portal.contest.detail.resultsLater')}</p> : null}
    </article>
  );
}
