import type { Problem } from './problems.js';

/**
 * Every message the conversions and the validator write, in Spanish, for the studio. The English
 * message stays the source of truth (the command line prints it, tests pin it, and the widget's
 * validator builds it inside the embed, where a second language would cost bytes every reader
 * downloads): this table reads each English message by its pattern and writes it again in Spanish,
 * values kept as they are. A message no rule knows stays English (the studio marks it lang="en");
 * test/convert/messages-es.test.ts runs every message of the invalid corpus and the converters'
 * fixtures through it and fails on any that stays English.
 */

type Rule = [RegExp, (...groups: string[]) => string];

/** The schema's own descriptions (data/schema.json), as the validator quotes them. */
const DESCRIPTIONS: Record<string, string> = {
  'The date the facts are current to; events after it are drawn as expected.':
    'la fecha a la que están actualizados los hechos; los hechos posteriores se dibujan como previstos',
  'When the facts were last checked against the sources; the widget shows it only when it is after asOf.':
    'cuándo se comprobaron los hechos por última vez con las fuentes; el gráfico la muestra solo si es posterior a asOf',
  'a list of events (it may be empty when the story is a stance matrix alone, with actors and issues)':
    'una lista de hechos (puede estar vacía si la historia es solo una matriz de posturas, con actores y preguntas)',
  'an id: lowercase letters, digits and dashes, such as "lopez" or "vote-2025"':
    'un id: minúsculas, cifras y guiones, como "lopez" o "vote-2025"',
  'a date at its precision: a year "1985", a month "2022-08" or a day "2017-01-25"':
    'una fecha con su precisión: un año "1985", un mes "2022-08" o un día "2017-01-25"',
  'a web address starting with http:// or https://': 'una dirección web que empiece por http:// o https://',
  'a language code such as "en" or "es"': 'un código de idioma como "en" o "es"',
  'a short text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}':
    'un texto breve: una cadena, o un objeto de idiomas con al menos el inglés, como {"en": "…", "es": "…"}',
  'the English text (every language object needs it)': 'el texto en inglés (todo objeto de idiomas lo necesita)',
  'a text: a string, or an object of languages with at least English, such as {"en": "…", "es": "…"}':
    'un texto: una cadena, o un objeto de idiomas con al menos el inglés, como {"en": "…", "es": "…"}',
  'a clarification or correction shown visibly with the item it belongs to':
    'una aclaración o corrección que se muestra junto a lo que aclara',
  'For a span: when it ended. A span still running at asOf has an end of asOf or later.':
    'para un periodo: cuándo terminó. Un periodo que sigue en curso en asOf termina en asOf o después',
  'An optional short column head for narrow screens ("Carve-outs"); the full question stays in a key under the table and in the cell\'s details.':
    'un encabezado corto opcional para pantallas estrechas ("Excepciones"); la pregunta completa sigue en la clave y en el detalle de la celda',
  'how we know: own-words (a direct quote), action (sponsored, signed, voted) or reported (someone else says so)':
    'cómo lo sabemos: own-words (una cita directa), action (presentó, firmó, votó) o reported (otro lo dice)',
  "Verbatim, in the speaker's language. Only on own-words stances.": 'literal, en el idioma de quien habla; solo en posturas own-words',
  "Who spoke, when not the actor in person (a spokesperson, the actor's office).":
    'quién habló, si no fue el actor en persona (un portavoz, su oficina)',
  'A translation of the quote, shown labelled as one.': 'una traducción de la cita, que se muestra indicada como tal',
};

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

/** A value as `show()` (src/data/validate.ts) writes it. */
function value(v: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^a string of (\d+) characters$/.exec(v))) return `un texto de ${m[1]} caracteres`;
  if ((m = /^an array of (\d+)$/.exec(v))) return `una lista de ${m[1]}`;
  if (v === 'an object') return 'un objeto';
  return v;
}

/** What a value must be, as the validator describes it: a schema description, an enum, a shape or a type. */
function shape(s: string): string {
  if (DESCRIPTIONS[s]) return DESCRIPTIONS[s];
  let m: RegExpExecArray | null;
  if ((m = /^one of (.+)$/.exec(s))) return `uno de ${m[1]}`;
  if ((m = /^an object with (.+)$/.exec(s))) return `un objeto con ${m[1]}`;
  if ((m = /^a list with at least (\d+) items?$/.exec(s))) return `una lista con al menos ${plural(m[1], 'elemento', 'elementos')}`;
  if (s === 'a list (it may be empty: [])') return 'una lista (puede estar vacía: [])';
  if ((m = /^text matching (.+)$/.exec(s))) return `un texto que cumpla ${m[1]}`;
  const types: Record<string, string> = {
    'a string': 'un texto',
    'an array': 'una lista',
    'an object': 'un objeto',
    'an integer': 'un número entero',
    'a number': 'un número',
    'a boolean': 'true o false',
    'a null': 'null',
    'a value': 'un valor',
    given: 'indicado',
  };
  return types[s] ?? s;
}

/** How the JSON syntax messages (src/convert/json-locate.ts) name what they expected or found. */
function syntax(s: string): string {
  const words: Array<[RegExp, string]> = [
    [
      /a value \(an object, array, string, number, true, false or null\)/g,
      'un valor (un objeto, una lista, un texto, un número, true, false o null)',
    ],
    [/a property name in double quotes/g, 'un nombre de propiedad entre comillas dobles'],
    [/':' after the property name/g, "':' después del nombre de propiedad"],
    [/',' or '\]' after item (\d+)/g, "',' o ']' después del elemento $1"],
    [/',' or '\}' after the value of/g, "',' o '}' después del valor de"],
    [/the end of the file/g, 'el final del archivo'],
    [/a line break/g, 'un salto de línea'],
    [/a tab\b/g, 'un tabulador'],
    [/a space\b/g, 'un espacio'],
    [/control character/g, 'el carácter de control'],
  ];
  return words.reduce((t, [re, es]) => t.replace(re, es), s);
}

/** The rules, most specific first; each must match a whole English message. */
const RULES: Rule[] = [
  // The validator (src/data/validate.ts). A date a spreadsheet reformatted: the problem, then the hint.
  [
    /^(.+); a spreadsheet reformatted it: format the date column as plain text and type dates as YYYY-MM-DD$/,
    (m) =>
      `${apply(RULES, m) ?? m}; una hoja de cálculo la reformateó: dé a la columna de fechas formato de texto sin formato y escriba las fechas como AAAA-MM-DD`,
  ],
  [/^(.+) is not a date that exists$/, (v) => `${value(v)} no es una fecha que exista`],
  [/^must be one of (.+) \(got (.+)\)$/, (o, v) => `debe ser uno de ${o} (se recibió ${value(v)})`],
  [/^must be (.+) \(got (.+)\)$/, (s, v) => `debe ser ${shape(s)} (se recibió ${value(v)})`],
  [/^must not be empty$/, () => 'no puede estar vacío'],
  [/^is too long: (\d+) characters, at most (\d+)$/, (n, m) => `es demasiado largo: ${n} caracteres, como mucho ${m}`],
  [/^needs at least (\d+) items?$/, (n) => `necesita al menos ${plural(n, 'elemento', 'elementos')}`],
  [/^has (\d+) items, at most (\d+) are allowed$/, (n, m) => `tiene ${n} elementos; se permiten como mucho ${m}`],
  [/^is missing: an "own-words" stance needs the verbatim quote$/, () => 'falta: una postura "own-words" necesita la cita literal'],
  [/^is missing: it should be (.+)$/, (s) => `falta: debería ser ${shape(s)}`],
  [/^is not a known field here \(known: (.+)\)$/, (k) => `no es un campo conocido aquí (los conocidos: ${k})`],
  [/^repeats the id "(.+)" of (.+); ids must be unique$/, (id, at) => `repite el id "${id}" de ${at}; los id deben ser únicos`],
  [
    /^is empty and there is no stance matrix \(actors and issues\): a story needs one or the other$/,
    () => 'está vacío y no hay matriz de posturas (actores y preguntas): una historia necesita lo uno o lo otro',
  ],
  [
    /^refers to (source|actor|issue|group|event) "(.+)", which is not in (.+)$/,
    (kind, id, where) =>
      `se refiere ${{ source: 'a la fuente', actor: 'al actor', issue: 'a la pregunta', group: 'al grupo', event: 'al hecho' }[kind]} "${id}", que no está en ${where}`,
  ],
  [/^must be later than the event's date \((.+)\); got (.+)$/, (d, e) => `debe ser posterior a la fecha del hecho (${d}); se recibió ${e}`],
  [
    /^a quote needs basis "own-words" \(this stance's basis is "(.+)"\); put reported words in the summary$/,
    (b) => `una cita necesita basis "own-words" (el basis de esta postura es "${b}"); ponga las palabras de otros en el resumen`,
  ],
  [/^only makes sense with a quote$/, () => 'solo tiene sentido con una cita'],
  [
    /^is "(.+)", which is not among this stance's sources; list it in sources too$/,
    (id) => `es "${id}", que no está entre las fuentes de esta postura; añádala también a sources`,
  ],
  [
    /^is (empty|missing): a stance with position "(.+)" needs at least one source$/,
    (state, p) => `${state === 'empty' ? 'está vacío' : 'falta'}: una postura con position "${p}" necesita al menos una fuente`,
  ],
  [
    /^repeats (.+): the same actor, issue and date; give one of them another date or merge them$/,
    (at) => `repite ${at}: el mismo actor, pregunta y fecha; dé a una de ellas otra fecha o únalas`,
  ],

  // A dataset's JSON text (check-dataset.ts, json-locate.ts).
  [
    /^repeats a key already given at (\d+:\d+); JSON keeps only this last one$/,
    (at) => `repite una clave ya dada en ${at}; JSON conserva solo esta última`,
  ],
  [/^not valid JSON: (.+)$/s, (m) => `no es JSON válido: ${jsonSyntax(m)}`],

  // Spreadsheet tabs (from-csv.ts, csv-read.ts).
  [
    /^is not one of the tabs this command reads; name it (.+)$/,
    (names) => `no es una de las pestañas que se leen; llámela ${names.replace(/, ([^,]+)$/, ' o $1')}`,
  ],
  [/^is a second (\w+) table \(the first is (.+)\)$/, (t, f) => `es una segunda tabla ${t} (la primera es ${f})`],
  [
    /^is missing: a dataset needs events\.csv, actors\.csv, issues\.csv and stances\.csv$/,
    () => 'falta: unos datos necesitan events.csv, actors.csv, issues.csv y stances.csv',
  ],
  [
    /^is a second row; dataset\.csv has one row under its header$/,
    () => 'es una segunda fila; dataset.csv tiene una sola fila bajo los encabezados',
  ],
  [
    /^has no title: give a dataset\.csv with title_en \(and title_es…\) or (.+) "…"$/,
    (field) => `no tiene título: dé un dataset.csv con title_en (y title_es…) o ${field} "…"`,
  ],
  [
    /^has no "as of" date: give a dataset\.csv with asOf or (.+) YYYY-MM-DD \(the date the facts are current to\)$/,
    (field) =>
      `no tiene fecha de los datos: dé un dataset.csv con asOf o ${field} AAAA-MM-DD (la fecha a la que están actualizados los hechos)`,
  ],
  [/^no id given: using "(.+)" \(from the title\)$/, (id) => `no se dio un id: se usa "${id}" (a partir del título)`],
  [
    /^no sources\.csv: made (\d+) placeholder sources? labelled with (?:its id|their ids) \((.*)\); add a sources\.csv with id, label_en, url, archived, publisher, date$/,
    (n, ids) =>
      `no hay sources.csv: se crearon ${plural(n, 'fuente provisional', 'fuentes provisionales')} con ${n === '1' ? 'su id' : 'sus id'} como nombre (${ids}); añada un sources.csv con id, label_en, url, archived, publisher, date`,
  ],
  [/^"(.+)": there is no event with id "(.+)" in events\.csv$/, (on, id) => `"${on}": no hay ningún hecho con id "${id}" en events.csv`],
  [
    /^"(.+)": no row of stances\.csv has actor "(.+)", issue "(.+)" and date "(.+)"$/,
    (on, a, i, d) => `"${on}": ninguna fila de stances.csv tiene actor "${a}", issue "${i}" y date "${d}"`,
  ],
  [
    /^"(.*)" is not a note target: leave it empty \(or "dataset"\) for the story, "event:<id>", or "stance:<actor>:<issue>:<date>"$/,
    (on) => `"${on}" no es un destino de nota: déjelo vacío (o "dataset") para la historia, "event:<id>" o "stance:<actor>:<issue>:<date>"`,
  ],
  [/^is empty: the first row must be the column names$/, () => 'está vacío: la primera fila deben ser los nombres de las columnas'],
  [
    /^has a quote \("\) that is never closed: everything after it was read as one cell$/,
    () => 'tiene unas comillas (") que nunca se cierran: todo lo que sigue se leyó como una sola celda',
  ],
  [/^has values but no column name in row 1$/, () => 'tiene valores pero no tiene nombre de columna en la fila 1'],
  [
    /^"(.+)" is not a column of (\w+)\.csv \(its columns: (.+)\)$/,
    (h, t, c) => `"${h}" no es una columna de ${t}.csv (sus columnas: ${c})`,
  ],
  [/^"(.+)" repeats column ([A-Z]+)$/, (h, c) => `"${h}" repite la columna ${c}`],
  [
    /^has both a "(\w+)" column and "\w+_<language>" columns; use one or the other$/,
    (f) => `tiene a la vez una columna "${f}" y columnas "${f}_<idioma>"; use unas u otras`,
  ],
  [
    /^has no column "(\w+)_en" \(one column per language: .+\), which every row needs$/,
    (f) => `no tiene la columna "${f}_en" (una columna por idioma: ${f}_en, ${f}_es…), que toda fila necesita`,
  ],
  [/^has no column "(\w+)", which every row needs$/, (f) => `no tiene la columna "${f}", que toda fila necesita`],
  [
    /^has a value beyond the last named column \(([A-Z]+)\); a stray comma or an unquoted line break\?$/,
    (c) => `tiene un valor más allá de la última columna con nombre (${c}); ¿una coma de más o un salto de línea sin comillas?`,
  ],
  [
    /^starts like a spreadsheet formula: kept as plain text, never run \(the CSV written from it guards it with '\)$/,
    () => "empieza como una fórmula de hoja de cálculo: se conserva como texto y nunca se ejecuta (el CSV que se escribe la protege con ')",
  ],
  [
    /^contains HTML: shown as plain text, tags and all; write the text without tags$/,
    () => 'contiene HTML: se muestra como texto, etiquetas incluidas; escriba el texto sin etiquetas',
  ],
  [/^has (\d+) more cells that start like a formula$/, (n) => `tiene ${n} celdas más que empiezan como una fórmula`],
  [/^has (\d+) more cells with HTML$/, (n) => `tiene ${n} celdas más con HTML`],

  // Files refused before reading (intake.ts).
  [
    /^is ([\d.]+) MB, more than the ([\d.]+) MB a story file can be: is it the right file\? Split a spreadsheet into its tabs$/,
    (n, m) =>
      `ocupa ${n} MB, más de los ${m} MB que puede tener un archivo de historia: ¿es el archivo correcto? Divida la hoja en sus pestañas`,
  ],
  [
    /^is a zip archive or a spreadsheet workbook .*$/,
    () =>
      'es un archivo zip o un libro de hoja de cálculo (.xlsx, .ods, .numbers): exporte cada pestaña como CSV (Archivo › Descargar › CSV, o Guardar como › CSV UTF-8), o copie las celdas y péguelas aquí',
  ],
  [
    /^is an old Excel workbook .*$/,
    () => 'es un libro de Excel antiguo (.xls): guarde cada pestaña como CSV UTF-8, o copie las celdas y péguelas aquí',
  ],
  [
    /^is (a PDF|an image \((\w+)\)): a story is read from CSV tabs, a dataset JSON or a TimelineJS3 file$/,
    (_what, kind) =>
      `es ${kind ? `una imagen (${kind})` : 'un PDF'}: una historia se lee de pestañas CSV, de un JSON de datos o de un archivo de TimelineJS3`,
  ],
  [/^is compressed \(gzip\): uncompress it first$/, () => 'está comprimido (gzip): descomprímalo primero'],
  [/^is UTF-16 text .*$/, () => 'es texto UTF-16 («Texto Unicode» de Excel): guárdelo como CSV UTF-8'],
  [
    /^is not a text file \(it has NUL bytes\).*$/,
    () =>
      'no es un archivo de texto (tiene bytes NUL): una historia se lee de pestañas CSV, de un JSON de datos o de un archivo de TimelineJS3',
  ],

  // TimelineJS3 (from-timelinejs.ts, timelinejs-csv.ts).
  [
    /^looks like a TimelineJS2 file .*$/,
    () => 'parece un archivo de TimelineJS2 ("timeline": {…}); se lee el formato JSON de TimelineJS3 ({ "events": [...] })',
  ],
  [/^is already a policy-explainer dataset .*$/, () => 'ya son datos de policy-explainer (tiene "asOf"), no un archivo de TimelineJS3'],
  [/^is not a TimelineJS3 file: it needs an "events" array$/, () => 'no es un archivo de TimelineJS3: necesita una lista "events"'],
  [/^no event could be converted$/, () => 'no se pudo convertir ningún hecho'],
  [/^(.+) is not an object: skipped$/, (w) => `${tlWhere(w)} no es un objeto: se omite`],
  [/^(.+) has no start_date: skipped$/, (w) => `${tlWhere(w)} no tiene start_date: se omite`],
  [/^(.+) has no usable year \((.*)\): skipped$/, (w, y) => `${tlWhere(w)} no tiene un año utilizable (${y}): se omite`],
  [
    /^(.+) is dated in the year (-?\d+), outside 0001–9999: skipped$/,
    (w, y) => `${tlWhere(w)} tiene el año ${y}, fuera de 0001–9999: se omite`,
  ],
  [/^(.+) has a date that does not exist \((.*)\): skipped$/, (w, d) => `${tlWhere(w)} tiene una fecha que no existe (${d}): se omite`],
  [/^(.+): end_date (.+); dropped$/, (w, why) => `${tlWhere(w)}: end_date ${tlEndProblem(why)}; se descarta`],
  [
    /^(.+): end_date (.+) is not after (.+); dropped \(an event on one date needs no end\)$/,
    (w, e, s) => `${tlWhere(w)}: end_date ${e} no es posterior a ${s}; se descarta (un hecho de una sola fecha no necesita fin)`,
  ],
  [/^(.+) \((.+)\) has no headline: titled "(.*)"$/, (w, d, t) => `${tlWhere(w)} (${d}) no tiene titular: se titula "${t}"`],
  [/^(.+): headline shortened to (\d+) characters$/, (w, n) => `${tlWhere(w)}: titular acortado a ${n} caracteres`],
  [/^(.+): text shortened to (\d+) characters$/, (w, n) => `${tlWhere(w)}: texto acortado a ${n} caracteres`],
  [
    /^(\d+) events? cites? the placeholder source "(.+)" \(no media credit or link\): replace it with the real sources$/,
    (n, id) =>
      `${n === '1' ? '1 hecho cita' : `${n} hechos citan`} la fuente provisional "${id}" (sin crédito ni enlace de medios): sustitúyala por las fuentes reales`,
  ],
  [
    /^TimelineJS groups dropped \((.+)\): policy-explainer groups actors, not events$/,
    (g) => `se descartan los grupos de TimelineJS (${g}): policy-explainer agrupa actores, no hechos`,
  ],
  [
    /^display_date dropped on (\d+) events?: dates are shown at their own precision$/,
    (n) => `se descarta display_date en ${plural(n, 'hecho', 'hechos')}: las fechas se muestran con su propia precisión`,
  ],
  [
    /^time of day dropped on (\d+) dates?: dates are days at most$/,
    (n) => `se descarta la hora en ${plural(n, 'fecha', 'fechas')}: las fechas llegan como mucho al día`,
  ],
  [
    /^media \(images, video, embeds\) of (\d+) events? not shown by policy-explainer; credits and links became sources$/,
    (n) =>
      `policy-explainer no muestra los medios (imágenes, vídeo, insertados) de ${plural(n, 'hecho', 'hechos')}; los créditos y enlaces pasan a ser fuentes`,
  ],
  [/^backgrounds of (\d+) events? dropped$/, (n) => `se descartan los fondos de ${plural(n, 'hecho', 'hechos')}`],
  [
    /^HTML formatting removed from (\d+) events? \(text is plain\)$/,
    (n) => `se quita el formato HTML de ${plural(n, 'hecho', 'hechos')} (el texto es simple)`,
  ],
  [
    /^(\d+) links? in the text dropped; add them as sources if they are: (.+)$/,
    (n, l) => `se descarta${n === '1' ? '' : 'n'} ${plural(n, 'enlace', 'enlaces')} del texto; añádalos como fuentes si lo son: ${l}`,
  ],
  [
    /^(\d+) eras? dropped: a span can be an event with an end date$/,
    (n) => `se descarta${n === '1' ? '' : 'n'} ${plural(n, 'era', 'eras')}: un periodo puede ser un hecho con fecha de fin`,
  ],
  [/^the title slide’s media dropped$/, () => 'se descartan los medios de la diapositiva de título'],
  [
    /^no actors, issues or stances in a TimelineJS file: the stance matrix stays empty until you add them$/,
    () => 'un archivo de TimelineJS no trae actores, preguntas ni posturas: la matriz de posturas queda vacía hasta que los añada',
  ],
  [
    /^no title slide headline: titled "(.*)" after the file$/,
    (t) => `la diapositiva de título no tiene titular: se titula "${t}" por el archivo`,
  ],
  [
    /^asOf set to today \((.+)\); give (.+) for the date the facts are current to$/,
    (d, field) => `asOf es hoy (${d}); indique ${field} con la fecha a la que están actualizados los hechos`,
  ],
  [
    /^"(.+)" is not a column of TimelineJS's template: ignored$/,
    (h) => `"${h}" no es una columna de la plantilla de TimelineJS: se ignora`,
  ],
  [
    /^is TimelineJS’s old \(version 1\) template.*$/,
    () =>
      'es la plantilla antigua (versión 1) de TimelineJS, con una columna "Start Date"; copie sus filas en la plantilla actual (Year, Month, Day…)',
  ],
  [
    /^is not TimelineJS’s template: its first row needs the columns (.+)$/,
    (c) => `no es la plantilla de TimelineJS: su primera fila necesita las columnas ${c}`,
  ],
  [/^is a second title slide: read as an event$/, () => 'es una segunda diapositiva de título: se lee como un hecho'],
  [
    /^has no year: skipped \(every slide but the title needs one\)$/,
    () => 'no tiene año: se omite (toda diapositiva salvo el título lo necesita)',
  ],
];

/** "event 3" or a quoted headline, as the TimelineJS warnings name a slide. */
const tlWhere = (w: string) => w.replace(/^event (\d+)$/, 'el hecho $1');
const tlEndProblem = (why: string) =>
  why
    .replace(/^no usable year \((.*)\)$/, 'no tiene un año utilizable ($1)')
    .replace(/^a date that does not exist \((.*)\)$/, 'es una fecha que no existe ($1)')
    .replace(/^no start_date$/, 'falta')
    .replace(/^is dated in the year (-?\d+), outside 0001–9999$/, 'tiene el año $1, fuera de 0001–9999');

/** JSON syntax messages (json-locate.ts). */
const JSON_RULES: Rule[] = [
  [
    /^malformed number \(a JSON number has no leading zeros, no "(.+)" here\)$/,
    (c) => `número mal formado (un número JSON no lleva ceros a la izquierda ni "${c}" aquí)`,
  ],
  [/^malformed number$/, () => 'número mal formado'],
  [/^strings must be in double quotes \("\), not single quotes$/, () => 'los textos van entre comillas dobles ("), no simples'],
  [/^(.+) is not a JSON value; expected (.+)$/, (w, e) => `${w} no es un valor JSON; se esperaba ${syntax(e)}`],
  [/^property names must be in double quotes$/, () => 'los nombres de propiedad van entre comillas dobles'],
  [/^the file is empty: expected a JSON object$/, () => 'el archivo está vacío: se esperaba un objeto JSON'],
  [
    /^a comma after the last (property|item) \(remove this ','\)$/,
    (w) => `una coma después ${w === 'property' ? 'de la última propiedad' : 'del último elemento'} (quite esta ',')`,
  ],
  [
    /^the file ends too early: expected (.+?)(?:; the '([[{])' at (\d+:\d+) is never closed)?$/,
    (e, ch, at) => `el archivo termina antes de tiempo: se esperaba ${syntax(e)}${ch ? `; la '${ch}' de ${at} nunca se cierra` : ''}`,
  ],
  [
    /^unexpected (.+) after the end of the JSON document \(only one value is allowed; two documents pasted together\?\)$/,
    (c) => `${syntax(c)} inesperado después del final del documento JSON (solo se admite un valor; ¿dos documentos pegados?)`,
  ],
  [/^comments are not allowed in JSON$/, () => 'JSON no admite comentarios'],
  [
    /^unexpected a line break inside a string \(write \\n, or is a closing " missing\?\)$/,
    () => 'un salto de línea inesperado dentro de un texto (escriba \\n, ¿o faltan unas comillas de cierre?)',
  ],
  [
    /^the file ends inside a string that is never closed \(a missing "\)$/,
    () => 'el archivo termina dentro de un texto que nunca se cierra (faltan unas comillas)',
  ],
  [/^unexpected (.+) inside a string$/, (c) => `${syntax(c)} inesperado dentro de un texto`],
  [/^unknown escape (.*) \(JSON knows (.+)\)$/, (e, k) => `secuencia de escape desconocida ${e} (JSON conoce ${k})`],
  [/^a \\u escape needs four hex digits$/, () => 'un escape \\u necesita cuatro cifras hexadecimales'],
  [/^the JSON is nested too deeply to read$/, () => 'el JSON está anidado a demasiada profundidad para leerlo'],
  [/^unexpected (.+): expected (.+)$/, (c, e) => `${syntax(c)} inesperado: se esperaba ${syntax(e)}`],
];

function apply(rules: Rule[], message: string): string | undefined {
  for (const [re, es] of rules) {
    const m = re.exec(message);
    if (m) return es(...m.slice(1));
  }
  return undefined;
}

const jsonSyntax = (m: string) => apply(JSON_RULES, m) ?? m;

/** A message in Spanish, or undefined when no rule knows it. */
export function toSpanish(message: string): string | undefined {
  // Places inside a message ("events.csv row 2, column id (A)") read as the studio's own do.
  return apply(RULES, message)
    ?.replace(/(\.csv) row (\d+)/g, '$1 fila $2')
    .replace(/, column (\S+) \(([A-Z]+)\)/g, ', columna $1 ($2)');
}

/** Where a value came from, when no file has it (`origin`): the few the converters name. */
const ORIGINS: Array<[RegExp, string]> = [
  [/^dataset$/, 'datos'],
  [/^the id made from the title/, 'el id hecho a partir del título'],
  [/^the sources made up for a missing sources\.csv$/, 'las fuentes creadas a falta de sources.csv'],
];

/** The problem with its message (and origin) in Spanish; as it was where no rule knows it. */
export function translateProblem(p: Problem): Problem {
  const message = toSpanish(p.message);
  const origin = p.origin === undefined ? undefined : (ORIGINS.find(([re]) => re.test(p.origin!))?.[1] ?? p.origin);
  return { ...p, ...(message === undefined ? {} : { message }), ...(origin === undefined ? {} : { origin }) };
}
