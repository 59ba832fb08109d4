// Generated from locales/sw.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Swahili (sw): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { sw } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Swahili catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"sw","direction":"ltr","status":"draft"};

export const languageMessages = {
  "language.name": () => "Kiswahili",
  "language.page_title": () => "Chagua lugha yako",
  "language.intro": () => "Chagua lugha ya fomu ya kuripoti.",
  "language.change": () => "Badilisha lugha"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "Tafsiri hii ni rasimu. Bado haijapitiwa na mzungumzaji asilia wa lugha hii, kwa hiyo baadhi ya maneno huenda yasieleweke vizuri."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "Ripoti maudhui ya unyanyasaji wa kingono kwa watoto mtandaoni",
  "portal.country": (d: any) => "Tovuti ya kuripoti kwa ajili ya " + d.country,
  "portal.operated_by": (d: any) => "Ripoti hutathminiwa na " + d.hotline + ".",
  "portal.example_configuration": () => "Tovuti hii ni mfano wa usanidi kwa ajili ya majaribio na maonyesho. Usitume ripoti halisi hapa.",
  "portal.skip_to_content": () => "Nenda moja kwa moja kwenye sehemu kuu",
  "portal.legal_link": () => "Taarifa ya kisheria",
  "portal.privacy_link": () => "Faragha",
  "portal.status_link": () => "Angalia hali ya ripoti",
  "portal.report_link": () => "Toa ripoti"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "Ukurasa haukupatikana",
  "page.not_found.body": () => "Hakikisha anwani ni sahihi, au rudi kwenye fomu ya kuripoti.",
  "page.error.heading": () => "Hitilafu imetokea",
  "page.error.body": () => "Huenda ripoti yako haijatumwa. Tafadhali jaribu tena baadaye."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "Ondoka kwenye tovuti hii haraka",
  "quick_exit.help": () => "Inakupeleka mara moja kwenye tovuti nyingine ya kawaida. Hakuna chochote ulichoandika kinachotumwa."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "Ripoti maudhui ya unyanyasaji wa kingono kwa watoto",
  "form.intro": () => "Ikiwa umeona picha au video za kingono za mtoto kwenye intaneti, unaweza kuripoti anwani ya tovuti (URL) hapa. Huhitaji kutaja jina lako.",
  "form.no_images": () => "Usipakue, usinakili, usipige picha ya skrini wala usitume picha au video zenyewe. Tunahitaji tu anwani ya tovuti ulipoziona.",
  "form.anonymous": () => "Unaripoti bila kujulikana. Hatuhifadhi anwani yako ya IP, taarifa za kifaa chako wala kitu kingine chochote kinachoweza kukutambulisha.",
  "form.emergency": () => "Ikiwa mtoto yuko hatarini sasa hivi, piga simu namba ya dharura ya eneo lako.",
  "form.required": () => "lazima",
  "form.optional": () => "si lazima",
  "form.urls.label": () => "Anwani ya tovuti (URL)",
  "form.urls.help": (d: any) => "Nakili anwani kamili kutoka kwenye sehemu ya anwani ya kivinjari chako. Kwa kawaida huanza na https://. Unaweza kuripoti hadi " + plural(d.maximum, 0, sw, { one: "anwani " + number("sw", d.maximum, 0), other: "anwani " + number("sw", d.maximum, 0) }) + " kwa wakati mmoja.",
  "form.urls.item_label": (d: any) => "Anwani ya tovuti " + d.number,
  "form.urls.add": () => "Ongeza anwani nyingine",
  "form.urls.remove": (d: any) => "Ondoa anwani " + d.number,
  "form.content_types.legend": () => "Uliona nini?",
  "form.content_types.help": () => "Chagua yote yanayohusika.",
  "form.content_types.option.image": () => "Picha",
  "form.content_types.option.video": () => "Video",
  "form.content_types.option.livestream": () => "Video mubashara (live stream)",
  "form.content_types.option.text": () => "Maandishi au gumzo (chat)",
  "form.content_types.option.other": () => "Kitu kingine",
  "form.content_types.option.unsure": () => "Sina uhakika",
  "form.where_found.label": () => "Uliyaona wapi?",
  "form.where_found.help": () => "Chagua aina ya mahali ulipoyaona.",
  "form.where_found.option.none": () => "Haijabainishwa",
  "form.where_found.option.website": () => "Tovuti",
  "form.where_found.option.social_media": () => "Mitandao ya kijamii",
  "form.where_found.option.search_engine": () => "Matokeo ya injini ya utafutaji",
  "form.where_found.option.file_sharing": () => "Huduma ya kushirikisha mafaili au ya kuhifadhi mtandaoni (cloud)",
  "form.where_found.option.messaging_app": () => "Programu ya kutuma ujumbe",
  "form.where_found.option.forum": () => "Jukwaa la mtandaoni au chumba cha gumzo",
  "form.where_found.option.email": () => "Barua pepe",
  "form.where_found.option.game": () => "Mchezo wa mtandaoni",
  "form.where_found.option.other": () => "Mahali pengine",
  "form.where_found.option.unsure": () => "Sina uhakika",
  "form.description.label": () => "Maelezo",
  "form.description.help": (d: any) => "Tueleze chochote kitakachotusaidia kupata maudhui hayo, kwa mfano yako wapi kwenye ukurasa. Usiandike jina lako wala taarifa nyingine zako binafsi hapa. Yasizidi " + plural(d.maximum, 0, sw, { one: "herufi " + number("sw", d.maximum, 0), other: "herufi " + number("sw", d.maximum, 0) }) + ".",
  "form.good_faith.legend": () => "Tamko lako",
  "form.good_faith.label": () => "Ninaamini kwa nia njema kwamba taarifa zilizo katika ripoti hii ni sahihi na kamili.",
  "form.good_faith.help": () => "Tunahitaji tamko hili kabla ya kuchukua hatua kuhusu ripoti.",
  "form.contact.legend": () => "Taarifa za mawasiliano",
  "form.contact.intro": (d: any) => "Si lazima utoe taarifa zozote za mawasiliano. Zitoe tu ikiwa unataka " + d.hotline + " iweze kuwasiliana nawe kuhusu ripoti hii.",
  "form.contact.consent.label": (d: any) => "Ninakubali " + d.hotline + " ihifadhi taarifa za mawasiliano zilizo hapa chini ili iwasiliane nami kuhusu ripoti hii.",
  "form.contact.consent.help": (d: any) => "Bila ridhaa hii, taarifa zozote za mawasiliano utakazoandika zitafutwa na hazitahifadhiwa kamwe. Ukitoa ridhaa, zitafutwa baada ya " + plural(d.days, 0, sw, { one: "siku " + number("sw", d.days, 0), other: "siku " + number("sw", d.days, 0) }) + ".",
  "form.contact.name.label": () => "Jina",
  "form.contact.email.label": () => "Anwani ya barua pepe",
  "form.contact.phone.label": () => "Namba ya simu",
  "form.contact.wants_feedback.label": () => "Ningependa kujulishwa matokeo ya ripoti yangu",
  "form.submit": () => "Tuma ripoti",
  "form.what_happens_next.heading": () => "Nini kitafuata",
  "form.what_happens_next.body": (d: any) => "Wachambuzi wa " + d.hotline + " waliopata mafunzo maalumu watatathmini anwani za tovuti utakazotuma. Ikiwa maudhui ni kinyume cha sheria, wao hufanya kazi ili yaondolewe na, inapohitajika, huwajulisha polisi. Utapata msimbo wa risiti utakaokuwezesha kuangalia hali ya ripoti yako bila kutaja jina lako."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "Sehemu hii ni lazima ijazwe.",
  "error.invalid_type": () => "Thamani hii haiko katika muundo unaotarajiwa.",
  "error.unknown_field": () => "Sehemu hii haikubaliwi. Iondoe kisha ujaribu tena.",
  "error.invalid_value": () => "Thamani hii si mojawapo ya machaguo yanayoruhusiwa.",
  "error.unsupported_schema_version": () => "Toleo hili la muundo wa ripoti halikubaliwi.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, sw, { one: "Ongeza angalau kipengele " + number("sw", d.minimum, 0) + ".", other: "Ongeza angalau vipengele " + number("sw", d.minimum, 0) + "." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, sw, { one: "Usiweke zaidi ya kipengele " + number("sw", d.maximum, 0) + ".", other: "Usiweke zaidi ya vipengele " + number("sw", d.maximum, 0) + "." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, sw, { one: "Usitumie zaidi ya herufi " + number("sw", d.maximum, 0) + ".", other: "Usitumie zaidi ya herufi " + number("sw", d.maximum, 0) + "." }),
  "error.empty": () => "Sehemu hii haiwezi kuachwa wazi.",
  "error.url_invalid": () => "Hii si anwani ya tovuti tunayoweza kuisoma. Inakili kutoka kwenye sehemu ya anwani ya kivinjari chako.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, sw, { one: "Anwani hii ya tovuti ni ndefu mno: inaruhusiwa herufi " + number("sw", d.maximum, 0) + " tu.", other: "Anwani hii ya tovuti ni ndefu mno: zinaruhusiwa herufi " + number("sw", d.maximum, 0) + " tu." }),
  "error.url_scheme_data": () => "Anwani inayoanza na data: ina maudhui yenyewe ndani yake, kwa hiyo haiwezi kutumwa. Weka anwani ya ukurasa wa tovuti ulipoyaona maudhui hayo.",
  "error.url_scheme_blob": () => "Anwani inayoanza na blob: inafanya kazi ndani ya kivinjari chako tu. Weka anwani ya ukurasa wa tovuti ulipoyaona maudhui hayo.",
  "error.url_scheme_file": () => "Anwani inayoanza na file: inaelekeza kwenye faili lililo kwenye kifaa chako mwenyewe. Usitume mafaili; weka anwani ya ukurasa wa tovuti ulipoyaona maudhui hayo.",
  "error.url_scheme_javascript": () => "Anwani inayoanza na javascript: haiwezi kukubaliwa. Weka anwani ya ukurasa wa tovuti ulipoyaona maudhui hayo.",
  "error.url_scheme_unsupported": () => "Ni anwani za tovuti zinazoanza na http:// au https:// pekee zinazoweza kuripotiwa.",
  "error.good_faith_required": () => "Thibitisha tamko ili kutuma ripoti yako.",
  "error.invalid_locale": () => "Msimbo huu wa lugha si sahihi.",
  "error.unknown_portal": () => "Tovuti hii ya kuripoti haipo.",
  "error.unsupported_locale": (d: any) => "Tovuti hii haitoi lugha hii. Lugha zinazopatikana: " + d.locales + ".",
  "error.invalid_email": () => "Weka anwani ya barua pepe kama name@example.com.",
  "error.invalid_phone": () => "Weka namba ya simu kwa kutumia tarakimu na nafasi; unaweza kuweka + mwanzoni ukipenda.",
  "error.nul_character": () => "Sehemu hii ina herufi iliyofichwa (NUL, U+0000) ambayo haiwezi kukubaliwa. Tafadhali iondoe, kwa mfano kwa kuandika maandishi upya.",
  "error.urls.too_few_items": () => "Weka anwani ya tovuti ulipoyaona maudhui hayo.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, sw, { one: "Unaweza kuripoti anwani " + number("sw", d.maximum, 0) + " tu ya tovuti kwa wakati mmoja.", other: "Unaweza kuripoti hadi anwani " + number("sw", d.maximum, 0) + " za tovuti kwa wakati mmoja." }),
  "error.receipt_length": () => "Urefu wa msimbo huu wa risiti si sahihi. Hakikisha umenakili msimbo wote.",
  "error.receipt_character": () => "Msimbo huu wa risiti una herufi ambayo haitumiki kamwe katika misimbo ya risiti. Angalia kama kuna kosa la kuandika.",
  "error.receipt_check": () => "Msimbo huu wa risiti si sahihi. Angalia kama kuna kosa la kuandika.",
  "error.summary.heading": (d: any) => plural(d.count, 0, sw, { one: "Kuna tatizo " + number("sw", d.count, 0) + " katika ripoti yako", other: "Kuna matatizo " + number("sw", d.count, 0) + " katika ripoti yako" }),
  "error.summary.item": (d: any) => d.field + ": " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "Asante. Ripoti yako imetumwa",
  "confirmation.intro": (d: any) => "Asante kwa kuripoti. " + plural(d.count, 0, sw, { one: "Tumepokea anwani " + number("sw", d.count, 0) + " ya tovuti.", other: "Tumepokea anwani " + number("sw", d.count, 0) + " za tovuti." }) + " Wachambuzi watafanya tathmini haraka iwezekanavyo.",
  "confirmation.receipt_label": () => "Msimbo wako wa risiti",
  "confirmation.receipt_advice": () => "Hifadhi msimbo huu mahali salama, kwa mfano uuandike. Ndiyo njia pekee ya kuangalia hali ya ripoti yako, na hatuwezi kukuonyesha msimbo huu tena.",
  "confirmation.receipt_private": () => "Msimbo huu unaonyesha hali ya ripoti yako tu, hakuna kingine chochote kuhusu ripoti hiyo. Usimpe mtu mwingine.",
  "confirmation.copy": () => "Nakili msimbo",
  "confirmation.copied": () => "Umenakiliwa",
  "confirmation.status_link": () => "Angalia hali ya ripoti yako",
  "confirmation.report_another": () => "Ripoti anwani nyingine ya tovuti",
  "confirmation.wellbeing": () => "Kuona maudhui ya aina hii kunaweza kukufadhaisha. Kuzungumza na mtu unayemwamini kunaweza kusaidia."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "Angalia hali ya ripoti yako",
  "status.intro": () => "Weka msimbo wa risiti ulioupata ulipotuma ripoti yako.",
  "status.receipt.label": () => "Msimbo wa risiti",
  "status.receipt.help": (d: any) => plural(d.length, 0, sw, { one: "Msimbo una herufi " + number("sw", d.length, 0) + ".", other: "Msimbo una herufi " + number("sw", d.length, 0) + "." }) + " Haijalishi kama kuna vistari, nafasi, herufi kubwa au ndogo.",
  "status.submit": () => "Angalia hali",
  "status.privacy": () => "Msimbo wako wa risiti hauwekwi kamwe ndani ya anwani ya tovuti, kwa hiyo hauonekani katika historia ya kivinjari chako.",
  "status.result.heading": () => "Hali ya ripoti yako",
  "status.state.received": () => "Imepokelewa",
  "status.state.in_review": () => "Inatathminiwa",
  "status.state.completed": () => "Imekamilika",
  "status.state_description.received": () => "Ripoti yako imepokelewa na inasubiri kutathminiwa.",
  "status.state_description.in_review": () => "Mchambuzi anatathmini ripoti yako.",
  "status.state_description.completed": () => "Tathmini ya ripoti yako imekamilika.",
  "status.outcome.action_taken": () => "Wachambuzi walikuta maudhui yaliyo kinyume cha sheria na wakachukua hatua ili yaondolewe.",
  "status.outcome.no_action": () => "Hakuna hatua iliyochukuliwa. Hili linaweza kutokea ikiwa maudhui hayapo tena mtandaoni, hayakupatikana, au si kinyume cha sheria inayohusika. Hata hivyo, asante kwa kuripoti.",
  "status.outcome.not_shared": () => "Tovuti hii haitoi matokeo ya tathmini.",
  "status.updated_on": (d: any) => "Ilisasishwa mara ya mwisho: " + d.date,
  "status.not_found": () => "Hatukupata ripoti yenye msimbo huu wa risiti. Hakikisha msimbo ni sahihi kisha ujaribu tena."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "Faragha",
  "privacy.summary": () => "Unaripoti bila kujulikana. Tovuti hii haiweki vidakuzi (cookies) na haipakii chochote kutoka tovuti nyingine.",
  "privacy.stored": (d: any) => "Tunahifadhi anwani za tovuti unazoripoti, majibu yako kwa maswali ya fomu, lugha uliyochagua na " + select(d.precision, { hour: "saa ambayo ripoti ilifika", day: "siku ambayo ripoti ilifika", other: "wakati ambapo ripoti ilifika" }) + ".",
  "privacy.never_stored": () => "Hatuhifadhi kamwe anwani yako ya IP, taarifa za kivinjari au kifaa chako, vidakuzi, wala ukurasa uliotoka.",
  "privacy.contact": (d: any) => "Taarifa za mawasiliano huhifadhiwa tu ikiwa utatoa ridhaa yako kwenye fomu, na hufutwa baada ya " + plural(d.days, 0, sw, { one: "siku " + number("sw", d.days, 0), other: "siku " + number("sw", d.days, 0) }) + ".",
  "privacy.retention": (d: any) => "Ripoti huhifadhiwa kwa " + plural(d.days, 0, sw, { one: "siku " + number("sw", d.days, 0), other: "siku " + number("sw", d.days, 0) }) + " kisha hufutwa.",
  "privacy.receipt": () => "Tunahifadhi alama ya utambulisho (fingerprint) ya msimbo wako wa risiti tu, ili mtu yeyote asiweze kupata msimbo huo kutoka kwenye kumbukumbu zetu.",
  "privacy.sharing": () => "Anwani za tovuti zilizoripotiwa zinaweza kushirikishwa kwa mashirika mengine ya kupokea ripoti (hotlines), watoa huduma za kuhifadhi tovuti (hosting) na polisi ili maudhui yaondolewe. Taarifa zako za mawasiliano hazishirikishwi kamwe."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "Taarifa ya kisheria",
  "legal.operator": (d: any) => "Tovuti hii inaendeshwa na " + d.hotline + " kwa ajili ya " + d.country + ".",
  "legal.purpose": (d: any) => "Ipo kwa ajili ya kupokea ripoti za maudhui ya unyanyasaji wa kingono kwa watoto kwenye intaneti tu. Ripoti hutathminiwa kwa mujibu wa sheria inayotumika nchini " + d.country + ".",
  "legal.good_faith": () => "Tafadhali ripoti kwa nia njema tu. Kutoa ripoti za uongo kwa makusudi kunaweza kuwa kinyume cha sheria.",
  "legal.hotline_website": (d: any) => "Tovuti ya " + d.hotline + ": " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "Maudhui ya unyanyasaji wa kingono kwa watoto katika " + d.url,
  "notice.greeting": (d: any) => "Ndugu " + d.recipient + ",",
  "notice.intro": (d: any) => d.hotline + " imetathmini maudhui yaliyo katika eneo lililotajwa hapa chini na imebaini kuwa ni maudhui ya unyanyasaji wa kingono kwa watoto.",
  "notice.url_label": () => "Eneo (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "Maudhui haya yanakidhi kiwango cha msingi cha kimataifa cha maudhui ya unyanyasaji wa kingono kwa watoto na ni kinyume cha sheria karibu katika kila nchi.", national: "Maudhui haya ni kinyume cha sheria ya kitaifa inayohusika.", other: "Uainishaji: " + d.classification + "." }),
  "notice.hosting": (d: any) => "Inaonekana maudhui haya yamehifadhiwa (hosted) katika: " + d.hostingCountry + ".",
  "notice.assessed_on": (d: any) => "Tarehe ya tathmini: " + d.date + ".",
  "notice.good_faith": () => "Tunatuma taarifa hii kwa nia njema na tunaamini kwamba taarifa zilizomo ni sahihi na kamili.",
  "notice.identity": () => "Kama inavyoruhusiwa na Ibara ya 16(2)(c) ya Sheria ya Huduma za Kidijitali ya Umoja wa Ulaya (EU Digital Services Act) kwa taarifa zinazohusu maudhui ya unyanyasaji wa kingono kwa watoto, taarifa hii haimtambulishi mtu aliyeripoti maudhui hayo.",
  "notice.request": (d: any) => "Tafadhali ondoeni maudhui haya au zuieni ufikiaji wake bila kuchelewa, na si zaidi ya " + plural(d.deadlineHours, 0, sw, { one: "saa " + number("sw", d.deadlineHours, 0), other: "saa " + number("sw", d.deadlineHours, 0) }) + " baada ya kupokea taarifa hii. Tafadhali hifadhini data yoyote ambayo sheria inayowahusu inawataka kuihifadhi kwa ajili ya vyombo vya kutekeleza sheria.",
  "notice.reference": (d: any) => "Namba yetu ya kumbukumbu: " + d.reference + ". Tafadhali itajeni katika jibu lolote.",
  "notice.closing": (d: any) => "Asanteni kwa ushirikiano wenu.\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "Dashibodi ya wachambuzi",
  "console.login.page_title": () => "Ingia",
  "console.login.token_label": () => "Tokeni ya ufikiaji",
  "console.login.token_help": () => "Bandika tokeni ya ufikiaji uliyopewa. Usimpe mtu mwingine.",
  "console.login.submit": () => "Ingia",
  "console.login.invalid": () => "Tokeni hii ya ufikiaji si sahihi.",
  "console.logout": () => "Toka",
  "console.signed_in_as": (d: any) => "Umeingia kama: " + d.role,
  "console.role.analyst": () => "Mchambuzi",
  "console.role.supervisor": () => "Msimamizi",
  "console.role.auditor": () => "Mkaguzi",
  "console.role.partner": () => "Mshirika",
  "console.read_only": () => "Una ruhusa ya kusoma tu.",
  "console.nav.queue": () => "Foleni",
  "console.nav.metrics": () => "Takwimu",
  "console.queue.page_title": () => "Kesi",
  "console.queue.filter_state": () => "Hali",
  "console.queue.all_states": () => "Hali zote",
  "console.queue.filter_submit": () => "Onyesha",
  "console.queue.overdue_first": () => "Kesi zilizopitwa na muda zinaonyeshwa kwanza.",
  "console.queue.empty": () => "Hakuna kesi hapa.",
  "console.queue.column.case": () => "Kesi",
  "console.queue.column.urls": () => "URL",
  "console.queue.column.state": () => "Hali",
  "console.queue.column.received": () => "Ilipokelewa",
  "console.queue.column.updated": () => "Badiliko la mwisho",
  "console.queue.url_count": (d: any) => plural(d.count, 0, sw, { one: "URL " + number("sw", d.count, 0), other: "URL " + number("sw", d.count, 0) }),
  "console.queue.next_page": () => "Ukurasa unaofuata",
  "console.overdue": () => "Imepitwa na muda",
  "console.overdue_since": (d: any) => plural(d.hours, 0, sw, { one: "Notisi ilitumwa saa " + number("sw", d.hours, 0) + " iliyopita, maudhui bado hayajaondolewa", other: "Notisi ilitumwa saa " + number("sw", d.hours, 0) + " zilizopita, maudhui bado hayajaondolewa" }),
  "console.case.page_title": (d: any) => "Kesi " + d.id,
  "console.case.state": () => "Hali",
  "console.case.version": (d: any) => "Toleo " + d.version,
  "console.case.urls": () => "URL zilizoripotiwa",
  "console.case.urls_note": () => "Zinaonyeshwa kama maandishi tu na hazipakiwi kamwe. Zifungue tu katika mazingira yako yaliyodhibitiwa.",
  "console.case.reports": () => "Ripoti zilizounganishwa",
  "console.case.report_count": (d: any) => plural(d.count, 0, sw, { one: "ripoti " + number("sw", d.count, 0), other: "ripoti " + number("sw", d.count, 0) }),
  "console.case.report.received_at": () => "Ilipokelewa",
  "console.case.report.locale": () => "Lugha",
  "console.case.report.source": () => "Chanzo",
  "console.case.report.content_types": () => "Kilichoonekana",
  "console.case.report.where_found": () => "Mahali kilipopatikana",
  "console.case.report.description": () => "Maelezo",
  "console.case.report.contact": () => "Taarifa za mawasiliano (zimetolewa kwa ridhaa)",
  "console.case.report.wants_feedback": () => "Anataka kujulishwa matokeo",
  "console.case.report.none": () => "Hakuna",
  "console.case.source.public": () => "Fomu ya umma",
  "console.case.source.partner": (d: any) => "Mshirika: " + d.partner,
  "console.case.history": () => "Historia",
  "console.case.history_entry": (d: any) => d.event + ", na " + d.actor + ", " + d.date,
  "console.case.actions": () => "Hatua",
  "console.case.no_actions": () => "Hakuna hatua unazoweza kuchukua katika hali hii.",
  "console.case.notice": () => "Notisi ya kuondoa maudhui",
  "console.case.xarf": () => "Ripoti ya X-ARF",
  "console.case.saved": () => "Imehifadhiwa.",
  "console.case.stale": () => "Kesi hii imebadilika tangu ulipoifungua. Ipakie upya kisha ujaribu tena.",
  "console.case.not_allowed": () => "Hatua hii hairuhusiwi katika hali ya sasa ya kesi.",
  "console.case.back": () => "Rudi kwenye foleni",
  "console.state.received": () => "Imepokelewa",
  "console.state.assessing": () => "Inatathminiwa",
  "console.state.confirmed": () => "Imethibitishwa",
  "console.state.forwarded": () => "Imepelekwa",
  "console.state.notice_sent": () => "Notisi imetumwa",
  "console.state.removed": () => "Imeondolewa",
  "console.state.dismissed": () => "Imekataliwa",
  "console.state.merged": () => "Imeunganishwa",
  "console.state.closed": () => "Imefungwa",
  "console.event.claim": () => "Chukua kesi",
  "console.event.release": () => "Achilia kesi",
  "console.event.dismiss": () => "Kataa",
  "console.event.merge": () => "Unganisha na kesi nyingine",
  "console.event.confirm": () => "Thibitisha kuwa ni kinyume cha sheria",
  "console.event.forward": () => "Peleka",
  "console.event.send_notice": () => "Tuma notisi",
  "console.event.notify_law_enforcement": () => "Julisha vyombo vya kutekeleza sheria",
  "console.event.verify_removed": () => "Thibitisha kuondolewa",
  "console.event.reappear": () => "Weka alama kuwa yamerudi mtandaoni",
  "console.event.reopen": () => "Fungua tena",
  "console.event.close": () => "Funga",
  "console.field.optional": () => "(si lazima)",
  "console.field.reason": () => "Sababu",
  "console.field.into": () => "Kesi ya kuunganisha nayo",
  "console.field.classification": () => "Uainishaji",
  "console.field.severity": () => "Kiwango cha ukali",
  "console.field.hosting_country": () => "Nchi ya uhifadhi (msimbo wa ISO 3166-1 alpha-2)",
  "console.field.hosting_provider": () => "Mtoa huduma ya uhifadhi (hosting)",
  "console.field.to": () => "Peleka kwa",
  "console.field.recipient": () => "Mpokeaji",
  "console.field.reference": () => "Kumbukumbu",
  "console.field.channel": () => "Njia",
  "console.field.agency": () => "Taasisi",
  "console.reason.not_illegal": () => "Si kinyume cha sheria",
  "console.reason.adult_content": () => "Maudhui ya watu wazima",
  "console.reason.not_found": () => "Maudhui hayakupatikana",
  "console.reason.insufficient": () => "Taarifa hazitoshi",
  "console.reason.out_of_remit": () => "Nje ya mamlaka yetu",
  "console.classification.baseline": () => "Kiwango cha msingi (kiwango cha kimataifa)",
  "console.classification.national": () => "Sheria ya kitaifa",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "Shirika jingine la kupokea ripoti (hotline)",
  "console.forward_to.law_enforcement": () => "Vyombo vya kutekeleza sheria",
  "console.metrics.page_title": () => "Takwimu za kuondoa maudhui",
  "console.metrics.period": () => "Kipindi",
  "console.metrics.all_time": () => "Tangu mwanzo",
  "console.metrics.reports_received": () => "Ripoti zilizopokelewa",
  "console.metrics.urls_received": () => "URL zilizopokelewa",
  "console.metrics.duplicates_linked": () => "Nakala rudufu zilizounganishwa na kesi zilizo wazi",
  "console.metrics.median_time_to_assessment": () => "Muda wa kati (median) hadi tathmini",
  "console.metrics.median_notice_to_removal": () => "Muda wa kati (median) kutoka notisi ya kwanza hadi kuondolewa",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, sw, { one: "Asilimia iliyoondolewa ndani ya saa " + number("sw", d.hours, 0), other: "Asilimia iliyoondolewa ndani ya saa " + number("sw", d.hours, 0) }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "sw"),
  "console.metrics.overdue": () => "Kesi zilizopitwa na muda",
  "console.metrics.per_state": () => "Kesi kwa kila hali",
  "console.metrics.chart_title": () => "Muda wa kati (median) kutoka notisi hadi kuondolewa, kwa kila wiki",
  "console.metrics.chart_week": (d: any) => "Wiki ya " + d.date,
  "console.metrics.no_data": () => "Bado hakuna data ya kutosha.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, sw, { one: "dakika " + number("sw", d.minutes, 0), other: "dakika " + number("sw", d.minutes, 0) }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, sw, { one: "saa " + number("sw", d.hours, 0), other: "saa " + number("sw", d.hours, 0) }),
  "console.duration.days": (d: any) => plural(d.days, 0, sw, { one: "siku " + number("sw", d.days, 0), other: "siku " + number("sw", d.days, 0) })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "Kiini cha ombi (body) si JSON sahihi.",
  "problem.invalid_encoding": () => "Kiini cha ombi (body) si maandishi sahihi ya UTF-8.",
  "problem.body_too_large": () => "Kiini cha ombi (body) ni kikubwa mno.",
  "problem.unsupported_media_type": () => "Tuma kiini cha ombi (body) kama JSON (application/json).",
  "problem.validation_failed": () => "Data iliyotumwa ina matatizo. Angalia orodha ya makosa.",
  "problem.rate_limited": () => "Maombi ni mengi mno. Subiri kidogo kisha ujaribu tena.",
  "problem.not_found": () => "Haikupatikana.",
  "problem.method_not_allowed": () => "Mbinu (method) hii hairuhusiwi hapa.",
  "problem.unauthorized": () => "Tokeni halali ya ufikiaji inahitajika.",
  "problem.forbidden": () => "Jukumu lako haliruhusu hatua hii.",
  "problem.conflict": () => "Ombi hili linakinzana na hali ya sasa. Pakia upya kisha ujaribu tena.",
  "problem.idempotency_conflict": () => "Idempotency-Key hii ilishatumika kwa ombi tofauti.",
  "problem.invalid_idempotency_key": () => "Kichwa cha Idempotency-Key lazima kiwe na herufi za ASCII zinazoonekana kati ya 16 na 255, kwa mfano UUID.",
  "problem.event_not_allowed": () => "Hatua hii hairuhusiwi katika hali ya sasa ya kesi.",
  "problem.internal": () => "Hitilafu imetokea upande wetu. Tafadhali jaribu tena baadaye."
} as MessageGroup<'problem'>;

/** The whole Swahili catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
