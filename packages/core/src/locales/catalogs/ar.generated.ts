// Generated from locales/ar.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Arabic (ar): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { ar } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Arabic catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"ar","direction":"rtl","status":"draft"};

export const languageMessages = {
  "language.name": () => "العربية",
  "language.page_title": () => "اختر لغتك",
  "language.intro": () => "اختر لغة نموذج الإبلاغ.",
  "language.change": () => "تغيير اللغة"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "هذه الترجمة مسودة. لم يراجعها بعدُ متحدث أصلي باللغة، لذلك قد تكون بعض العبارات غير واضحة."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "الإبلاغ عن مواد الاعتداء الجنسي على الأطفال على الإنترنت",
  "portal.country": (d: any) => "بوابة الإبلاغ في ⁨" + d.country + "⁩",
  "portal.operated_by": (d: any) => "تُقيَّم البلاغات من قِبل ⁨" + d.hotline + "⁩.",
  "portal.example_configuration": () => "هذه البوابة إعداد تجريبي لأغراض الاختبار والعرض. لا ترسل بلاغات حقيقية من خلالها.",
  "portal.skip_to_content": () => "الانتقال إلى المحتوى الرئيسي",
  "portal.legal_link": () => "المعلومات القانونية",
  "portal.privacy_link": () => "الخصوصية",
  "portal.status_link": () => "التحقق من حالة بلاغ",
  "portal.report_link": () => "تقديم بلاغ"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => "⁨" + d.page + "⁩ – ⁨" + d.portal + "⁩",
  "page.not_found.heading": () => "الصفحة غير موجودة",
  "page.not_found.body": () => "تحقق من العنوان، أو ارجع إلى نموذج الإبلاغ.",
  "page.error.heading": () => "حدث خطأ ما",
  "page.error.body": () => "ربما لم يُرسَل بلاغك. يُرجى المحاولة مرة أخرى لاحقًا."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "مغادرة هذا الموقع بسرعة",
  "quick_exit.help": () => "ينقلك فورًا إلى موقع محايد. لن يُرسَل أي شيء كتبته."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "الإبلاغ عن مواد الاعتداء الجنسي على الأطفال",
  "form.intro": () => "إذا رأيت صورًا أو مقاطع فيديو جنسية لطفل على الإنترنت، يمكنك الإبلاغ هنا عن رابط الصفحة (URL). لا داعي لذكر اسمك.",
  "form.no_images": () => "لا تنزّل الصور أو مقاطع الفيديو نفسها، ولا تنسخها، ولا تلتقط لها صورة شاشة، ولا ترسلها. نحتاج فقط إلى رابط الصفحة التي رأيتها فيها.",
  "form.anonymous": () => "الإبلاغ مجهول الهوية. لا نحفظ عنوان IP الخاص بك ولا بيانات جهازك ولا أي شيء آخر قد يكشف هويتك.",
  "form.emergency": () => "إذا كان طفل في خطر داهم، فاتصل برقم الطوارئ في بلدك.",
  "form.required": () => "مطلوب",
  "form.optional": () => "اختياري",
  "form.urls.label": () => "رابط الصفحة (URL)",
  "form.urls.help": (d: any) => "انسخ الرابط كاملًا من شريط العنوان في متصفحك. يبدأ عادةً بـ https://. يمكنك الإبلاغ عن " + plural(d.maximum, 0, ar, { zero: "⁨" + number("ar", d.maximum, 0) + "⁩ رابط", one: "رابط واحد", two: "رابطين", few: "⁨" + number("ar", d.maximum, 0) + "⁩ روابط", many: "⁨" + number("ar", d.maximum, 0) + "⁩ رابطًا", other: "⁨" + number("ar", d.maximum, 0) + "⁩ رابط" }) + " كحد أقصى في المرة الواحدة.",
  "form.urls.item_label": (d: any) => "الرابط ⁨" + d.number + "⁩",
  "form.urls.add": () => "إضافة رابط آخر",
  "form.urls.remove": (d: any) => "حذف الرابط ⁨" + d.number + "⁩",
  "form.content_types.legend": () => "ماذا رأيت؟",
  "form.content_types.help": () => "اختر كل ما ينطبق.",
  "form.content_types.option.image": () => "صور",
  "form.content_types.option.video": () => "مقاطع فيديو",
  "form.content_types.option.livestream": () => "بث مباشر",
  "form.content_types.option.text": () => "نص أو محادثة",
  "form.content_types.option.other": () => "شيء آخر",
  "form.content_types.option.unsure": () => "لست متأكدًا",
  "form.where_found.label": () => "أين وجدته؟",
  "form.where_found.help": () => "اختر نوع المكان الذي رأيته فيه.",
  "form.where_found.option.none": () => "غير محدد",
  "form.where_found.option.website": () => "موقع إلكتروني",
  "form.where_found.option.social_media": () => "وسائل التواصل الاجتماعي",
  "form.where_found.option.search_engine": () => "نتائج محرك بحث",
  "form.where_found.option.file_sharing": () => "خدمة لمشاركة الملفات أو للتخزين السحابي",
  "form.where_found.option.messaging_app": () => "تطبيق مراسلة",
  "form.where_found.option.forum": () => "منتدى أو غرفة دردشة",
  "form.where_found.option.email": () => "رسالة بريد إلكتروني",
  "form.where_found.option.game": () => "لعبة عبر الإنترنت",
  "form.where_found.option.other": () => "مكان آخر",
  "form.where_found.option.unsure": () => "لست متأكدًا",
  "form.description.label": () => "الوصف",
  "form.description.help": (d: any) => "أخبرنا بأي شيء يساعدنا في العثور على المواد، مثل مكانها في الصفحة. لا تكتب هنا اسمك أو أي تفاصيل أخرى عنك. الحد الأقصى " + plural(d.maximum, 0, ar, { zero: "⁨" + number("ar", d.maximum, 0) + "⁩ حرف", one: "حرف واحد", two: "حرفان", few: "⁨" + number("ar", d.maximum, 0) + "⁩ أحرف", many: "⁨" + number("ar", d.maximum, 0) + "⁩ حرفًا", other: "⁨" + number("ar", d.maximum, 0) + "⁩ حرف" }) + ".",
  "form.good_faith.legend": () => "إقرارك",
  "form.good_faith.label": () => "أعتقد بحسن نية أن المعلومات الواردة في هذا البلاغ دقيقة وكاملة.",
  "form.good_faith.help": () => "نحتاج إلى هذا الإقرار قبل أن نتمكن من اتخاذ أي إجراء بشأن البلاغ.",
  "form.contact.legend": () => "بيانات التواصل",
  "form.contact.intro": (d: any) => "لست مضطرًا إلى تقديم أي بيانات للتواصل. قدّمها فقط إذا أردت أن يتمكن فريق ⁨" + d.hotline + "⁩ من التواصل معك بشأن هذا البلاغ.",
  "form.contact.consent.label": (d: any) => "أوافق على احتفاظ ⁨" + d.hotline + "⁩ ببيانات التواصل أدناه للتواصل معي بشأن هذا البلاغ.",
  "form.contact.consent.help": (d: any) => "من دون هذه الموافقة، تُحذف أي بيانات تواصل تُدخلها ولا تُحفظ أبدًا. ومع الموافقة، تُحذف بعد " + plural(d.days, 0, ar, { zero: "⁨" + number("ar", d.days, 0) + "⁩ يوم", one: "يوم واحد", two: "يومين", few: "⁨" + number("ar", d.days, 0) + "⁩ أيام", many: "⁨" + number("ar", d.days, 0) + "⁩ يومًا", other: "⁨" + number("ar", d.days, 0) + "⁩ يوم" }) + ".",
  "form.contact.name.label": () => "الاسم",
  "form.contact.email.label": () => "البريد الإلكتروني",
  "form.contact.phone.label": () => "رقم الهاتف",
  "form.contact.wants_feedback.label": () => "أرغب في معرفة نتيجة بلاغي",
  "form.submit": () => "إرسال البلاغ",
  "form.what_happens_next.heading": () => "ماذا يحدث بعد ذلك",
  "form.what_happens_next.body": (d: any) => "سيقيّم محللون مدرَّبون لدى ⁨" + d.hotline + "⁩ الروابط التي ترسلها. إذا كانت المواد غير قانونية، يعملون على إزالتها، ويُبلغون الشرطة عند الحاجة. ستحصل على رمز إيصال يتيح لك التحقق من حالة بلاغك دون ذكر اسمك."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "هذا الحقل مطلوب.",
  "error.invalid_type": () => "هذه القيمة ليست بالصيغة المتوقعة.",
  "error.unknown_field": () => "هذا الحقل غير مقبول. احذفه وحاول مرة أخرى.",
  "error.invalid_value": () => "هذه القيمة ليست من الخيارات المسموح بها.",
  "error.unsupported_schema_version": () => "هذا الإصدار من صيغة البلاغ غير مدعوم.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, ar, { zero: "أضف ⁨" + number("ar", d.minimum, 0) + "⁩ عنصر على الأقل.", one: "أضف عنصرًا واحدًا على الأقل.", two: "أضف عنصرين على الأقل.", few: "أضف ⁨" + number("ar", d.minimum, 0) + "⁩ عناصر على الأقل.", many: "أضف ⁨" + number("ar", d.minimum, 0) + "⁩ عنصرًا على الأقل.", other: "أضف ⁨" + number("ar", d.minimum, 0) + "⁩ عنصر على الأقل." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, ar, { zero: "أدخل ⁨" + number("ar", d.maximum, 0) + "⁩ عنصر كحد أقصى.", one: "أدخل عنصرًا واحدًا كحد أقصى.", two: "أدخل عنصرين كحد أقصى.", few: "أدخل ⁨" + number("ar", d.maximum, 0) + "⁩ عناصر كحد أقصى.", many: "أدخل ⁨" + number("ar", d.maximum, 0) + "⁩ عنصرًا كحد أقصى.", other: "أدخل ⁨" + number("ar", d.maximum, 0) + "⁩ عنصر كحد أقصى." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, ar, { zero: "استخدم ⁨" + number("ar", d.maximum, 0) + "⁩ حرف كحد أقصى.", one: "استخدم حرفًا واحدًا كحد أقصى.", two: "استخدم حرفين كحد أقصى.", few: "استخدم ⁨" + number("ar", d.maximum, 0) + "⁩ أحرف كحد أقصى.", many: "استخدم ⁨" + number("ar", d.maximum, 0) + "⁩ حرفًا كحد أقصى.", other: "استخدم ⁨" + number("ar", d.maximum, 0) + "⁩ حرف كحد أقصى." }),
  "error.empty": () => "لا يمكن ترك هذا الحقل فارغًا.",
  "error.url_invalid": () => "لا يمكننا قراءة هذا الرابط. انسخه من شريط العنوان في متصفحك.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, ar, { zero: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به ⁨" + number("ar", d.maximum, 0) + "⁩ حرف.", one: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به حرف واحد.", two: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به حرفان.", few: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به ⁨" + number("ar", d.maximum, 0) + "⁩ أحرف.", many: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به ⁨" + number("ar", d.maximum, 0) + "⁩ حرفًا.", other: "هذا الرابط طويل جدًا: الحد الأقصى المسموح به ⁨" + number("ar", d.maximum, 0) + "⁩ حرف." }),
  "error.url_scheme_data": () => "الرابط الذي يبدأ بـ data: يحتوي على المحتوى نفسه، لذلك لا يمكن إرساله. أدخل رابط صفحة الويب التي رأيته فيها.",
  "error.url_scheme_blob": () => "الرابط الذي يبدأ بـ blob: لا يعمل إلا داخل متصفحك. أدخل رابط صفحة الويب التي رأيته فيها.",
  "error.url_scheme_file": () => "الرابط الذي يبدأ بـ file: يشير إلى ملف على جهازك. لا ترسل ملفات؛ أدخل رابط صفحة الويب التي رأيته فيها.",
  "error.url_scheme_javascript": () => "الرابط الذي يبدأ بـ javascript: غير مقبول. أدخل رابط صفحة الويب التي رأيته فيها.",
  "error.url_scheme_unsupported": () => "لا يمكن الإبلاغ إلا عن الروابط التي تبدأ بـ http:// أو https://.",
  "error.good_faith_required": () => "أكّد الإقرار لإرسال بلاغك.",
  "error.invalid_locale": () => "رمز اللغة هذا غير صالح.",
  "error.unknown_portal": () => "بوابة الإبلاغ هذه غير موجودة.",
  "error.unsupported_locale": (d: any) => "هذه اللغة غير متاحة في هذه البوابة. اللغات المتاحة: ⁨" + d.locales + "⁩.",
  "error.invalid_email": () => "أدخل عنوان بريد إلكتروني مثل name@example.com.",
  "error.invalid_phone": () => "أدخل رقم الهاتف باستخدام الأرقام والمسافات، ويمكنك وضع علامة + في بدايته.",
  "error.nul_character": () => "يحتوي هذا الحقل على حرف مخفي (NUL، U+0000) لا يمكن قبوله. احذفه، مثلًا بكتابة النص من جديد.",
  "error.urls.too_few_items": () => "أدخل رابط الصفحة التي رأيت فيها المواد.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, ar, { zero: "يمكنك الإبلاغ عن ⁨" + number("ar", d.maximum, 0) + "⁩ رابط كحد أقصى في المرة الواحدة.", one: "يمكنك الإبلاغ عن رابط واحد كحد أقصى في المرة الواحدة.", two: "يمكنك الإبلاغ عن رابطين كحد أقصى في المرة الواحدة.", few: "يمكنك الإبلاغ عن ⁨" + number("ar", d.maximum, 0) + "⁩ روابط كحد أقصى في المرة الواحدة.", many: "يمكنك الإبلاغ عن ⁨" + number("ar", d.maximum, 0) + "⁩ رابطًا كحد أقصى في المرة الواحدة.", other: "يمكنك الإبلاغ عن ⁨" + number("ar", d.maximum, 0) + "⁩ رابط كحد أقصى في المرة الواحدة." }),
  "error.receipt_length": () => "طول رمز الإيصال هذا غير صحيح. تأكد من أنك نسخته كاملًا.",
  "error.receipt_character": () => "يحتوي رمز الإيصال هذا على حرف لا يُستخدم أبدًا في رموز الإيصال. تحقق من عدم وجود أخطاء في الكتابة.",
  "error.receipt_check": () => "رمز الإيصال هذا غير صحيح. تحقق من عدم وجود أخطاء في الكتابة.",
  "error.summary.heading": (d: any) => plural(d.count, 0, ar, { zero: "توجد ⁨" + number("ar", d.count, 0) + "⁩ مشكلة في بلاغك", one: "توجد مشكلة واحدة في بلاغك", two: "توجد مشكلتان في بلاغك", few: "توجد ⁨" + number("ar", d.count, 0) + "⁩ مشكلات في بلاغك", many: "توجد ⁨" + number("ar", d.count, 0) + "⁩ مشكلة في بلاغك", other: "توجد ⁨" + number("ar", d.count, 0) + "⁩ مشكلة في بلاغك" }),
  "error.summary.item": (d: any) => "⁨" + d.field + "⁩: ⁨" + d.message + "⁩"
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "شكرًا لك. تم إرسال بلاغك",
  "confirmation.intro": (d: any) => "شكرًا لك على الإبلاغ. " + plural(d.count, 0, ar, { zero: "استلمنا ⁨" + number("ar", d.count, 0) + "⁩ رابط.", one: "استلمنا رابطًا واحدًا.", two: "استلمنا رابطين.", few: "استلمنا ⁨" + number("ar", d.count, 0) + "⁩ روابط.", many: "استلمنا ⁨" + number("ar", d.count, 0) + "⁩ رابطًا.", other: "استلمنا ⁨" + number("ar", d.count, 0) + "⁩ رابط." }) + " سيقيّم المحللون بلاغك في أقرب وقت ممكن.",
  "confirmation.receipt_label": () => "رمز الإيصال الخاص بك",
  "confirmation.receipt_advice": () => "احتفظ بهذا الرمز في مكان آمن، كأن تكتبه على ورقة. إنه الطريقة الوحيدة للتحقق من حالة بلاغك، ولا يمكننا عرضه لك مرة أخرى.",
  "confirmation.receipt_private": () => "لا يُظهر هذا الرمز إلا حالة بلاغك، ولا شيء آخر عنه. لا تشاركه مع أحد.",
  "confirmation.copy": () => "نسخ الرمز",
  "confirmation.copied": () => "تم النسخ",
  "confirmation.status_link": () => "التحقق من حالة بلاغك",
  "confirmation.report_another": () => "الإبلاغ عن رابط آخر",
  "confirmation.wellbeing": () => "قد تكون رؤية هذا النوع من المواد أمرًا مؤلمًا. قد يساعدك التحدث إلى شخص تثق به."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "التحقق من حالة بلاغك",
  "status.intro": () => "أدخل رمز الإيصال الذي حصلت عليه عند إرسال بلاغك.",
  "status.receipt.label": () => "رمز الإيصال",
  "status.receipt.help": (d: any) => plural(d.length, 0, ar, { zero: "يتكون الرمز من ⁨" + number("ar", d.length, 0) + "⁩ خانة.", one: "يتكون الرمز من خانة واحدة.", two: "يتكون الرمز من خانتين.", few: "يتكون الرمز من ⁨" + number("ar", d.length, 0) + "⁩ خانات.", many: "يتكون الرمز من ⁨" + number("ar", d.length, 0) + "⁩ خانة.", other: "يتكون الرمز من ⁨" + number("ar", d.length, 0) + "⁩ خانة." }) + " لا تهم الشرطات والمسافات، ولا الأحرف الكبيرة أو الصغيرة.",
  "status.submit": () => "التحقق من الحالة",
  "status.privacy": () => "لا يوضع رمز الإيصال في أي رابط أبدًا، لذلك لا يظهر في سجل التصفح في متصفحك.",
  "status.result.heading": () => "حالة بلاغك",
  "status.state.received": () => "تم الاستلام",
  "status.state.in_review": () => "قيد المراجعة",
  "status.state.completed": () => "مكتمل",
  "status.state_description.received": () => "تم استلام بلاغك، وهو بانتظار التقييم.",
  "status.state_description.in_review": () => "يقوم أحد المحللين بتقييم بلاغك.",
  "status.state_description.completed": () => "اكتمل تقييم بلاغك.",
  "status.outcome.action_taken": () => "وجد المحللون مواد غير قانونية واتخذوا إجراءات لإزالتها.",
  "status.outcome.no_action": () => "لم يُتخذ أي إجراء. قد يحدث ذلك إذا لم تعد المواد متاحة على الإنترنت، أو تعذّر العثور عليها، أو لم تكن مخالفة للقانون المعمول به. شكرًا لك على الإبلاغ على أي حال.",
  "status.outcome.not_shared": () => "لا تشارك هذه البوابة نتائج التقييم.",
  "status.updated_on": (d: any) => "آخر تحديث: ⁨" + d.date + "⁩",
  "status.not_found": () => "لم نعثر على بلاغ برمز الإيصال هذا. تحقق من الرمز وحاول مرة أخرى."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "الخصوصية",
  "privacy.summary": () => "الإبلاغ مجهول الهوية. لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز)، ولا يحمّل أي شيء من مواقع أخرى.",
  "privacy.stored": (d: any) => "نحفظ الروابط التي تُبلغ عنها، وإجاباتك عن أسئلة النموذج، واللغة التي اخترتها، " + select(d.precision, { hour: "والساعة التي وصل فيها البلاغ", day: "واليوم الذي وصل فيه البلاغ", other: "ووقت وصول البلاغ" }) + ".",
  "privacy.never_stored": () => "لا نحفظ أبدًا عنوان IP الخاص بك، ولا بيانات متصفحك أو جهازك، ولا ملفات تعريف الارتباط، ولا الصفحة التي جئت منها.",
  "privacy.contact": (d: any) => "لا تُحفظ بيانات التواصل إلا إذا أعطيت موافقتك في النموذج، وتُحذف بعد " + plural(d.days, 0, ar, { zero: "⁨" + number("ar", d.days, 0) + "⁩ يوم", one: "يوم واحد", two: "يومين", few: "⁨" + number("ar", d.days, 0) + "⁩ أيام", many: "⁨" + number("ar", d.days, 0) + "⁩ يومًا", other: "⁨" + number("ar", d.days, 0) + "⁩ يوم" }) + ".",
  "privacy.retention": (d: any) => "تُحفظ البلاغات لمدة " + plural(d.days, 0, ar, { zero: "⁨" + number("ar", d.days, 0) + "⁩ يوم", one: "يوم واحد", two: "يومين", few: "⁨" + number("ar", d.days, 0) + "⁩ أيام", many: "⁨" + number("ar", d.days, 0) + "⁩ يومًا", other: "⁨" + number("ar", d.days, 0) + "⁩ يوم" }) + "، ثم تُحذف.",
  "privacy.receipt": () => "لا نحفظ إلا بصمة رقمية لرمز الإيصال، لذلك لا يستطيع أحد استرجاع الرمز من سجلاتنا.",
  "privacy.sharing": () => "قد تتم مشاركة الروابط المبلَّغ عنها مع خطوط إبلاغ أخرى ومزوّدي الاستضافة والشرطة حتى يمكن إزالة المواد. لا تتم مشاركة بيانات التواصل الخاصة بك أبدًا."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "المعلومات القانونية",
  "legal.operator": (d: any) => "الجهة التي تدير هذه البوابة في ⁨" + d.country + "⁩: ⁨" + d.hotline + "⁩.",
  "legal.purpose": (d: any) => "الغرض الوحيد منها هو تلقي البلاغات عن مواد الاعتداء الجنسي على الأطفال على الإنترنت. وتُقيَّم البلاغات وفقًا للقانون المعمول به في ⁨" + d.country + "⁩.",
  "legal.good_faith": () => "يُرجى الإبلاغ بحسن نية فقط. قد يكون تقديم بلاغات كاذبة عن علم مخالفًا للقانون.",
  "legal.hotline_website": (d: any) => "الموقع الإلكتروني لـ ⁨" + d.hotline + "⁩: ⁨" + d.website + "⁩"
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "مواد اعتداء جنسي على الأطفال على الرابط ⁨" + d.url + "⁩",
  "notice.greeting": (d: any) => "السادة ⁨" + d.recipient + "⁩ المحترمين،",
  "notice.intro": (d: any) => "قمنا في ⁨" + d.hotline + "⁩ بتقييم المحتوى الموجود في الموقع المبيَّن أدناه، وتبيّن لنا أنه من مواد الاعتداء الجنسي على الأطفال.",
  "notice.url_label": () => "الموقع (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "يستوفي المحتوى المعيار الأساسي الدولي لمواد الاعتداء الجنسي على الأطفال، ويُعدّ غير قانوني في جميع دول العالم تقريبًا.", national: "المحتوى غير قانوني بموجب القانون الوطني المعمول به.", other: "التصنيف: ⁨" + d.classification + "⁩." }),
  "notice.hosting": (d: any) => "يبدو أن المحتوى مستضاف في: ⁨" + d.hostingCountry + "⁩.",
  "notice.assessed_on": (d: any) => "تاريخ التقييم: ⁨" + d.date + "⁩.",
  "notice.good_faith": () => "نرسل هذا الإشعار بحسن نية، ونعتقد أن المعلومات الواردة فيه دقيقة وكاملة.",
  "notice.identity": () => "وفقًا لما تجيزه المادة 16(2)(c) من قانون الخدمات الرقمية للاتحاد الأوروبي بشأن الإشعارات المتعلقة بمواد الاعتداء الجنسي على الأطفال، لا يتضمن هذا الإشعار هوية الشخص الذي أبلغ عن المحتوى.",
  "notice.request": (d: any) => "يُرجى إزالة هذا المحتوى أو تعطيل الوصول إليه دون تأخير، وفي غضون " + plural(d.deadlineHours, 0, ar, { zero: "⁨" + number("ar", d.deadlineHours, 0) + "⁩ ساعة", one: "ساعة واحدة", two: "ساعتين", few: "⁨" + number("ar", d.deadlineHours, 0) + "⁩ ساعات", many: "⁨" + number("ar", d.deadlineHours, 0) + "⁩ ساعة", other: "⁨" + number("ar", d.deadlineHours, 0) + "⁩ ساعة" }) + " كحد أقصى من استلام هذا الإشعار. ويُرجى الاحتفاظ بأي بيانات يُلزمكم القانون المنطبق عليكم بحفظها لصالح جهات إنفاذ القانون.",
  "notice.reference": (d: any) => "رقمنا المرجعي: ⁨" + d.reference + "⁩. يُرجى ذكره في أي رد.",
  "notice.closing": (d: any) => "نشكر لكم تعاونكم.\n⁨" + d.hotline + "⁩"
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "لوحة المحللين",
  "console.login.page_title": () => "تسجيل الدخول",
  "console.login.token_label": () => "رمز الوصول",
  "console.login.token_help": () => "الصق رمز الوصول الذي أُعطي لك. لا تشاركه مع أحد.",
  "console.login.submit": () => "تسجيل الدخول",
  "console.login.invalid": () => "رمز الوصول هذا غير صالح.",
  "console.logout": () => "تسجيل الخروج",
  "console.signed_in_as": (d: any) => "مسجّل الدخول بصفة: ⁨" + d.role + "⁩",
  "console.role.analyst": () => "محلل",
  "console.role.supervisor": () => "مشرف",
  "console.role.auditor": () => "مدقق",
  "console.role.partner": () => "شريك",
  "console.read_only": () => "صلاحيتك للقراءة فقط.",
  "console.nav.queue": () => "قائمة الانتظار",
  "console.nav.metrics": () => "المؤشرات",
  "console.queue.page_title": () => "الملفات",
  "console.queue.filter_state": () => "الحالة",
  "console.queue.all_states": () => "جميع الحالات",
  "console.queue.filter_submit": () => "عرض",
  "console.queue.overdue_first": () => "تُعرض الملفات المتأخرة أولًا.",
  "console.queue.empty": () => "لا توجد ملفات هنا.",
  "console.queue.column.case": () => "الملف",
  "console.queue.column.urls": () => "الروابط (URL)",
  "console.queue.column.state": () => "الحالة",
  "console.queue.column.received": () => "تاريخ الاستلام",
  "console.queue.column.updated": () => "آخر تغيير",
  "console.queue.url_count": (d: any) => plural(d.count, 0, ar, { zero: "⁨" + number("ar", d.count, 0) + "⁩ رابط", one: "رابط واحد", two: "رابطان", few: "⁨" + number("ar", d.count, 0) + "⁩ روابط", many: "⁨" + number("ar", d.count, 0) + "⁩ رابطًا", other: "⁨" + number("ar", d.count, 0) + "⁩ رابط" }),
  "console.queue.next_page": () => "الصفحة التالية",
  "console.overdue": () => "متأخر",
  "console.overdue_since": (d: any) => plural(d.hours, 0, ar, { zero: "أُرسل الإشعار قبل ⁨" + number("ar", d.hours, 0) + "⁩ ساعة، ولم يُزَل المحتوى بعد", one: "أُرسل الإشعار قبل ساعة واحدة، ولم يُزَل المحتوى بعد", two: "أُرسل الإشعار قبل ساعتين، ولم يُزَل المحتوى بعد", few: "أُرسل الإشعار قبل ⁨" + number("ar", d.hours, 0) + "⁩ ساعات، ولم يُزَل المحتوى بعد", many: "أُرسل الإشعار قبل ⁨" + number("ar", d.hours, 0) + "⁩ ساعة، ولم يُزَل المحتوى بعد", other: "أُرسل الإشعار قبل ⁨" + number("ar", d.hours, 0) + "⁩ ساعة، ولم يُزَل المحتوى بعد" }),
  "console.case.page_title": (d: any) => "الملف ⁨" + d.id + "⁩",
  "console.case.state": () => "الحالة",
  "console.case.version": (d: any) => "الإصدار ⁨" + d.version + "⁩",
  "console.case.urls": () => "الروابط المبلَّغ عنها",
  "console.case.urls_note": () => "تُعرض كنص فقط ولا تُحمَّل أبدًا. لا تفتحها إلا في بيئة العمل الخاضعة للرقابة المخصصة لك.",
  "console.case.reports": () => "البلاغات المرتبطة",
  "console.case.report_count": (d: any) => plural(d.count, 0, ar, { zero: "⁨" + number("ar", d.count, 0) + "⁩ بلاغ", one: "بلاغ واحد", two: "بلاغان", few: "⁨" + number("ar", d.count, 0) + "⁩ بلاغات", many: "⁨" + number("ar", d.count, 0) + "⁩ بلاغًا", other: "⁨" + number("ar", d.count, 0) + "⁩ بلاغ" }),
  "console.case.report.received_at": () => "تاريخ الاستلام",
  "console.case.report.locale": () => "اللغة",
  "console.case.report.source": () => "المصدر",
  "console.case.report.content_types": () => "ما تمت رؤيته",
  "console.case.report.where_found": () => "مكان العثور عليه",
  "console.case.report.description": () => "الوصف",
  "console.case.report.contact": () => "بيانات التواصل (مقدَّمة بموافقة المبلِّغ)",
  "console.case.report.wants_feedback": () => "يرغب في معرفة النتيجة",
  "console.case.report.none": () => "لا يوجد",
  "console.case.source.public": () => "النموذج العام",
  "console.case.source.partner": (d: any) => "شريك: ⁨" + d.partner + "⁩",
  "console.case.history": () => "السجل",
  "console.case.history_entry": (d: any) => "⁨" + d.event + "⁩، بواسطة ⁨" + d.actor + "⁩، ⁨" + d.date + "⁩",
  "console.case.actions": () => "الإجراءات",
  "console.case.no_actions": () => "لا توجد إجراءات متاحة لك في هذه الحالة.",
  "console.case.notice": () => "إشعار الإزالة",
  "console.case.xarf": () => "تقرير X-ARF",
  "console.case.saved": () => "تم الحفظ.",
  "console.case.stale": () => "تغيّر هذا الملف منذ أن فتحته. أعد تحميله وحاول مرة أخرى.",
  "console.case.not_allowed": () => "هذا الإجراء غير مسموح به في الحالة الحالية للملف.",
  "console.case.back": () => "العودة إلى قائمة الانتظار",
  "console.state.received": () => "تم الاستلام",
  "console.state.assessing": () => "قيد التقييم",
  "console.state.confirmed": () => "مؤكَّد",
  "console.state.forwarded": () => "تمت الإحالة",
  "console.state.notice_sent": () => "تم إرسال الإشعار",
  "console.state.removed": () => "تمت الإزالة",
  "console.state.dismissed": () => "مرفوض",
  "console.state.merged": () => "تم الدمج",
  "console.state.closed": () => "مغلق",
  "console.event.claim": () => "تولّي الملف",
  "console.event.release": () => "التخلي عن الملف",
  "console.event.dismiss": () => "رفض",
  "console.event.merge": () => "دمج في ملف آخر",
  "console.event.confirm": () => "تأكيد عدم القانونية",
  "console.event.forward": () => "إحالة",
  "console.event.send_notice": () => "إرسال إشعار",
  "console.event.notify_law_enforcement": () => "إبلاغ جهات إنفاذ القانون",
  "console.event.verify_removed": () => "التحقق من الإزالة",
  "console.event.reappear": () => "تعليم كمحتوى عاود الظهور",
  "console.event.reopen": () => "إعادة فتح",
  "console.event.close": () => "إغلاق",
  "console.field.optional": () => "(اختياري)",
  "console.field.reason": () => "السبب",
  "console.field.into": () => "الملف المراد الدمج فيه",
  "console.field.classification": () => "التصنيف",
  "console.field.severity": () => "درجة الخطورة",
  "console.field.hosting_country": () => "بلد الاستضافة (رمز ISO 3166-1 alpha-2)",
  "console.field.hosting_provider": () => "مزوّد الاستضافة",
  "console.field.to": () => "الإحالة إلى",
  "console.field.recipient": () => "المستلم",
  "console.field.reference": () => "المرجع",
  "console.field.channel": () => "القناة",
  "console.field.agency": () => "الجهة",
  "console.reason.not_illegal": () => "غير مخالف للقانون",
  "console.reason.adult_content": () => "محتوى للبالغين",
  "console.reason.not_found": () => "المحتوى غير موجود",
  "console.reason.insufficient": () => "معلومات غير كافية",
  "console.reason.out_of_remit": () => "خارج نطاق الاختصاص",
  "console.classification.baseline": () => "المعيار الأساسي (المعيار الدولي)",
  "console.classification.national": () => "القانون الوطني",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "خط إبلاغ آخر",
  "console.forward_to.law_enforcement": () => "جهات إنفاذ القانون",
  "console.metrics.page_title": () => "مؤشرات الإزالة",
  "console.metrics.period": () => "الفترة",
  "console.metrics.all_time": () => "كل الفترات",
  "console.metrics.reports_received": () => "البلاغات المستلمة",
  "console.metrics.urls_received": () => "الروابط المستلمة",
  "console.metrics.duplicates_linked": () => "البلاغات المكررة المرتبطة بملفات مفتوحة",
  "console.metrics.median_time_to_assessment": () => "الوقت الوسيط حتى التقييم",
  "console.metrics.median_notice_to_removal": () => "الوقت الوسيط من أول إشعار حتى الإزالة",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, ar, { zero: "نسبة ما أُزيل خلال ⁨" + number("ar", d.hours, 0) + "⁩ ساعة", one: "نسبة ما أُزيل خلال ساعة واحدة", two: "نسبة ما أُزيل خلال ساعتين", few: "نسبة ما أُزيل خلال ⁨" + number("ar", d.hours, 0) + "⁩ ساعات", many: "نسبة ما أُزيل خلال ⁨" + number("ar", d.hours, 0) + "⁩ ساعة", other: "نسبة ما أُزيل خلال ⁨" + number("ar", d.hours, 0) + "⁩ ساعة" }),
  "console.metrics.share": (d: any) => "⁨" + numberPercent(d.share, "ar") + "⁩",
  "console.metrics.overdue": () => "الملفات المتأخرة",
  "console.metrics.per_state": () => "الملفات حسب الحالة",
  "console.metrics.chart_title": () => "الوقت الوسيط من الإشعار حتى الإزالة، أسبوعيًا",
  "console.metrics.chart_week": (d: any) => "أسبوع ⁨" + d.date + "⁩",
  "console.metrics.no_data": () => "لا توجد بيانات كافية بعد.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, ar, { zero: "⁨" + number("ar", d.minutes, 0) + "⁩ دقيقة", one: "دقيقة واحدة", two: "دقيقتان", few: "⁨" + number("ar", d.minutes, 0) + "⁩ دقائق", many: "⁨" + number("ar", d.minutes, 0) + "⁩ دقيقة", other: "⁨" + number("ar", d.minutes, 0) + "⁩ دقيقة" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, ar, { zero: "⁨" + number("ar", d.hours, 0) + "⁩ ساعة", one: "ساعة واحدة", two: "ساعتان", few: "⁨" + number("ar", d.hours, 0) + "⁩ ساعات", many: "⁨" + number("ar", d.hours, 0) + "⁩ ساعة", other: "⁨" + number("ar", d.hours, 0) + "⁩ ساعة" }),
  "console.duration.days": (d: any) => plural(d.days, 0, ar, { zero: "⁨" + number("ar", d.days, 0) + "⁩ يوم", one: "يوم واحد", two: "يومان", few: "⁨" + number("ar", d.days, 0) + "⁩ أيام", many: "⁨" + number("ar", d.days, 0) + "⁩ يومًا", other: "⁨" + number("ar", d.days, 0) + "⁩ يوم" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "محتوى الطلب ليس بصيغة JSON صالحة.",
  "problem.invalid_encoding": () => "محتوى الطلب ليس نصًا صالحًا بترميز UTF-8.",
  "problem.body_too_large": () => "محتوى الطلب كبير جدًا.",
  "problem.unsupported_media_type": () => "أرسل محتوى الطلب بصيغة JSON (application/json).",
  "problem.validation_failed": () => "توجد مشكلات في البيانات المرسلة. راجع قائمة الأخطاء.",
  "problem.rate_limited": () => "عدد الطلبات كبير جدًا. انتظر قليلًا ثم حاول مرة أخرى.",
  "problem.not_found": () => "غير موجود.",
  "problem.method_not_allowed": () => "طريقة الطلب هذه غير مسموح بها هنا.",
  "problem.unauthorized": () => "يلزم رمز وصول صالح.",
  "problem.forbidden": () => "لا يسمح دورك بهذا الإجراء.",
  "problem.conflict": () => "يتعارض الطلب مع الحالة الحالية. أعد التحميل وحاول مرة أخرى.",
  "problem.idempotency_conflict": () => "سبق استخدام مفتاح Idempotency-Key هذا لطلب مختلف.",
  "problem.invalid_idempotency_key": () => "يجب أن تتكون ترويسة Idempotency-Key من 16 إلى 255 حرفًا مرئيًا من أحرف ASCII، مثل معرّف UUID.",
  "problem.event_not_allowed": () => "هذا الإجراء غير مسموح به في الحالة الحالية للملف.",
  "problem.internal": () => "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا."
} as MessageGroup<'problem'>;

/** The whole Arabic catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
