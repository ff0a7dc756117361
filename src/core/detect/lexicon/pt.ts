// Portuguese cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const pt = String.raw`
#interview
etapa (tecnica|final)
(dia|turno|semana) (de experiencia|de teste|experimental)
(teste|prova) (tecnic[ao]|pratic[ao]|de conhecimentos|de nivelamento|psicologic[ao])
(desafio|case) (tecnico|pratico)
#invite
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
~decidimos seguir com
seguir com outr[oa]s? (candidat\w*|perfil|perfis|pessoa)
(escolhemos|selecionamos|optamos por) (outro|outra|outros) (candidat\w*|perfil)
#offer
proposta (de emprego|de trabalho|formal)
carta[- ]oferta
~data de inicio
oferecer (a vaga|o cargo)
~(fazer|enviar|apresentar) (uma|a|nossa) proposta
carta-?proposta
proposta de contratacao
(propor|oferecer)(-lhe)? a (funcao|vaga|posicao|cargo)
~proposta detalhada
#ack
recebemos (a |sua )?(sua )?candidatura
~entraremos em contato
#bulk
~novas vagas
descadastr\w+
~dicas
~perguntas que
~blog
#event
feira de (carreira|emprego)
inscreva-se
~inscricoes
#press
~ao vivo
~ouvintes
~jornalista
reportagem
~materia
sou (jornalista|reporter|redatora?|correspondente)
#research
pesquisa (com usuarios|de usuario)
vale-presente
~sua opiniao
#admission
~mestrado
(candidatura|selecao|programa|processo seletivo) (ao|de|do) doutorado
~doutorado
~pos-graduacao
~banca examinadora
#interviewer
entrevistar (um|uma|o|a) candidat\w*
(pode|poderia|consegue) entrevistar
~seu feedback sobre
avaliacao d[oa] candidat\w*
(voce|a senhora|o senhor) participou da entrevista
formulario de avaliacao
~sua avaliacao
#reference
referencias? (sobre|profissional)
#exit
entrevista de (desligamento|saida)
#mock
simulacao de entrevista
entrevista simulada
#info
#community
banco de talentos
comunidade de talentos
#cancel
cancelad\w*
cancelar
suspens\w+
congelad\w+
#internal
avaliacao de desempenho
feedback anual
~reuniao semanal
~reuniao de equipe
#personal
~mae
~como foi a entrevista
`;
