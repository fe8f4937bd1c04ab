import type { Strings } from './en.js';

const rules = new Intl.PluralRules('ar');
/**
 * An Arabic count: the noun's form follows the number (1, 2, 3–10, 11–99, and 100, 0…).
 * `#` stands for the number.
 */
const count = (n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) =>
  (forms[rules.select(n)] ?? forms.other).replace('#', String(n));

/** The interface in Arabic (Modern Standard Arabic), laid out right to left. */
const ar: Strings = {
  dir: 'rtl',
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض هذا المحتوى التفاعلي',
  retry: 'أعد المحاولة',
  errorNetwork: (url) => `تعذّر الوصول إلى البيانات على ${url}.`,
  errorHttp: (url, status) => `ردّ الخادم على ${url} برمز HTTP ${status}.`,
  errorTimeout: (url, s) =>
    `لم تصل البيانات من ${url} خلال ${count(s, { one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', other: '# ثانية' })}.`,
  errorJson: (where, detail) => `البيانات الواردة من ${where} ليست بصيغة JSON صالحة: ${detail}`,
  errorInvalid: (where, n) =>
    `في البيانات الواردة من ${where} ${count(n, { one: 'مشكلة واحدة', two: 'مشكلتان', few: '# مشكلات', other: '# مشكلة' })}؛ التفاصيل في وحدة تحكّم المتصفح.`,
  errorModule: (file: string) => `تعذّر تحميل جزء من هذا الشرح (${file})، لذا تعذّر التحقق من البيانات.`,
  unavailable: 'تعذّر تحميل هذا الجزء من الشرح. حاول مرة أخرى لاحقًا.',
  errorOrigin: (url: string) => `لا تعرض هذه الصفحة بيانات من ${url}.`,
  errorUrl: (url) => `«${url}» ليس عنوان http(s).`,
  inlineScript: 'النص البرمجي المضمَّن',
  dataProperty: 'الخاصية data',
  asOf: (date) => `حتى ${date}`,
  expected: 'متوقَّع',
  sources: 'المصادر',
  archived: 'نسخة مؤرشفة',
  source: 'المصدر',
  actorsInvolved: 'المشاركون',
  notes: { clarification: 'توضيح', correction: 'تصحيح', update: 'تحديث' },
  close: 'إغلاق',
  timelineLabel: 'التسلسل الزمني',
  position: { support: 'تأييد', oppose: 'معارضة', mixed: 'موقف متباين', unknown: 'لا موقف معلَن' },
  basis: { 'own-words': 'بتصريح مباشر', action: 'بالأفعال', reported: 'وفق ما نُقل' },
  basisShort: { 'own-words': 'تصريح', action: 'إجراء', reported: 'منقول' },
  history: 'مواقف سابقة',
  earlier: (n) => count(n, { one: 'موقف سابق', two: 'موقفان سابقان', few: '# مواقف سابقة', many: '# موقفًا سابقًا', other: '# موقف سابق' }),
  noStance: 'لا تسجّل مصادرنا موقفًا معلَنًا.',
  basisLegend: { 'own-words': 'اقتباس مباشر', action: 'تصويت أو رعاية أو توقيع', reported: 'يرويه طرف آخر' },
  translation: 'ترجمة',
  colon: ':',
  matrixCaption: 'مواقف الأطراف',
  actor: 'الطرف',
  getData: 'تنزيل البيانات',
  eventsCsv: 'الأحداث (CSV)',
  stancesCsv: 'المواقف (CSV)',
  describes: (asOf, checked) => `يصف الوضع حتى ${asOf}${checked ? ` (جرى التحقق من الوقائع في ${checked})` : ''}`,
  howWeGotHere: 'كيف وصلنا إلى هنا',
  whoStandsWhere: 'خريطة المواقف',
  viewingAsOf: (date, title) => `المواقف حتى ${date} (${title}).`,
  viewingExpected: (title) => `${title}: لم يحدث بعد؛ تُعرض أحدث المواقف.`,
  backToLatest: 'عرض الأحدث',
  clusterTitle: (n) => count(n, { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' }),
  zoomIn: 'اعرضها',
  zoomedTo: (period) => `المعروض: ${period}.`,
  zoomOut: 'التسلسل الزمني كاملًا',
  stretched: 'المظلَّل: سنوات مزدحمة بالأحداث، مرسومة بمقياس أكبر.',
  copyLink: 'نسخ الرابط',
  linkCopied: 'نُسخ الرابط',
};
export default ar;
