import type { Strings } from './en.js';

// Italian elides before a vowel sound: 1 (uno), 8 (otto) and 11 (undici) take “all’”, “l’”.
const VOWEL_DAY = /^(1|8|11) /;
/** “al 10 dicembre 2024”, “all’8 dicembre 2024”, “a dicembre 2024”, “al 2024”. */
const al = (date: string) => (VOWEL_DAY.test(date) ? `all’${date}` : /^\d+( |$)/.test(date) ? `al ${date}` : `a ${date}`);
/** “il 27 novembre 2026”, “l’8 novembre 2026”, “a novembre 2026”, “nel 2026”. */
const il = (date: string) =>
  VOWEL_DAY.test(date) ? `l’${date}` : /^\d+ /.test(date) ? `il ${date}` : /^\d+$/.test(date) ? `nel ${date}` : `a ${date}`;
/** “da” + “lo script…” contracts to “dallo script…”, + “la proprietà…” to “dalla proprietà…”. */
const da = (where: string) => (/^l[oa] /.test(where) ? `dal${where}` : `da ${where}`);

/** The interface in Italian. */
const it: Strings = {
  loading: 'Caricamento…',
  errorTitle: 'Impossibile mostrare questo approfondimento',
  retry: 'Riprova',
  errorNetwork: (url) => `Impossibile raggiungere i dati all’indirizzo ${url}.`,
  errorHttp: (url, status) => `I dati all’indirizzo ${url} hanno risposto con HTTP ${status}.`,
  errorTimeout: (url, s) => `I dati all’indirizzo ${url} non sono arrivati entro ${s} second${s === 1 ? 'o' : 'i'}.`,
  errorJson: (where, detail) => `I dati provenienti ${da(where)} non sono JSON valido: ${detail}`,
  errorInvalid: (where, n) =>
    `I dati provenienti ${da(where)} presentano ${n} problem${n === 1 ? 'a' : 'i'}; i dettagli sono nella console del browser.`,
  errorModule: (file: string) =>
    `Non è stato possibile caricare una parte di questa scheda (${file}), quindi i dati non sono stati verificati.`,
  unavailable: 'Non è stato possibile caricare questa parte della scheda. Riprova più tardi.',
  errorOrigin: (url: string) => `Questa pagina non mostra dati da ${url}.`,
  errorUrl: (url) => `«${url}» non è un indirizzo http(s).`,
  inlineScript: 'lo script incorporato',
  dataProperty: 'la proprietà data',
  asOf: (date) => {
    const s = al(date);
    return s[0].toUpperCase() + s.slice(1);
  },
  expected: 'Previsto',
  sources: 'Fonti',
  archived: 'copia archiviata',
  source: 'Fonte',
  actorsInvolved: 'Chi ha partecipato',
  notes: { clarification: 'Precisazione', correction: 'Rettifica', update: 'Aggiornamento' },
  close: 'Chiudi',
  timelineLabel: 'Cronologia',
  position: { support: 'Favorevole', oppose: 'Contrario', mixed: 'Con riserve', unknown: 'Posizione non dichiarata' },
  basis: { 'own-words': 'Con parole sue', action: 'Con i fatti', reported: 'Secondo quanto riferito' },
  basisShort: { 'own-words': 'Citazione', action: 'Azione', reported: 'Riferito' },
  history: 'Posizioni precedenti',
  earlier: (n) => `${n} precedent${n === 1 ? 'e' : 'i'}`,
  noStance: 'Le nostre fonti non registrano una posizione dichiarata.',
  basisLegend: { 'own-words': 'parole testuali', action: 'ha votato, proposto o firmato', reported: 'lo riferiscono altri' },
  translation: 'Traduzione',
  colon: ':',
  matrixCaption: 'Le posizioni',
  actor: 'Chi',
  getData: 'Scarica i dati',
  eventsCsv: 'Eventi (CSV)',
  stancesCsv: 'Posizioni (CSV)',
  describes: (asOf, checked) => `Situazione ${al(asOf)}${checked ? ` (fatti verificati ${il(checked)})` : ''}`,
  howWeGotHere: 'Come si è arrivati fin qui',
  whoStandsWhere: 'Chi è a favore, chi è contro',
  viewingAsOf: (date, title) => `Posizioni ${al(date)} (${title}).`,
  viewingExpected: (title) => `${title}: non è ancora avvenuto; sono mostrate le posizioni più recenti.`,
  backToLatest: 'Mostra le più recenti',
  clusterTitle: (n) => `${n} eventi`,
  zoomIn: 'Mostrali',
  zoomedTo: (period) => `Periodo mostrato: ${period}.`,
  zoomOut: 'Tutta la cronologia',
  stretched: 'Zone ombreggiate: anni densi di eventi, su scala più ampia.',
  copyLink: 'Copia il link',
  linkCopied: 'Link copiato',
};
export default it;
