import type { Strings } from './en.js';

// French typography: a no-break space before “:” and inside « », a narrow one before “;”.
const NB = '\u00a0';
const NNB = '\u202f';
/** “au 10 décembre 2024”, but “en décembre 2024” and “en 2024”. */
const au = (date: string) => `${/^\d+ /.test(date) ? 'au' : 'en'} ${date}`;
/** “de” + “le script…” contracts to “du script…”. */
const de = (where: string) => (where.startsWith('le ') ? `du ${where.slice(3)}` : `de ${where}`);

/** The interface in French. */
const fr: Strings = {
  loading: 'Chargement…',
  errorTitle: 'Impossible d’afficher ce décryptage',
  retry: 'Réessayer',
  errorNetwork: (url) => `Les données de ${url} sont inaccessibles.`,
  errorHttp: (url, status) => `Les données de ${url} ont renvoyé une erreur HTTP ${status}.`,
  errorTimeout: (url, s) => `Les données de ${url} ne sont pas arrivées dans un délai de ${s}${NB}seconde${s > 1 ? 's' : ''}.`,
  errorJson: (where, detail) => `Les données ${de(where)} ne sont pas du JSON valide${NB}: ${detail}`,
  errorInvalid: (where, n) =>
    `Les données ${de(where)} comportent ${n}${NB}problème${n > 1 ? 's' : ''}${NNB}; le détail figure dans la console du navigateur.`,
  errorModule: (file: string) =>
    `Une partie de cet explicatif (${file}) n’a pas pu être chargée : les données n’ont donc pas pu être vérifiées.`,
  unavailable: 'Cette partie de l’explicatif n’a pas pu être chargée. Réessayez plus tard.',
  errorOrigin: (url: string) => `Cette page n’affiche pas de données provenant de ${url}.`,
  errorUrl: (url) => `«${NB}${url}${NB}» n’est pas une adresse http(s).`,
  inlineScript: 'le script intégré',
  dataProperty: 'la propriété data',
  asOf: (date) => `${/^\d+ /.test(date) ? 'Au' : 'En'} ${date}`,
  expected: 'Prévu',
  sources: 'Sources',
  archived: 'copie archivée',
  source: 'Source',
  actorsInvolved: 'Qui a pris part',
  notes: { clarification: 'Précision', correction: 'Rectificatif', update: 'Mise à jour' },
  close: 'Fermer',
  timelineLabel: 'Chronologie',
  position: { support: 'Pour', oppose: 'Contre', mixed: 'Mitigé', unknown: 'Sans position déclarée' },
  basis: { 'own-words': 'En ses propres termes', action: 'Par ses actes', reported: 'Selon des tiers' },
  basisShort: { 'own-words': 'Propos', action: 'Acte', reported: 'Rapporté' },
  history: 'Positions antérieures',
  earlier: (n) => `${n}${NB}antérieure${n > 1 ? 's' : ''}`,
  noStance: 'Nos sources ne font état d’aucune position déclarée.',
  basisLegend: { 'own-words': 'citation directe', action: 'a voté, déposé ou signé un texte', reported: 'selon d’autres personnes' },
  translation: 'Traduction',
  /** A no-break space before the colon, as French typography has it. */
  colon: `${NB}:`,
  matrixCaption: 'Les positions de chacun',
  actor: 'Qui',
  getData: 'Télécharger les données',
  eventsCsv: 'Événements (CSV)',
  stancesCsv: 'Positions (CSV)',
  describes: (asOf, checked) =>
    `Situation ${au(asOf)}${checked ? ` (faits vérifiés ${/^\d+ /.test(checked) ? 'le' : 'en'} ${checked})` : ''}`,
  howWeGotHere: 'Comment on en est arrivé là',
  whoStandsWhere: 'Qui pense quoi',
  viewingAsOf: (date, title) => `Positions ${au(date)} (${title}).`,
  viewingExpected: (title) => `${title}${NB}: n’a pas encore eu lieu${NNB}; voici les positions les plus récentes.`,
  backToLatest: 'Voir les plus récentes',
  clusterTitle: (n) => `${n}${NB}événements`,
  zoomIn: 'Les afficher',
  zoomedTo: (period) => `Période affichée${NB}: ${period}.`,
  zoomOut: 'Toute la chronologie',
  stretched: `Zones teintées${NB}: années chargées, représentées à plus grande échelle.`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
};
export default fr;
