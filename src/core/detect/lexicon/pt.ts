// Portuguese cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const pt = String.raw`
#interview
(periodo|dias?|semana) de avaliacao
etapa (tecnica|final)
(dia|turno|semana) (de experiencia|de teste|experimental)
(teste|prova) (tecnic[ao]|pratic[ao]|de conhecimentos|de nivelamento|psicologic[ao])
(desafio|case) (tecnico|pratico)
#invite
(marcar|agendar|combinar|organizar|programar)(mos)? (uma|a|sua|tua|um|o) (breve |rapida |primeira |segunda |proxima |nova )?(entrevista|conversa|chamada|videochamada|call|bate-papo)
(gostariamos|queremos|gostaria) de (te |lhe )?(convidar|conhecer|conversar)
convidar (voce|te)
(te|lhe) convidar
te convidamos
convite para (a |uma )?entrevista
proxima etapa
(o )?proximo passo
(poderia|pode|consegue|podia) (passar|vir) (aqui|na|no|ate)
passou para
foi (selecionad[oa]|aprovad[oa])
avancou
(fica|foi|esta) convocad[oa]
fase seguinte
(de )?(o|a) convidar para
(ultima|proxima) (fase|etapa)
(passa|passe|da uma passada|dar uma passada|aparece|aparecer|venha|vem) (aqui )?(na|no|ate a|ate o|pela|pelo) (loja|escritorio|restaurante|oficina|padaria|salao|clinica|obra|cozinha|empresa|unidade|agencia|fabrica|sede|cafe|bar)
bora (marcar|bater um papo|tomar um cafe|agendar)
(adorariamos|adoraria|queriamos|queria|gostavamos|gostava) de (te |lhe |o |a )?(convidar|conhecer|conversar|receber)
(segunda|terceira|nova|proxima|ultima) rodada
(convoca-lo|convoca-la|convocar-te|convidamo-lo|convidamo-la|convida-lo|convida-la|convidar-te)
(vem|venha|vens) (conhecer|bater um papo|conversar com)
#slots
(voce|tu) (consegue|conseguiria|pode|poderia) (vir|participar|na|no|em|as)
disponibilidade
(voce )?(teria|tem|estaria) (disponivel|uns|\d+ minutos|um tempo)
(escolher|escolha|agende|agendar|marque|selecione) (o |um |seu |sua |a )?(melhor )?(dia|horario|data)
(qual|que) (horario|dia|data)
(poderia|pode) ser
horarios?
funciona (pra|para) (voce|ti)
confirmar (sua )?presenca
me confirma
propomos (as|os) (seguintes|seguintes)
indique a sua (preferencia|disponibilidade)
(podes|consegues|poderias|conseguirias|conseguiria) (vir|passar|falar|conversar|participar|estar)
(fica|ficaria|da|daria|serve|serviria) (bom |bem |melhor )?(pra|para) (voce|ti|si)
(terias|tens|estarias|estas) (disponivel|um tempinho|um tempo|uns minutos|\d+ minutos|livre)
(teria|tem) (um tempinho|agenda|espaco na agenda)
(me|nos) (diz|diga|fala|avisa|avise|manda|mande|informe) (qual|quais|quando|que dia|que horas|sua disponibilidade|tua disponibilidade|seus horarios)
(indica-me|indique-me|diga-me|diz-me) (outro|outra|qual|quando|a sua|a tua)
livre (na|no|amanha|esta|essa|nesta|nessa) (semana|segunda|terca|quarta|quinta|sexta|sabado)?
#confirm
(so )?confirmando (a |nossa |sua |o |nosso )?(entrevista|conversa|reuniao|encontro|horario)
confirm(o|amos|acao)
(esta|fica) (confirmad[oa]|agendad[oa]|marcad[oa])
lembrete
sera (realizada|no dia)
(combinado|fechado|beleza|perfeito|otimo|certo|ta combinado|tudo certo),? (entao )?(ate|para|pra) (segunda|terca|quarta|quinta|sexta|sabado|amanha|la)
(te vejo|nos vemos|vemo-nos|vejo-te|ate) (entao )?(na |no )?(segunda|terca|quarta|quinta|sexta|sabado|amanha)
(ficou|ta|fica|esta) (combinad[oa]|fechad[oa])
ficou (marcad|agendad|confirmad)[oa]
(te|lhe|o|a) (espero|esperamos|aguardo|aguardamos) (na|no|amanha|segunda|terca|quarta|quinta|sexta|as|dia|entao)
#reschedule
remarc\w+
reagend\w+
adiar
mudar (o|a) (horario|data)
novo horario
nova data
(passar|mudar|trocar|mover|jogar|empurrar|transferir|passa|muda|troca) (a entrevista |a conversa |a reuniao |a chamada |o papo |o horario |o encontro )?(para|pra|pro) (segunda|terca|quarta|quinta|sexta|sabado|amanha|outro|outra|semana que vem|mais tarde|depois)
(surgiu|surgiu-me|surgiu-nos|tive|tivemos|houve) (um )?(imprevisto|contratempo|conflito de agenda)
(outro|outra) (dia|horario|data|hora)
(trocar|alterar) (o|a) (dia|hora|horario|data)
antecipar (a|o|para|pra)
#followUp
retomando
dando seguimento
passando para (lembrar|saber)
sem retorno
passando (aqui )?(pra|para) (saber|lembrar|ver)
(volto|voltando) a (entrar em contato|contactar|escrever)
(conseguiu|conseguiste|teve a chance de|tiveste) (ver|ler|olhar)
(ainda )?nao (tive|tivemos|recebi|recebemos) (retorno|resposta)
#callAsk
bate-papo
conversa(rmos|r)?
ligacao
chamada
videochamada
um cafe
(um|uma) (papo|papinho|cafezinho|call|conversinha)
(bater|batermos|batemos) um papo
(te|lhe) (ligar|ligo|telefonar|telefono)
(ligar-lhe|ligar-te|telefonar-lhe|telefonar-te)
(falar|conversar|falarmos|conversarmos) (rapidinho|rapidamente|uns minutos|\d+ minutos|por telefone|por video|pelo meet|pelo zoom|pelo teams)
#hiring
headhunter\w*
(conduzindo|conduzo) (a busca|o processo)
busca de (um|uma)
vaga
oportunidade
processo seletivo
recrutador\w*
recruiter
posicao
cargo
(seu|sua) (perfil|candidatura|curriculo|experiencia|trajetoria)
estamos contratando
procedimento concursal
postos? de trabalho
(metodo|processo) de selecao
concurso
funcao de
(estamos|andamos) (recrutando|a recrutar|a contratar|buscando|procurando|a procura|precisando)
(procuramos|buscamos) (um|uma|profissional|profissionais|pessoas|alguem)
(reforcar|reforco|ampliar|aumentar) (a |o )?(nossa |nosso )?(equipe|equipa|time)
#application
sua candidatura
seu perfil
seu curriculo
sua inscricao
(sua|tua) (aplicacao|postulacao|candidatura)
(seu|teu) (cv|curriculo)
(vimos|vi|li|lemos|analisei|olhei) (o )?(seu|teu|sua|tua) (perfil|curriculo|cv|portfolio|candidatura|linkedin)
(gostei|gostamos) (muito )?d(o|a) (seu|teu|sua|tua) (perfil|curriculo|cv|portfolio|trabalho)
(se candidatou|te candidataste|candidataste-te|se inscreveu|te inscreveste)
#rejection
nao foi (selecionad[oa]|aprovad[oa])
nao (vamos|iremos|podemos|poderemos) (avancar|prosseguir|seguir) com (a sua|sua|o seu|seu)
~(outro|outra|outros) (candidat\w*|perfil)
nao (seguiremos|avancaremos|daremos continuidade)
decidimos seguir com (outr[oa]s?|um[a]? outr[oa]) (candidat\w*|perfil|perfis|pessoa|profissional)
(decidimos|optamos por|escolhemos|preferimos) (seguir|prosseguir|avancar|continuar) com (um|uma) (candidat\w*|perfil|perfis|pessoa|profissional)
~decidimos seguir com
seguir com outr[oa]s? (candidat\w*|perfil|perfis|pessoa)
(escolhemos|selecionamos|optamos por) (outro|outra|outros) (candidat\w*|perfil)
nao (foi|e) (possivel|viavel) (avancar|prosseguir|seguir|dar (continuidade|seguimento))
candidatura nao (avancou|prosseguiu|seguira|avancara|foi (aprovada|selecionada|escolhida))
(perfis?|candidat[oa]s?|profissiona(l|is)) (mais|com maior) (aderent|aderencia|alinhad|adequad)\w*
(prosseguir|avancar|continuar|seguir) (o processo )?com outr[oa]s? (candidat\w*|perfi\w*|pessoa\w*|profissiona\w*)
(manteremos|guardaremos|vamos manter|iremos manter) (seu|o seu|teu|o teu) (curriculo|cv|perfil|cadastro)
(sucesso|boa sorte|felicidades) (em|na|nas|nos) (sua|suas|seus|tua|tuas|futuras|futuros) (jornada|busca|desafios|oportunidades|carreira|trajetoria|caminhada)
~(lamentamos|lamento) (informar|comunicar|dizer)
(vaga|posicao) (ja )?(foi|esta) preenchida
nao (reune|reunia|cumpre|atende|atendeu) (os|aos|a todos os) (requisitos|criterios)
nao foi (considerad|escolhid|pre-?selecionad)[oa]
nao (daremos|iremos dar|vamos dar|podemos dar|poderemos dar) (seguimento|sequencia|continuidade)
#offer
vencimento base
(a nossa|uma) proposta (para a funcao|para o cargo|de contratacao|de trabalho)
apresentar(-lhe)? a (nossa )?proposta
a vaga (de [a-z]+ )?e (sua|tua)
proposta (de emprego|de trabalho|formal)
carta[- ]oferta
~data de inicio
oferecer (a vaga|o cargo)
~(fazer|enviar|apresentar) (uma|a|nossa) proposta
(fazer|enviar|apresentar|formalizar) (uma|a|nossa) proposta (para|de) (a |o )?(posicao|vaga|funcao|cargo)
(temos o prazer|e com (grande )?prazer que|ficamos felizes) (de |em )?(te |lhe )?(apresentar|enviar|fazer|oferecer|formalizar) (a |nossa |uma )?(proposta|oferta)
carta-?proposta
proposta de contratacao
(propor|oferecer)(-lhe)? a (funcao|vaga|posicao|cargo)
~proposta detalhada
aprovad[oa] (no|em nosso|no nosso) processo seletivo
aprovad[oa] para (a vaga|o cargo|a posicao|a funcao)
(seja|sejam) bem-?vind[oa]s? (ao time|a equipe|ao nosso time|a nossa equipe|a bordo|a familia)
(assinar|assinatura (do|de)|assine) (o )?(contrato|carta-?oferta|proposta)
(aceite|aceitacao|aceitar|aceita) (a |da |desta |nossa )?(proposta|oferta)
exame admissional
documentos para (a )?admissao
proposta de contrato
#ack
recebemos (a |sua )?(sua )?candidatura
~recebemos o (teu|seu) (cv|curriculo)
(confirmamos|acusamos) (a )?(rececao|recepcao|recebimento) d[ao] (sua |tua )?(candidatura|inscricao|curriculo|cv)
~candidatura recebida
~caso (a sua|sua|a tua|tua) candidatura (seja|venha a ser) (selecionada|aprovada|pre-?selecionada)
~entraremos em contato
~(sua|tua) (candidatura|inscricao|aplicacao) (foi|esta) (recebida|registrada|registada|enviada|concluida)
~(analisaremos|avaliaremos|iremos analisar|vamos analisar|estamos analisando|estamos a analisar) (o seu|seu|o teu|teu|sua|tua|os|as) (perfil|curriculo|candidatura|cv|curriculos|candidaturas|perfis)
~caso (o seu|seu|teu|o teu) perfil (seja|esteja|atenda)
(apenas|somente|so) (os|as) (candidat\w+|perfis) (selecionad\w+|pre-?selecionad\w+|aprovad\w+) (serao|sera) (contactad|contatad|chamad)\w*
#bulk
~novas vagas
~descadastr\w+
~dicas
~perguntas que
~blog
vagas (recomendadas|que combinam com|parecidas|semelhantes|perto de voce|para voce)
(gerenciar|alterar|editar|gerencie|altere) (seus|suas|os|as) (alertas|preferencias|notificacoes)
(newsletter|boletim) (semanal|mensal|quinzenal)
~(\d+|cinco|dez|sete) (dicas|erros)
#event
feira de (carreira|emprego)
inscreva-se
~inscricoes
(roda de conversa|mesa-redonda|mesa redonda)
(garanta|reserve) (sua|a sua|ja a sua|ja sua) (vaga|inscricao|lugar)
(evento|encontro|live|webinar|workshop) (gratuit[oa]|online|ao vivo|virtual)
(dia|semana) de (portas abertas|carreiras|empregabilidade)
feira (virtual |online |digital )?de (carreiras?|emprego|empregos|estagios?|profissoes|talentos|recrutamento)
entrevistas? (relampago|flash|express)
bate-papo (ao vivo|aberto|online|gratuito)
#press
(autor|autora|apresentador|apresentadora|host) do podcast
entrevista (no|para o|pro|ao) (nosso |meu )?podcast
(entrevista|participacao|conversa) (no|para o) (nosso )?programa
(programa de radio|emissora|(na|da|nossa) radio)
~ao vivo
~ouvintes
~jornalista
reportagem
~materia
sou (jornalista|reporter|redatora?|correspondente)
(materia|reportagem|artigo) (para|no|na|ao|a) (o |a )?(nosso |nossa )?(jornal|revista|podcast|portal de noticias|coluna|caderno|blog|canal)
(vai ao ar|vai para o ar|ira ao ar|sai na edicao)
assessoria de (imprensa|comunicacao)
(convidad[oa]s?) (do|para o|no|de nosso|do nosso) (podcast|episodio|quadro|videocast)
entrevista para (o nosso|a nossa|nosso|nossa) (jornal|revista|podcast|portal|coluna|caderno|blog|canal)
#research
pesquisa (com usuarios|de usuario)
vale-presente
~sua opiniao
(pesquisa|estudo|sessao|sessoes) com (usuarios|clientes|pacientes|participantes|utilizadores)
(participar|participacao) (de|em|na|no|numa|num) (um |uma |nossa |nosso )?(estudo|pesquisa|grupo focal|teste de usabilidade)
grupos? foca(l|is)
~(ensaio|estudo) clinico
(time|equipe) de pesquisa
nao e venda
como agradecimento,? (voce|o senhor|a senhora) (ganha|recebe)
#admission
residencia medica
bolsa de estudos?
~mestrado
(candidatura|selecao|programa|processo seletivo) (ao|de|do) doutorado
~doutorado
~pos-graduacao
~banca examinadora
(vestibular|calouros?)
(aluno|alunos|alunas|estudantes) (aprovad[oa]s|ingressantes|admitid[oa]s)
(orientador|orientadora) (de|da|do)? ?(tese|dissertacao|mestrado|doutorado)
(bolsa|bolsas) (de estudos?|capes|cnpq|fct)
(candidatura|admissao|ingresso) (ao|a|no|na) (mestrado|licenciatura|pos-graduacao|curso de)
#interviewer
divisao das bancas
(pode|podem|puder|possa|possam) participar das (entrevistas|bancas)
(participe|participasse|participar|participa) das entrevistas (como|com|junto)
roteiro de perguntas
entrevistar (um|uma|o|a) candidat\w*
(pode|poderia|consegue) entrevistar
~seu feedback sobre
avaliacao d[oa] candidat\w*
(voce|a senhora|o senhor) participou da entrevista
formulario de avaliacao
~sua avaliacao
(fazer parte|compor|integrar) d?[ao] (banca|comite|painel|juri)
participar d[ao] (banca|comite|juri) (avaliador\w*|de selecao|examinador\w*)
como (entrevistador|entrevistadora|avaliador|avaliadora)
(entrevistar|avaliar) (os|as|dois|duas|tres|\d+) (candidat\w*|finalistas)
(suas|tuas) (notas|impressoes) sobre (o|a|os|as) candidat\w*
(preencher|enviar|registrar) (o |seu |sua )?(feedback|scorecard|parecer|avaliacao) (d[oa]s?|sobre [oa]s?) candidat\w*
(voce|tu) (entrevistou|entrevistaste)
substitui\w* (na|em uma|numa) entrevista
(o que|que) (achou|achaste|acharam) d[oa] candidat\w*
debrief (da|das|do|dos) (entrevista|candidat)\w*
(participar|estar) (na|numa) entrevista ([a-z]+ )?de (uma|um|outra|outro) candidat[oa]
(teu|seu) parecer
grelha de avaliacao
roteiro (de|das) entrevistas?
(criterios|ficha) de avaliacao
quem vai participar do painel
guiao (e grelha )?de (entrevista|avaliacao)
#reference
referencias? (sobre|profissional)
(indicou|citou|listou|colocou) (voce|o seu nome|seu nome|o teu nome|a senhora|o senhor|a sra|o sr|te|lhe) como referencia
(sobre|acerca d[oe]) (o )?(trabalho|desempenho|perfil|comportamento) (dela|dele)
~(checagem|verificacao|levantamento|consulta) de referencias
(recontrataria|voltaria a contratar)
(quanto tempo|em que funcao|em que capacidade) (trabalhou|trabalharam|trabalhaste) com
#exit
entrevista de (desligamento|saida)
(pesquisa|questionario|formulario) de (desligamento|saida)
(seu|teu) (ultimo dia|desligamento|pedido de demissao)
~(sua|tua) (saida|demissao|rescisao)
~(devolucao|entrega) d[oa]s? (equipamentos?|notebook|cracha|computador)
processo de (desligamento|offboarding)
#mock
(fazer|faz|fazemos|fazermos) uma simulacao comigo
simulacao comigo
(treinar|praticar|ensaiar) (aquelas |as |umas )?perguntas
(me ajuda|me ajudar|ajuda-me|me ajudas) (a |para )?(treinar|praticar|preparar|ensaiar)
(simular|treinar|ensaiar) (a |uma )?entrevista comigo
simulacao de entrevista
entrevista simulada
(simulacoes|simulado) de entrevistas?
entrevistas? (de treino|de pratica|ficticias?)
entrevistas simuladas
(sessoes|sessao|rodadas?) de ([a-z0-9 ]{0,20})?simulacao
treino de entrevistas?
~(treinar|praticar) (para )?(a |uma |sua |tua )?entrevistas?
nao e uma entrevista (real|de verdade)
#info
nao tenho (uma |nenhuma )?(vaga|posicao) (especifica|concreta)
(me contar|me falar|contar|falar) (um pouco )?(sobre |como foi )?(a )?(sua|tua) (trajetoria|experiencia de carreira|carreira|transicao)
(grupo|rede|comunidade) de ex-alunos
(estou|to|tou) (terminando|acabando|finalizando) a (faculdade|graduacao|licenciatura)
entrevistas? informativas?
~conversa informativa
como (voce|tu) (chegou|entrou|comecou|migrou)
~(bater um papo|trocar uma ideia) sobre (sua|tua) (carreira|trajetoria)
nao estou (pedindo|procurando|a pedir|a procurar) (emprego|vaga|trabalho)
nao (e|se trata de|faz parte de) (um|nenhum) processo seletivo
nao temos (nenhuma )?vaga aberta
~transicao de carreira
#community
banco de talentos
comunidade de talentos
(junte-se|faca parte|fazer parte) (a|da|de) (nossa|nosso) (comunidade|rede|banco) de talentos
(futuras|proximas|novas) (oportunidades|vagas|posicoes) (que|compativeis|alinhadas|aderentes)
#cancel
cancelad\w*
cancelar
suspens\w+
congelad\w+
cancelamento
(vaga|processo|processo seletivo|posicao|recrutamento|selecao) (foi |sera |esta |esta sendo |acabou )?(encerrad|pausad|interrompid|retirad)[oa]
nao (ira|vai|podera) (mais )?(acontecer|ocorrer|realizar-se|ser realizada)
nao (acontecera|ocorrera|se realizara)
congelamento
congelar (a|essa|esta|nossa) (contratacao|vaga|posicao|selecao)
(corte|cortes|restricao|restricoes|contencao) (de |no )?(orcamento|orcamentari\w*|headcount|quadro)
(adiad|postergad)[oa]s? (por tempo indeterminado|sem data|indefinidamente|ate segunda ordem|ate novo aviso)
nao (estamos|iremos|vamos) (mais )?(contratar|recrutar)
(vaga|posicao|oportunidade) (nao esta|ja nao esta|deixou de estar) (mais )?(disponivel|aberta|ativa)
(ficou|fica|ficam) sem efeito
#internal
avaliacao de desempenho
feedback anual
~reuniao semanal
~reuniao de equipe
(ciclo|rodada) de (avaliacao|feedback|desempenho)
(autoavaliacao|auto-avaliacao)
(reuniao|conversa) de (feedback|desempenho) (anual|semestral)
avaliacao (anual|semestral|360|do periodo (de experiencia|experimental))
entrevista anual
#personal
financiamento imobiliario
simulacao de financiamento
programa de voluntariado
(selecao|seleção) de voluntarios
(como foi|e ai,? como foi) (a )?(sua |tua )?entrevista
me contar tudo
torce por mim
~mae
~como foi a entrevista
~arrasa
te amo
~(me conta|me conte|conta pra mim) (como foi|tudo|depois)
orgulhos[oa] de (voce|ti)
~(kkk|kkkk|rsrs|hahaha)
~saudades
minha entrevista (e|foi|amanha|hoje|de amanha|na|no)
(to|estou) (muito |super )?nervos[oa]
#hearing
previdencia social
pericia medica
\binss\b
(auxilio|beneficio) (por|de) (incapacidade|doenca|desemprego)
(iefp|centro de emprego)\b
~seguranca social
processo (disciplinar|administrativo disciplinar)
entrevista (consular|de visto)
(consulado|embaixada) (geral )?(de|do|da)
`;
