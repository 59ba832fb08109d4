// Generated from locales/pt.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Portuguese (pt): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { pt } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The Portuguese catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"pt","direction":"ltr","status":"draft"};

export const languageMessages = {
  "language.name": () => "Português",
  "language.page_title": () => "Escolha a sua língua",
  "language.intro": () => "Escolha a língua do formulário de denúncia.",
  "language.change": () => "Mudar de língua"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "Esta tradução é uma versão provisória. Ainda não foi revista por um falante nativo, por isso algumas frases podem não estar claras."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "Denunciar material de abuso sexual infantil na internet",
  "portal.country": (d: any) => "Portal de denúncia: " + d.country,
  "portal.operated_by": (d: any) => "As denúncias são avaliadas por " + d.hotline + ".",
  "portal.example_configuration": () => "Este portal é uma configuração de exemplo, para testes e demonstrações. Não envie denúncias reais por aqui.",
  "portal.skip_to_content": () => "Ir para o conteúdo principal",
  "portal.legal_link": () => "Aviso legal",
  "portal.privacy_link": () => "Privacidade",
  "portal.status_link": () => "Consultar o estado de uma denúncia",
  "portal.report_link": () => "Fazer uma denúncia"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "Página não encontrada",
  "page.not_found.body": () => "Verifique o endereço ou volte ao formulário de denúncia.",
  "page.error.heading": () => "Ocorreu um erro",
  "page.error.body": () => "A sua denúncia pode não ter sido enviada. Tente novamente mais tarde."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "Sair rapidamente deste site",
  "quick_exit.help": () => "Abre imediatamente um site neutro. Nada do que escreveu é enviado."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "Denunciar material de abuso sexual infantil",
  "form.intro": () => "Se viu na internet imagens ou vídeos sexuais de uma criança, pode denunciar aqui o endereço web (URL). Não precisa de dizer o seu nome.",
  "form.no_images": () => "Não descarregue, não copie, não faça capturas de ecrã e não envie as imagens ou os vídeos em si. Só precisamos do endereço web onde os viu.",
  "form.anonymous": () => "A denúncia é anónima. Não guardamos o seu endereço IP, os dados do seu dispositivo nem qualquer outra informação que permita a sua identificação.",
  "form.emergency": () => "Se uma criança estiver em perigo imediato, ligue para o número de emergência local.",
  "form.required": () => "obrigatório",
  "form.optional": () => "opcional",
  "form.urls.label": () => "Endereço web (URL)",
  "form.urls.help": (d: any) => "Copie o endereço completo da barra de endereço do seu navegador. Normalmente começa por https://. Pode denunciar até " + plural(d.maximum, 0, pt, { one: number("pt", d.maximum, 0) + " endereço", many: number("pt", d.maximum, 0) + " de endereços", other: number("pt", d.maximum, 0) + " endereços" }) + " de uma só vez.",
  "form.urls.item_label": (d: any) => "Endereço web " + d.number,
  "form.urls.add": () => "Adicionar outro endereço",
  "form.urls.remove": (d: any) => "Remover o endereço " + d.number,
  "form.content_types.legend": () => "O que viu?",
  "form.content_types.help": () => "Escolha todas as opções que se aplicam.",
  "form.content_types.option.image": () => "Imagens",
  "form.content_types.option.video": () => "Vídeos",
  "form.content_types.option.livestream": () => "Uma transmissão em direto",
  "form.content_types.option.text": () => "Texto ou conversa (chat)",
  "form.content_types.option.other": () => "Outra coisa",
  "form.content_types.option.unsure": () => "Não tenho a certeza",
  "form.where_found.label": () => "Onde o encontrou?",
  "form.where_found.help": () => "Escolha o tipo de lugar onde o viu.",
  "form.where_found.option.none": () => "Não indicado",
  "form.where_found.option.website": () => "Um site",
  "form.where_found.option.social_media": () => "Redes sociais",
  "form.where_found.option.search_engine": () => "Resultados de um motor de busca",
  "form.where_found.option.file_sharing": () => "Um serviço de partilha de ficheiros ou de armazenamento na nuvem",
  "form.where_found.option.messaging_app": () => "Uma aplicação de mensagens",
  "form.where_found.option.forum": () => "Um fórum ou uma sala de conversação (chat)",
  "form.where_found.option.email": () => "Um e-mail",
  "form.where_found.option.game": () => "Um jogo online",
  "form.where_found.option.other": () => "Noutro lugar",
  "form.where_found.option.unsure": () => "Não tenho a certeza",
  "form.description.label": () => "Descrição",
  "form.description.help": (d: any) => "Diga-nos tudo o que nos possa ajudar a encontrar o material, por exemplo em que parte da página se encontra. Não escreva aqui o seu nome nem outros dados sobre si. No máximo " + plural(d.maximum, 0, pt, { one: number("pt", d.maximum, 0) + " carácter", many: number("pt", d.maximum, 0) + " de caracteres", other: number("pt", d.maximum, 0) + " caracteres" }) + ".",
  "form.good_faith.legend": () => "A sua declaração",
  "form.good_faith.label": () => "Declaro, de boa-fé, que as informações contidas nesta denúncia são exatas e completas.",
  "form.good_faith.help": () => "Precisamos desta declaração para podermos dar seguimento a uma denúncia.",
  "form.contact.legend": () => "Dados de contacto",
  "form.contact.intro": (d: any) => "Não é obrigatório dar dados de contacto. Dê-os apenas se quiser que " + d.hotline + " possa entrar em contacto consigo sobre esta denúncia.",
  "form.contact.consent.label": (d: any) => "Aceito que " + d.hotline + " guarde os dados de contacto abaixo para entrar em contacto comigo sobre esta denúncia.",
  "form.contact.consent.help": (d: any) => "Sem esta autorização, os dados de contacto que introduzir são eliminados e nunca são guardados. Com ela, são eliminados ao fim de " + plural(d.days, 0, pt, { one: number("pt", d.days, 0) + " dia", many: number("pt", d.days, 0) + " de dias", other: number("pt", d.days, 0) + " dias" }) + ".",
  "form.contact.name.label": () => "Nome",
  "form.contact.email.label": () => "Endereço de e-mail",
  "form.contact.phone.label": () => "Número de telefone",
  "form.contact.wants_feedback.label": () => "Gostaria de saber o resultado da minha denúncia",
  "form.submit": () => "Enviar denúncia",
  "form.what_happens_next.heading": () => "O que acontece a seguir",
  "form.what_happens_next.body": (d: any) => "Os endereços web que enviar serão avaliados por analistas qualificados de " + d.hotline + ". Se o material for ilegal, os analistas trabalham para que seja removido e, quando necessário, informam a polícia. Receberá um código de acompanhamento que lhe permite consultar o estado da sua denúncia sem dar o seu nome."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "Este campo é obrigatório.",
  "error.invalid_type": () => "Este valor não está no formato esperado.",
  "error.unknown_field": () => "Este campo não é aceite. Remova-o e tente novamente.",
  "error.invalid_value": () => "Este valor não é uma das opções permitidas.",
  "error.unsupported_schema_version": () => "Esta versão do formato de denúncia não é suportada.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, pt, { one: "Adicione pelo menos " + number("pt", d.minimum, 0) + " entrada.", many: "Adicione pelo menos " + number("pt", d.minimum, 0) + " de entradas.", other: "Adicione pelo menos " + number("pt", d.minimum, 0) + " entradas." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, pt, { one: "Indique no máximo " + number("pt", d.maximum, 0) + " entrada.", many: "Indique no máximo " + number("pt", d.maximum, 0) + " de entradas.", other: "Indique no máximo " + number("pt", d.maximum, 0) + " entradas." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, pt, { one: "Use no máximo " + number("pt", d.maximum, 0) + " carácter.", many: "Use no máximo " + number("pt", d.maximum, 0) + " de caracteres.", other: "Use no máximo " + number("pt", d.maximum, 0) + " caracteres." }),
  "error.empty": () => "Este campo não pode estar vazio.",
  "error.url_invalid": () => "Não conseguimos ler este endereço web. Copie-o da barra de endereço do seu navegador.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, pt, { one: "Este endereço web é demasiado longo: é permitido no máximo " + number("pt", d.maximum, 0) + " carácter.", many: "Este endereço web é demasiado longo: são permitidos no máximo " + number("pt", d.maximum, 0) + " de caracteres.", other: "Este endereço web é demasiado longo: são permitidos no máximo " + number("pt", d.maximum, 0) + " caracteres." }),
  "error.url_scheme_data": () => "Um endereço que começa por data: contém o próprio conteúdo, por isso não pode ser enviado. Indique o endereço da página web onde o viu.",
  "error.url_scheme_blob": () => "Um endereço que começa por blob: só funciona dentro do seu próprio navegador. Indique o endereço da página web onde o viu.",
  "error.url_scheme_file": () => "Um endereço que começa por file: aponta para um ficheiro no seu próprio dispositivo. Não envie ficheiros; indique o endereço da página web onde o viu.",
  "error.url_scheme_javascript": () => "Um endereço que começa por javascript: não pode ser aceite. Indique o endereço da página web onde o viu.",
  "error.url_scheme_unsupported": () => "Só podem ser denunciados endereços web que comecem por http:// ou https://.",
  "error.good_faith_required": () => "Confirme a declaração para enviar a sua denúncia.",
  "error.invalid_locale": () => "Este código de língua não é válido.",
  "error.unknown_portal": () => "Este portal de denúncia não existe.",
  "error.unsupported_locale": (d: any) => "Este portal não está disponível nesta língua. Línguas disponíveis: " + d.locales + ".",
  "error.invalid_email": () => "Introduza um endereço de e-mail como nome@example.com.",
  "error.invalid_phone": () => "Introduza um número de telefone só com algarismos e espaços, com um + opcional no início.",
  "error.nul_character": () => "Este campo contém um carácter invisível (NUL, U+0000) que não pode ser aceite. Remova-o, por exemplo, escrevendo o texto novamente.",
  "error.urls.too_few_items": () => "Introduza o endereço web onde viu o material.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, pt, { one: "Pode denunciar no máximo " + number("pt", d.maximum, 0) + " endereço web de uma só vez.", many: "Pode denunciar no máximo " + number("pt", d.maximum, 0) + " de endereços web de uma só vez.", other: "Pode denunciar no máximo " + number("pt", d.maximum, 0) + " endereços web de uma só vez." }),
  "error.receipt_length": () => "Este código de acompanhamento não tem o comprimento correto. Verifique se o copiou por inteiro.",
  "error.receipt_character": () => "Este código de acompanhamento contém um carácter que nunca é usado nestes códigos. Verifique se há erros de escrita.",
  "error.receipt_check": () => "Este código de acompanhamento não está correto. Verifique se há erros de escrita.",
  "error.summary.heading": (d: any) => plural(d.count, 0, pt, { one: "Há " + number("pt", d.count, 0) + " problema na sua denúncia", many: "Há " + number("pt", d.count, 0) + " de problemas na sua denúncia", other: "Há " + number("pt", d.count, 0) + " problemas na sua denúncia" }),
  "error.summary.item": (d: any) => d.field + ": " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "Obrigado. A sua denúncia foi enviada",
  "confirmation.intro": (d: any) => "Obrigado por denunciar. " + plural(d.count, 0, pt, { one: "Recebemos " + number("pt", d.count, 0) + " endereço web.", many: "Recebemos " + number("pt", d.count, 0) + " de endereços web.", other: "Recebemos " + number("pt", d.count, 0) + " endereços web." }) + " Os analistas vão avaliá-los o mais rapidamente possível.",
  "confirmation.receipt_label": () => "O seu código de acompanhamento",
  "confirmation.receipt_advice": () => "Guarde este código num lugar seguro, por exemplo escrevendo-o num papel. É a única forma de consultar o estado da sua denúncia, e não o podemos mostrar novamente.",
  "confirmation.receipt_private": () => "O código mostra apenas o estado da sua denúncia, e nada mais sobre ela. Não o partilhe com ninguém.",
  "confirmation.copy": () => "Copiar código",
  "confirmation.copied": () => "Copiado",
  "confirmation.status_link": () => "Consultar o estado da sua denúncia",
  "confirmation.report_another": () => "Denunciar outro endereço web",
  "confirmation.wellbeing": () => "Ver este tipo de material pode ser perturbador. Falar com alguém da sua confiança pode ajudar."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "Consultar o estado da sua denúncia",
  "status.intro": () => "Introduza o código de acompanhamento que recebeu quando enviou a sua denúncia.",
  "status.receipt.label": () => "Código de acompanhamento",
  "status.receipt.help": (d: any) => plural(d.length, 0, pt, { one: "O código tem " + number("pt", d.length, 0) + " carácter.", many: "O código tem " + number("pt", d.length, 0) + " de caracteres.", other: "O código tem " + number("pt", d.length, 0) + " caracteres." }) + " Os hífenes, os espaços e as maiúsculas ou minúsculas não têm importância.",
  "status.submit": () => "Consultar estado",
  "status.privacy": () => "O seu código de acompanhamento nunca é colocado num endereço web, por isso não aparece no histórico do seu navegador.",
  "status.result.heading": () => "Estado da sua denúncia",
  "status.state.received": () => "Recebida",
  "status.state.in_review": () => "Em análise",
  "status.state.completed": () => "Concluída",
  "status.state_description.received": () => "A sua denúncia foi recebida e aguarda avaliação.",
  "status.state_description.in_review": () => "Um analista está a avaliar a sua denúncia.",
  "status.state_description.completed": () => "A avaliação da sua denúncia está concluída.",
  "status.outcome.action_taken": () => "Os analistas encontraram material ilegal e tomaram medidas para que seja removido.",
  "status.outcome.no_action": () => "Não foram tomadas medidas. Isto pode acontecer quando o material já não está online, não foi encontrado ou não é ilegal segundo a lei aplicável. Agradecemos, ainda assim, a sua denúncia.",
  "status.outcome.not_shared": () => "Este portal não divulga o resultado das avaliações.",
  "status.updated_on": (d: any) => "Última atualização: " + d.date,
  "status.not_found": () => "Não encontrámos nenhuma denúncia com este código de acompanhamento. Verifique o código e tente novamente."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "Privacidade",
  "privacy.summary": () => "A denúncia é anónima. Este site não usa cookies e não carrega nada de outros sites.",
  "privacy.stored": (d: any) => "Guardamos os endereços web que denunciar, as suas respostas às perguntas do formulário, a língua que escolheu e " + select(d.precision, { hour: "a hora", day: "o dia", other: "o momento" }) + " em que a denúncia chegou.",
  "privacy.never_stored": () => "Nunca guardamos o seu endereço IP, os dados do seu navegador ou dispositivo, cookies nem a página de onde veio.",
  "privacy.contact": (d: any) => "Os dados de contacto só são guardados se der a sua autorização no formulário, e são eliminados ao fim de " + plural(d.days, 0, pt, { one: number("pt", d.days, 0) + " dia", many: number("pt", d.days, 0) + " de dias", other: number("pt", d.days, 0) + " dias" }) + ".",
  "privacy.retention": (d: any) => "As denúncias são guardadas durante " + plural(d.days, 0, pt, { one: number("pt", d.days, 0) + " dia", many: number("pt", d.days, 0) + " de dias", other: number("pt", d.days, 0) + " dias" }) + " e depois eliminadas.",
  "privacy.receipt": () => "Guardamos apenas uma versão do seu código de acompanhamento transformada de forma irreversível, por isso ninguém consegue recuperar o código a partir dos nossos registos.",
  "privacy.sharing": () => "Os endereços web denunciados podem ser partilhados com outras linhas de denúncia, prestadores de serviços de alojamento e a polícia, para que o material possa ser removido. Os seus dados de contacto nunca são partilhados."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "Aviso legal",
  "legal.operator": (d: any) => "Este portal é gerido por " + d.hotline + " (" + d.country + ").",
  "legal.purpose": (d: any) => "Existe apenas para receber denúncias de material de abuso sexual infantil na internet. As denúncias são avaliadas segundo a lei aplicável nesse país (" + d.country + ").",
  "legal.good_faith": () => "Faça denúncias apenas de boa-fé. Denúncias deliberadamente falsas podem ser ilegais.",
  "legal.hotline_website": (d: any) => d.hotline + " – site: " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "Material de abuso sexual infantil em " + d.url,
  "notice.greeting": (d: any) => "À atenção de " + d.recipient + "\nExmos. Senhores,",
  "notice.intro": (d: any) => d.hotline + " avaliou o conteúdo no endereço abaixo indicado e concluiu que se trata de material de abuso sexual infantil.",
  "notice.url_label": () => "Localização (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "O conteúdo cumpre os critérios da norma internacional de referência («baseline») para material de abuso sexual infantil e é ilegal em quase todos os países.", national: "O conteúdo é ilegal ao abrigo da legislação nacional aplicável.", other: "Classificação: " + d.classification + "." }),
  "notice.hosting": (d: any) => "O conteúdo parece estar alojado em: " + d.hostingCountry + ".",
  "notice.assessed_on": (d: any) => "Data da avaliação: " + d.date + ".",
  "notice.good_faith": () => "Enviamos a presente notificação de boa-fé e consideramos que as informações nela contidas são exatas e completas.",
  "notice.identity": () => "Conforme permitido pelo artigo 16.º, n.º 2, alínea c), do Regulamento dos Serviços Digitais da UE (Digital Services Act) para as notificações relativas a material de abuso sexual infantil, a presente notificação não identifica a pessoa que denunciou o conteúdo.",
  "notice.request": (d: any) => "Solicitamos que suprimam este conteúdo ou bloqueiem o acesso ao mesmo sem demora e, o mais tardar, no prazo de " + plural(d.deadlineHours, 0, pt, { one: number("pt", d.deadlineHours, 0) + " hora", many: number("pt", d.deadlineHours, 0) + " de horas", other: number("pt", d.deadlineHours, 0) + " horas" }) + " a contar da receção da presente notificação. Solicitamos ainda que conservem os dados cuja preservação para as autoridades policiais e judiciárias seja exigida pela legislação que vos é aplicável.",
  "notice.reference": (d: any) => "A nossa referência: " + d.reference + ". Queiram indicá-la em qualquer resposta.",
  "notice.closing": (d: any) => "Agradecemos desde já a vossa colaboração. Com os melhores cumprimentos,\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "Consola de análise",
  "console.login.page_title": () => "Iniciar sessão",
  "console.login.token_label": () => "Token de acesso",
  "console.login.token_help": () => "Cole o token de acesso que lhe foi fornecido. Não o partilhe.",
  "console.login.submit": () => "Iniciar sessão",
  "console.login.invalid": () => "Este token de acesso não é válido.",
  "console.logout": () => "Terminar sessão",
  "console.signed_in_as": (d: any) => "Sessão iniciada como: " + d.role,
  "console.role.analyst": () => "Analista",
  "console.role.supervisor": () => "Supervisor",
  "console.role.auditor": () => "Auditor",
  "console.role.partner": () => "Parceiro",
  "console.read_only": () => "Tem acesso apenas de leitura.",
  "console.nav.queue": () => "Fila",
  "console.nav.metrics": () => "Métricas",
  "console.queue.page_title": () => "Casos",
  "console.queue.filter_state": () => "Estado",
  "console.queue.all_states": () => "Todos os estados",
  "console.queue.filter_submit": () => "Mostrar",
  "console.queue.overdue_first": () => "Os casos em atraso aparecem primeiro.",
  "console.queue.empty": () => "Não há casos aqui.",
  "console.queue.column.case": () => "Caso",
  "console.queue.column.urls": () => "URLs",
  "console.queue.column.state": () => "Estado",
  "console.queue.column.received": () => "Recebido",
  "console.queue.column.updated": () => "Última alteração",
  "console.queue.url_count": (d: any) => plural(d.count, 0, pt, { one: number("pt", d.count, 0) + " URL", many: number("pt", d.count, 0) + " de URLs", other: number("pt", d.count, 0) + " URLs" }),
  "console.queue.next_page": () => "Página seguinte",
  "console.overdue": () => "Em atraso",
  "console.overdue_since": (d: any) => plural(d.hours, 0, pt, { one: "Notificação enviada há " + number("pt", d.hours, 0) + " hora, conteúdo ainda não removido", many: "Notificação enviada há " + number("pt", d.hours, 0) + " de horas, conteúdo ainda não removido", other: "Notificação enviada há " + number("pt", d.hours, 0) + " horas, conteúdo ainda não removido" }),
  "console.case.page_title": (d: any) => "Caso " + d.id,
  "console.case.state": () => "Estado",
  "console.case.version": (d: any) => "Versão " + d.version,
  "console.case.urls": () => "URLs denunciados",
  "console.case.urls_note": () => "Apresentados apenas como texto e nunca carregados. Abra-os apenas no seu ambiente controlado.",
  "console.case.reports": () => "Denúncias associadas",
  "console.case.report_count": (d: any) => plural(d.count, 0, pt, { one: number("pt", d.count, 0) + " denúncia", many: number("pt", d.count, 0) + " de denúncias", other: number("pt", d.count, 0) + " denúncias" }),
  "console.case.report.received_at": () => "Recebida",
  "console.case.report.locale": () => "Língua",
  "console.case.report.source": () => "Origem",
  "console.case.report.content_types": () => "O que foi visto",
  "console.case.report.where_found": () => "Onde foi encontrado",
  "console.case.report.description": () => "Descrição",
  "console.case.report.contact": () => "Dados de contacto (fornecidos com consentimento)",
  "console.case.report.wants_feedback": () => "Quer saber o resultado",
  "console.case.report.none": () => "Sem informação",
  "console.case.source.public": () => "Formulário público",
  "console.case.source.partner": (d: any) => "Parceiro: " + d.partner,
  "console.case.history": () => "Histórico",
  "console.case.history_entry": (d: any) => d.event + ", por " + d.actor + ", " + d.date,
  "console.case.actions": () => "Ações",
  "console.case.no_actions": () => "Não tem ações disponíveis neste estado.",
  "console.case.notice": () => "Notificação de remoção",
  "console.case.xarf": () => "Relatório X-ARF",
  "console.case.saved": () => "Guardado.",
  "console.case.stale": () => "Este caso foi alterado depois de o ter aberto. Recarregue-o e tente novamente.",
  "console.case.not_allowed": () => "Esta ação não é permitida no estado atual do caso.",
  "console.case.back": () => "Voltar à fila",
  "console.state.received": () => "Recebido",
  "console.state.assessing": () => "Em avaliação",
  "console.state.confirmed": () => "Confirmado",
  "console.state.forwarded": () => "Encaminhado",
  "console.state.notice_sent": () => "Notificação enviada",
  "console.state.removed": () => "Removido",
  "console.state.dismissed": () => "Arquivado",
  "console.state.merged": () => "Fundido",
  "console.state.closed": () => "Encerrado",
  "console.event.claim": () => "Assumir",
  "console.event.release": () => "Libertar",
  "console.event.dismiss": () => "Arquivar",
  "console.event.merge": () => "Fundir noutro caso",
  "console.event.confirm": () => "Confirmar como ilegal",
  "console.event.forward": () => "Encaminhar",
  "console.event.send_notice": () => "Enviar notificação",
  "console.event.notify_law_enforcement": () => "Notificar as autoridades policiais",
  "console.event.verify_removed": () => "Verificar remoção",
  "console.event.reappear": () => "Marcar como reaparecido",
  "console.event.reopen": () => "Reabrir",
  "console.event.close": () => "Encerrar",
  "console.field.optional": () => "(opcional)",
  "console.field.reason": () => "Motivo",
  "console.field.into": () => "Caso em que fundir",
  "console.field.classification": () => "Classificação",
  "console.field.severity": () => "Gravidade",
  "console.field.hosting_country": () => "País de alojamento (código ISO 3166-1 alfa-2)",
  "console.field.hosting_provider": () => "Prestador de alojamento",
  "console.field.to": () => "Encaminhar para",
  "console.field.recipient": () => "Destinatário",
  "console.field.reference": () => "Referência",
  "console.field.channel": () => "Canal",
  "console.field.agency": () => "Autoridade",
  "console.reason.not_illegal": () => "Não ilegal",
  "console.reason.adult_content": () => "Conteúdo para adultos",
  "console.reason.not_found": () => "Conteúdo não encontrado",
  "console.reason.insufficient": () => "Informação insuficiente",
  "console.reason.out_of_remit": () => "Fora do âmbito de competência",
  "console.classification.baseline": () => "Baseline (norma internacional)",
  "console.classification.national": () => "Lei nacional",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "Outra hotline",
  "console.forward_to.law_enforcement": () => "Autoridades policiais",
  "console.metrics.page_title": () => "Métricas de remoção",
  "console.metrics.period": () => "Período",
  "console.metrics.all_time": () => "Desde o início",
  "console.metrics.reports_received": () => "Denúncias recebidas",
  "console.metrics.urls_received": () => "URLs recebidos",
  "console.metrics.duplicates_linked": () => "Duplicados associados a casos abertos",
  "console.metrics.median_time_to_assessment": () => "Tempo mediano até à avaliação",
  "console.metrics.median_notice_to_removal": () => "Tempo mediano entre a primeira notificação e a remoção",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, pt, { one: "Proporção removida no prazo de " + number("pt", d.hours, 0) + " hora", many: "Proporção removida no prazo de " + number("pt", d.hours, 0) + " de horas", other: "Proporção removida no prazo de " + number("pt", d.hours, 0) + " horas" }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "pt"),
  "console.metrics.overdue": () => "Casos em atraso",
  "console.metrics.per_state": () => "Casos por estado",
  "console.metrics.chart_title": () => "Tempo mediano entre notificação e remoção, por semana",
  "console.metrics.chart_week": (d: any) => "Semana de " + d.date,
  "console.metrics.no_data": () => "Ainda não há dados suficientes.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, pt, { one: number("pt", d.minutes, 0) + " minuto", many: number("pt", d.minutes, 0) + " de minutos", other: number("pt", d.minutes, 0) + " minutos" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, pt, { one: number("pt", d.hours, 0) + " hora", many: number("pt", d.hours, 0) + " de horas", other: number("pt", d.hours, 0) + " horas" }),
  "console.duration.days": (d: any) => plural(d.days, 0, pt, { one: number("pt", d.days, 0) + " dia", many: number("pt", d.days, 0) + " de dias", other: number("pt", d.days, 0) + " dias" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "O corpo do pedido não é JSON válido.",
  "problem.invalid_encoding": () => "O corpo do pedido não é texto UTF-8 válido.",
  "problem.body_too_large": () => "O corpo do pedido é demasiado grande.",
  "problem.unsupported_media_type": () => "Envie o corpo do pedido em JSON (application/json).",
  "problem.validation_failed": () => "Os dados enviados têm problemas. Consulte a lista de erros.",
  "problem.rate_limited": () => "Demasiados pedidos. Aguarde um momento e tente novamente.",
  "problem.not_found": () => "Não encontrado.",
  "problem.method_not_allowed": () => "Este método não é permitido aqui.",
  "problem.unauthorized": () => "É necessário um token de acesso válido.",
  "problem.forbidden": () => "A sua função não permite esta ação.",
  "problem.conflict": () => "O pedido entra em conflito com o estado atual. Recarregue e tente novamente.",
  "problem.idempotency_conflict": () => "Esta Idempotency-Key já foi usada para um pedido diferente.",
  "problem.invalid_idempotency_key": () => "O cabeçalho Idempotency-Key deve ter entre 16 e 255 caracteres ASCII visíveis, por exemplo um UUID.",
  "problem.event_not_allowed": () => "Esta ação não é permitida no estado atual do caso.",
  "problem.internal": () => "Ocorreu um erro do nosso lado. Tente novamente mais tarde."
} as MessageGroup<'problem'>;

/** The whole Portuguese catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
