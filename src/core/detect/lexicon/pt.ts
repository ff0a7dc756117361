// Portuguese cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const pt = String.raw`
#interview
etapa (tecnica|final)
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
#confirm
confirm(o|amos|acao)
(esta|fica) (confirmad[oa]|agendad[oa]|marcad[oa])
lembrete
sera (realizada|no dia)
#reschedule
remarc\w+
reagend\w+
adiar
mudar (o|a) (horario|data)
novo horario
nova data
#followUp
retomando
dando seguimento
passando para (lembrar|saber)
sem retorno
#callAsk
bate-papo
conversa(rmos|r)?
ligacao
chamada
videochamada
um cafe
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
#application
sua candidatura
seu perfil
seu curriculo
sua inscricao
(sua|tua) (aplicacao|postulacao|candidatura)
(seu|teu) (cv|curriculo)
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
