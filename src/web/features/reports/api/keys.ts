/** An innovation's files, made on request; plain links, the session cookie authorises them. */
export const innovationDossierUrl = (id: string) => `/api/innovations/${encodeURIComponent(id)}/dossier.pdf`;
export const innovationEvidenceZipUrl = (id: string) => `/api/innovations/${encodeURIComponent(id)}/evidence.zip`;
