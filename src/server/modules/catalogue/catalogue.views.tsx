import { catalogueFacetNames, type CatalogueFacetName, type FacetOption, type PublicInnovation, type PublicInnovationCard } from '../../../domain/contracts/catalogue.js';
import type { DesignBlock } from '../../../domain/portal/catalogue-design.js';
import {
  catalogueFacetParams,
  catalogueHref,
  catalogueSort,
  catalogueSorts,
  cataloguePageSize,
  chosenFacetValue,
  hasCatalogueFilters,
  type CatalogueQuery,
} from '../../../domain/portal/catalogue-query.js';
import { formatInstant } from '../portal/format.js';
import { Pager, type PageContext } from '../portal/render.js';
import type { CatalogueResult } from './catalogue.query.js';

/*
 * The catalogue's public pages as plain, semantic HTML (ADR 013): readable without JavaScript and
 * on a 360 px phone. Class names (`filters`, `facet`, `cards`, `card`, `pager`, `facts`) are styled by
 * the portal stylesheet. Every text shown here comes from the masked public shapes.
 */

type T = PageContext['t'];

/** The labels of the chosen filters ("Dinas Kesehatan, 2026"), for the page title. */
export function chosenFilterLabels(query: CatalogueQuery, facets: CatalogueResult['facets']): string[] {
  return catalogueFacetNames.flatMap((f) => {
    const v = chosenFacetValue(query, f);
    if (v === undefined) return [];
    return [facets[f].find((o) => o.value === v)?.label ?? v];
  });
}

function FacetSelect({ t, facet, options, value }: { t: T; facet: CatalogueFacetName; options: FacetOption[]; value: string | undefined }) {
  const id = `saring-${catalogueFacetParams[facet]}`;
  // A chosen value that matches nothing any more still shows, so the reader sees what narrows the list.
  const shown = value !== undefined && !options.some((o) => o.value === value) ? [...options, { value, label: value, count: 0 }] : options;
  return (
    <div className="facet">
      <label htmlFor={id}>{t(`portal.catalogue.filters.${facet}`)}</label>
      <select id={id} name={catalogueFacetParams[facet]} defaultValue={value ?? ''}>
        <option value="">{t('portal.catalogue.filters.all')}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {t('portal.catalogue.filters.option', { label: o.label, count: o.count })}
          </option>
        ))}
      </select>
    </div>
  );
}

export function InnovationCard({ card, headingLevel = 3 }: { card: PublicInnovationCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      <Heading>
        <a href={`/inovasi/${card.slug}`}>{card.name}</a>
      </Heading>
      <p className="meta">
        <span>{card.unitName}</span>
        {' · '}
        <span>{card.stageLabel}</span>
        {card.affairLabel ? (
          <>
            {' · '}
            <span>{card.affairLabel}</span>
          </>
        ) : null}
        {' · '}
        <span>{card.year}</span>
      </p>
      {card.summary ? <p>{card.summary}</p> : null}
    </article>
  );
}

export function CatalogueView({ ctx, query, result, title }: { ctx: PageContext; query: CatalogueQuery; result: CatalogueResult; title: string }) {
  const { t } = ctx;
  const sort = catalogueSort(query);
  const pages = Math.max(1, Math.ceil(result.total / cataloguePageSize));
  const from = result.total === 0 ? 0 : (result.page - 1) * cataloguePageSize + 1;
  const to = Math.min(result.total, result.page * cataloguePageSize);
  const filtered = hasCatalogueFilters(query);
  // The region filter only means something when the installation hosts several regions.
  const facets = catalogueFacetNames.filter((f) => (f === 'region' ? result.facets.region.length > 1 || query.wilayah !== undefined : result.facets[f].length > 0 || chosenFacetValue(query, f) !== undefined));
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('portal.catalogue.lead')}</p>
      <form className="filters" method="get" action="/inovasi" role="search" data-autosubmit="">
        <div className="search">
          <label htmlFor="cari">{t('portal.catalogue.search.label')}</label>
          <p className="hint" id="cari-petunjuk">
            {t('portal.catalogue.search.hint')}
          </p>
          <div className="search-row">
            <input id="cari" type="search" name="q" defaultValue={query.q ?? ''} maxLength={200} aria-describedby="cari-petunjuk" autoComplete="off" />
            <button type="submit">{t('portal.catalogue.search.button')}</button>
          </div>
        </div>
        <fieldset>
          <legend>{t('portal.catalogue.filters.title')}</legend>
          {facets.map((f) => (
            <FacetSelect key={f} t={t} facet={f} options={result.facets[f]} value={chosenFacetValue(query, f)} />
          ))}
          <div className="facet">
            <label htmlFor="saring-urut">{t('portal.catalogue.filters.sort')}</label>
            <select id="saring-urut" name="urut" defaultValue={sort}>
              {catalogueSorts
                .filter((s) => s !== 'relevansi' || query.q)
                .map((s) => (
                  <option key={s} value={s}>
                    {t(`portal.catalogue.sort.${s}`)}
                  </option>
                ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">{t('portal.catalogue.filters.apply')}</button>
            {filtered ? <a href="/inovasi">{t('portal.catalogue.filters.reset')}</a> : null}
          </div>
        </fieldset>
      </form>
      <section className="results" aria-labelledby="hasil">
        <h2 id="hasil">{t('portal.catalogue.results.title')}</h2>
        <p className="count">
          {t('portal.catalogue.results.count', { count: result.total })}
          {result.total > cataloguePageSize && result.items.length ? (
            <>
              {' · '}
              {t('portal.catalogue.results.range', { from, to, total: result.total })}
            </>
          ) : null}
        </p>
        {result.items.length === 0 ? (
          <div className="empty">
            {filtered ? (
              <>
                <p>{t('portal.catalogue.results.empty')}</p>
                <p>{t('portal.catalogue.results.emptyHint')}</p>
                <p>
                  <a href="/inovasi">{t('portal.catalogue.filters.reset')}</a>
                </p>
              </>
            ) : (
              <p>{t('portal.catalogue.results.emptyCatalogue')}</p>
            )}
          </div>
        ) : (
          <ul className="cards">
            {result.items.map((card) => (
              <li key={card.id}>
                <InnovationCard card={card} />
              </li>
            ))}
          </ul>
        )}
        <Pager t={t} page={Math.min(result.page, pages)} pages={pages} href={(page) => catalogueHref(query, { halaman: page })} />
      </section>
    </>
  );
}

function Design({ blocks }: { blocks: DesignBlock[] }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'heading' ? (
          <h3 key={i}>{b.text}</h3>
        ) : b.kind === 'list' ? (
          b.ordered ? (
            <ol key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ol>
          ) : (
            <ul key={i}>
              {b.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          )
        ) : (
          <p key={i}>{b.text}</p>
        ),
      )}
    </>
  );
}

/** Free text with the paragraphs people typed. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\r?\n\s*\r?\n|\r?\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

function TextSection({ id, title, text }: { id: string; title: string; text: string | null }) {
  if (!text) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Paragraphs text={text} />
    </section>
  );
}

/** An OpenStreetMap link (no map tiles on the page: they would weigh more than the whole page). */
export function osmHref(lat: number, lon: number): string {
  const la = lat.toFixed(5);
  const lo = lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=16/${la}/${lo}`;
}

export function InnovationView({ ctx, item, signedIn }: { ctx: PageContext; item: PublicInnovation; signedIn: boolean }) {
  const { t, lang } = ctx;
  const tz = ctx.region?.timeZone ?? 'Asia/Jakarta';
  const day = (iso: string | null) => (iso ? formatInstant(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso), lang, iso.length === 10 ? 'UTC' : tz) : null);
  const path = `/inovasi/${item.slug}`;
  const facts: [string, string | null][] = [
    [t('portal.catalogue.detail.unit'), item.unitName],
    [t('portal.catalogue.detail.region'), item.regionName],
    [t('portal.catalogue.detail.stage'), item.stageLabel],
    [t('portal.catalogue.detail.kind'), item.kindLabel],
    [t('portal.catalogue.detail.form'), item.formLabel],
    [t('portal.catalogue.detail.affairs'), item.affairs.map((a) => a.label).join(', ') || null],
    [t('portal.catalogue.detail.year'), String(item.year)],
    [t('portal.catalogue.detail.trialStartedOn'), day(item.trialStartedOn)],
    [t('portal.catalogue.detail.implementedOn'), day(item.implementedOn)],
    [t('portal.catalogue.detail.developedOn'), day(item.developedOn)],
    [t('portal.catalogue.detail.publishedOn'), day(item.publishedAt)],
  ];
  return (
    <article className="innovation">
      <p className="breadcrumb">
        <a href="/inovasi">{t('portal.catalogue.detail.back')}</a>
      </p>
      <h1>{item.name}</h1>
      <p className="lead">
        {item.unitName} · {item.regionName}
      </p>
      <div className="follow">
        <button
          type="button"
          hidden
          data-portal-action="POST /api/follows"
          data-body={JSON.stringify({ subject: 'innovation', subjectId: item.id })}
          data-done={t('portal.catalogue.detail.followed')}
        >
          {t('portal.catalogue.detail.follow')}
        </button>
        {signedIn ? null : (
          <noscript>
            <a href={`/masuk?kembali=${encodeURIComponent(path)}`}>{t('portal.catalogue.detail.followSignIn')}</a>
          </noscript>
        )}
        <p className="hint">{t('portal.catalogue.detail.followHint')}</p>
      </div>
      <section aria-labelledby="ringkasan">
        <h2 id="ringkasan">{t('portal.catalogue.detail.facts')}</h2>
        <dl className="facts">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      </section>
      <TextSection id="tujuan" title={t('portal.catalogue.detail.goal')} text={item.goal} />
      {item.design.length ? (
        <section aria-labelledby="rancang-bangun">
          <h2 id="rancang-bangun">{t('portal.catalogue.detail.design')}</h2>
          <Design blocks={item.design} />
        </section>
      ) : null}
      <TextSection id="manfaat" title={t('portal.catalogue.detail.benefits')} text={item.benefits} />
      <TextSection id="hasil" title={t('portal.catalogue.detail.results')} text={item.results} />
      {item.videoUrl || item.hasVideoFile ? (
        <section aria-labelledby="video">
          <h2 id="video">{t('portal.catalogue.detail.video')}</h2>
          <ul>
            {item.videoUrl ? (
              <li>
                <a href={item.videoUrl} rel="noopener noreferrer external">
                  {t('portal.catalogue.detail.watchVideo')}
                </a>
              </li>
            ) : null}
            {item.hasVideoFile ? (
              <li>
                <a href={`${path}/video`}>{t('portal.catalogue.detail.videoFile')}</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {item.latitude !== null && item.longitude !== null ? (
        <section aria-labelledby="lokasi">
          <h2 id="lokasi">{t('portal.catalogue.detail.location')}</h2>
          <p>{t('portal.catalogue.detail.coordinates', { lat: item.latitude.toFixed(5), lon: item.longitude.toFixed(5) })}</p>
          <p>
            <a href={osmHref(item.latitude, item.longitude)} rel="noopener noreferrer external">
              {t('portal.catalogue.detail.map')}
            </a>
          </p>
        </section>
      ) : null}
      {item.related.length ? (
        <section aria-labelledby="terkait">
          <h2 id="terkait">{t('portal.catalogue.detail.related')}</h2>
          <ul className="cards">
            {item.related.map((card) => (
              <li key={card.id}>
                <InnovationCard card={card} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
