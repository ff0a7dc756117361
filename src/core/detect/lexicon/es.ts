// Spanish cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const es = String.raw`
#interview
entrevistas?
llamada de seleccion
dinamica de grupo
prueba tecnica
videoentrevistas?
(jornada|dia|mananas?|tarde) de prueba
(caso|ejercicio|supuesto) practico
prueba (practica|de nivel|psicotecnica|de conocimientos)
(test|pruebas?) psicotecnic[oa]s?
(sesion|centro) de evaluacion
#invite
(te|le) apetece
(pasarte|pasate|pasese|pasarse) (un dia |por )
(nos gustaria|queremos|quisieramos|me gustaria|nos encantaria) (invitarte|invitarle|conocerte|conocerle|citarte|citarle|hablar contigo|hablar con usted|charlar)
invitacion a (una |la )?entrevista
(te|le|les) invitamos
(siguiente|proxima) (paso|fase|etapa)
has (pasado|superado)
ha sido (seleccionad[oa]|preseleccionad[oa])
(quieren|desean|quiere) (conocerte|conocerle|verte|entrevistarte)
te (he )?conseguido una entrevista
(queda|ha sido|esta) convocad[oa]
(fase|etapa) siguiente
(pasate|date una vuelta|darte una vuelta|vente|venite|caete|caerte|acercate) (por|a|al|hasta)
(fuiste|has sido|quedaste|quedo) (pre)?seleccionad[oa]
(pasaste|pasas|avanzas|avanzaste) a la (siguiente|proxima|ultima|segunda|tercera) (fase|etapa|ronda)
(segunda|tercera|ultima|proxima) ronda
(te|le) (citamos|convocamos)
(te|le) (esperamos|espero) (el|este|manana|en la|en el|a las)
(conocer|conozcas) al equipo
nos (encantaria|gustaria) (que vengas|que vinieras|que pases|tenerte|verte)
#slots
(podrias|puedes|podria|puede) (pasarte|pasar|venir|acercarte) (por|a|al|hasta|el|este|esta|manana|hoy)
(te|le) parece (si|bien)
disponibilidad
(te|le) (viene|vendria|iria|va|encaja|cuadra) bien
(tendrias|tendria|tienes|tiene) (\d+ minutos|un rato|tiempo|disponibilidad|hueco)
(elige|elija|escoge|escoja|reserva|reserve|agenda|agende) (el |un |tu |su )?(horario|hueco|dia|hora|cita|franja)
que (dia|hora|horario) (te|le)
(puedes|puede) reservar
(estas|esta|estarias|estaria) disponible
confirma(me|r)
confirmar (tu|su) asistencia
hablamos\?
si no puedes
te apetece(ria)?
le apetece(ria)?
te acomoda (alguna|alguno|el|la|esta|este)
(alguna|cual) de estas opciones
(te|le) (queda|quedaria|sirve|serviria|cuadra|cuadraria) (bien )?(el|este|esta|manana|el proximo|la proxima|a las|lunes|martes|miercoles|jueves|viernes|sabado)
(te|le) (viene|va|iria|vendria|queda|sirve) mejor
cuando (podrias|puedes|podes|podria|te viene|te va|te queda|te sirve|tenes|tienes)
(podes|tenes) (venir|pasar|un rato|tiempo|disponibilidad|\d+ minutos)
(avisame|avisanos|decime|dime|digame|indicame|indiqueme|confirmame) (que dia|a que hora|si te (va|viene|queda|sirve)|tu disponibilidad)
(te|le) (propongo|proponemos) (el |estos |estas |unos |unas |dos |tres )?(horarios|fechas|dias|opciones|huecos|franjas|lunes|martes|miercoles|jueves|viernes)
(agendamos|agendemos|cuadramos|coordinamos|coordinemos) (una|un) (llamada|entrevista|charla|videollamada|cafe|cita)
huecos? (libres?|disponibles?)
#confirm
(te|le) confirmo
confirmacion
queda (confirmad[oa]|agendad[oa]|programad[oa])
(tu|su) entrevista (sera|tendra lugar|esta programada)
recordatorio
te (mando|envio) (la )?liga
liga de (zoom|meet|teams)
(nos vemos|te espero|te esperamos|lo esperamos|la esperamos) (el|este|manana|entonces|a las|el proximo|la proxima)
(agendad[oa]|anotad[oa]|apuntad[oa]) (entonces )?(para )?(el )?(lunes|martes|miercoles|jueves|viernes|sabado|manana)
(dale|listo|sale|perfecto|genial|vale),? (entonces )?(el )?(lunes|martes|miercoles|jueves|viernes|sabado|manana)
(te|le) confirmamos (la|tu|su) (entrevista|cita|llamada|reunion)
pregunta por (mi|[a-z]+) en (recepcion|la entrada|porteria)
#reschedule
cambi(o|ar) (de )?(la )?(hora|fecha)
reprogram\w*
aplazar
mover (la|tu|su)
en lugar de
nueva (fecha|hora)
se (nos|me) (complico|cruzo|atraveso|movio) (la agenda|algo|un compromiso|una reunion)
(pasarla|moverla|cambiarla|correrla|pasarlo|moverlo|cambiarlo|correrlo|dejarlo|dejarla) (al|para el|para la|a la|a otro|para otro|a otra|para otra)
(posponer|postergar|pospongamos|posterguemos)
(buscar|buscamos|busquemos|proponer|proponerte|proponerle) (otro|otra|un nuevo|una nueva) (dia|horario|fecha|hora|hueco)
(surgio|me surgio|nos surgio|ha surgido) (un|una|algo) (imprevisto|compromiso|inconveniente)
#followUp
(te|le) escribo de nuevo
retomo
sigo (sin|a la espera)
por si no (viste|vio)
(dando|doy|damos|para dar) seguimiento
(vuelvo|volvemos) a (escribirte|contactarte|escribirle|contactarle)
(pudiste|pudo|alcanzaste) (ver|leer|revisar)
#callAsk
charla(r|mos)
charlemos
hablar(emos|amos)? por telefono
hablamos por telefono
llamada
charla
hablar por telefono
videollamada
un cafe
(hablasemos|hablemos|charlemos|hablar|charlar) (por telefono|un rato|con calma)
platic(amos|ar|ar un rato|uemos)
te late (si|que|platicar)
(llamadita|charlita|cafecito)
(te|le) (marco|llamo|puedo llamar|podria llamar) (manana|el|esta|hoy|a las)
(hablamos|hablemos|charlamos) (el|este|manana|la semana|\d+ minutos)
una conversacion (breve|rapida|informal|inicial|de \d+ minutos)
#hiring
(ayudando|ayudamos|colaborando con|trabajando con) [^\n]{0,40}(a encontrar|en la busqueda)
puesto
vacante
posicion
proceso de seleccion
(buscamos|estamos buscando)
busqueda de
oportunidad
seleccion
reclutador
consultor
candidatura
(tu|su) (perfil|experiencia|trayectoria)
andamos buscando
(estamos|andamos) (contratando|incorporando|reclutando|sumando gente)
(sumarte|unirte|incorporarte) a (nuestro|el) equipo
#application
(tu|su) candidatura
(tu|su) perfil
(tu|su) (cv|curriculum)
has aplicado
te has postulado
(tu|su) (solicitud|postulacion|aplicacion)
(te )?postulaste
(tu|su) hoja de vida
(vimos|revisamos|lei|leimos|vi|revise) (tu|su) (cv|curriculum|perfil|hoja de vida|portafolio|portfolio)
#rejection
~(otro|otra|otros|otras) (candidat\w*|perfil)
no (continuar|seguir|avanzar) con (tu|su)
~lamentablemente
~lamentamos
no (ha|has) sido seleccionad[oa]
~sentimos comunicar\w*
~no podemos ofrecer
~hemos decidido (continuar|seguir|avanzar) con
(avanzar|continuar|seguir) con otra persona
(continuar|seguir|avanzar|adelante|quedado) con (otro|otra|otros|otras) (candidat\w*|perfil\w*|persona)
(seleccionado|elegido|escogido) a (otro|otra) (candidat\w*|persona)
(optado|decidido|elegido) por otra (candidatura|persona|opcion)
~lamentamos (comunicarle|comunicarte|informarle|informarte)
(decidido|optado) (continuar|seguir|avanzar)[^\n.]{0,80} con (otro|otra|otros|otras) (candidat\w*|persona|perfil)
(decidimos|decidido|optamos|optado) (continuar|seguir|avanzar)[^\n.]{0,80} con (otro|otra|otros|otras) (candidat\w*|persona|perfil)
#offer
(oferta|propuesta) (formal|economica)
propuesta (de empleo|de trabajo|laboral)
~oferta (de empleo|de trabajo|laboral)
(ofrecerte|ofrecerle) el puesto
carta de oferta
~fecha de incorporacion
(hacerte|hacerle|enviarte|enviarle) (una|la|nuestra) (oferta|propuesta)
#ack
~hemos recibido (correctamente )?(tu|su) candidatura
~nos pondremos en contacto
~revisara(n)? (tu|su) perfil
~recibimos tu (solicitud|postulacion|candidatura)
~si tu perfil (coincide|encaja)
~te contactaremos
~(revisando|revisaremos) (las|tu|su) (postulaciones|solicitud|solicitudes|candidatura)
#bulk
alerta de empleo
ofertas (nuevas|que coinciden)
~boletin
~consejos
~darte de baja
~darse de baja
#event
seminario web
feria de empleo
inscribete
~inscripcion
~taller
#press
~en directo
~productora?
~emisora
~oyentes
~audiencia
~periodista
~reportaje
~redactor
~articulo
~episodio
programa de radio
~testimonio
~fotografo
soy (periodista|reportera?|redactora?|corresponsal)
(serie|serie de reportajes|edicion|publicacion) (sobre|dominical|prevista)
#research
tarjeta regalo
~tu opinion
participar en (un|una) (estudio|investigacion)
investigacion de usuarios
investigacion de (producto|usuarios?|ux)
cheque regalo
~no hay respuestas (correctas|buenas)
#admission
(solicitud|proceso|entrevista|comite|prueba|pruebas|examen) de admision
admision (al|a la|en el|en la)
~admision
~doctorado
programa de (posgrado|maestria|master)
~maestria
solicitud de ingreso
~comite academico
~posgrado
#interviewer
entrevistar a (un|una|el|la) candidat\w*
(puedes|podrias|puede|podria) entrevistar
(tu|su) valoracion
feedback sobre (el|la) candidat\w*
evaluacion del candidato
(cubrir|cubras|cubra) (la|una) entrevista
~(haga|hacer|hagas) (la|una) entrevista
entrevista (tecnica )?a (una|un) candidat\w*
ficha de evaluacion
(rellenar|completar) la (ficha|evaluacion)
#reference
como referencia (profesional|laboral|profissional)
~como referencia
~referencias? sobre
#exit
entrevista de salida
#mock
simulacro de entrevista
entrevista (simulada|de practica)
#info
entrevista informativa
#community
bolsa de (empleo|talento)
comunidad de talento
#cancel
cancel(ar|ada|ado|amos)
anular
anulada
en pausa
congelad[oa]s?
#internal
evaluacion (anual|del desempeno)
entrevista de desempeno
~reunion semanal
~reunion de equipo
#personal
~que tal (la|te fue)
~mama
~papa
~besos
un beso
~como te fue
`;
