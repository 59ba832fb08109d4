// Generated from locales/hi.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Hindi (hi): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { hi } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Hindi catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"hi","direction":"ltr","status":"draft"};

export const languageMessages = {
  "language.name": () => "हिन्दी",
  "language.page_title": () => "अपनी भाषा चुनें",
  "language.intro": () => "रिपोर्ट फ़ॉर्म की भाषा चुनें।",
  "language.change": () => "भाषा बदलें"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "यह अनुवाद एक मसौदा है। किसी मूल भाषी व्यक्ति ने अभी तक इसकी समीक्षा नहीं की है, इसलिए हो सकता है कि कुछ शब्द साफ़ समझ में न आएँ।"
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "ऑनलाइन बाल यौन शोषण सामग्री की रिपोर्ट करें",
  "portal.country": (d: any) => d.country + " के लिए रिपोर्टिंग पोर्टल",
  "portal.operated_by": (d: any) => "रिपोर्टों का आकलन " + d.hotline + " द्वारा किया जाता है।",
  "portal.example_configuration": () => "यह पोर्टल परीक्षण और प्रदर्शन के लिए एक उदाहरण कॉन्फ़िगरेशन है। यहाँ असली रिपोर्ट न भेजें।",
  "portal.skip_to_content": () => "सीधे मुख्य भाग पर जाएँ",
  "portal.legal_link": () => "कानूनी सूचना",
  "portal.privacy_link": () => "निजता",
  "portal.status_link": () => "किसी रिपोर्ट की स्थिति देखें",
  "portal.report_link": () => "रिपोर्ट करें"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "पेज नहीं मिला",
  "page.not_found.body": () => "पता जाँच लें, या रिपोर्ट फ़ॉर्म पर वापस जाएँ।",
  "page.error.heading": () => "कुछ गड़बड़ हो गई",
  "page.error.body": () => "हो सकता है कि आपकी रिपोर्ट नहीं भेजी गई हो। कृपया थोड़ी देर बाद फिर से कोशिश करें।"
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "इस साइट से तुरंत बाहर निकलें",
  "quick_exit.help": () => "आपको तुरंत किसी सामान्य वेबसाइट पर ले जाता है। आपने जो कुछ भी लिखा है, वह नहीं भेजा जाता।"
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "बाल यौन शोषण सामग्री की रिपोर्ट करें",
  "form.intro": () => "अगर आपने इंटरनेट पर किसी बच्चे की यौन तस्वीरें या वीडियो देखे हैं, तो आप यहाँ उस जगह का वेब पता (URL) रिपोर्ट कर सकते हैं। आपको अपना नाम बताने की ज़रूरत नहीं है।",
  "form.no_images": () => "तस्वीरें या वीडियो खुद डाउनलोड या कॉपी न करें, उनका स्क्रीनशॉट न लें और उन्हें किसी को न भेजें। हमें सिर्फ़ वह वेब पता चाहिए जहाँ आपने उन्हें देखा।",
  "form.anonymous": () => "रिपोर्ट करना गुमनाम है। हम आपका IP पता, आपके डिवाइस की जानकारी या ऐसी कोई भी चीज़ नहीं रखते जिससे आपकी पहचान हो सके।",
  "form.emergency": () => "अगर कोई बच्चा इस समय खतरे में है, तो अपने स्थानीय आपातकालीन नंबर पर कॉल करें।",
  "form.required": () => "ज़रूरी",
  "form.optional": () => "वैकल्पिक",
  "form.urls.label": () => "वेब पता (URL)",
  "form.urls.help": (d: any) => "अपने ब्राउज़र के एड्रेस बार से पूरा पता कॉपी करें। यह आमतौर पर https:// से शुरू होता है। आप एक बार में " + plural(d.maximum, 0, hi, { one: number("hi", d.maximum, 0) + " पते", other: number("hi", d.maximum, 0) + " पतों" }) + " तक की रिपोर्ट कर सकते हैं।",
  "form.urls.item_label": (d: any) => "वेब पता " + d.number,
  "form.urls.add": () => "एक और पता जोड़ें",
  "form.urls.remove": (d: any) => "पता " + d.number + " हटाएँ",
  "form.content_types.legend": () => "आपने क्या देखा?",
  "form.content_types.help": () => "जो भी लागू हों, वे सब चुनें।",
  "form.content_types.option.image": () => "तस्वीरें",
  "form.content_types.option.video": () => "वीडियो",
  "form.content_types.option.livestream": () => "लाइव स्ट्रीम",
  "form.content_types.option.text": () => "टेक्स्ट या चैट",
  "form.content_types.option.other": () => "कुछ और",
  "form.content_types.option.unsure": () => "मुझे पक्का नहीं पता",
  "form.where_found.label": () => "आपको यह कहाँ मिला?",
  "form.where_found.help": () => "आपने इसे जिस तरह की जगह पर देखा, वह चुनें।",
  "form.where_found.option.none": () => "नहीं बताया",
  "form.where_found.option.website": () => "कोई वेबसाइट",
  "form.where_found.option.social_media": () => "सोशल मीडिया",
  "form.where_found.option.search_engine": () => "सर्च इंजन के नतीजे",
  "form.where_found.option.file_sharing": () => "कोई फ़ाइल-शेयरिंग या क्लाउड स्टोरेज सेवा",
  "form.where_found.option.messaging_app": () => "कोई मैसेजिंग ऐप",
  "form.where_found.option.forum": () => "कोई फ़ोरम या चैट रूम",
  "form.where_found.option.email": () => "कोई ईमेल",
  "form.where_found.option.game": () => "कोई ऑनलाइन गेम",
  "form.where_found.option.other": () => "कहीं और",
  "form.where_found.option.unsure": () => "मुझे पक्का नहीं पता",
  "form.description.label": () => "विवरण",
  "form.description.help": (d: any) => "हमें कोई भी ऐसी बात बताएँ जिससे सामग्री ढूँढने में मदद मिले, जैसे कि वह पेज पर कहाँ है। यहाँ अपना नाम या अपने बारे में कोई और जानकारी न लिखें। ज़्यादा से ज़्यादा " + plural(d.maximum, 0, hi, { one: number("hi", d.maximum, 0) + " अक्षर", other: number("hi", d.maximum, 0) + " अक्षर" }) + "।",
  "form.good_faith.legend": () => "आपका कथन",
  "form.good_faith.label": () => "मेरा सद्भावपूर्ण विश्वास है कि इस रिपोर्ट में दी गई जानकारी सही और पूरी है।",
  "form.good_faith.help": () => "किसी रिपोर्ट पर कार्रवाई करने से पहले हमें यह कथन चाहिए।",
  "form.contact.legend": () => "संपर्क विवरण",
  "form.contact.intro": (d: any) => "आपको कोई संपर्क विवरण देने की ज़रूरत नहीं है। इन्हें सिर्फ़ तभी दें जब आप चाहते हों कि " + d.hotline + " इस रिपोर्ट के बारे में आपसे संपर्क कर सके।",
  "form.contact.consent.label": (d: any) => "मेरी सहमति है कि इस रिपोर्ट के बारे में मुझसे संपर्क करने के लिए " + d.hotline + " नीचे दिए गए संपर्क विवरण अपने पास रखे।",
  "form.contact.consent.help": (d: any) => "इस सहमति के बिना, आपके डाले गए सभी संपर्क विवरण हटा दिए जाते हैं और कभी रखे नहीं जाते। सहमति देने पर, उन्हें " + plural(d.days, 0, hi, { one: number("hi", d.days, 0) + " दिन", other: number("hi", d.days, 0) + " दिन" }) + " बाद मिटा दिया जाता है।",
  "form.contact.name.label": () => "नाम",
  "form.contact.email.label": () => "ईमेल पता",
  "form.contact.phone.label": () => "फ़ोन नंबर",
  "form.contact.wants_feedback.label": () => "मुझे मेरी रिपोर्ट का नतीजा बताया जाए",
  "form.submit": () => "रिपोर्ट भेजें",
  "form.what_happens_next.heading": () => "आगे क्या होगा",
  "form.what_happens_next.body": (d: any) => d.hotline + " के प्रशिक्षित विश्लेषक आपके भेजे गए वेब पतों का आकलन करेंगे। अगर सामग्री गैर-कानूनी है, तो वे उसे हटवाने के लिए काम करते हैं और ज़रूरत पड़ने पर पुलिस को सूचना देते हैं। आपको एक रसीद कोड मिलेगा, जिससे आप अपना नाम बताए बिना अपनी रिपोर्ट की स्थिति देख सकते हैं।"
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "यह फ़ील्ड ज़रूरी है।",
  "error.invalid_type": () => "यह मान अपेक्षित प्रारूप में नहीं है।",
  "error.unknown_field": () => "यह फ़ील्ड स्वीकार नहीं किया जाता। इसे हटाकर फिर से कोशिश करें।",
  "error.invalid_value": () => "यह मान दिए गए विकल्पों में से नहीं है।",
  "error.unsupported_schema_version": () => "रिपोर्ट के प्रारूप का यह संस्करण समर्थित नहीं है।",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, hi, { one: "कम से कम " + number("hi", d.minimum, 0) + " प्रविष्टि जोड़ें।", other: "कम से कम " + number("hi", d.minimum, 0) + " प्रविष्टियाँ जोड़ें।" }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, hi, { one: "ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " प्रविष्टि दें।", other: "ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " प्रविष्टियाँ दें।" }),
  "error.too_long": (d: any) => plural(d.maximum, 0, hi, { one: "ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " अक्षर इस्तेमाल करें।", other: "ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " अक्षर इस्तेमाल करें।" }),
  "error.empty": () => "यह फ़ील्ड खाली नहीं छोड़ा जा सकता।",
  "error.url_invalid": () => "यह ऐसा वेब पता नहीं है जिसे हम पढ़ सकें। इसे अपने ब्राउज़र के एड्रेस बार से कॉपी करें।",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, hi, { one: "यह वेब पता बहुत लंबा है: ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " अक्षर की अनुमति है।", other: "यह वेब पता बहुत लंबा है: ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " अक्षरों की अनुमति है।" }),
  "error.url_scheme_data": () => "data: से शुरू होने वाले पते में सामग्री खुद होती है, इसलिए इसे भेजा नहीं जा सकता। उस वेब पेज का पता दें जहाँ आपने इसे देखा।",
  "error.url_scheme_blob": () => "blob: से शुरू होने वाला पता सिर्फ़ आपके अपने ब्राउज़र में काम करता है। उस वेब पेज का पता दें जहाँ आपने इसे देखा।",
  "error.url_scheme_file": () => "file: से शुरू होने वाला पता आपके अपने डिवाइस की किसी फ़ाइल की ओर इशारा करता है। फ़ाइलें न भेजें; उस वेब पेज का पता दें जहाँ आपने इसे देखा।",
  "error.url_scheme_javascript": () => "javascript: से शुरू होने वाला पता स्वीकार नहीं किया जा सकता। उस वेब पेज का पता दें जहाँ आपने इसे देखा।",
  "error.url_scheme_unsupported": () => "सिर्फ़ http:// या https:// से शुरू होने वाले वेब पतों की ही रिपोर्ट की जा सकती है।",
  "error.good_faith_required": () => "अपनी रिपोर्ट भेजने के लिए कथन की पुष्टि करें।",
  "error.invalid_locale": () => "यह भाषा कोड मान्य नहीं है।",
  "error.unknown_portal": () => "यह रिपोर्टिंग पोर्टल मौजूद नहीं है।",
  "error.unsupported_locale": (d: any) => "यह पोर्टल यह भाषा उपलब्ध नहीं कराता। उपलब्ध भाषाएँ: " + d.locales + "।",
  "error.invalid_email": () => "name@example.com जैसा ईमेल पता डालें।",
  "error.invalid_phone": () => "अंकों और स्पेस का इस्तेमाल करके फ़ोन नंबर डालें; शुरू में + लगाना वैकल्पिक है।",
  "error.nul_character": () => "इस फ़ील्ड में एक छिपा हुआ वर्ण (NUL, U+0000) है, जिसे स्वीकार नहीं किया जा सकता। कृपया इसे हटाएँ, उदाहरण के लिए टेक्स्ट को फिर से टाइप करके।",
  "error.urls.too_few_items": () => "वह वेब पता डालें जहाँ आपने सामग्री देखी।",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, hi, { one: "आप एक बार में ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " वेब पते की रिपोर्ट कर सकते हैं।", other: "आप एक बार में ज़्यादा से ज़्यादा " + number("hi", d.maximum, 0) + " वेब पतों की रिपोर्ट कर सकते हैं।" }),
  "error.receipt_length": () => "इस रसीद कोड की लंबाई सही नहीं है। जाँच लें कि आपने पूरा कोड कॉपी किया है।",
  "error.receipt_character": () => "इस रसीद कोड में एक ऐसा अक्षर है जो रसीद कोड में कभी इस्तेमाल नहीं होता। जाँच लें कि टाइप करने में कोई गलती तो नहीं हुई।",
  "error.receipt_check": () => "यह रसीद कोड सही नहीं है। जाँच लें कि टाइप करने में कोई गलती तो नहीं हुई।",
  "error.summary.heading": (d: any) => plural(d.count, 0, hi, { one: "आपकी रिपोर्ट में " + number("hi", d.count, 0) + " समस्या है", other: "आपकी रिपोर्ट में " + number("hi", d.count, 0) + " समस्याएँ हैं" }),
  "error.summary.item": (d: any) => d.field + ": " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "धन्यवाद। आपकी रिपोर्ट भेज दी गई है",
  "confirmation.intro": (d: any) => "रिपोर्ट करने के लिए धन्यवाद। " + plural(d.count, 0, hi, { one: "हमें " + number("hi", d.count, 0) + " वेब पता मिला।", other: "हमें " + number("hi", d.count, 0) + " वेब पते मिले।" }) + " विश्लेषक जल्द से जल्द इसका आकलन करेंगे।",
  "confirmation.receipt_label": () => "आपका रसीद कोड",
  "confirmation.receipt_advice": () => "इस कोड को किसी सुरक्षित जगह पर रखें, उदाहरण के लिए इसे लिख लें। अपनी रिपोर्ट की स्थिति देखने का यही एकमात्र तरीका है, और हम यह कोड आपको दोबारा नहीं दिखा सकते।",
  "confirmation.receipt_private": () => "यह कोड सिर्फ़ आपकी रिपोर्ट की स्थिति दिखाता है, रिपोर्ट के बारे में और कुछ नहीं। इसे किसी के साथ साझा न करें।",
  "confirmation.copy": () => "कोड कॉपी करें",
  "confirmation.copied": () => "कॉपी हो गया",
  "confirmation.status_link": () => "अपनी रिपोर्ट की स्थिति देखें",
  "confirmation.report_another": () => "किसी और वेब पते की रिपोर्ट करें",
  "confirmation.wellbeing": () => "इस तरह की सामग्री देखकर मन परेशान हो सकता है। किसी भरोसेमंद व्यक्ति से बात करने से मदद मिल सकती है।"
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "अपनी रिपोर्ट की स्थिति देखें",
  "status.intro": () => "रिपोर्ट भेजते समय आपको जो रसीद कोड मिला था, उसे डालें।",
  "status.receipt.label": () => "रसीद कोड",
  "status.receipt.help": (d: any) => plural(d.length, 0, hi, { one: "कोड में " + number("hi", d.length, 0) + " अक्षर है।", other: "कोड में " + number("hi", d.length, 0) + " अक्षर हैं।" }) + " डैश, स्पेस और बड़े या छोटे अक्षरों से कोई फ़र्क नहीं पड़ता।",
  "status.submit": () => "स्थिति देखें",
  "status.privacy": () => "आपका रसीद कोड कभी किसी वेब पते में नहीं डाला जाता, इसलिए यह आपके ब्राउज़र की हिस्ट्री में नहीं दिखता।",
  "status.result.heading": () => "आपकी रिपोर्ट की स्थिति",
  "status.state.received": () => "प्राप्त हुई",
  "status.state.in_review": () => "समीक्षा जारी है",
  "status.state.completed": () => "पूरी हुई",
  "status.state_description.received": () => "आपकी रिपोर्ट मिल गई है और आकलन की प्रतीक्षा में है।",
  "status.state_description.in_review": () => "आपकी रिपोर्ट का आकलन एक विश्लेषक द्वारा किया जा रहा है।",
  "status.state_description.completed": () => "आपकी रिपोर्ट का आकलन पूरा हो गया है।",
  "status.outcome.action_taken": () => "विश्लेषकों को गैर-कानूनी सामग्री मिली और उन्होंने उसे हटवाने के लिए कार्रवाई की।",
  "status.outcome.no_action": () => "कोई कार्रवाई नहीं की गई। ऐसा तब हो सकता है जब सामग्री अब ऑनलाइन न हो, मिल न पाई हो, या लागू कानून के तहत गैर-कानूनी न हो। फिर भी, रिपोर्ट करने के लिए धन्यवाद।",
  "status.outcome.not_shared": () => "यह पोर्टल आकलन के नतीजे साझा नहीं करता।",
  "status.updated_on": (d: any) => "आखिरी बार अपडेट: " + d.date,
  "status.not_found": () => "हमें इस रसीद कोड वाली कोई रिपोर्ट नहीं मिली। कोड जाँचें और फिर से कोशिश करें।"
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "निजता",
  "privacy.summary": () => "रिपोर्ट करना गुमनाम है। यह साइट कोई कुकी नहीं लगाती और दूसरी वेबसाइटों से कुछ भी लोड नहीं करती।",
  "privacy.stored": (d: any) => "हम आपके रिपोर्ट किए गए वेब पते, फ़ॉर्म के सवालों के आपके जवाब, आपकी चुनी हुई भाषा और रिपोर्ट पहुँचने का " + select(d.precision, { hour: "घंटा", day: "दिन", other: "समय" }) + " रखते हैं।",
  "privacy.never_stored": () => "हम आपका IP पता, आपके ब्राउज़र या डिवाइस की जानकारी, कुकी या वह पेज जहाँ से आप आए थे, कभी नहीं रखते।",
  "privacy.contact": (d: any) => "संपर्क विवरण सिर्फ़ तभी रखे जाते हैं जब आप फ़ॉर्म में अपनी सहमति देते हैं, और उन्हें " + plural(d.days, 0, hi, { one: number("hi", d.days, 0) + " दिन", other: number("hi", d.days, 0) + " दिन" }) + " बाद मिटा दिया जाता है।",
  "privacy.retention": (d: any) => "रिपोर्टें " + plural(d.days, 0, hi, { one: number("hi", d.days, 0) + " दिन", other: number("hi", d.days, 0) + " दिन" }) + " तक रखी जाती हैं और फिर मिटा दी जाती हैं।",
  "privacy.receipt": () => "हम आपके रसीद कोड का सिर्फ़ एक फ़िंगरप्रिंट रखते हैं, ताकि हमारे रिकॉर्ड से कोई भी यह कोड दोबारा न निकाल सके।",
  "privacy.sharing": () => "रिपोर्ट किए गए वेब पते दूसरी हॉटलाइनों, होस्टिंग प्रदाताओं और पुलिस के साथ साझा किए जा सकते हैं, ताकि सामग्री हटाई जा सके। आपके संपर्क विवरण कभी साझा नहीं किए जाते।"
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "कानूनी सूचना",
  "legal.operator": (d: any) => "यह पोर्टल " + d.country + " के लिए " + d.hotline + " द्वारा चलाया जाता है।",
  "legal.purpose": (d: any) => "इसका एकमात्र उद्देश्य इंटरनेट पर बाल यौन शोषण सामग्री की रिपोर्टें प्राप्त करना है। रिपोर्टों का आकलन " + d.country + " में लागू कानून के तहत किया जाता है।",
  "legal.good_faith": () => "कृपया सिर्फ़ सद्भावना से रिपोर्ट करें। जान-बूझकर झूठी रिपोर्ट करना गैर-कानूनी हो सकता है।",
  "legal.hotline_website": (d: any) => d.hotline + " की वेबसाइट: " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => d.url + " पर बाल यौन शोषण सामग्री",
  "notice.greeting": (d: any) => "प्रिय " + d.recipient + ",",
  "notice.intro": (d: any) => d.hotline + " ने नीचे दिए गए स्थान पर मौजूद सामग्री का आकलन किया है और उसे बाल यौन शोषण सामग्री पाया है।",
  "notice.url_label": () => "स्थान (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "यह सामग्री बाल यौन शोषण सामग्री के अंतरराष्ट्रीय बेसलाइन मानक को पूरा करती है और लगभग हर देश में अवैध है।", national: "यह सामग्री लागू राष्ट्रीय कानून के तहत अवैध है।", other: "वर्गीकरण: " + d.classification + "।" }),
  "notice.hosting": (d: any) => "यह सामग्री इस देश में होस्ट की गई प्रतीत होती है: " + d.hostingCountry + "।",
  "notice.assessed_on": (d: any) => "आकलन की तारीख: " + d.date + "।",
  "notice.good_faith": () => "हम यह सूचना सद्भावना से भेज रहे हैं और हमारा विश्वास है कि इसमें दी गई जानकारी सटीक और पूर्ण है।",
  "notice.identity": () => "बाल यौन शोषण सामग्री से संबंधित सूचनाओं के लिए यूरोपीय संघ के डिजिटल सेवा अधिनियम (EU Digital Services Act) के अनुच्छेद 16(2)(c) द्वारा दी गई अनुमति के अनुसार, इस सूचना में उस व्यक्ति की पहचान नहीं बताई गई है जिसने इस सामग्री की रिपोर्ट की थी।",
  "notice.request": (d: any) => "कृपया इस सामग्री को बिना देरी के हटाएँ या उस तक पहुँच को अक्षम करें, और ऐसा यह सूचना प्राप्त होने के अधिक से अधिक " + plural(d.deadlineHours, 0, hi, { one: number("hi", d.deadlineHours, 0) + " घंटे", other: number("hi", d.deadlineHours, 0) + " घंटों" }) + " के भीतर करें। कृपया ऐसा कोई भी डेटा सुरक्षित रखें जिसे आप पर लागू कानून के अनुसार कानून प्रवर्तन एजेंसियों के लिए संरक्षित रखना अनिवार्य है।",
  "notice.reference": (d: any) => "हमारा संदर्भ: " + d.reference + "। कृपया किसी भी उत्तर में इसका उल्लेख करें।",
  "notice.closing": (d: any) => "आपके सहयोग के लिए धन्यवाद।\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "विश्लेषक कंसोल",
  "console.login.page_title": () => "साइन इन करें",
  "console.login.token_label": () => "एक्सेस टोकन",
  "console.login.token_help": () => "आपको दिया गया एक्सेस टोकन पेस्ट करें। इसे किसी के साथ साझा न करें।",
  "console.login.submit": () => "साइन इन करें",
  "console.login.invalid": () => "यह एक्सेस टोकन मान्य नहीं है।",
  "console.logout": () => "साइन आउट करें",
  "console.signed_in_as": (d: any) => "इस भूमिका में साइन इन: " + d.role,
  "console.role.analyst": () => "विश्लेषक",
  "console.role.supervisor": () => "पर्यवेक्षक",
  "console.role.auditor": () => "ऑडिटर",
  "console.role.partner": () => "साझेदार",
  "console.read_only": () => "आपके पास केवल देखने की अनुमति है।",
  "console.nav.queue": () => "कतार",
  "console.nav.metrics": () => "आँकड़े",
  "console.queue.page_title": () => "केस",
  "console.queue.filter_state": () => "स्थिति",
  "console.queue.all_states": () => "सभी स्थितियाँ",
  "console.queue.filter_submit": () => "दिखाएँ",
  "console.queue.overdue_first": () => "समय-सीमा पार कर चुके केस सबसे पहले दिखाए गए हैं।",
  "console.queue.empty": () => "यहाँ कोई केस नहीं है।",
  "console.queue.column.case": () => "केस",
  "console.queue.column.urls": () => "URL",
  "console.queue.column.state": () => "स्थिति",
  "console.queue.column.received": () => "प्राप्त",
  "console.queue.column.updated": () => "आखिरी बदलाव",
  "console.queue.url_count": (d: any) => plural(d.count, 0, hi, { one: number("hi", d.count, 0) + " URL", other: number("hi", d.count, 0) + " URL" }),
  "console.queue.next_page": () => "अगला पेज",
  "console.overdue": () => "समय-सीमा पार",
  "console.overdue_since": (d: any) => plural(d.hours, 0, hi, { one: "नोटिस " + number("hi", d.hours, 0) + " घंटा पहले भेजा गया, सामग्री अभी तक नहीं हटाई गई", other: "नोटिस " + number("hi", d.hours, 0) + " घंटे पहले भेजा गया, सामग्री अभी तक नहीं हटाई गई" }),
  "console.case.page_title": (d: any) => "केस " + d.id,
  "console.case.state": () => "स्थिति",
  "console.case.version": (d: any) => "संस्करण " + d.version,
  "console.case.urls": () => "रिपोर्ट किए गए URL",
  "console.case.urls_note": () => "केवल टेक्स्ट के रूप में दिखाए जाते हैं और कभी लोड नहीं किए जाते। इन्हें केवल अपने नियंत्रित वातावरण में ही खोलें।",
  "console.case.reports": () => "जुड़ी हुई रिपोर्टें",
  "console.case.report_count": (d: any) => plural(d.count, 0, hi, { one: number("hi", d.count, 0) + " रिपोर्ट", other: number("hi", d.count, 0) + " रिपोर्टें" }),
  "console.case.report.received_at": () => "प्राप्त",
  "console.case.report.locale": () => "भाषा",
  "console.case.report.source": () => "स्रोत",
  "console.case.report.content_types": () => "क्या देखा गया",
  "console.case.report.where_found": () => "कहाँ मिला",
  "console.case.report.description": () => "विवरण",
  "console.case.report.contact": () => "संपर्क विवरण (सहमति के साथ दिए गए)",
  "console.case.report.wants_feedback": () => "नतीजा जानना चाहते हैं",
  "console.case.report.none": () => "कोई नहीं",
  "console.case.source.public": () => "सार्वजनिक फ़ॉर्म",
  "console.case.source.partner": (d: any) => "साझेदार: " + d.partner,
  "console.case.history": () => "इतिहास",
  "console.case.history_entry": (d: any) => d.event + ", " + d.actor + " द्वारा, " + d.date,
  "console.case.actions": () => "कार्रवाइयाँ",
  "console.case.no_actions": () => "इस स्थिति में आपके लिए कोई कार्रवाई उपलब्ध नहीं है।",
  "console.case.notice": () => "टेकडाउन नोटिस",
  "console.case.xarf": () => "X-ARF रिपोर्ट",
  "console.case.saved": () => "सेव हो गया।",
  "console.case.stale": () => "आपके खोलने के बाद इस केस में बदलाव हुआ है। इसे दोबारा लोड करें और फिर से कोशिश करें।",
  "console.case.not_allowed": () => "केस की मौजूदा स्थिति में यह कार्रवाई अनुमत नहीं है।",
  "console.case.back": () => "कतार पर वापस जाएँ",
  "console.state.received": () => "प्राप्त",
  "console.state.assessing": () => "आकलन जारी",
  "console.state.confirmed": () => "पुष्टि हुई",
  "console.state.forwarded": () => "आगे भेजा गया",
  "console.state.notice_sent": () => "नोटिस भेजा गया",
  "console.state.removed": () => "हटाया गया",
  "console.state.dismissed": () => "खारिज",
  "console.state.merged": () => "विलय किया गया",
  "console.state.closed": () => "बंद",
  "console.event.claim": () => "अपने ज़िम्मे लें",
  "console.event.release": () => "छोड़ें",
  "console.event.dismiss": () => "खारिज करें",
  "console.event.merge": () => "किसी दूसरे केस में विलय करें",
  "console.event.confirm": () => "अवैध होने की पुष्टि करें",
  "console.event.forward": () => "आगे भेजें",
  "console.event.send_notice": () => "नोटिस भेजें",
  "console.event.notify_law_enforcement": () => "कानून प्रवर्तन एजेंसी को सूचित करें",
  "console.event.verify_removed": () => "हटाए जाने की पुष्टि करें",
  "console.event.reappear": () => "फिर से दिखने के रूप में चिह्नित करें",
  "console.event.reopen": () => "फिर से खोलें",
  "console.event.close": () => "बंद करें",
  "console.field.optional": () => "(वैकल्पिक)",
  "console.field.reason": () => "कारण",
  "console.field.into": () => "किस केस में विलय करना है",
  "console.field.classification": () => "वर्गीकरण",
  "console.field.severity": () => "गंभीरता",
  "console.field.hosting_country": () => "होस्टिंग देश (ISO 3166-1 alpha-2 कोड)",
  "console.field.hosting_provider": () => "होस्टिंग प्रदाता",
  "console.field.to": () => "किसे भेजें",
  "console.field.recipient": () => "प्राप्तकर्ता",
  "console.field.reference": () => "संदर्भ",
  "console.field.channel": () => "माध्यम",
  "console.field.agency": () => "एजेंसी",
  "console.reason.not_illegal": () => "अवैध नहीं",
  "console.reason.adult_content": () => "वयस्क सामग्री",
  "console.reason.not_found": () => "सामग्री नहीं मिली",
  "console.reason.insufficient": () => "अपर्याप्त जानकारी",
  "console.reason.out_of_remit": () => "कार्यक्षेत्र से बाहर",
  "console.classification.baseline": () => "बेसलाइन (अंतरराष्ट्रीय मानक)",
  "console.classification.national": () => "राष्ट्रीय कानून",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "कोई दूसरी हॉटलाइन",
  "console.forward_to.law_enforcement": () => "कानून प्रवर्तन एजेंसी",
  "console.metrics.page_title": () => "टेकडाउन आँकड़े",
  "console.metrics.period": () => "अवधि",
  "console.metrics.all_time": () => "शुरू से अब तक",
  "console.metrics.reports_received": () => "प्राप्त रिपोर्टें",
  "console.metrics.urls_received": () => "प्राप्त URL",
  "console.metrics.duplicates_linked": () => "खुले केसों से जोड़े गए डुप्लिकेट",
  "console.metrics.median_time_to_assessment": () => "आकलन तक का मीडियन समय",
  "console.metrics.median_notice_to_removal": () => "पहले नोटिस से हटाए जाने तक का मीडियन समय",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, hi, { one: number("hi", d.hours, 0) + " घंटे के भीतर हटाए गए केसों का हिस्सा", other: number("hi", d.hours, 0) + " घंटों के भीतर हटाए गए केसों का हिस्सा" }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "hi"),
  "console.metrics.overdue": () => "समय-सीमा पार कर चुके केस",
  "console.metrics.per_state": () => "स्थिति के अनुसार केस",
  "console.metrics.chart_title": () => "नोटिस से हटाए जाने तक का मीडियन समय, प्रति सप्ताह",
  "console.metrics.chart_week": (d: any) => d.date + " से शुरू होने वाला सप्ताह",
  "console.metrics.no_data": () => "अभी पर्याप्त डेटा नहीं है।",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, hi, { one: number("hi", d.minutes, 0) + " मिनट", other: number("hi", d.minutes, 0) + " मिनट" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, hi, { one: number("hi", d.hours, 0) + " घंटा", other: number("hi", d.hours, 0) + " घंटे" }),
  "console.duration.days": (d: any) => plural(d.days, 0, hi, { one: number("hi", d.days, 0) + " दिन", other: number("hi", d.days, 0) + " दिन" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "अनुरोध का मुख्य भाग (body) मान्य JSON नहीं है।",
  "problem.invalid_encoding": () => "अनुरोध का मुख्य भाग (body) मान्य UTF-8 टेक्स्ट नहीं है।",
  "problem.body_too_large": () => "अनुरोध का मुख्य भाग (body) बहुत बड़ा है।",
  "problem.unsupported_media_type": () => "अनुरोध का मुख्य भाग (body) JSON (application/json) के रूप में भेजें।",
  "problem.validation_failed": () => "भेजे गए डेटा में समस्याएँ हैं। त्रुटियों की सूची देखें।",
  "problem.rate_limited": () => "बहुत ज़्यादा अनुरोध। थोड़ी देर रुककर फिर से कोशिश करें।",
  "problem.not_found": () => "नहीं मिला।",
  "problem.method_not_allowed": () => "यहाँ इस मेथड की अनुमति नहीं है।",
  "problem.unauthorized": () => "एक मान्य एक्सेस टोकन ज़रूरी है।",
  "problem.forbidden": () => "आपकी भूमिका इस कार्रवाई की अनुमति नहीं देती।",
  "problem.conflict": () => "यह अनुरोध मौजूदा स्थिति से मेल नहीं खाता। दोबारा लोड करें और फिर से कोशिश करें।",
  "problem.idempotency_conflict": () => "यह Idempotency-Key पहले ही किसी दूसरे अनुरोध के लिए इस्तेमाल हो चुकी है।",
  "problem.invalid_idempotency_key": () => "Idempotency-Key हेडर में 16 से 255 दिखने वाले ASCII अक्षर होने चाहिए, जैसे कोई UUID।",
  "problem.event_not_allowed": () => "केस की मौजूदा स्थिति में यह कार्रवाई अनुमत नहीं है।",
  "problem.internal": () => "हमारी ओर से कुछ गड़बड़ हो गई। कृपया थोड़ी देर बाद फिर से कोशिश करें।"
} as MessageGroup<'problem'>;

/** The whole Hindi catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
