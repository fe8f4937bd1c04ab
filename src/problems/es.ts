import type {
  At,
  Char,
  Expect,
  JsonExpected,
  LinkWhy,
  MadeUp,
  Place,
  ProblemWords,
  Reason,
  SheetWhere,
  Shown,
  Slide,
  TimelineDateWhy,
} from './codes.js';

/**
 * Every problem in Spanish, for the studio: the same codes and values as en.ts, other words.
 * TypeScript refuses this table when it misses a code; test/problems/words.test.ts checks that no
 * problem of the invalid corpus or the converters' fixtures comes out in English, and that every
 * description in data/schema.json has its Spanish here (SCHEMA_ES).
 */

/** The schema's descriptions (data/schema.json), by their location in it. */
export const SCHEMA_ES: Record<string, string> = {
  '': 'unos datos de policy-explainer: cómo nació una política (hechos) y quién está dónde (actores × preguntas → posturas), con fuentes para cada afirmación',
  '/properties/asOf': 'la fecha a la que están actualizados los hechos; los hechos posteriores se dibujan como previstos',
  '/properties/updated':
    'cuándo se comprobaron los hechos por última vez con las fuentes; el gráfico la muestra solo si es posterior a asOf',
  '/properties/events': 'una lista de hechos (puede estar vacía si la historia es solo una matriz de posturas, con actores y preguntas)',
  '/$defs/Id': 'un id: minúsculas, cifras y guiones, como "lopez" o "vote-2025"',
  '/$defs/PartialDate': 'una fecha con su precisión: un año "1985", un mes "2022-08" o un día "2017-01-25"',
  '/$defs/Url': 'una dirección web que empiece por http:// o https://',
  '/$defs/LanguageCode': 'un código de idioma como "en" o "es"',
  '/$defs/ShortText': 'un texto breve: una cadena, o un objeto de idiomas con al menos el inglés, como {"en": "…", "es": "…"}',
  '/$defs/ShortText/anyOf/1/properties/en': 'el texto en inglés (todo objeto de idiomas lo necesita)',
  '/$defs/LongText': 'un texto: una cadena, o un objeto de idiomas con al menos el inglés, como {"en": "…", "es": "…"}',
  '/$defs/LongText/anyOf/1/properties/en': 'el texto en inglés (todo objeto de idiomas lo necesita)',
  '/$defs/Note': 'una aclaración o corrección que se muestra junto a lo que aclara',
  '/$defs/Source/properties/archived':
    'la dirección de una copia de la página en un archivo web (como https://web.archive.org/web/…), que se ofrece junto al enlace y se escribe en la versión impresa',
  '/$defs/Event/properties/end': 'para un periodo: cuándo terminó. Un periodo que sigue en curso en asOf termina en asOf o después',
  '/$defs/Issue/properties/short':
    'un encabezado corto opcional para pantallas estrechas ("Excepciones"); la pregunta completa sigue en la clave y en el detalle de la celda',
  '/$defs/Stance/properties/basis':
    'cómo lo sabemos: own-words (una cita directa), action (presentó, firmó, votó) o reported (otro lo dice)',
  '/$defs/Stance/properties/quote': 'literal, en el idioma de quien habla; solo en posturas own-words',
  '/$defs/Stance/properties/quoteBy': 'quién habló, si no fue el actor en persona (un portavoz, su oficina)',
  '/$defs/Stance/properties/quoteTranslation': 'una traducción de la cita, que se muestra indicada como tal',
  '/$defs/Stance/properties/quoteSource':
    'el id de la fuente de la que viene la cita, una de las fuentes de la postura (por defecto, la primera); su enlace se abre en las palabras citadas',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const json = (values: unknown[]) => values.map((e) => JSON.stringify(e)).join(', ');
const csvs = (tabs: string[]) => tabs.map((t) => `${t}.csv`).join(', ');
/** "a, b, c" → "a, b o c". */
const or = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} o ${items[items.length - 1]}` : items.join(''));
const more = (count: number, shown: number) => (count > shown ? ', …' : '');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : `${Math.ceil(bytes / 1024)} KB`);

function shown(v: Shown): string {
  if ('text' in v) return JSON.stringify(v.text);
  if ('long' in v) return `un texto de ${v.long} caracteres`;
  if ('array' in v) return `una lista de ${v.array}`;
  if ('object' in v) return 'un objeto';
  return v.literal;
}

const TYPES: Record<string, string> = {
  string: 'un texto',
  array: 'una lista',
  object: 'un objeto',
  integer: 'un número entero',
  number: 'un número',
  boolean: 'true o false',
  null: 'null',
  value: 'un valor',
};

function expected(e: Expect): string {
  if ('schema' in e) return SCHEMA_ES[e.schema] ?? e.schema;
  if ('oneOf' in e) return `uno de ${json(e.oneOf)}`;
  if ('objectWith' in e) return `un objeto con ${e.objectWith.join(', ')}`;
  if ('list' in e)
    return e.list ? `una lista con al menos ${plural(e.list, 'elemento', 'elementos')}` : 'una lista (puede estar vacía: [])';
  if ('pattern' in e) return `un texto que cumpla ${e.pattern}`;
  if ('given' in e) return 'indicado';
  return TYPES[e.type] ?? e.type;
}

/** A table: its file (events.csv), or a live sheet's tab ('la pestaña "events"'). */
const table = (name: string, where: Place, indefinite = false) =>
  where.tabs ? `${indefinite ? 'una' : 'la'} pestaña "${name}"` : `${indefinite ? 'un ' : ''}${name}.csv`;

function made(m: MadeUp): string {
  if (m.made === 'dataset') return 'datos';
  if (m.made === 'id') return `el id hecho a partir del título (indique ${m.flag} o una columna id para elegirlo)`;
  if (m.made === 'link') return 'el enlace';
  return 'las fuentes creadas a falta de sources.csv';
}

function place(p: Place): string | undefined {
  if (p.file === undefined) return p.made ? made(p.made) : p.origin;
  if (p.position) return `${p.file}:${p.position.line}:${p.position.column}`;
  const column = p.column === undefined ? '' : p.header === undefined ? `columna ${p.column}` : `columna ${p.header} (${p.column})`;
  if (p.row === undefined) return column ? `${p.file} ${column}` : p.file;
  return `${p.file} fila ${p.row}${column ? `, ${column}` : ''}`;
}

const at = (a: At, where: Place) => {
  if (typeof a === 'string') return a;
  const file = a.file?.replace(/^(\w+)\.csv$/i, (_m, t: string) => (where.tabs ? table(t, where) : `${t}.csv`));
  return place({ ...a, file }) ?? '';
};

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const spelled = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} de ${MONTHS[m - 1]} de ${y}`;
};
const PLAIN_TEXT =
  'escriba las fechas como AAAA-MM-DD (2014-01-14, 2022-08 o 1985) y dé a la columna de fechas formato de texto sin formato (Formato › Número › Texto sin formato), para que la hoja las muestre tal como se escriben';
const READ_BY = 'una historia se lee de pestañas CSV, de un JSON de datos o de un archivo de TimelineJS3';

const slide = (s: Slide) => ('event' in s ? `el hecho ${s.event}` : `"${s.headline}"`);
/** Why a slide's date cannot be read: its start_date ("no tiene start_date"), or its end_date ("falta"). */
const dateWhy = (w: TimelineDateWhy, end = false) =>
  'none' in w
    ? end
      ? 'falta'
      : 'no tiene start_date'
    : 'year' in w
      ? `no tiene un año utilizable (${w.year})`
      : 'outside' in w
        ? `tiene el año ${w.outside}, fuera de 0001–9999`
        : `${end ? 'es' : 'tiene'} una fecha que no existe (${w.impossible})`;

const char = (c: Char) =>
  'end' in c
    ? 'el final del archivo'
    : 'named' in c
      ? { 'line-break': 'un salto de línea', tab: 'un tabulador', space: 'un espacio' }[c.named]
      : 'control' in c
        ? `el carácter de control ${c.control}`
        : `'${c.char}'`;
const VALUE = 'un valor (un objeto, una lista, un texto, un número, true, false o null)';
const expectedJson = (e: JsonExpected) =>
  'value' in e
    ? VALUE
    : 'name' in e
      ? 'un nombre de propiedad entre comillas dobles'
      : 'colon' in e
        ? `':' después del nombre de propiedad${e.key === undefined ? '' : ` "${e.key}"`}`
        : 'afterItem' in e
          ? `',' o ']' después del elemento ${e.afterItem}`
          : 'afterValue' in e
            ? `',' o '}' después del valor de "${e.afterValue}"`
            : `'${e.punct}'`;

const where = (w: SheetWhere | undefined) =>
  w === undefined
    ? ''
    : `${typeof w === 'object' ? `la pestaña "${w.tab}"` : { sheet: 'la hoja', link: 'el enlace', 'csv-file': 'el archivo CSV', 'published-page': 'la página publicada', 'published-sheet': 'la hoja publicada' }[w]} `;
const NOT_SHARED =
  'esta hoja no está compartida con quien tenga el enlace: en Google Sheets, Compartir › Acceso general › «Cualquier persona que tenga el enlace» (Lector)';
const NOT_PUBLISHED =
  'esta hoja no está publicada en la web: en Google Sheets, Archivo › Compartir › Publicar en la web › Todo el documento › Publicar (o use su enlace para compartir)';
const LINK_WHY = (w: LinkWhy) =>
  typeof w === 'object'
    ? `es una dirección ${w.scheme}, no una dirección web`
    : {
        empty: 'no se dio ningún enlace',
        'not-url': 'no es una dirección web',
        'google-http': 'es un enlace de Google Sheets sin https',
        'google-not-sheet': 'es un enlace de Google, pero no a una hoja de cálculo (…/spreadsheets/d/…)',
        'google-other': 'es una dirección de Google que no es un enlace a una hoja de cálculo',
        neither: 'no es un enlace de Google Sheets ni una URL CSV (no lleva {tab} ni termina en .csv)',
      }[w];

const KIND = { source: 'a la fuente', actor: 'al actor', issue: 'a la pregunta', group: 'al grupo' } as const;

export const ES: ProblemWords = {
  place,
  codes: {
    type: (p) => `debe ser ${expected(p.expected)} (se recibió ${shown(p.got)})`,
    pattern: (p) => `debe ser ${expected(p.expected)} (se recibió ${shown(p.got)})`,
    enum: (p) => `debe ser uno de ${json(p.options)} (se recibió ${shown(p.got)})`,
    empty: () => 'no puede estar vacío',
    'too-long': (p) => `es demasiado largo: ${p.length} caracteres, como mucho ${p.max}`,
    'too-few': (p) => `necesita al menos ${plural(p.min, 'elemento', 'elementos')}`,
    'too-many': (p) => `tiene ${p.count} elementos; se permiten como mucho ${p.max}`,
    required: (p) => `falta: debería ser ${expected(p.expected)}`,
    'unknown-field': (p) => `no es un campo conocido aquí (los conocidos: ${p.known.join(', ')})`,
    'date-impossible': (p) => `${shown(p.got)} no es una fecha que exista`,
    'date-reformatted': (p, w) =>
      `${reason(p.first, w)}; una hoja de cálculo la reformateó: dé a la columna de fechas formato de texto sin formato y escriba las fechas como AAAA-MM-DD`,
    'duplicate-id': (p, w) => `repite el id "${p.id}" de ${at(p.first, w)}; los id deben ser únicos`,
    'story-empty': () => 'está vacío y no hay matriz de posturas (actores y preguntas): una historia necesita lo uno o lo otro',
    'unknown-ref': (p, w) => `se refiere ${KIND[p.kind]} "${p.id}", que no está en ${at(p.list, w)}`,
    'end-before-date': (p) => `debe ser posterior a la fecha del hecho (${p.date}); se recibió ${p.end}`,
    'quote-basis': (p) =>
      `una cita necesita basis "own-words" (el basis de esta postura es "${p.basis}"); ponga las palabras de otros en el resumen`,
    'quote-missing': () => 'falta: una postura "own-words" necesita la cita literal',
    'quote-source-not-cited': (p) => `es "${p.id}", que no está entre las fuentes de esta postura; añádala también a sources`,
    'needs-quote': () => 'solo tiene sentido con una cita',
    'stance-unsourced': (p) =>
      `${p.state === 'empty' ? 'está vacío' : 'falta'}: una postura con position "${p.position}" necesita al menos una fuente`,
    'duplicate-stance': (p, w) => `repite ${at(p.first, w)}: el mismo actor, pregunta y fecha; dé a una de ellas otra fecha o únalas`,

    'json-invalid': (p, w) => `no es JSON válido: ${reason(p.error, w)}`,
    'json-duplicate-key': (p) => `repite una clave ya dada en ${p.first.line}:${p.first.column}; JSON conserva solo esta última`,
    'json-number': (p) =>
      p.char === undefined ? 'número mal formado' : `número mal formado (un número JSON no lleva ceros a la izquierda ni "${p.char}" aquí)`,
    'json-single-quotes': () => 'los textos van entre comillas dobles ("), no simples',
    'json-not-a-value': (p) => `${p.word} no es un valor JSON; se esperaba ${VALUE}`,
    'json-unquoted-name': () => 'los nombres de propiedad van entre comillas dobles',
    'json-empty': () => 'el archivo está vacío: se esperaba un objeto JSON',
    'json-trailing-comma': (p) =>
      `una coma después ${p.after === 'property' ? 'de la última propiedad' : 'del último elemento'} (quite esta ',')`,
    'json-unexpected': (p) => `${char(p.found)} inesperado: se esperaba ${expectedJson(p.expected)}`,
    'json-ends-early': (p) =>
      `el archivo termina antes de tiempo: se esperaba ${expectedJson(p.expected)}${p.open ? `; la '${p.open.bracket}' de ${p.open.at} nunca se cierra` : ''}`,
    'json-after-end': (p) =>
      `${char(p.found)} inesperado después del final del documento JSON (solo se admite un valor; ¿dos documentos pegados?)`,
    'json-comment': () => 'JSON no admite comentarios',
    'json-line-break': () => 'un salto de línea inesperado dentro de un texto (escriba \\n, ¿o faltan unas comillas de cierre?)',
    'json-unclosed-string': () => 'el archivo termina dentro de un texto que nunca se cierra (faltan unas comillas)',
    'json-control-char': (p) => `${char(p.found)} inesperado dentro de un texto`,
    'json-escape': (p) => `secuencia de escape desconocida \\${p.escape} (JSON conoce \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
    'json-unicode-escape': () => 'un escape \\u necesita cuatro cifras hexadecimales',
    'json-too-deep': () => 'el JSON está anidado a demasiada profundidad para leerlo',
    'json-parse': (p) => p.detail,

    'file-too-large': (p) =>
      `ocupa ${mb(p.bytes)}, más de los ${mb(p.max)} que puede tener un archivo de historia: ¿es el archivo correcto? Divida la hoja en sus pestañas`,
    'file-binary': (p) =>
      ({
        zip: 'es un archivo zip o un libro de hoja de cálculo (.xlsx, .ods, .numbers): exporte cada pestaña como CSV (Archivo › Descargar › CSV, o Guardar como › CSV UTF-8), o copie las celdas y péguelas aquí',
        xls: 'es un libro de Excel antiguo (.xls): guarde cada pestaña como CSV UTF-8, o copie las celdas y péguelas aquí',
        pdf: `es un PDF: ${READ_BY}`,
        png: `es una imagen (PNG): ${READ_BY}`,
        jpeg: `es una imagen (JPEG): ${READ_BY}`,
        gif: `es una imagen (GIF): ${READ_BY}`,
        gzip: 'está comprimido (gzip): descomprímalo primero',
      })[p.format],
    'file-utf16': () => 'es texto UTF-16 («Texto Unicode» de Excel): guárdelo como CSV UTF-8',
    'file-nul': () => `no es un archivo de texto (tiene bytes NUL): ${READ_BY}`,

    'csv-not-a-tab': (p) => `no es una de las pestañas que se leen; llámela ${or(p.tabs.map((t) => `${t}.csv`))}`,
    'csv-skipped': (p) => `se omite (no es ninguna de ${csvs(p.tabs)})`,
    'csv-second-table': (p) => `es una segunda tabla ${p.table} (la primera es ${p.first})`,
    'csv-tab-missing': (_p, w) =>
      `falta: unos datos necesitan ${['events', 'actors', 'issues'].map((t) => table(t, w)).join(', ')} y ${table('stances', w)}`,
    'csv-dataset-second-row': (_p, w) => `es una segunda fila; ${table('dataset', w)} tiene una sola fila bajo los encabezados`,
    'csv-no-title': (p, w) =>
      `no tiene título: dé ${table('dataset', w, true)} con title_en (y title_es…)${p.field === undefined ? '' : ` o ${p.field} "…"`}`,
    'csv-no-as-of': (p, w) =>
      `no tiene fecha de los datos: dé ${table('dataset', w, true)} con asOf${p.field === undefined ? '' : ` o ${p.field} AAAA-MM-DD`} (la fecha a la que están actualizados los hechos)`,
    'csv-id-made': (p) => `no se dio un id: se usa "${p.id}" (a partir del título)`,
    'csv-sources-made': (p, w) =>
      `no hay ${w.tabs ? 'pestaña "sources"' : 'sources.csv'}: se crearon ${plural(p.count, 'fuente provisional', 'fuentes provisionales')} con ${p.count === 1 ? 'su id' : 'sus id'} como nombre (${p.ids.join(', ')}${more(p.count, p.ids.length)}); añada ${table('sources', w, true)} con id, label_en, url, archived, publisher, date`,
    'note-event-unknown': (p, w) => `"${p.on}": no hay ningún hecho con id "${p.id}" en ${table('events', w)}`,
    'note-stance-unknown': (p, w) =>
      `"${p.on}": ninguna fila de ${table('stances', w)} tiene actor "${p.actor}", issue "${p.issue}" y date "${p.date}"`,
    'note-target': (p) =>
      `"${p.on}" no es un destino de nota: déjelo vacío (o "dataset") para la historia, "event:<id>" o "stance:<actor>:<issue>:<date>"`,
    'csv-empty': () => 'está vacío: la primera fila deben ser los nombres de las columnas',
    'csv-quote-unclosed': () => 'tiene unas comillas (") que nunca se cierran: todo lo que sigue se leyó como una sola celda',
    'csv-unnamed-column': () => 'tiene valores pero no tiene nombre de columna en la fila 1',
    'csv-unknown-column': (p, w) => `"${p.header}" no es una columna de ${table(p.table, w)} (sus columnas: ${p.known.join(', ')})`,
    'csv-repeated-column': (p) => `"${p.header}" repite la columna ${p.first}`,
    'csv-text-both': (p) => `tiene a la vez una columna "${p.field}" y columnas "${p.field}_<idioma>"; use unas u otras`,
    'csv-column-missing': (p) =>
      p.text
        ? `no tiene la columna "${p.field}_en" (una columna por idioma: ${p.field}_en, ${p.field}_es…), que toda fila necesita`
        : `no tiene la columna "${p.field}", que toda fila necesita`,
    'csv-beyond-last': (p) =>
      `tiene un valor más allá de la última columna con nombre (${p.last}); ¿una coma de más o un salto de línea sin comillas?`,
    'cell-formula': () =>
      "empieza como una fórmula de hoja de cálculo: se conserva como texto y nunca se ejecuta (el CSV que se escribe la protege con ')",
    'cell-html': () => 'contiene HTML: se muestra como texto, etiquetas incluidas; escriba el texto sin etiquetas',
    'cells-more': (p) => `tiene ${p.count} celdas más ${p.kind === 'formula' ? 'que empiezan como una fórmula' : 'con HTML'}`,

    'date-read': (p) =>
      `se leyó como ${p.date}${p.more ? ` (y ${plural(p.more, 'fecha más', 'fechas más')} en esta columna)` : ''}: la hoja muestra las fechas como las escribe su configuración regional; para que ninguna se lea mal, ${PLAIN_TEXT}`,
    'date-ambiguous': (p) =>
      `es el ${spelled(p.readings[0])} o el ${spelled(p.readings[1])}: la hoja muestra esta fecha como la escribe su configuración regional, y las dos lecturas son fechas reales; ${PLAIN_TEXT}`,

    'tl-column-unknown': (p) => `"${p.header}" no es una columna de la plantilla de TimelineJS: se ignora`,
    'tl-template-v1': () =>
      'es la plantilla antigua (versión 1) de TimelineJS, con una columna "Start Date"; copie sus filas en la plantilla actual (Year, Month, Day…)',
    'tl-not-template': (p) => `no es la plantilla de TimelineJS: su primera fila necesita las columnas ${p.columns.join(', ')}`,
    'tl-second-title': () => 'es una segunda diapositiva de título: se lee como un hecho',
    'tl-no-year': () => 'no tiene año: se omite (toda diapositiva salvo el título lo necesita)',
    'tl-v2': () => 'parece un archivo de TimelineJS2 ("timeline": {…}); se lee el formato JSON de TimelineJS3 ({ "events": [...] })',
    'tl-dataset': () => 'ya son datos de policy-explainer (tiene "asOf"), no un archivo de TimelineJS3',
    'tl-no-events': () => 'no es un archivo de TimelineJS3: necesita una lista "events"',
    'tl-none-converted': () => 'no se pudo convertir ningún hecho',
    'tl-not-text': (p) =>
      `${p.slide ? `${slide(p.slide)}: ` : ''}${p.field}${p.titleSlide ? ' de la diapositiva de título' : ''} es ${p.shape === 'list' ? 'una lista' : 'un objeto'}, no un texto: se ignora`,
    'tl-slide-not-object': (p) => `${slide(p.slide)} no es un objeto: se omite`,
    'tl-start': (p) => `${slide(p.slide)} ${dateWhy(p.why)}: se omite`,
    'tl-end-dropped': (p) => `${slide(p.slide)}: end_date ${dateWhy(p.why, true)}; se descarta`,
    'tl-end-not-after': (p) =>
      `${slide(p.slide)}: end_date ${p.end} no es posterior a ${p.start}; se descarta (un hecho de una sola fecha no necesita fin)`,
    'tl-no-headline': (p) => `${slide(p.slide)} (${p.date}) no tiene titular: se titula "${p.title}"`,
    'tl-headline-shortened': (p) => `${slide(p.slide)}: titular acortado a ${p.max} caracteres`,
    'tl-text-shortened': (p) => `${slide(p.slide)}: texto acortado a ${p.max} caracteres`,
    'tl-media-link': (p) => `${slide(p.slide)}: el enlace de medios "${p.url}" no es una dirección web válida: se descarta`,
    'tl-placeholder': (p) =>
      `${p.count === 1 ? '1 hecho cita' : `${p.count} hechos citan`} la fuente provisional "${p.id}" (sin crédito ni enlace de medios): sustitúyala por las fuentes reales`,
    'tl-groups': (p) => `se descartan los grupos de TimelineJS (${p.groups.join(', ')}): policy-explainer agrupa actores, no hechos`,
    'tl-display-date': (p) =>
      `se descarta display_date en ${plural(p.count, 'hecho', 'hechos')}: las fechas se muestran con su propia precisión`,
    'tl-time': (p) => `se descarta la hora en ${plural(p.count, 'fecha', 'fechas')}: las fechas llegan como mucho al día`,
    'tl-media': (p) =>
      `policy-explainer no muestra los medios (imágenes, vídeo, insertados) de ${plural(p.count, 'hecho', 'hechos')}; los créditos y enlaces pasan a ser fuentes`,
    'tl-backgrounds': (p) => `se descartan los fondos de ${plural(p.count, 'hecho', 'hechos')}`,
    'tl-markup': (p) => `se quita el formato HTML de ${plural(p.count, 'hecho', 'hechos')} (el texto es simple)`,
    'tl-links': (p) =>
      `se descarta${p.count === 1 ? '' : 'n'} ${plural(p.count, 'enlace', 'enlaces')} del texto; añádalos como fuentes si lo son: ${p.links.join(', ')}${more(p.count, 5)}`,
    'tl-eras': (p) =>
      `se descarta${p.count === 1 ? '' : 'n'} ${plural(p.count, 'era', 'eras')}: un periodo puede ser un hecho con fecha de fin`,
    'tl-title-media': () => 'se descartan los medios de la diapositiva de título',
    'tl-no-matrix': () =>
      'un archivo de TimelineJS no trae actores, preguntas ni posturas: la matriz de posturas queda vacía hasta que los añada',
    'tl-no-title': (p) => `la diapositiva de título no tiene titular: se titula "${p.title}" por el archivo`,
    'tl-as-of-today': (p) => `asOf es hoy (${p.date}); indique ${p.field} con la fecha a la que están actualizados los hechos`,

    'sheet-link': (p) =>
      `${p.why === 'empty' ? '' : where(p.where)}${LINK_WHY(p.why)}. Dé el enlace que da Google Sheets en Compartir (la hoja compartida con «Cualquier persona que tenga el enlace»), su enlace de Archivo › Compartir › Publicar en la web, o una URL CSV por pestaña con {tab} (https://example.org/story/{tab}.csv)`,
    'sheet-timeout': (p) => `${where(p.where)}no respondió en ${p.seconds} s`,
    'sheet-aborted': (p) => `${where(p.where)}no se leyó: se detuvo la lectura`,
    'sheet-unreachable': (p) =>
      `${where(p.where)}no se pudo alcanzar (${p.detail})${p.google ? `; un navegador también lo indica cuando Google responde con una página de inicio de sesión porque ${(p.google === 'publish' ? NOT_PUBLISHED : NOT_SHARED).replace(/^esta hoja/, 'la hoja')}` : ''}`,
    'sheet-throttled': (p) =>
      `${where(p.where)}se lee demasiado a menudo ahora mismo (429 Too Many Requests): Google limita cada cuánto se lee una hoja`,
    'sheet-server': (p) => `${where(p.where)}respondió ${p.status}: el servidor de la hoja tiene un problema; inténtelo más tarde`,
    'sheet-http': (p) => `${where(p.where)}respondió ${`${p.status} ${p.statusText}`.trim()}`,
    'sheet-not-shared': () => NOT_SHARED,
    'sheet-not-published': () => NOT_PUBLISHED,
    'sheet-web-page': (p) => `${where(p.where)}es una página web, no CSV: ¿es el enlace la dirección del propio archivo CSV?`,
    'sheet-too-large': (p) =>
      `${where(p.where)}ocupa más de ${kb(p.max)} (${kb(p.bytes)} o más): ¿es la hoja correcta? La pestaña de una historia es mucho menor`,
    'sheet-too-many-rows': (p) =>
      `${where(p.where)}tiene ${p.count.toLocaleString('es')} filas bajo los encabezados, más de las ${p.max.toLocaleString('es')} que puede tener una pestaña: ¿es la hoja correcta? Una historia tan larga no cargaría en el navegador de un lector`,
    'sheet-not-timeline': (p) =>
      `${where(p.where)}${p.csvFile ? 'no es la plantilla de TimelineJS3 ni un enlace por pestaña: dé una URL con {tab} para las pestañas de una historia' : 'no tiene ninguna de las pestañas events, actors, issues y stances, y no es la plantilla de TimelineJS3'}`,
    'sheet-tabs-missing': (p) =>
      `${where(p.where)}no tiene ninguna pestaña llamada ${or(p.tabs.map((t) => `"${t}"`))}: una historia necesita pestañas llamadas events, actors, issues y stances (la plantilla del estudio las tiene todas), o la plantilla de TimelineJS3`,
    'sheet-read-failed': (p) => `${where(p.where)}no se pudo leer: ${p.detail}`,
    'sheet-data': (p) => (p.format === 'story' ? 'la historia de la hoja tiene errores' : 'la línea de tiempo tiene errores'),

    'as-given': (p) => p.text,
  },
};

function reason(r: Reason, w: Place): string {
  return (ES.codes[r.code] as (params: unknown, place: Place) => string)(r.params, w);
}
