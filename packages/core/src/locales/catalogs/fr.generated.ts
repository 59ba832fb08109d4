// Generated from locales/fr.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** French (fr): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { fr } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The French catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"fr","direction":"ltr","status":"draft"};

export const languageMessages = {
  "language.name": () => "Français",
  "language.page_title": () => "Choisissez votre langue",
  "language.intro": () => "Choisissez la langue du formulaire de signalement.",
  "language.change": () => "Changer de langue"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "Cette traduction est une version provisoire. Elle n’a pas encore été relue par un locuteur natif ; certaines formulations peuvent donc manquer de clarté."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "Signaler des contenus d’abus sexuels sur enfants en ligne",
  "portal.country": (d: any) => "Portail de signalement : " + d.country,
  "portal.operated_by": (d: any) => "Les signalements sont évalués par " + d.hotline + ".",
  "portal.example_configuration": () => "Ce portail est une configuration d’exemple, destinée aux tests et aux démonstrations. N’y envoyez pas de vrais signalements.",
  "portal.skip_to_content": () => "Aller au contenu principal",
  "portal.legal_link": () => "Mentions légales",
  "portal.privacy_link": () => "Confidentialité",
  "portal.status_link": () => "Vérifier l’état d’un signalement",
  "portal.report_link": () => "Faire un signalement"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "Page introuvable",
  "page.not_found.body": () => "Vérifiez l’adresse ou revenez au formulaire de signalement.",
  "page.error.heading": () => "Une erreur s’est produite",
  "page.error.body": () => "Votre signalement n’a peut-être pas été envoyé. Veuillez réessayer plus tard."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "Quitter rapidement ce site",
  "quick_exit.help": () => "Vous amène immédiatement sur un site neutre. Rien de ce que vous avez saisi n’est envoyé."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "Signaler des contenus d’abus sexuels sur enfants",
  "form.intro": () => "Si vous avez vu sur internet des images ou des vidéos à caractère sexuel montrant un enfant, vous pouvez en signaler ici l’adresse web (URL). Vous n’avez pas besoin de donner votre nom.",
  "form.no_images": () => "Ne téléchargez pas, ne copiez pas, ne faites pas de capture d’écran et n’envoyez pas les images ou les vidéos elles-mêmes. Nous avons seulement besoin de l’adresse web où vous les avez vues.",
  "form.anonymous": () => "Le signalement est anonyme. Nous ne conservons ni votre adresse IP, ni les informations sur votre appareil, ni rien d’autre qui pourrait permettre de vous identifier.",
  "form.emergency": () => "Si un enfant est en danger immédiat, appelez le numéro d’urgence de votre pays.",
  "form.required": () => "obligatoire",
  "form.optional": () => "facultatif",
  "form.urls.label": () => "Adresse web (URL)",
  "form.urls.help": (d: any) => "Copiez l’adresse complète depuis la barre d’adresse de votre navigateur. Elle commence généralement par https://. Vous pouvez signaler jusqu’à " + plural(d.maximum, 0, fr, { one: number("fr", d.maximum, 0) + " adresse", many: number("fr", d.maximum, 0) + " d’adresses", other: number("fr", d.maximum, 0) + " adresses" }) + " à la fois.",
  "form.urls.item_label": (d: any) => "Adresse web " + d.number,
  "form.urls.add": () => "Ajouter une autre adresse",
  "form.urls.remove": (d: any) => "Supprimer l’adresse " + d.number,
  "form.content_types.legend": () => "Qu’avez-vous vu ?",
  "form.content_types.help": () => "Cochez toutes les réponses qui conviennent.",
  "form.content_types.option.image": () => "Des images",
  "form.content_types.option.video": () => "Des vidéos",
  "form.content_types.option.livestream": () => "Une diffusion en direct",
  "form.content_types.option.text": () => "Du texte ou une conversation (chat)",
  "form.content_types.option.other": () => "Autre chose",
  "form.content_types.option.unsure": () => "Je ne sais pas",
  "form.where_found.label": () => "Où l’avez-vous trouvé ?",
  "form.where_found.help": () => "Choisissez le type d’endroit où vous l’avez vu.",
  "form.where_found.option.none": () => "Non précisé",
  "form.where_found.option.website": () => "Un site web",
  "form.where_found.option.social_media": () => "Un réseau social",
  "form.where_found.option.search_engine": () => "Des résultats de moteur de recherche",
  "form.where_found.option.file_sharing": () => "Un service de partage de fichiers ou de stockage en ligne (cloud)",
  "form.where_found.option.messaging_app": () => "Une application de messagerie",
  "form.where_found.option.forum": () => "Un forum ou un salon de discussion",
  "form.where_found.option.email": () => "Un e-mail",
  "form.where_found.option.game": () => "Un jeu en ligne",
  "form.where_found.option.other": () => "Ailleurs",
  "form.where_found.option.unsure": () => "Je ne sais pas",
  "form.description.label": () => "Description",
  "form.description.help": (d: any) => "Indiquez-nous tout ce qui peut nous aider à trouver le contenu, par exemple à quel endroit de la page il se trouve. N’écrivez ici ni votre nom ni d’autres informations vous concernant. " + plural(d.maximum, 0, fr, { one: number("fr", d.maximum, 0) + " caractère", many: number("fr", d.maximum, 0) + " de caractères", other: number("fr", d.maximum, 0) + " caractères" }) + " au maximum.",
  "form.good_faith.legend": () => "Votre déclaration",
  "form.good_faith.label": () => "Je déclare de bonne foi que les informations contenues dans ce signalement sont exactes et complètes.",
  "form.good_faith.help": () => "Nous avons besoin de cette déclaration pour pouvoir donner suite à un signalement.",
  "form.contact.legend": () => "Coordonnées",
  "form.contact.intro": (d: any) => "Donner vos coordonnées n’est pas obligatoire. Ne les indiquez que si vous souhaitez que " + d.hotline + " puisse vous contacter au sujet de ce signalement.",
  "form.contact.consent.label": (d: any) => "J’accepte que " + d.hotline + " conserve les coordonnées ci-dessous pour me contacter au sujet de ce signalement.",
  "form.contact.consent.help": (d: any) => "Sans cet accord, les coordonnées que vous saisissez sont effacées et ne sont jamais conservées. Avec cet accord, elles sont supprimées au bout de " + plural(d.days, 0, fr, { one: number("fr", d.days, 0) + " jour", many: number("fr", d.days, 0) + " de jours", other: number("fr", d.days, 0) + " jours" }) + ".",
  "form.contact.name.label": () => "Nom",
  "form.contact.email.label": () => "Adresse e-mail",
  "form.contact.phone.label": () => "Numéro de téléphone",
  "form.contact.wants_feedback.label": () => "Je souhaite connaître la suite donnée à mon signalement",
  "form.submit": () => "Envoyer le signalement",
  "form.what_happens_next.heading": () => "Que se passe-t-il ensuite ?",
  "form.what_happens_next.body": (d: any) => "Chez " + d.hotline + ", des analystes formés évalueront les adresses web que vous envoyez. Si le contenu est illégal, ils font le nécessaire pour le faire retirer et, si besoin, informent la police. Vous recevrez un code de suivi qui vous permettra de vérifier l’état de votre signalement sans donner votre nom."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "Ce champ est obligatoire.",
  "error.invalid_type": () => "Cette valeur n’est pas au format attendu.",
  "error.unknown_field": () => "Ce champ n’est pas accepté. Supprimez-le et réessayez.",
  "error.invalid_value": () => "Cette valeur ne fait pas partie des choix autorisés.",
  "error.unsupported_schema_version": () => "Cette version du format de signalement n’est pas prise en charge.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, fr, { one: "Ajoutez au moins " + number("fr", d.minimum, 0) + " élément.", many: "Ajoutez au moins " + number("fr", d.minimum, 0) + " d’éléments.", other: "Ajoutez au moins " + number("fr", d.minimum, 0) + " éléments." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, fr, { one: "Indiquez au maximum " + number("fr", d.maximum, 0) + " élément.", many: "Indiquez au maximum " + number("fr", d.maximum, 0) + " d’éléments.", other: "Indiquez au maximum " + number("fr", d.maximum, 0) + " éléments." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, fr, { one: "Utilisez au maximum " + number("fr", d.maximum, 0) + " caractère.", many: "Utilisez au maximum " + number("fr", d.maximum, 0) + " de caractères.", other: "Utilisez au maximum " + number("fr", d.maximum, 0) + " caractères." }),
  "error.empty": () => "Ce champ ne peut pas être vide.",
  "error.url_invalid": () => "Nous ne parvenons pas à lire cette adresse web. Copiez-la depuis la barre d’adresse de votre navigateur.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, fr, { one: "Cette adresse web est trop longue : elle ne doit pas dépasser " + number("fr", d.maximum, 0) + " caractère.", many: "Cette adresse web est trop longue : elle ne doit pas dépasser " + number("fr", d.maximum, 0) + " de caractères.", other: "Cette adresse web est trop longue : elle ne doit pas dépasser " + number("fr", d.maximum, 0) + " caractères." }),
  "error.url_scheme_data": () => "Une adresse qui commence par data: contient le contenu lui-même ; elle ne peut donc pas être envoyée. Indiquez l’adresse de la page web où vous l’avez vu.",
  "error.url_scheme_blob": () => "Une adresse qui commence par blob: ne fonctionne que dans votre propre navigateur. Indiquez l’adresse de la page web où vous l’avez vu.",
  "error.url_scheme_file": () => "Une adresse qui commence par file: désigne un fichier sur votre propre appareil. N’envoyez pas de fichiers ; indiquez l’adresse de la page web où vous l’avez vu.",
  "error.url_scheme_javascript": () => "Une adresse qui commence par javascript: ne peut pas être acceptée. Indiquez l’adresse de la page web où vous l’avez vu.",
  "error.url_scheme_unsupported": () => "Seules les adresses web qui commencent par http:// ou https:// peuvent être signalées.",
  "error.good_faith_required": () => "Confirmez la déclaration pour envoyer votre signalement.",
  "error.invalid_locale": () => "Ce code de langue n’est pas valide.",
  "error.unknown_portal": () => "Ce portail de signalement n’existe pas.",
  "error.unsupported_locale": (d: any) => "Ce portail n’est pas proposé dans cette langue. Langues disponibles : " + d.locales + ".",
  "error.invalid_email": () => "Saisissez une adresse e-mail de la forme nom@example.com.",
  "error.invalid_phone": () => "Saisissez un numéro de téléphone composé de chiffres et d’espaces, éventuellement précédé d’un +.",
  "error.nul_character": () => "Ce champ contient un caractère invisible (NUL, U+0000) qui ne peut pas être accepté. Supprimez-le, par exemple en saisissant à nouveau le texte.",
  "error.urls.too_few_items": () => "Saisissez l’adresse web où vous avez vu le contenu.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, fr, { one: "Vous pouvez signaler au maximum " + number("fr", d.maximum, 0) + " adresse web à la fois.", many: "Vous pouvez signaler au maximum " + number("fr", d.maximum, 0) + " d’adresses web à la fois.", other: "Vous pouvez signaler au maximum " + number("fr", d.maximum, 0) + " adresses web à la fois." }),
  "error.receipt_length": () => "Ce code de suivi n’a pas la bonne longueur. Vérifiez que vous l’avez copié en entier.",
  "error.receipt_character": () => "Ce code de suivi contient un caractère qui n’est jamais utilisé dans ces codes. Vérifiez qu’il n’y a pas de faute de frappe.",
  "error.receipt_check": () => "Ce code de suivi n’est pas correct. Vérifiez qu’il n’y a pas de faute de frappe.",
  "error.summary.heading": (d: any) => plural(d.count, 0, fr, { one: "Votre signalement comporte " + number("fr", d.count, 0) + " problème", many: "Votre signalement comporte " + number("fr", d.count, 0) + " de problèmes", other: "Votre signalement comporte " + number("fr", d.count, 0) + " problèmes" }),
  "error.summary.item": (d: any) => d.field + " : " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "Merci. Votre signalement a été envoyé",
  "confirmation.intro": (d: any) => "Merci pour votre signalement. " + plural(d.count, 0, fr, { one: "Nous avons reçu " + number("fr", d.count, 0) + " adresse web.", many: "Nous avons reçu " + number("fr", d.count, 0) + " d’adresses web.", other: "Nous avons reçu " + number("fr", d.count, 0) + " adresses web." }) + " Des analystes les examineront dès que possible.",
  "confirmation.receipt_label": () => "Votre code de suivi",
  "confirmation.receipt_advice": () => "Conservez ce code en lieu sûr, par exemple en le notant sur papier. C’est le seul moyen de vérifier l’état de votre signalement, et nous ne pourrons pas vous le montrer à nouveau.",
  "confirmation.receipt_private": () => "Ce code permet seulement de voir l’état de votre signalement, rien d’autre. Ne le communiquez à personne.",
  "confirmation.copy": () => "Copier le code",
  "confirmation.copied": () => "Copié",
  "confirmation.status_link": () => "Vérifier l’état de votre signalement",
  "confirmation.report_another": () => "Signaler une autre adresse web",
  "confirmation.wellbeing": () => "Voir ce type de contenu peut être bouleversant. En parler à une personne de confiance peut aider."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "Vérifier l’état de votre signalement",
  "status.intro": () => "Saisissez le code de suivi que vous avez reçu en envoyant votre signalement.",
  "status.receipt.label": () => "Code de suivi",
  "status.receipt.help": (d: any) => plural(d.length, 0, fr, { one: "Le code comporte " + number("fr", d.length, 0) + " caractère.", many: "Le code comporte " + number("fr", d.length, 0) + " de caractères.", other: "Le code comporte " + number("fr", d.length, 0) + " caractères." }) + " Les tirets, les espaces, les majuscules et les minuscules n’ont pas d’importance.",
  "status.submit": () => "Vérifier l’état",
  "status.privacy": () => "Votre code de suivi n’est jamais placé dans une adresse web : il n’apparaît donc pas dans l’historique de votre navigateur.",
  "status.result.heading": () => "État de votre signalement",
  "status.state.received": () => "Reçu",
  "status.state.in_review": () => "En cours d’examen",
  "status.state.completed": () => "Terminé",
  "status.state_description.received": () => "Votre signalement a bien été reçu et attend d’être évalué.",
  "status.state_description.in_review": () => "Un analyste est en train d’évaluer votre signalement.",
  "status.state_description.completed": () => "L’évaluation de votre signalement est terminée.",
  "status.outcome.action_taken": () => "Les analystes ont trouvé du contenu illégal et ont fait le nécessaire pour le faire retirer.",
  "status.outcome.no_action": () => "Aucune mesure n’a été prise. Cela peut arriver lorsque le contenu n’est plus en ligne, qu’il n’a pas pu être trouvé ou qu’il n’est pas illégal selon la loi applicable. Merci malgré tout pour votre signalement.",
  "status.outcome.not_shared": () => "Ce portail ne communique pas le résultat des évaluations.",
  "status.updated_on": (d: any) => "Dernière mise à jour : " + d.date,
  "status.not_found": () => "Nous n’avons trouvé aucun signalement correspondant à ce code de suivi. Vérifiez le code et réessayez."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "Confidentialité",
  "privacy.summary": () => "Le signalement est anonyme. Ce site n’utilise aucun cookie et ne charge rien depuis d’autres sites web.",
  "privacy.stored": (d: any) => "Nous conservons les adresses web que vous signalez, vos réponses aux questions du formulaire, la langue que vous avez choisie et " + select(d.precision, { hour: "l’heure", day: "le jour", other: "le moment" }) + " d’arrivée du signalement.",
  "privacy.never_stored": () => "Nous ne conservons jamais votre adresse IP, les informations sur votre navigateur ou votre appareil, les cookies ni la page d’où vous venez.",
  "privacy.contact": (d: any) => "Les coordonnées ne sont conservées que si vous donnez votre accord dans le formulaire, et elles sont supprimées au bout de " + plural(d.days, 0, fr, { one: number("fr", d.days, 0) + " jour", many: number("fr", d.days, 0) + " de jours", other: number("fr", d.days, 0) + " jours" }) + ".",
  "privacy.retention": (d: any) => "Les signalements sont conservés pendant " + plural(d.days, 0, fr, { one: number("fr", d.days, 0) + " jour", many: number("fr", d.days, 0) + " de jours", other: number("fr", d.days, 0) + " jours" }) + ", puis supprimés.",
  "privacy.receipt": () => "Nous ne conservons qu’une version de votre code de suivi transformée de façon irréversible : personne ne peut donc retrouver le code à partir de nos données.",
  "privacy.sharing": () => "Les adresses web signalées peuvent être transmises à d’autres services de signalement, à des hébergeurs et à la police afin que le contenu soit retiré. Vos coordonnées ne sont jamais transmises."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "Mentions légales",
  "legal.operator": (d: any) => "Ce portail est géré par " + d.hotline + " (" + d.country + ").",
  "legal.purpose": (d: any) => "Il sert uniquement à recevoir des signalements de contenus d’abus sexuels sur enfants présents sur internet. Les signalements sont évalués selon la loi applicable dans ce pays (" + d.country + ").",
  "legal.good_faith": () => "Merci de ne faire de signalement que de bonne foi. Un signalement que l’on sait faux peut être illégal.",
  "legal.hotline_website": (d: any) => d.hotline + " – site web : " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "Contenu d’abus sexuels sur enfants à l’adresse " + d.url,
  "notice.greeting": (d: any) => "À l’attention de " + d.recipient + "\nMadame, Monsieur,",
  "notice.intro": (d: any) => d.hotline + " a évalué le contenu se trouvant à l’adresse ci-dessous et a établi qu’il s’agit de contenu d’abus sexuels sur enfants.",
  "notice.url_label": () => "Emplacement (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "Le contenu répond à la norme internationale de référence (« baseline ») applicable aux contenus d’abus sexuels sur enfants et il est illégal dans presque tous les pays.", national: "Le contenu est illégal au regard du droit national applicable.", other: "Classification : " + d.classification + "." }),
  "notice.hosting": (d: any) => "Le contenu semble hébergé dans le pays suivant : " + d.hostingCountry + ".",
  "notice.assessed_on": (d: any) => "Date de l’évaluation : " + d.date + ".",
  "notice.good_faith": () => "Nous adressons la présente notification de bonne foi et estimons que les informations qu’elle contient sont exactes et complètes.",
  "notice.identity": () => "Comme le permet l’article 16, paragraphe 2, point c), du règlement de l’UE sur les services numériques (Digital Services Act) pour les notifications concernant des contenus d’abus sexuels sur enfants, la présente notification ne mentionne pas l’identité de la personne qui a signalé le contenu.",
  "notice.request": (d: any) => "Nous vous prions de retirer ce contenu ou d’en rendre l’accès impossible sans délai, et au plus tard " + plural(d.deadlineHours, 0, fr, { one: number("fr", d.deadlineHours, 0) + " heure", many: number("fr", d.deadlineHours, 0) + " d’heures", other: number("fr", d.deadlineHours, 0) + " heures" }) + " après la réception de la présente notification. Nous vous prions également de conserver toute donnée que le droit qui vous est applicable vous impose de préserver à l’intention des autorités répressives.",
  "notice.reference": (d: any) => "Notre référence : " + d.reference + ". Veuillez la rappeler dans toute réponse.",
  "notice.closing": (d: any) => "Nous vous remercions de votre coopération et vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "Console d’analyse",
  "console.login.page_title": () => "Connexion",
  "console.login.token_label": () => "Jeton d’accès",
  "console.login.token_help": () => "Collez le jeton d’accès qui vous a été remis. Ne le communiquez à personne.",
  "console.login.submit": () => "Se connecter",
  "console.login.invalid": () => "Ce jeton d’accès n’est pas valide.",
  "console.logout": () => "Se déconnecter",
  "console.signed_in_as": (d: any) => "Connexion en tant que : " + d.role,
  "console.role.analyst": () => "Analyste",
  "console.role.supervisor": () => "Superviseur",
  "console.role.auditor": () => "Auditeur",
  "console.role.partner": () => "Partenaire",
  "console.read_only": () => "Vous disposez d’un accès en lecture seule.",
  "console.nav.queue": () => "File d’attente",
  "console.nav.metrics": () => "Indicateurs",
  "console.queue.page_title": () => "Dossiers",
  "console.queue.filter_state": () => "État",
  "console.queue.all_states": () => "Tous les états",
  "console.queue.filter_submit": () => "Afficher",
  "console.queue.overdue_first": () => "Les dossiers en retard sont affichés en premier.",
  "console.queue.empty": () => "Aucun dossier ici.",
  "console.queue.column.case": () => "Dossier",
  "console.queue.column.urls": () => "URL",
  "console.queue.column.state": () => "État",
  "console.queue.column.received": () => "Reçu",
  "console.queue.column.updated": () => "Dernière modification",
  "console.queue.url_count": (d: any) => plural(d.count, 0, fr, { one: number("fr", d.count, 0) + " URL", many: number("fr", d.count, 0) + " d’URL", other: number("fr", d.count, 0) + " URL" }),
  "console.queue.next_page": () => "Page suivante",
  "console.overdue": () => "En retard",
  "console.overdue_since": (d: any) => plural(d.hours, 0, fr, { one: "Notification envoyée il y a " + number("fr", d.hours, 0) + " heure, contenu pas encore retiré", many: "Notification envoyée il y a " + number("fr", d.hours, 0) + " d’heures, contenu pas encore retiré", other: "Notification envoyée il y a " + number("fr", d.hours, 0) + " heures, contenu pas encore retiré" }),
  "console.case.page_title": (d: any) => "Dossier " + d.id,
  "console.case.state": () => "État",
  "console.case.version": (d: any) => "Version " + d.version,
  "console.case.urls": () => "URL signalées",
  "console.case.urls_note": () => "Affichées uniquement sous forme de texte et jamais chargées. Ne les ouvrez que dans votre environnement contrôlé.",
  "console.case.reports": () => "Signalements liés",
  "console.case.report_count": (d: any) => plural(d.count, 0, fr, { one: number("fr", d.count, 0) + " signalement", many: number("fr", d.count, 0) + " de signalements", other: number("fr", d.count, 0) + " signalements" }),
  "console.case.report.received_at": () => "Reçu",
  "console.case.report.locale": () => "Langue",
  "console.case.report.source": () => "Source",
  "console.case.report.content_types": () => "Ce qui a été vu",
  "console.case.report.where_found": () => "Où le contenu a été trouvé",
  "console.case.report.description": () => "Description",
  "console.case.report.contact": () => "Coordonnées (fournies avec consentement)",
  "console.case.report.wants_feedback": () => "Souhaite connaître le résultat",
  "console.case.report.none": () => "Néant",
  "console.case.source.public": () => "Formulaire public",
  "console.case.source.partner": (d: any) => "Partenaire : " + d.partner,
  "console.case.history": () => "Historique",
  "console.case.history_entry": (d: any) => d.event + ", par " + d.actor + ", " + d.date,
  "console.case.actions": () => "Actions",
  "console.case.no_actions": () => "Aucune action ne vous est possible dans cet état.",
  "console.case.notice": () => "Notification de retrait",
  "console.case.xarf": () => "Rapport X-ARF",
  "console.case.saved": () => "Enregistré.",
  "console.case.stale": () => "Ce dossier a été modifié depuis que vous l’avez ouvert. Rechargez-le et réessayez.",
  "console.case.not_allowed": () => "Cette action n’est pas autorisée dans l’état actuel du dossier.",
  "console.case.back": () => "Retour à la file d’attente",
  "console.state.received": () => "Reçu",
  "console.state.assessing": () => "En cours d’évaluation",
  "console.state.confirmed": () => "Confirmé",
  "console.state.forwarded": () => "Transmis",
  "console.state.notice_sent": () => "Notification envoyée",
  "console.state.removed": () => "Retiré",
  "console.state.dismissed": () => "Classé sans suite",
  "console.state.merged": () => "Fusionné",
  "console.state.closed": () => "Clôturé",
  "console.event.claim": () => "Prendre en charge",
  "console.event.release": () => "Libérer",
  "console.event.dismiss": () => "Classer sans suite",
  "console.event.merge": () => "Fusionner avec un autre dossier",
  "console.event.confirm": () => "Confirmer comme illégal",
  "console.event.forward": () => "Transmettre",
  "console.event.send_notice": () => "Envoyer la notification",
  "console.event.notify_law_enforcement": () => "Informer les forces de l’ordre",
  "console.event.verify_removed": () => "Vérifier le retrait",
  "console.event.reappear": () => "Marquer comme réapparu",
  "console.event.reopen": () => "Rouvrir",
  "console.event.close": () => "Clôturer",
  "console.field.optional": () => "(facultatif)",
  "console.field.reason": () => "Motif",
  "console.field.into": () => "Dossier dans lequel fusionner",
  "console.field.classification": () => "Classification",
  "console.field.severity": () => "Gravité",
  "console.field.hosting_country": () => "Pays d’hébergement (code ISO 3166-1 alpha-2)",
  "console.field.hosting_provider": () => "Hébergeur",
  "console.field.to": () => "Transmettre à",
  "console.field.recipient": () => "Destinataire",
  "console.field.reference": () => "Référence",
  "console.field.channel": () => "Canal",
  "console.field.agency": () => "Service",
  "console.reason.not_illegal": () => "Non illégal",
  "console.reason.adult_content": () => "Contenu pour adultes",
  "console.reason.not_found": () => "Contenu introuvable",
  "console.reason.insufficient": () => "Informations insuffisantes",
  "console.reason.out_of_remit": () => "Hors du champ de compétence",
  "console.classification.baseline": () => "Baseline (norme internationale)",
  "console.classification.national": () => "Droit national",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "Une autre hotline",
  "console.forward_to.law_enforcement": () => "Forces de l’ordre",
  "console.metrics.page_title": () => "Indicateurs de retrait",
  "console.metrics.period": () => "Période",
  "console.metrics.all_time": () => "Depuis le début",
  "console.metrics.reports_received": () => "Signalements reçus",
  "console.metrics.urls_received": () => "URL reçues",
  "console.metrics.duplicates_linked": () => "Doublons liés à des dossiers ouverts",
  "console.metrics.median_time_to_assessment": () => "Délai médian avant évaluation",
  "console.metrics.median_notice_to_removal": () => "Délai médian entre la première notification et le retrait",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, fr, { one: "Part retirée dans un délai de " + number("fr", d.hours, 0) + " heure", many: "Part retirée dans un délai de " + number("fr", d.hours, 0) + " d’heures", other: "Part retirée dans un délai de " + number("fr", d.hours, 0) + " heures" }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "fr"),
  "console.metrics.overdue": () => "Dossiers en retard",
  "console.metrics.per_state": () => "Dossiers par état",
  "console.metrics.chart_title": () => "Délai médian entre notification et retrait, par semaine",
  "console.metrics.chart_week": (d: any) => "Semaine du " + d.date,
  "console.metrics.no_data": () => "Pas encore assez de données.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, fr, { one: number("fr", d.minutes, 0) + " minute", many: number("fr", d.minutes, 0) + " de minutes", other: number("fr", d.minutes, 0) + " minutes" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, fr, { one: number("fr", d.hours, 0) + " heure", many: number("fr", d.hours, 0) + " d’heures", other: number("fr", d.hours, 0) + " heures" }),
  "console.duration.days": (d: any) => plural(d.days, 0, fr, { one: number("fr", d.days, 0) + " jour", many: number("fr", d.days, 0) + " de jours", other: number("fr", d.days, 0) + " jours" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "Le corps de la requête n’est pas un JSON valide.",
  "problem.invalid_encoding": () => "Le corps de la requête n’est pas un texte UTF-8 valide.",
  "problem.body_too_large": () => "Le corps de la requête est trop volumineux.",
  "problem.unsupported_media_type": () => "Envoyez le corps de la requête au format JSON (application/json).",
  "problem.validation_failed": () => "Les données envoyées comportent des erreurs. Consultez la liste des erreurs.",
  "problem.rate_limited": () => "Trop de requêtes. Patientez un instant et réessayez.",
  "problem.not_found": () => "Introuvable.",
  "problem.method_not_allowed": () => "Cette méthode n’est pas autorisée ici.",
  "problem.unauthorized": () => "Un jeton d’accès valide est requis.",
  "problem.forbidden": () => "Votre rôle ne permet pas cette action.",
  "problem.conflict": () => "La requête est en conflit avec l’état actuel. Rechargez et réessayez.",
  "problem.idempotency_conflict": () => "Cette clé Idempotency-Key a déjà été utilisée pour une autre requête.",
  "problem.invalid_idempotency_key": () => "L’en-tête Idempotency-Key doit contenir de 16 à 255 caractères ASCII visibles, par exemple un UUID.",
  "problem.event_not_allowed": () => "Cette action n’est pas autorisée dans l’état actuel du dossier.",
  "problem.internal": () => "Une erreur s’est produite de notre côté. Veuillez réessayer plus tard."
} as MessageGroup<'problem'>;

/** The whole French catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
