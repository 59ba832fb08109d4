// Generated from locales/es.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Spanish (es): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { es } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Spanish catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"es","direction":"ltr","status":"draft"};

export const languageMessages = {
  "language.name": () => "Español",
  "language.page_title": () => "Elija su idioma",
  "language.intro": () => "Elija el idioma del formulario de denuncia.",
  "language.change": () => "Cambiar de idioma"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "Esta traducción es un borrador. Todavía no la ha revisado una persona hablante nativa, por lo que algunas frases pueden resultar poco claras."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "Denuncie material de abuso sexual infantil en internet",
  "portal.country": (d: any) => "Portal de denuncias para " + d.country,
  "portal.operated_by": (d: any) => "Las denuncias las evalúa " + d.hotline + ".",
  "portal.example_configuration": () => "Este portal es una configuración de ejemplo para pruebas y demostraciones. No envíe denuncias reales aquí.",
  "portal.skip_to_content": () => "Ir al contenido principal",
  "portal.legal_link": () => "Aviso legal",
  "portal.privacy_link": () => "Privacidad",
  "portal.status_link": () => "Consultar el estado de una denuncia",
  "portal.report_link": () => "Hacer una denuncia"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "Página no encontrada",
  "page.not_found.body": () => "Compruebe la dirección o vuelva al formulario de denuncia.",
  "page.error.heading": () => "Algo salió mal",
  "page.error.body": () => "Es posible que su denuncia no se haya enviado. Inténtelo de nuevo más tarde."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "Salir rápidamente de este sitio",
  "quick_exit.help": () => "Le lleva de inmediato a un sitio web neutral. No se envía nada de lo que haya escrito."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "Denuncie material de abuso sexual infantil",
  "form.intro": () => "Si ha visto imágenes o videos sexuales de un niño, una niña o un adolescente en internet, puede denunciar aquí la dirección web (URL). No necesita dar su nombre.",
  "form.no_images": () => "No descargue, copie, capture ni envíe las imágenes o los videos. Solo necesitamos la dirección web donde los vio.",
  "form.anonymous": () => "La denuncia es anónima. No guardamos su dirección IP, los datos de su dispositivo ni nada que pueda identificarle.",
  "form.emergency": () => "Si un niño, una niña o un adolescente está en peligro inmediato, llame al número de emergencias de su país.",
  "form.required": () => "obligatorio",
  "form.optional": () => "opcional",
  "form.urls.label": () => "Dirección web (URL)",
  "form.urls.help": (d: any) => "Copie la dirección completa de la barra de direcciones de su navegador. Normalmente empieza por https://. Puede denunciar hasta " + plural(d.maximum, 0, es, { one: number("es", d.maximum, 0) + " dirección", many: number("es", d.maximum, 0) + " de direcciones", other: number("es", d.maximum, 0) + " direcciones" }) + " a la vez.",
  "form.urls.item_label": (d: any) => "Dirección web " + d.number,
  "form.urls.add": () => "Añadir otra dirección",
  "form.urls.remove": (d: any) => "Quitar la dirección " + d.number,
  "form.content_types.legend": () => "¿Qué vio?",
  "form.content_types.help": () => "Marque todas las opciones que correspondan.",
  "form.content_types.option.image": () => "Imágenes",
  "form.content_types.option.video": () => "Videos",
  "form.content_types.option.livestream": () => "Una transmisión en directo",
  "form.content_types.option.text": () => "Texto o chat",
  "form.content_types.option.other": () => "Otra cosa",
  "form.content_types.option.unsure": () => "No estoy seguro o segura",
  "form.where_found.label": () => "¿Dónde lo encontró?",
  "form.where_found.help": () => "Elija el tipo de lugar donde lo vio.",
  "form.where_found.option.none": () => "Sin especificar",
  "form.where_found.option.website": () => "Un sitio web",
  "form.where_found.option.social_media": () => "Redes sociales",
  "form.where_found.option.search_engine": () => "Resultados de un buscador",
  "form.where_found.option.file_sharing": () => "Un servicio para compartir archivos o de almacenamiento en la nube",
  "form.where_found.option.messaging_app": () => "Una aplicación de mensajería",
  "form.where_found.option.forum": () => "Un foro o una sala de chat",
  "form.where_found.option.email": () => "Un correo electrónico",
  "form.where_found.option.game": () => "Un juego en línea",
  "form.where_found.option.other": () => "En otro lugar",
  "form.where_found.option.unsure": () => "No estoy seguro o segura",
  "form.description.label": () => "Descripción",
  "form.description.help": (d: any) => "Cuéntenos lo que nos ayude a encontrar el material, por ejemplo en qué parte de la página está. No escriba aquí su nombre ni otros datos sobre usted. Como máximo " + plural(d.maximum, 0, es, { one: number("es", d.maximum, 0) + " carácter", many: number("es", d.maximum, 0) + " de caracteres", other: number("es", d.maximum, 0) + " caracteres" }) + ".",
  "form.good_faith.legend": () => "Su declaración",
  "form.good_faith.label": () => "Declaro de buena fe que la información de esta denuncia es exacta y completa.",
  "form.good_faith.help": () => "Necesitamos esta declaración para poder actuar sobre una denuncia.",
  "form.contact.legend": () => "Datos de contacto",
  "form.contact.intro": (d: any) => "No tiene que dar ningún dato de contacto. Déjelos solo si quiere que " + d.hotline + " pueda ponerse en contacto con usted sobre esta denuncia.",
  "form.contact.consent.label": (d: any) => "Acepto que " + d.hotline + " guarde los datos de contacto que indico abajo para comunicarse conmigo sobre esta denuncia.",
  "form.contact.consent.help": (d: any) => "Sin esta aceptación, los datos de contacto que escriba se descartan y nunca se guardan. Con ella, se borran después de " + plural(d.days, 0, es, { one: number("es", d.days, 0) + " día", many: number("es", d.days, 0) + " de días", other: number("es", d.days, 0) + " días" }) + ".",
  "form.contact.name.label": () => "Nombre",
  "form.contact.email.label": () => "Correo electrónico",
  "form.contact.phone.label": () => "Número de teléfono",
  "form.contact.wants_feedback.label": () => "Quiero conocer el resultado de mi denuncia",
  "form.submit": () => "Enviar denuncia",
  "form.what_happens_next.heading": () => "¿Qué pasa después?",
  "form.what_happens_next.body": (d: any) => "Analistas con formación de " + d.hotline + " evaluarán las direcciones web que envíe. Si el material es ilegal, trabajan para que se retire y, cuando hace falta, informan a la policía. Recibirá un código de recibo con el que podrá consultar el estado de su denuncia sin dar su nombre."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "Este campo es obligatorio.",
  "error.invalid_type": () => "Este valor no tiene el formato esperado.",
  "error.unknown_field": () => "Este campo no se acepta. Quítelo e inténtelo de nuevo.",
  "error.invalid_value": () => "Este valor no es una de las opciones permitidas.",
  "error.unsupported_schema_version": () => "Esta versión del formato de denuncia no es compatible.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, es, { one: "Añada al menos " + number("es", d.minimum, 0) + " elemento.", many: "Añada al menos " + number("es", d.minimum, 0) + " de elementos.", other: "Añada al menos " + number("es", d.minimum, 0) + " elementos." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, es, { one: "Indique como máximo " + number("es", d.maximum, 0) + " elemento.", many: "Indique como máximo " + number("es", d.maximum, 0) + " de elementos.", other: "Indique como máximo " + number("es", d.maximum, 0) + " elementos." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, es, { one: "Use como máximo " + number("es", d.maximum, 0) + " carácter.", many: "Use como máximo " + number("es", d.maximum, 0) + " de caracteres.", other: "Use como máximo " + number("es", d.maximum, 0) + " caracteres." }),
  "error.empty": () => "Este campo no puede estar vacío.",
  "error.url_invalid": () => "No podemos leer esta dirección web. Cópiela de la barra de direcciones de su navegador.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, es, { one: "Esta dirección web es demasiado larga: se permite como máximo " + number("es", d.maximum, 0) + " carácter.", many: "Esta dirección web es demasiado larga: se permiten como máximo " + number("es", d.maximum, 0) + " de caracteres.", other: "Esta dirección web es demasiado larga: se permiten como máximo " + number("es", d.maximum, 0) + " caracteres." }),
  "error.url_scheme_data": () => "Una dirección que empieza por data: contiene el propio contenido, por lo que no se puede enviar. Indique la dirección de la página web donde lo vio.",
  "error.url_scheme_blob": () => "Una dirección que empieza por blob: solo funciona dentro de su propio navegador. Indique la dirección de la página web donde lo vio.",
  "error.url_scheme_file": () => "Una dirección que empieza por file: apunta a un archivo de su propio dispositivo. No envíe archivos; indique la dirección de la página web donde lo vio.",
  "error.url_scheme_javascript": () => "No se puede aceptar una dirección que empieza por javascript:. Indique la dirección de la página web donde lo vio.",
  "error.url_scheme_unsupported": () => "Solo se pueden denunciar direcciones web que empiecen por http:// o https://.",
  "error.good_faith_required": () => "Confirme la declaración para enviar su denuncia.",
  "error.invalid_locale": () => "Este código de idioma no es válido.",
  "error.unknown_portal": () => "Este portal de denuncias no existe.",
  "error.unsupported_locale": (d: any) => "Este portal no ofrece este idioma. Idiomas disponibles: " + d.locales + ".",
  "error.invalid_email": () => "Escriba un correo electrónico como nombre@example.com.",
  "error.invalid_phone": () => "Escriba un número de teléfono con cifras y espacios; puede empezar por +.",
  "error.nul_character": () => "Este campo contiene un carácter oculto (NUL, U+0000) que no se puede aceptar. Elimínelo, por ejemplo, escribiendo el texto de nuevo.",
  "error.urls.too_few_items": () => "Escriba la dirección web donde vio el material.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, es, { one: "Puede denunciar como máximo " + number("es", d.maximum, 0) + " dirección web a la vez.", many: "Puede denunciar como máximo " + number("es", d.maximum, 0) + " de direcciones web a la vez.", other: "Puede denunciar como máximo " + number("es", d.maximum, 0) + " direcciones web a la vez." }),
  "error.receipt_length": () => "Este código de recibo no tiene la longitud correcta. Compruebe que lo copió completo.",
  "error.receipt_character": () => "Este código de recibo contiene un carácter que los códigos de recibo nunca usan. Compruebe si hay errores al escribirlo.",
  "error.receipt_check": () => "Este código de recibo no es correcto. Compruebe si hay errores al escribirlo.",
  "error.summary.heading": (d: any) => plural(d.count, 0, es, { one: "Hay " + number("es", d.count, 0) + " problema en su denuncia", many: "Hay " + number("es", d.count, 0) + " de problemas en su denuncia", other: "Hay " + number("es", d.count, 0) + " problemas en su denuncia" }),
  "error.summary.item": (d: any) => d.field + ": " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "Gracias. Su denuncia se ha enviado",
  "confirmation.intro": (d: any) => "Gracias por denunciar. " + plural(d.count, 0, es, { one: "Recibimos " + number("es", d.count, 0) + " dirección web.", many: "Recibimos " + number("es", d.count, 0) + " de direcciones web.", other: "Recibimos " + number("es", d.count, 0) + " direcciones web." }) + " Las personas analistas las evaluarán lo antes posible.",
  "confirmation.receipt_label": () => "Su código de recibo",
  "confirmation.receipt_advice": () => "Guarde este código en un lugar seguro, por ejemplo anótelo. Es la única forma de consultar el estado de su denuncia y no podemos volver a mostrárselo.",
  "confirmation.receipt_private": () => "El código solo muestra el estado de su denuncia, nada más sobre ella. No lo comparta.",
  "confirmation.copy": () => "Copiar el código",
  "confirmation.copied": () => "Copiado",
  "confirmation.status_link": () => "Consultar el estado de su denuncia",
  "confirmation.report_another": () => "Denunciar otra dirección web",
  "confirmation.wellbeing": () => "Ver este tipo de material puede afectarle. Puede ayudarle hablar con alguien de confianza."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "Consulte el estado de su denuncia",
  "status.intro": () => "Escriba el código de recibo que obtuvo al enviar su denuncia.",
  "status.receipt.label": () => "Código de recibo",
  "status.receipt.help": (d: any) => plural(d.length, 0, es, { one: "El código tiene " + number("es", d.length, 0) + " carácter.", many: "El código tiene " + number("es", d.length, 0) + " de caracteres.", other: "El código tiene " + number("es", d.length, 0) + " caracteres." }) + " Los guiones, los espacios y las mayúsculas o minúsculas no importan.",
  "status.submit": () => "Consultar el estado",
  "status.privacy": () => "Su código de recibo nunca se pone en una dirección web, así que no aparece en el historial de su navegador.",
  "status.result.heading": () => "Estado de su denuncia",
  "status.state.received": () => "Recibida",
  "status.state.in_review": () => "En revisión",
  "status.state.completed": () => "Finalizada",
  "status.state_description.received": () => "Su denuncia se ha recibido y está a la espera de ser evaluada.",
  "status.state_description.in_review": () => "Una persona analista está evaluando su denuncia.",
  "status.state_description.completed": () => "La evaluación de su denuncia ha terminado.",
  "status.outcome.action_taken": () => "Las personas analistas encontraron material ilegal y tomaron medidas para que se retire.",
  "status.outcome.no_action": () => "No se tomaron medidas. Esto puede ocurrir cuando el material ya no está en línea, no se pudo encontrar o no es ilegal según la ley aplicable. Gracias por denunciar de todos modos.",
  "status.outcome.not_shared": () => "Este portal no comunica el resultado de las evaluaciones.",
  "status.updated_on": (d: any) => "Última actualización: " + d.date,
  "status.not_found": () => "No encontramos ninguna denuncia con este código de recibo. Compruebe el código e inténtelo de nuevo."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "Privacidad",
  "privacy.summary": () => "La denuncia es anónima. Este sitio no usa cookies y no carga nada de otros sitios web.",
  "privacy.stored": (d: any) => "Guardamos las direcciones web que denuncia, sus respuestas a las preguntas del formulario, el idioma que eligió y " + select(d.precision, { hour: "la hora", day: "el día", other: "el momento" }) + " en que llegó la denuncia.",
  "privacy.never_stored": () => "Nunca guardamos su dirección IP, los datos de su navegador o dispositivo, cookies ni la página de la que venía.",
  "privacy.contact": (d: any) => "Los datos de contacto solo se guardan si da su consentimiento en el formulario, y se borran después de " + plural(d.days, 0, es, { one: number("es", d.days, 0) + " día", many: number("es", d.days, 0) + " de días", other: number("es", d.days, 0) + " días" }) + ".",
  "privacy.retention": (d: any) => "Las denuncias se conservan durante " + plural(d.days, 0, es, { one: number("es", d.days, 0) + " día", many: number("es", d.days, 0) + " de días", other: number("es", d.days, 0) + " días" }) + " y después se borran.",
  "privacy.receipt": () => "Solo guardamos una huella de su código de recibo, así que nadie puede recuperar el código a partir de nuestros registros.",
  "privacy.sharing": () => "Las direcciones web denunciadas pueden compartirse con otras líneas de denuncia, proveedores de alojamiento y la policía para que el material se retire. Sus datos de contacto nunca se comparten."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "Aviso legal",
  "legal.operator": (d: any) => "Este portal lo gestiona " + d.hotline + " para " + d.country + ".",
  "legal.purpose": (d: any) => "Su único fin es recibir denuncias de material de abuso sexual infantil en internet. Las denuncias se evalúan según la ley aplicable en " + d.country + ".",
  "legal.good_faith": () => "Denuncie solo de buena fe. Una denuncia falsa a sabiendas puede ser ilegal.",
  "legal.hotline_website": (d: any) => "Sitio web de " + d.hotline + ": " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "Material de abuso sexual infantil en " + d.url,
  "notice.greeting": (d: any) => "Estimado/a " + d.recipient + ":",
  "notice.intro": (d: any) => d.hotline + " ha evaluado el contenido de la ubicación indicada abajo y ha determinado que es material de abuso sexual infantil.",
  "notice.url_label": () => "Ubicación (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "El contenido cumple el estándar internacional de referencia para material de abuso sexual infantil y es ilegal en casi todos los países.", national: "El contenido es ilegal según la legislación nacional aplicable.", other: "Clasificación: " + d.classification + "." }),
  "notice.hosting": (d: any) => "El contenido parece estar alojado en: " + d.hostingCountry + ".",
  "notice.assessed_on": (d: any) => "Fecha de la evaluación: " + d.date + ".",
  "notice.good_faith": () => "Enviamos este aviso de buena fe y consideramos que la información que contiene es exacta y completa.",
  "notice.identity": () => "Tal como permite el artículo 16, apartado 2, letra c), del Reglamento de Servicios Digitales de la UE para los avisos sobre material de abuso sexual infantil, este aviso no identifica a la persona que denunció el contenido.",
  "notice.request": (d: any) => "Le rogamos que retire o bloquee el acceso a este contenido sin demora y, a más tardar, dentro de las " + plural(d.deadlineHours, 0, es, { one: number("es", d.deadlineHours, 0) + " hora", many: number("es", d.deadlineHours, 0) + " de horas", other: number("es", d.deadlineHours, 0) + " horas" }) + " siguientes a la recepción de este aviso. Conserve los datos que la ley aplicable le obligue a preservar para las autoridades.",
  "notice.reference": (d: any) => "Nuestra referencia: " + d.reference + ". Indíquela en cualquier respuesta.",
  "notice.closing": (d: any) => "Gracias por su colaboración.\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "Consola de análisis",
  "console.login.page_title": () => "Iniciar sesión",
  "console.login.token_label": () => "Token de acceso",
  "console.login.token_help": () => "Pegue el token de acceso que recibió. No lo comparta.",
  "console.login.submit": () => "Iniciar sesión",
  "console.login.invalid": () => "Este token de acceso no es válido.",
  "console.logout": () => "Cerrar sesión",
  "console.signed_in_as": (d: any) => "Sesión iniciada como: " + d.role,
  "console.role.analyst": () => "Analista",
  "console.role.supervisor": () => "Supervisión",
  "console.role.auditor": () => "Auditoría",
  "console.role.partner": () => "Socio",
  "console.read_only": () => "Tiene acceso de solo lectura.",
  "console.nav.queue": () => "Cola",
  "console.nav.metrics": () => "Métricas",
  "console.queue.page_title": () => "Casos",
  "console.queue.filter_state": () => "Estado",
  "console.queue.all_states": () => "Todos los estados",
  "console.queue.filter_submit": () => "Mostrar",
  "console.queue.overdue_first": () => "Los casos vencidos aparecen primero.",
  "console.queue.empty": () => "No hay casos aquí.",
  "console.queue.column.case": () => "Caso",
  "console.queue.column.urls": () => "URL",
  "console.queue.column.state": () => "Estado",
  "console.queue.column.received": () => "Recibido",
  "console.queue.column.updated": () => "Último cambio",
  "console.queue.url_count": (d: any) => plural(d.count, 0, es, { one: number("es", d.count, 0) + " URL", many: number("es", d.count, 0) + " de URL", other: number("es", d.count, 0) + " URL" }),
  "console.queue.next_page": () => "Página siguiente",
  "console.overdue": () => "Vencido",
  "console.overdue_since": (d: any) => plural(d.hours, 0, es, { one: "Aviso enviado hace " + number("es", d.hours, 0) + " hora, aún no retirado", many: "Aviso enviado hace " + number("es", d.hours, 0) + " de horas, aún no retirado", other: "Aviso enviado hace " + number("es", d.hours, 0) + " horas, aún no retirado" }),
  "console.case.page_title": (d: any) => "Caso " + d.id,
  "console.case.state": () => "Estado",
  "console.case.version": (d: any) => "Versión " + d.version,
  "console.case.urls": () => "URL denunciadas",
  "console.case.urls_note": () => "Se muestran solo como texto y nunca se cargan. Ábralas únicamente en su entorno controlado.",
  "console.case.reports": () => "Denuncias vinculadas",
  "console.case.report_count": (d: any) => plural(d.count, 0, es, { one: number("es", d.count, 0) + " denuncia", many: number("es", d.count, 0) + " de denuncias", other: number("es", d.count, 0) + " denuncias" }),
  "console.case.report.received_at": () => "Recibida",
  "console.case.report.locale": () => "Idioma",
  "console.case.report.source": () => "Origen",
  "console.case.report.content_types": () => "Qué se vio",
  "console.case.report.where_found": () => "Dónde se encontró",
  "console.case.report.description": () => "Descripción",
  "console.case.report.contact": () => "Datos de contacto (con consentimiento)",
  "console.case.report.wants_feedback": () => "Quiere conocer el resultado",
  "console.case.report.none": () => "Ninguno",
  "console.case.source.public": () => "Formulario público",
  "console.case.source.partner": (d: any) => "Socio: " + d.partner,
  "console.case.history": () => "Historial",
  "console.case.history_entry": (d: any) => d.event + ", por " + d.actor + ", " + d.date,
  "console.case.actions": () => "Acciones",
  "console.case.no_actions": () => "No tiene acciones disponibles en este estado.",
  "console.case.notice": () => "Aviso de retirada",
  "console.case.xarf": () => "Informe X-ARF",
  "console.case.saved": () => "Guardado.",
  "console.case.stale": () => "Este caso ha cambiado desde que lo abrió. Vuelva a cargarlo e inténtelo de nuevo.",
  "console.case.not_allowed": () => "Esta acción no está permitida en el estado actual del caso.",
  "console.case.back": () => "Volver a la cola",
  "console.state.received": () => "Recibido",
  "console.state.assessing": () => "En evaluación",
  "console.state.confirmed": () => "Confirmado",
  "console.state.forwarded": () => "Remitido",
  "console.state.notice_sent": () => "Aviso enviado",
  "console.state.removed": () => "Retirado",
  "console.state.dismissed": () => "Desestimado",
  "console.state.merged": () => "Fusionado",
  "console.state.closed": () => "Cerrado",
  "console.event.claim": () => "Asignarme",
  "console.event.release": () => "Liberar",
  "console.event.dismiss": () => "Desestimar",
  "console.event.merge": () => "Fusionar con otro caso",
  "console.event.confirm": () => "Confirmar como ilegal",
  "console.event.forward": () => "Remitir",
  "console.event.send_notice": () => "Enviar aviso",
  "console.event.notify_law_enforcement": () => "Notificar a las fuerzas del orden",
  "console.event.verify_removed": () => "Verificar la retirada",
  "console.event.reappear": () => "Marcar como reaparecido",
  "console.event.reopen": () => "Reabrir",
  "console.event.close": () => "Cerrar",
  "console.field.optional": () => "(opcional)",
  "console.field.reason": () => "Motivo",
  "console.field.into": () => "Caso con el que fusionar",
  "console.field.classification": () => "Clasificación",
  "console.field.severity": () => "Gravedad",
  "console.field.hosting_country": () => "País de alojamiento (código ISO 3166-1 alfa-2)",
  "console.field.hosting_provider": () => "Proveedor de alojamiento",
  "console.field.to": () => "Remitir a",
  "console.field.recipient": () => "Destinatario",
  "console.field.reference": () => "Referencia",
  "console.field.channel": () => "Canal",
  "console.field.agency": () => "Organismo",
  "console.reason.not_illegal": () => "No es ilegal",
  "console.reason.adult_content": () => "Contenido de personas adultas",
  "console.reason.not_found": () => "Contenido no encontrado",
  "console.reason.insufficient": () => "Información insuficiente",
  "console.reason.out_of_remit": () => "Fuera de competencia",
  "console.classification.baseline": () => "Estándar de referencia (internacional)",
  "console.classification.national": () => "Legislación nacional",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "Otra línea de denuncia",
  "console.forward_to.law_enforcement": () => "Fuerzas del orden",
  "console.metrics.page_title": () => "Métricas de retirada",
  "console.metrics.period": () => "Periodo",
  "console.metrics.all_time": () => "Todo el periodo",
  "console.metrics.reports_received": () => "Denuncias recibidas",
  "console.metrics.urls_received": () => "URL recibidas",
  "console.metrics.duplicates_linked": () => "Duplicados vinculados a casos abiertos",
  "console.metrics.median_time_to_assessment": () => "Tiempo mediano hasta la evaluación",
  "console.metrics.median_notice_to_removal": () => "Tiempo mediano desde el primer aviso hasta la retirada",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, es, { one: "Proporción retirada en " + number("es", d.hours, 0) + " hora", many: "Proporción retirada en " + number("es", d.hours, 0) + " de horas", other: "Proporción retirada en " + number("es", d.hours, 0) + " horas" }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "es"),
  "console.metrics.overdue": () => "Casos vencidos",
  "console.metrics.per_state": () => "Casos por estado",
  "console.metrics.chart_title": () => "Tiempo mediano desde el aviso hasta la retirada, por semana",
  "console.metrics.chart_week": (d: any) => "Semana del " + d.date,
  "console.metrics.no_data": () => "Todavía no hay suficientes datos.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, es, { one: number("es", d.minutes, 0) + " minuto", many: number("es", d.minutes, 0) + " de minutos", other: number("es", d.minutes, 0) + " minutos" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, es, { one: number("es", d.hours, 0) + " hora", many: number("es", d.hours, 0) + " de horas", other: number("es", d.hours, 0) + " horas" }),
  "console.duration.days": (d: any) => plural(d.days, 0, es, { one: number("es", d.days, 0) + " día", many: number("es", d.days, 0) + " de días", other: number("es", d.days, 0) + " días" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "El cuerpo de la solicitud no es JSON válido.",
  "problem.invalid_encoding": () => "El cuerpo de la solicitud no es texto UTF-8 válido.",
  "problem.body_too_large": () => "El cuerpo de la solicitud es demasiado grande.",
  "problem.unsupported_media_type": () => "Envíe el cuerpo de la solicitud como JSON (application/json).",
  "problem.validation_failed": () => "Los datos enviados tienen problemas. Consulte la lista de errores.",
  "problem.rate_limited": () => "Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.",
  "problem.not_found": () => "No encontrado.",
  "problem.method_not_allowed": () => "Este método no está permitido aquí.",
  "problem.unauthorized": () => "Se necesita un token de acceso válido.",
  "problem.forbidden": () => "Su rol no permite esta acción.",
  "problem.conflict": () => "La solicitud entra en conflicto con el estado actual. Vuelva a cargar e inténtelo de nuevo.",
  "problem.idempotency_conflict": () => "Esta Idempotency-Key ya se usó para otra solicitud.",
  "problem.invalid_idempotency_key": () => "La cabecera Idempotency-Key debe tener entre 16 y 255 caracteres ASCII visibles, por ejemplo un UUID.",
  "problem.event_not_allowed": () => "Esta acción no está permitida en el estado actual del caso.",
  "problem.internal": () => "Algo salió mal por nuestra parte. Inténtelo de nuevo más tarde."
} as MessageGroup<'problem'>;

/** The whole Spanish catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
