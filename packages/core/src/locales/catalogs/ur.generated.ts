// Generated from locales/ur.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Urdu (ur): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { ur } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Urdu catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"ur","direction":"rtl","status":"draft"};

export const languageMessages = {
  "language.name": () => "اردو",
  "language.page_title": () => "اپنی زبان منتخب کریں",
  "language.intro": () => "رپورٹ فارم کی زبان منتخب کریں۔",
  "language.change": () => "زبان تبدیل کریں"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "یہ ترجمہ ابھی مسودہ ہے۔ کسی اہلِ زبان نے ابھی تک اس کا جائزہ نہیں لیا، اس لیے ہو سکتا ہے کچھ الفاظ واضح نہ ہوں۔"
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "انٹرنیٹ پر بچوں کے جنسی استحصال کے مواد کی رپورٹ کریں",
  "portal.country": (d: any) => "⁨" + d.country + "⁩ کے لیے رپورٹنگ پورٹل",
  "portal.operated_by": (d: any) => "رپورٹس کا جائزہ ⁨" + d.hotline + "⁩ کی جانب سے لیا جاتا ہے۔",
  "portal.example_configuration": () => "یہ پورٹل جانچ اور نمائش کے لیے ایک نمونہ ترتیب ہے۔ یہاں اصل رپورٹس نہ بھیجیں۔",
  "portal.skip_to_content": () => "مرکزی مواد پر جائیں",
  "portal.legal_link": () => "قانونی معلومات",
  "portal.privacy_link": () => "رازداری",
  "portal.status_link": () => "کسی رپورٹ کی صورتحال معلوم کریں",
  "portal.report_link": () => "رپورٹ کریں"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => "⁨" + d.page + "⁩ – ⁨" + d.portal + "⁩",
  "page.not_found.heading": () => "صفحہ نہیں ملا",
  "page.not_found.body": () => "ایڈریس چیک کریں، یا رپورٹ فارم پر واپس جائیں۔",
  "page.error.heading": () => "کچھ غلط ہو گیا",
  "page.error.body": () => "ہو سکتا ہے آپ کی رپورٹ نہ بھیجی گئی ہو۔ براہ کرم کچھ دیر بعد دوبارہ کوشش کریں۔"
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "اس سائٹ سے فوراً نکلیں",
  "quick_exit.help": () => "آپ کو فوراً ایک عام، غیر متعلقہ ویب سائٹ پر لے جاتا ہے۔ آپ نے جو کچھ لکھا ہے وہ نہیں بھیجا جاتا۔"
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "بچوں کے جنسی استحصال کے مواد کی رپورٹ کریں",
  "form.intro": () => "اگر آپ نے انٹرنیٹ پر کسی بچے کی جنسی تصاویر یا ویڈیوز دیکھی ہیں تو آپ یہاں اس کا ویب ایڈریس (URL) رپورٹ کر سکتے ہیں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔",
  "form.no_images": () => "تصاویر یا ویڈیوز کو نہ ڈاؤن لوڈ کریں، نہ کاپی کریں، نہ ان کا اسکرین شاٹ لیں اور نہ ہی انہیں کسی کو بھیجیں۔ ہمیں صرف اس ویب ایڈریس کی ضرورت ہے جہاں آپ نے انہیں دیکھا۔",
  "form.anonymous": () => "رپورٹ مکمل طور پر گمنام ہوتی ہے۔ ہم آپ کا IP ایڈریس، آپ کے آلے کی تفصیلات یا کوئی بھی ایسی چیز محفوظ نہیں کرتے جس سے آپ کی شناخت ہو سکے۔",
  "form.emergency": () => "اگر کوئی بچہ فوری خطرے میں ہے تو اپنے علاقے کے ایمرجنسی نمبر پر کال کریں۔",
  "form.required": () => "لازمی",
  "form.optional": () => "اختیاری",
  "form.urls.label": () => "ویب ایڈریس (URL)",
  "form.urls.help": (d: any) => "اپنے براؤزر کی ایڈریس بار سے پورا ایڈریس کاپی کریں۔ یہ عموماً https:// سے شروع ہوتا ہے۔ آپ ایک وقت میں زیادہ سے زیادہ " + plural(d.maximum, 0, ur, { one: "⁨" + number("ur", d.maximum, 0) + "⁩ ویب ایڈریس", other: "⁨" + number("ur", d.maximum, 0) + "⁩ ویب ایڈریس" }) + " رپورٹ کر سکتے ہیں۔",
  "form.urls.item_label": (d: any) => "ویب ایڈریس ⁨" + d.number + "⁩",
  "form.urls.add": () => "ایک اور ایڈریس شامل کریں",
  "form.urls.remove": (d: any) => "ایڈریس ⁨" + d.number + "⁩ ہٹائیں",
  "form.content_types.legend": () => "آپ نے کیا دیکھا؟",
  "form.content_types.help": () => "جو بھی لاگو ہوں، سب منتخب کریں۔",
  "form.content_types.option.image": () => "تصاویر",
  "form.content_types.option.video": () => "ویڈیوز",
  "form.content_types.option.livestream": () => "لائیو اسٹریم",
  "form.content_types.option.text": () => "تحریر یا چیٹ",
  "form.content_types.option.other": () => "کچھ اور",
  "form.content_types.option.unsure": () => "مجھے یقین نہیں",
  "form.where_found.label": () => "آپ کو یہ کہاں ملا؟",
  "form.where_found.help": () => "اس جگہ کی قسم منتخب کریں جہاں آپ نے اسے دیکھا۔",
  "form.where_found.option.none": () => "نہیں بتایا گیا",
  "form.where_found.option.website": () => "کوئی ویب سائٹ",
  "form.where_found.option.social_media": () => "سوشل میڈیا",
  "form.where_found.option.search_engine": () => "سرچ انجن کے نتائج",
  "form.where_found.option.file_sharing": () => "فائل شیئرنگ یا کلاؤڈ اسٹوریج سروس",
  "form.where_found.option.messaging_app": () => "میسجنگ ایپ",
  "form.where_found.option.forum": () => "فورم یا چیٹ روم",
  "form.where_found.option.email": () => "ای میل",
  "form.where_found.option.game": () => "آن لائن گیم",
  "form.where_found.option.other": () => "کہیں اور",
  "form.where_found.option.unsure": () => "مجھے یقین نہیں",
  "form.description.label": () => "تفصیل",
  "form.description.help": (d: any) => "ہمیں کوئی بھی ایسی بات بتائیں جو مواد تلاش کرنے میں مدد دے، مثلاً صفحے پر یہ کہاں ہے۔ یہاں اپنا نام یا اپنے بارے میں کوئی اور تفصیل نہ لکھیں۔ زیادہ سے زیادہ " + plural(d.maximum, 0, ur, { one: "⁨" + number("ur", d.maximum, 0) + "⁩ حرف", other: "⁨" + number("ur", d.maximum, 0) + "⁩ حروف" }) + "۔",
  "form.good_faith.legend": () => "آپ کا بیان",
  "form.good_faith.label": () => "میرا نیک نیتی سے یہ یقین ہے کہ اس رپورٹ میں دی گئی معلومات درست اور مکمل ہیں۔",
  "form.good_faith.help": () => "کسی رپورٹ پر کارروائی کرنے سے پہلے ہمیں یہ بیان درکار ہے۔",
  "form.contact.legend": () => "رابطے کی تفصیلات",
  "form.contact.intro": (d: any) => "رابطے کی تفصیلات دینا ضروری نہیں۔ یہ صرف اسی صورت میں دیں اگر آپ چاہتے ہیں کہ ⁨" + d.hotline + "⁩ اس رپورٹ کے بارے میں آپ سے رابطہ کر سکے۔",
  "form.contact.consent.label": (d: any) => "مجھے منظور ہے کہ ⁨" + d.hotline + "⁩ اس رپورٹ کے بارے میں مجھ سے رابطہ کرنے کے لیے نیچے دی گئی رابطے کی تفصیلات محفوظ کرے۔",
  "form.contact.consent.help": (d: any) => "اس رضامندی کے بغیر، آپ کی درج کردہ رابطے کی تفصیلات ضائع کر دی جاتی ہیں اور کبھی محفوظ نہیں کی جاتیں۔ رضامندی کی صورت میں، یہ " + plural(d.days, 0, ur, { one: "⁨" + number("ur", d.days, 0) + "⁩ دن", other: "⁨" + number("ur", d.days, 0) + "⁩ دن" }) + " بعد حذف کر دی جاتی ہیں۔",
  "form.contact.name.label": () => "نام",
  "form.contact.email.label": () => "ای میل ایڈریس",
  "form.contact.phone.label": () => "فون نمبر",
  "form.contact.wants_feedback.label": () => "مجھے میری رپورٹ کے نتیجے سے آگاہ کیا جائے",
  "form.submit": () => "رپورٹ بھیجیں",
  "form.what_happens_next.heading": () => "آگے کیا ہوگا",
  "form.what_happens_next.body": (d: any) => "⁨" + d.hotline + "⁩ کے تربیت یافتہ تجزیہ کار آپ کے بھیجے گئے ویب ایڈریسز کا جائزہ لیں گے۔ اگر مواد غیر قانونی ہو تو وہ اسے ہٹوانے کے لیے کام کرتے ہیں اور ضرورت پڑنے پر پولیس کو اطلاع دیتے ہیں۔ آپ کو ایک رسید کوڈ ملے گا جس کے ذریعے آپ اپنا نام بتائے بغیر اپنی رپورٹ کی صورتحال معلوم کر سکتے ہیں۔"
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "یہ خانہ لازمی ہے۔",
  "error.invalid_type": () => "یہ اندراج متوقع فارمیٹ میں نہیں ہے۔",
  "error.unknown_field": () => "یہ خانہ قبول نہیں کیا جاتا۔ اسے ہٹا کر دوبارہ کوشش کریں۔",
  "error.invalid_value": () => "یہ اندراج دستیاب اختیارات میں سے نہیں ہے۔",
  "error.unsupported_schema_version": () => "رپورٹ فارمیٹ کا یہ ورژن قابلِ قبول نہیں۔",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, ur, { one: "کم از کم ⁨" + number("ur", d.minimum, 0) + "⁩ اندراج شامل کریں۔", other: "کم از کم ⁨" + number("ur", d.minimum, 0) + "⁩ اندراجات شامل کریں۔" }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, ur, { one: "زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ اندراج دیں۔", other: "زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ اندراجات دیں۔" }),
  "error.too_long": (d: any) => plural(d.maximum, 0, ur, { one: "زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ حرف استعمال کریں۔", other: "زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ حروف استعمال کریں۔" }),
  "error.empty": () => "یہ خانہ خالی نہیں چھوڑا جا سکتا۔",
  "error.url_invalid": () => "ہم یہ ویب ایڈریس نہیں پڑھ سکتے۔ اسے اپنے براؤزر کی ایڈریس بار سے کاپی کریں۔",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, ur, { one: "یہ ویب ایڈریس بہت لمبا ہے: زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ حرف کی اجازت ہے۔", other: "یہ ویب ایڈریس بہت لمبا ہے: زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ حروف کی اجازت ہے۔" }),
  "error.url_scheme_data": () => "جو ایڈریس data: سے شروع ہوتا ہے اس میں خود مواد شامل ہوتا ہے، اس لیے اسے بھیجا نہیں جا سکتا۔ اس ویب صفحے کا ایڈریس دیں جہاں آپ نے اسے دیکھا۔",
  "error.url_scheme_blob": () => "جو ایڈریس blob: سے شروع ہوتا ہے وہ صرف آپ کے اپنے براؤزر کے اندر کام کرتا ہے۔ اس ویب صفحے کا ایڈریس دیں جہاں آپ نے اسے دیکھا۔",
  "error.url_scheme_file": () => "جو ایڈریس file: سے شروع ہوتا ہے وہ آپ کے اپنے آلے پر موجود کسی فائل کی طرف اشارہ کرتا ہے۔ فائلیں نہ بھیجیں؛ اس ویب صفحے کا ایڈریس دیں جہاں آپ نے اسے دیکھا۔",
  "error.url_scheme_javascript": () => "جو ایڈریس javascript: سے شروع ہوتا ہے وہ قبول نہیں کیا جا سکتا۔ اس ویب صفحے کا ایڈریس دیں جہاں آپ نے اسے دیکھا۔",
  "error.url_scheme_unsupported": () => "صرف وہی ویب ایڈریس رپورٹ کیے جا سکتے ہیں جو http:// یا https:// سے شروع ہوں۔",
  "error.good_faith_required": () => "اپنی رپورٹ بھیجنے کے لیے بیان کی تصدیق کریں۔",
  "error.invalid_locale": () => "زبان کا یہ کوڈ درست نہیں ہے۔",
  "error.unknown_portal": () => "یہ رپورٹنگ پورٹل موجود نہیں ہے۔",
  "error.unsupported_locale": (d: any) => "یہ پورٹل یہ زبان پیش نہیں کرتا۔ دستیاب زبانیں: ⁨" + d.locales + "⁩۔",
  "error.invalid_email": () => "ای میل ایڈریس اس طرح درج کریں: name@example.com",
  "error.invalid_phone": () => "فون نمبر ہندسوں اور خالی جگہوں کے ساتھ درج کریں؛ چاہیں تو شروع میں + لگا سکتے ہیں۔",
  "error.nul_character": () => "اس خانے میں ایک پوشیدہ حرف (NUL، U+0000) ہے جو قبول نہیں کیا جا سکتا۔ براہ کرم اسے ہٹا دیں، مثلاً متن دوبارہ لکھ کر۔",
  "error.urls.too_few_items": () => "وہ ویب ایڈریس درج کریں جہاں آپ نے یہ مواد دیکھا۔",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, ur, { one: "آپ ایک وقت میں زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ ویب ایڈریس رپورٹ کر سکتے ہیں۔", other: "آپ ایک وقت میں زیادہ سے زیادہ ⁨" + number("ur", d.maximum, 0) + "⁩ ویب ایڈریس رپورٹ کر سکتے ہیں۔" }),
  "error.receipt_length": () => "اس رسید کوڈ کی لمبائی درست نہیں۔ دیکھ لیں کہ آپ نے پورا کوڈ کاپی کیا ہے۔",
  "error.receipt_character": () => "اس رسید کوڈ میں ایک ایسا حرف ہے جو رسید کوڈز میں کبھی استعمال نہیں ہوتا۔ ٹائپنگ کی غلطیاں چیک کریں۔",
  "error.receipt_check": () => "یہ رسید کوڈ درست نہیں۔ ٹائپنگ کی غلطیاں چیک کریں۔",
  "error.summary.heading": (d: any) => plural(d.count, 0, ur, { one: "آپ کی رپورٹ میں ⁨" + number("ur", d.count, 0) + "⁩ مسئلہ ہے", other: "آپ کی رپورٹ میں ⁨" + number("ur", d.count, 0) + "⁩ مسائل ہیں" }),
  "error.summary.item": (d: any) => "⁨" + d.field + "⁩: ⁨" + d.message + "⁩"
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "شکریہ۔ آپ کی رپورٹ بھیج دی گئی ہے",
  "confirmation.intro": (d: any) => "رپورٹ کرنے کا شکریہ۔ " + plural(d.count, 0, ur, { one: "ہمیں ⁨" + number("ur", d.count, 0) + "⁩ ویب ایڈریس موصول ہوا۔", other: "ہمیں ⁨" + number("ur", d.count, 0) + "⁩ ویب ایڈریس موصول ہوئے۔" }) + " تجزیہ کار جلد از جلد آپ کی رپورٹ کا جائزہ لیں گے۔",
  "confirmation.receipt_label": () => "آپ کا رسید کوڈ",
  "confirmation.receipt_advice": () => "یہ کوڈ کسی محفوظ جگہ رکھیں، مثلاً اسے لکھ لیں۔ اپنی رپورٹ کی صورتحال معلوم کرنے کا یہی واحد طریقہ ہے، اور ہم یہ کوڈ آپ کو دوبارہ نہیں دکھا سکتے۔",
  "confirmation.receipt_private": () => "یہ کوڈ صرف آپ کی رپورٹ کی صورتحال دکھاتا ہے، اس کے بارے میں اور کچھ نہیں۔ اسے کسی کے ساتھ شیئر نہ کریں۔",
  "confirmation.copy": () => "کوڈ کاپی کریں",
  "confirmation.copied": () => "کاپی ہو گیا",
  "confirmation.status_link": () => "اپنی رپورٹ کی صورتحال معلوم کریں",
  "confirmation.report_another": () => "ایک اور ویب ایڈریس رپورٹ کریں",
  "confirmation.wellbeing": () => "اس طرح کا مواد دیکھنا پریشان کن ہو سکتا ہے۔ کسی ایسے شخص سے بات کرنا مددگار ہو سکتا ہے جس پر آپ بھروسہ کرتے ہیں۔"
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "اپنی رپورٹ کی صورتحال معلوم کریں",
  "status.intro": () => "وہ رسید کوڈ درج کریں جو آپ کو رپورٹ بھیجتے وقت ملا تھا۔",
  "status.receipt.label": () => "رسید کوڈ",
  "status.receipt.help": (d: any) => plural(d.length, 0, ur, { one: "کوڈ میں ⁨" + number("ur", d.length, 0) + "⁩ حرف ہے۔", other: "کوڈ میں ⁨" + number("ur", d.length, 0) + "⁩ حروف ہیں۔" }) + " ڈیش، خالی جگہوں اور چھوٹے بڑے حروف سے کوئی فرق نہیں پڑتا۔",
  "status.submit": () => "صورتحال دیکھیں",
  "status.privacy": () => "آپ کا رسید کوڈ کبھی کسی ویب ایڈریس میں شامل نہیں کیا جاتا، اس لیے یہ آپ کے براؤزر کی ہسٹری میں ظاہر نہیں ہوتا۔",
  "status.result.heading": () => "آپ کی رپورٹ کی صورتحال",
  "status.state.received": () => "موصول ہو گئی",
  "status.state.in_review": () => "جائزہ جاری ہے",
  "status.state.completed": () => "مکمل",
  "status.state_description.received": () => "آپ کی رپورٹ موصول ہو گئی ہے اور جائزے کی منتظر ہے۔",
  "status.state_description.in_review": () => "ایک تجزیہ کار آپ کی رپورٹ کا جائزہ لے رہا ہے۔",
  "status.state_description.completed": () => "آپ کی رپورٹ کا جائزہ مکمل ہو گیا ہے۔",
  "status.outcome.action_taken": () => "تجزیہ کاروں کو غیر قانونی مواد ملا اور انہوں نے اسے ہٹوانے کے لیے کارروائی کی۔",
  "status.outcome.no_action": () => "کوئی کارروائی نہیں کی گئی۔ ایسا اس وقت ہو سکتا ہے جب مواد اب آن لائن موجود نہ ہو، نہ مل سکا ہو، یا لاگو قانون کے تحت غیر قانونی نہ ہو۔ پھر بھی رپورٹ کرنے کا شکریہ۔",
  "status.outcome.not_shared": () => "یہ پورٹل جائزوں کے نتائج شیئر نہیں کرتا۔",
  "status.updated_on": (d: any) => "آخری اپ ڈیٹ: ⁨" + d.date + "⁩",
  "status.not_found": () => "ہمیں اس رسید کوڈ والی کوئی رپورٹ نہیں ملی۔ کوڈ چیک کر کے دوبارہ کوشش کریں۔"
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "رازداری",
  "privacy.summary": () => "رپورٹ مکمل طور پر گمنام ہوتی ہے۔ یہ سائٹ کوئی کوکیز استعمال نہیں کرتی اور کسی دوسری ویب سائٹ سے کچھ لوڈ نہیں کرتی۔",
  "privacy.stored": (d: any) => "ہم آپ کے رپورٹ کردہ ویب ایڈریس، فارم کے سوالات کے آپ کے جوابات، آپ کی منتخب کردہ زبان اور رپورٹ موصول ہونے " + select(d.precision, { hour: "کا گھنٹہ", day: "کا دن", other: "کا وقت" }) + " محفوظ کرتے ہیں۔",
  "privacy.never_stored": () => "ہم آپ کا IP ایڈریس، آپ کے براؤزر یا آلے کی تفصیلات، کوکیز یا وہ صفحہ جہاں سے آپ آئے، کبھی محفوظ نہیں کرتے۔",
  "privacy.contact": (d: any) => "رابطے کی تفصیلات صرف اسی صورت میں محفوظ کی جاتی ہیں جب آپ فارم میں اپنی رضامندی دیں، اور " + plural(d.days, 0, ur, { one: "⁨" + number("ur", d.days, 0) + "⁩ دن", other: "⁨" + number("ur", d.days, 0) + "⁩ دن" }) + " بعد حذف کر دی جاتی ہیں۔",
  "privacy.retention": (d: any) => "رپورٹس " + plural(d.days, 0, ur, { one: "⁨" + number("ur", d.days, 0) + "⁩ دن", other: "⁨" + number("ur", d.days, 0) + "⁩ دن" }) + " تک رکھی جاتی ہیں اور پھر حذف کر دی جاتی ہیں۔",
  "privacy.receipt": () => "ہم آپ کے رسید کوڈ کا صرف ایک ڈیجیٹل فنگر پرنٹ محفوظ کرتے ہیں، اس لیے کوئی بھی ہمارے ریکارڈ سے یہ کوڈ دوبارہ حاصل نہیں کر سکتا۔",
  "privacy.sharing": () => "رپورٹ کیے گئے ویب ایڈریس دیگر ہاٹ لائنز، ہوسٹنگ فراہم کنندگان اور پولیس کے ساتھ شیئر کیے جا سکتے ہیں تاکہ مواد ہٹایا جا سکے۔ آپ کی رابطے کی تفصیلات کبھی شیئر نہیں کی جاتیں۔"
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "قانونی معلومات",
  "legal.operator": (d: any) => "یہ پورٹل ⁨" + d.country + "⁩ کے لیے ⁨" + d.hotline + "⁩ کے زیرِ انتظام ہے۔",
  "legal.purpose": (d: any) => "اس کا واحد مقصد انٹرنیٹ پر بچوں کے جنسی استحصال کے مواد کی رپورٹس وصول کرنا ہے۔ رپورٹس کا جائزہ ⁨" + d.country + "⁩ میں لاگو قانون کے تحت لیا جاتا ہے۔",
  "legal.good_faith": () => "براہ کرم صرف نیک نیتی سے رپورٹ کریں۔ جان بوجھ کر جھوٹی رپورٹ کرنا غیر قانونی ہو سکتا ہے۔",
  "legal.hotline_website": (d: any) => "⁨" + d.hotline + "⁩ کی ویب سائٹ: ⁨" + d.website + "⁩"
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "⁨" + d.url + "⁩ پر بچوں کے جنسی استحصال کا مواد",
  "notice.greeting": (d: any) => "محترم ⁨" + d.recipient + "⁩،",
  "notice.intro": (d: any) => "⁨" + d.hotline + "⁩ نے ذیل میں دیے گئے مقام پر موجود مواد کا جائزہ لیا ہے اور اسے بچوں کے جنسی استحصال کا مواد پایا ہے۔",
  "notice.url_label": () => "مقام (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "یہ مواد بچوں کے جنسی استحصال کے مواد کے بین الاقوامی بنیادی معیار پر پورا اترتا ہے اور تقریباً ہر ملک میں غیر قانونی ہے۔", national: "یہ مواد متعلقہ قومی قانون کے تحت غیر قانونی ہے۔", other: "درجہ بندی: ⁨" + d.classification + "⁩۔" }),
  "notice.hosting": (d: any) => "بظاہر یہ مواد یہاں ہوسٹ کیا گیا ہے: ⁨" + d.hostingCountry + "⁩۔",
  "notice.assessed_on": (d: any) => "جائزے کی تاریخ: ⁨" + d.date + "⁩۔",
  "notice.good_faith": () => "ہم یہ نوٹس نیک نیتی سے بھیج رہے ہیں اور ہمارا یقین ہے کہ اس میں دی گئی معلومات درست اور مکمل ہیں۔",
  "notice.identity": () => "یورپی یونین کے ڈیجیٹل سروسز ایکٹ کا آرٹیکل 16(2)(c) بچوں کے جنسی استحصال کے مواد سے متعلق نوٹسز میں اس کی اجازت دیتا ہے، لہٰذا اس نوٹس میں مواد کی رپورٹ کرنے والے شخص کی شناخت ظاہر نہیں کی گئی۔",
  "notice.request": (d: any) => "براہ کرم یہ نوٹس موصول ہونے کے بعد بلا تاخیر، اور زیادہ سے زیادہ " + plural(d.deadlineHours, 0, ur, { one: "⁨" + number("ur", d.deadlineHours, 0) + "⁩ گھنٹے", other: "⁨" + number("ur", d.deadlineHours, 0) + "⁩ گھنٹوں" }) + " کے اندر، اس مواد کو ہٹا دیں یا اس تک رسائی غیر فعال کر دیں۔ آپ پر لاگو قانون کے تحت قانون نافذ کرنے والے اداروں کے لیے جو ڈیٹا محفوظ رکھنا لازمی ہو، براہ کرم اسے محفوظ رکھیں۔",
  "notice.reference": (d: any) => "ہمارا حوالہ نمبر: ⁨" + d.reference + "⁩۔ براہ کرم کسی بھی جواب میں اس کا حوالہ دیں۔",
  "notice.closing": (d: any) => "آپ کے تعاون کا شکریہ۔\n⁨" + d.hotline + "⁩"
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "تجزیہ کار کنسول",
  "console.login.page_title": () => "سائن ان",
  "console.login.token_label": () => "رسائی ٹوکن",
  "console.login.token_help": () => "آپ کو دیا گیا رسائی ٹوکن یہاں پیسٹ کریں۔ اسے کسی کے ساتھ شیئر نہ کریں۔",
  "console.login.submit": () => "سائن ان کریں",
  "console.login.invalid": () => "یہ رسائی ٹوکن درست نہیں ہے۔",
  "console.logout": () => "سائن آؤٹ",
  "console.signed_in_as": (d: any) => "سائن ان بطور: ⁨" + d.role + "⁩",
  "console.role.analyst": () => "تجزیہ کار",
  "console.role.supervisor": () => "سپروائزر",
  "console.role.auditor": () => "آڈیٹر",
  "console.role.partner": () => "شراکت دار",
  "console.read_only": () => "آپ کو صرف دیکھنے کی رسائی حاصل ہے۔",
  "console.nav.queue": () => "قطار",
  "console.nav.metrics": () => "اعداد و شمار",
  "console.queue.page_title": () => "کیسز",
  "console.queue.filter_state": () => "حالت",
  "console.queue.all_states": () => "تمام حالتیں",
  "console.queue.filter_submit": () => "دکھائیں",
  "console.queue.overdue_first": () => "تاخیر کا شکار کیسز پہلے دکھائے جاتے ہیں۔",
  "console.queue.empty": () => "یہاں کوئی کیس نہیں ہے۔",
  "console.queue.column.case": () => "کیس",
  "console.queue.column.urls": () => "URLs",
  "console.queue.column.state": () => "حالت",
  "console.queue.column.received": () => "وصولی",
  "console.queue.column.updated": () => "آخری تبدیلی",
  "console.queue.url_count": (d: any) => plural(d.count, 0, ur, { one: "⁨" + number("ur", d.count, 0) + "⁩ URL", other: "⁨" + number("ur", d.count, 0) + "⁩ URLs" }),
  "console.queue.next_page": () => "اگلا صفحہ",
  "console.overdue": () => "تاخیر کا شکار",
  "console.overdue_since": (d: any) => plural(d.hours, 0, ur, { one: "نوٹس ⁨" + number("ur", d.hours, 0) + "⁩ گھنٹہ پہلے بھیجا گیا، مواد ابھی تک نہیں ہٹایا گیا", other: "نوٹس ⁨" + number("ur", d.hours, 0) + "⁩ گھنٹے پہلے بھیجا گیا، مواد ابھی تک نہیں ہٹایا گیا" }),
  "console.case.page_title": (d: any) => "کیس ⁨" + d.id + "⁩",
  "console.case.state": () => "حالت",
  "console.case.version": (d: any) => "ورژن ⁨" + d.version + "⁩",
  "console.case.urls": () => "رپورٹ کیے گئے URLs",
  "console.case.urls_note": () => "یہ صرف متن کے طور پر دکھائے جاتے ہیں اور کبھی لوڈ نہیں کیے جاتے۔ انہیں صرف اپنے کنٹرول شدہ ماحول میں کھولیں۔",
  "console.case.reports": () => "منسلک رپورٹس",
  "console.case.report_count": (d: any) => plural(d.count, 0, ur, { one: "⁨" + number("ur", d.count, 0) + "⁩ رپورٹ", other: "⁨" + number("ur", d.count, 0) + "⁩ رپورٹس" }),
  "console.case.report.received_at": () => "وصولی",
  "console.case.report.locale": () => "زبان",
  "console.case.report.source": () => "ذریعہ",
  "console.case.report.content_types": () => "کیا دیکھا گیا",
  "console.case.report.where_found": () => "کہاں ملا",
  "console.case.report.description": () => "تفصیل",
  "console.case.report.contact": () => "رابطے کی تفصیلات (رضامندی کے ساتھ دی گئیں)",
  "console.case.report.wants_feedback": () => "نتیجے سے آگاہی کی درخواست",
  "console.case.report.none": () => "کوئی نہیں",
  "console.case.source.public": () => "عوامی فارم",
  "console.case.source.partner": (d: any) => "شراکت دار: ⁨" + d.partner + "⁩",
  "console.case.history": () => "تاریخچہ",
  "console.case.history_entry": (d: any) => "⁨" + d.event + "⁩، ⁨" + d.actor + "⁩ کی جانب سے، ⁨" + d.date + "⁩",
  "console.case.actions": () => "کارروائیاں",
  "console.case.no_actions": () => "اس حالت میں آپ کے لیے کوئی کارروائی دستیاب نہیں۔",
  "console.case.notice": () => "ٹیک ڈاؤن نوٹس",
  "console.case.xarf": () => "X-ARF رپورٹ",
  "console.case.saved": () => "محفوظ ہو گیا۔",
  "console.case.stale": () => "آپ کے کھولنے کے بعد اس کیس میں تبدیلی ہو چکی ہے۔ اسے دوبارہ لوڈ کر کے پھر کوشش کریں۔",
  "console.case.not_allowed": () => "کیس کی موجودہ حالت میں اس کارروائی کی اجازت نہیں۔",
  "console.case.back": () => "قطار پر واپس جائیں",
  "console.state.received": () => "موصول",
  "console.state.assessing": () => "جائزہ جاری",
  "console.state.confirmed": () => "تصدیق شدہ",
  "console.state.forwarded": () => "آگے بھیجا گیا",
  "console.state.notice_sent": () => "نوٹس بھیج دیا گیا",
  "console.state.removed": () => "ہٹا دیا گیا",
  "console.state.dismissed": () => "مسترد",
  "console.state.merged": () => "ضم کر دیا گیا",
  "console.state.closed": () => "بند",
  "console.event.claim": () => "کیس اپنے ذمے لیں",
  "console.event.release": () => "کیس چھوڑ دیں",
  "console.event.dismiss": () => "مسترد کریں",
  "console.event.merge": () => "کسی دوسرے کیس میں ضم کریں",
  "console.event.confirm": () => "غیر قانونی ہونے کی تصدیق کریں",
  "console.event.forward": () => "آگے بھیجیں",
  "console.event.send_notice": () => "نوٹس بھیجیں",
  "console.event.notify_law_enforcement": () => "قانون نافذ کرنے والے اداروں کو مطلع کریں",
  "console.event.verify_removed": () => "ہٹائے جانے کی تصدیق کریں",
  "console.event.reappear": () => "دوبارہ ظاہر ہونے کا نشان لگائیں",
  "console.event.reopen": () => "دوبارہ کھولیں",
  "console.event.close": () => "بند کریں",
  "console.field.optional": () => "(اختیاری)",
  "console.field.reason": () => "وجہ",
  "console.field.into": () => "جس کیس میں ضم کرنا ہے",
  "console.field.classification": () => "درجہ بندی",
  "console.field.severity": () => "سنگینی",
  "console.field.hosting_country": () => "ہوسٹنگ کا ملک (ISO 3166-1 alpha-2 کوڈ)",
  "console.field.hosting_provider": () => "ہوسٹنگ فراہم کنندہ",
  "console.field.to": () => "کسے بھیجنا ہے",
  "console.field.recipient": () => "وصول کنندہ",
  "console.field.reference": () => "حوالہ",
  "console.field.channel": () => "چینل",
  "console.field.agency": () => "ادارہ",
  "console.reason.not_illegal": () => "غیر قانونی نہیں",
  "console.reason.adult_content": () => "بالغوں کا مواد",
  "console.reason.not_found": () => "مواد نہیں ملا",
  "console.reason.insufficient": () => "ناکافی معلومات",
  "console.reason.out_of_remit": () => "دائرۂ کار سے باہر",
  "console.classification.baseline": () => "بنیادی معیار (بین الاقوامی معیار)",
  "console.classification.national": () => "قومی قانون",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "کوئی دوسری ہاٹ لائن",
  "console.forward_to.law_enforcement": () => "قانون نافذ کرنے والے ادارے",
  "console.metrics.page_title": () => "ٹیک ڈاؤن کے اعداد و شمار",
  "console.metrics.period": () => "مدت",
  "console.metrics.all_time": () => "تمام عرصہ",
  "console.metrics.reports_received": () => "موصول شدہ رپورٹس",
  "console.metrics.urls_received": () => "موصول شدہ URLs",
  "console.metrics.duplicates_linked": () => "کھلے کیسز سے منسلک کی گئی دہری رپورٹس",
  "console.metrics.median_time_to_assessment": () => "جائزے تک کا میڈین وقت",
  "console.metrics.median_notice_to_removal": () => "پہلے نوٹس سے ہٹائے جانے تک کا میڈین وقت",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, ur, { one: "⁨" + number("ur", d.hours, 0) + "⁩ گھنٹے کے اندر ہٹائے جانے کا تناسب", other: "⁨" + number("ur", d.hours, 0) + "⁩ گھنٹوں کے اندر ہٹائے جانے کا تناسب" }),
  "console.metrics.share": (d: any) => "⁨" + numberPercent(d.share, "ur") + "⁩",
  "console.metrics.overdue": () => "تاخیر کا شکار کیسز",
  "console.metrics.per_state": () => "حالت کے لحاظ سے کیسز",
  "console.metrics.chart_title": () => "نوٹس سے ہٹائے جانے تک کا میڈین وقت، ہفتہ وار",
  "console.metrics.chart_week": (d: any) => "⁨" + d.date + "⁩ سے شروع ہونے والا ہفتہ",
  "console.metrics.no_data": () => "ابھی کافی ڈیٹا موجود نہیں۔",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, ur, { one: "⁨" + number("ur", d.minutes, 0) + "⁩ منٹ", other: "⁨" + number("ur", d.minutes, 0) + "⁩ منٹ" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, ur, { one: "⁨" + number("ur", d.hours, 0) + "⁩ گھنٹہ", other: "⁨" + number("ur", d.hours, 0) + "⁩ گھنٹے" }),
  "console.duration.days": (d: any) => plural(d.days, 0, ur, { one: "⁨" + number("ur", d.days, 0) + "⁩ دن", other: "⁨" + number("ur", d.days, 0) + "⁩ دن" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "درخواست کا مواد درست JSON نہیں ہے۔",
  "problem.invalid_encoding": () => "درخواست کا مواد درست UTF-8 متن نہیں ہے۔",
  "problem.body_too_large": () => "درخواست کا مواد بہت بڑا ہے۔",
  "problem.unsupported_media_type": () => "درخواست کا مواد JSON (application/json) کی صورت میں بھیجیں۔",
  "problem.validation_failed": () => "بھیجے گئے ڈیٹا میں مسائل ہیں۔ غلطیوں کی فہرست دیکھیں۔",
  "problem.rate_limited": () => "بہت زیادہ درخواستیں۔ تھوڑی دیر انتظار کریں اور دوبارہ کوشش کریں۔",
  "problem.not_found": () => "نہیں ملا۔",
  "problem.method_not_allowed": () => "یہاں اس HTTP میتھڈ کی اجازت نہیں۔",
  "problem.unauthorized": () => "درست رسائی ٹوکن درکار ہے۔",
  "problem.forbidden": () => "آپ کا کردار اس کارروائی کی اجازت نہیں دیتا۔",
  "problem.conflict": () => "یہ درخواست موجودہ حالت سے متصادم ہے۔ دوبارہ لوڈ کر کے پھر کوشش کریں۔",
  "problem.idempotency_conflict": () => "یہ Idempotency-Key پہلے ہی کسی دوسری درخواست کے لیے استعمال ہو چکی ہے۔",
  "problem.invalid_idempotency_key": () => "Idempotency-Key ہیڈر میں 16 سے 255 تک نظر آنے والے ASCII حروف ہونے چاہییں، مثلاً UUID۔",
  "problem.event_not_allowed": () => "کیس کی موجودہ حالت میں اس کارروائی کی اجازت نہیں۔",
  "problem.internal": () => "ہماری طرف سے کچھ غلط ہو گیا۔ براہ کرم کچھ دیر بعد دوبارہ کوشش کریں۔"
} as MessageGroup<'problem'>;

/** The whole Urdu catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
