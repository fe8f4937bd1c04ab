import type { Strings } from './en.js';

/** “de” + “el script…” contracts to “del script…”; a URL keeps “de”. */
const from = (where: string) => (where.startsWith('el ') ? `d${where}` : `de ${where}`);

/** The interface in Spanish: natural, newsroom Spanish, not word for word. */
const es: Strings = {
  loading: 'Cargando…',
  errorTitle: 'No se pudo mostrar este explicador',
  retry: 'Reintentar',
  errorNetwork: (url) => `No se pudo acceder a los datos de ${url}.`,
  errorHttp: (url, status) => `Los datos de ${url} respondieron con HTTP ${status}.`,
  errorTimeout: (url, s) => `Los datos de ${url} no llegaron en ${s} segundos.`,
  errorJson: (where, detail) => `Los datos ${from(where)} no son JSON válido: ${detail}`,
  errorInvalid: (where, n) =>
    `Los datos ${from(where)} tienen ${n} problema${n === 1 ? '' : 's'}; los detalles están en la consola del navegador.`,
  errorModule: (file: string) => `No se pudo cargar una parte de este explicador (${file}), así que no se pudieron comprobar los datos.`,
  unavailable: 'No se pudo cargar esta parte del explicador. Inténtelo más tarde.',
  errorOrigin: (url: string) => `Esta página no muestra datos de ${url}.`,
  errorUrl: (url) => `“${url}” no es una dirección http(s).`,
  inlineScript: 'el script en línea',
  dataProperty: 'la propiedad data',
  asOf: (date) => `Datos al ${date}`,
  expected: 'Previsto',
  sources: 'Fuentes',
  archived: 'copia archivada',
  source: 'Fuente',
  actorsInvolved: 'Quiénes participaron',
  notes: { clarification: 'Aclaración', correction: 'Corrección', update: 'Actualización' },
  close: 'Cerrar',
  timelineLabel: 'Cronología',
  position: { support: 'A favor', oppose: 'En contra', mixed: 'Postura matizada', unknown: 'Sin postura declarada' },
  basis: { 'own-words': 'En sus propias palabras', action: 'Por sus acciones', reported: 'Según lo publicado' },
  basisShort: { 'own-words': 'Sus palabras', action: 'Acción', reported: 'Publicado' },
  history: 'Posturas anteriores',
  earlier: (n) => `${n} anterior${n === 1 ? '' : 'es'}`,
  noStance: 'Nuestras fuentes no registran una postura declarada.',
  basisLegend: { 'own-words': 'una cita textual', action: 'votó, propuso o firmó', reported: 'otra persona lo afirma' },
  translation: 'Traducción',
  colon: ':',
  matrixCaption: 'Dónde se ubica cada uno',
  actor: 'Quién',
  getData: 'Descargar los datos',
  eventsCsv: 'Hechos (CSV)',
  stancesCsv: 'Posturas (CSV)',
  // "al 10 de diciembre de 2024" but "a diciembre de 2024"; "el 27 de…" but "en noviembre de 2026".
  describes: (asOf, checked) =>
    `Describe la situación ${/^\d+ /.test(asOf) ? 'al' : 'a'} ${asOf}${checked ? ` (datos verificados ${/^\d+ /.test(checked) ? 'el' : 'en'} ${checked})` : ''}`,
  howWeGotHere: 'Cómo se llegó hasta aquí',
  whoStandsWhere: 'Quién está dónde',
  viewingAsOf: (date, title) => `Posturas al ${date} (${title}).`,
  viewingExpected: (title) => `${title}: aún no ha ocurrido; se muestran las posturas más recientes.`,
  backToLatest: 'Ver lo más reciente',
  clusterTitle: (n) => `${n} hechos`,
  zoomIn: 'Mostrarlos',
  zoomedTo: (period) => `Se muestra ${period}.`,
  zoomOut: 'Toda la cronología',
  stretched: 'Sombreado: años con muchos hechos, a mayor escala.',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
};
export default es;
