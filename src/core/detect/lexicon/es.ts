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
prueba (pagada|remunerada|de trabajo)
prueba de (un par de|unas?|dos|tres|cuatro|media|\d+) (horas?|jornadas?|dias?|turnos?)
(test|pruebas?) psicotecnic[oa]s?
(sesion|centro) de evaluacion
#invite
(agendar|programar|coordinar|concertar|fijar|organizar|cuadrar)(te|le|nos)? (una|la|tu|su|un|el) (breve |primera |segunda |proxima |pequena |nueva )?(entrevista|llamada|videollamada|charla|cita)
(te|le) apetece
(pasarte|pasate|pasese|pasarse) (un dia |por )
(pasate|pasese|pasarte) (el|este|esta|manana|hoy) 
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
(podrias|puedes|podria|puede) (pasarte|pasarse|pasar|venir|venirte|venirse|acercarte|acercarse) (por|a|al|hasta|el|este|esta|manana|hoy)
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
no (puedo|podre|podemos|podremos) (hacer|tener|mantener) la entrevista
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
(hablamos|hablemos|charlamos) (el|este|manana|la semana|\d+ minutos|un rato|un ratito)
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
(hemos )?(decidimos|decidido|optamos|optado|elegido|preferido) (continuar|seguir|avanzar) con (un|una) (candidat\w*|perfil\w*|persona)
~hemos decidido (continuar|seguir|avanzar) con
(avanzar|continuar|seguir) con otra persona
(continuar|seguir|avanzar|adelante|quedado) con (otro|otra|otros|otras) (candidat\w*|perfil\w*|persona)
(seleccionado|elegido|escogido) a (otro|otra) (candidat\w*|persona)
(optado|decidido|elegido) por otra (candidatura|persona|opcion)
~lamentamos (comunicarle|comunicarte|informarle|informarte)
(decidido|optado) (continuar|seguir|avanzar)[^\n.]{0,80} con (otro|otra|otros|otras) (candidat\w*|persona|perfil)
(decidimos|decidido|optamos|optado) (continuar|seguir|avanzar)[^\n.]{0,80} con (otro|otra|otros|otras) (candidat\w*|persona|perfil)
no (has|ha|hayas|haya) (resultado|quedado) (seleccionad[oa]|elegid[oa]|finalista)
no (has|ha) sido (elegid[oa]|preseleccionad[oa]|aceptad[oa])
no (fuiste|fue) (seleccionad[oa]|elegid[oa]|preseleccionad[oa])
no (seguiremos|continuaremos|avanzaremos|vamos a (seguir|continuar|avanzar)|podremos (seguir|continuar|avanzar)) (adelante )?con (tu|su)
(candidatura|postulacion|solicitud) no (ha prosperado|prospero|ha avanzado|avanzo)
no (ha|has) (superado|pasado) (la|el|esta|este) (fase|etapa|proceso|filtro|prueba|corte)
(perfiles|candidatos|candidatas|postulantes) (que )?(se ajustan|encajan|se adecuan|se alinean) (mejor|mas)
(seguimos|continuamos|avanzamos|avanzaremos|seguiremos|continuaremos|avanzaron|siguieron) con (otro|otra|otros|otras) (candidat\w*|perfil\w*|persona\w*|postulante\w*)
(exito|suerte|lo mejor) en (tu|su|sus|tus) (busqueda|futuros|proximos) (laboral|de empleo|proyectos|retos|desafios|pasos)
(guardaremos|conservaremos|mantendremos|incorporaremos) (tu|su) (cv|curriculum|perfil|candidatura)
(puesto|posicion|vacante|plaza) (ya )?(ha sido|fue) (cubiert[oa]|ocupad[oa]|adjudicad[oa])
(ya )?hemos cubierto (la|el) (vacante|puesto|posicion|plaza)
no (podemos|podremos) ofrecerte (el|la|un|una) (puesto|posicion|plaza|vacante)
decidido no (continuar|seguir|avanzar|contar)
no contar con (tu|su) (perfil|candidatura|postulacion)
(perfil|candidatura) no (cumple|encaja|se ajusta|se adecua|coincide)
~desafortunadamente
~(en esta|por esta) ocasion
#offer
(el puesto|la plaza|el trabajo)( de [^.\n]{1,30})? es (tuyo|tuya|suyo|suya)
(oferta|propuesta) (formal|economica)
propuesta (de empleo|de trabajo|laboral|de contratacion)
(comunique|comuniques|confirme|confirmes|indique|indiques) (su|tu) aceptacion
~oferta (de empleo|de trabajo|laboral)
(ofrecerte|ofrecerle) el puesto
carta de oferta
~fecha de incorporacion
(hacerte|hacerle|enviarte|enviarle) (una|la|nuestra) (oferta|propuesta)
(presentarte|presentarle|hacerte llegar|hacerle llegar) (nuestra|la|una) (oferta|propuesta) (para|de) (el|la) (puesto|posicion|plaza|cargo|vacante)
(ofrecerte|ofrecerle|ofrecer) (la|el) (posicion|plaza|cargo|vacante|contrato)
seleccionad[oa] para (ocupar|incorporarte|incorporarse)
~seleccionad[oa] para (el|la) (puesto|posicion|plaza|cargo|vacante)
~(tu|su) incorporacion (a|al|en)
(firmar|firma de|firmes|firme) (el|tu|su|la) (contrato|carta oferta|oferta)
(aceptar|aceptes|acepte|aceptacion de) (la|nuestra|esta) oferta
~(aceptar|aceptes|acepte|aceptacion de) (la|nuestra|esta) propuesta
bienvenid[oa]s? (al equipo|a bordo|a la familia)
(propuesta|oferta) (salarial|final|definitiva|en firme)
(extendemos|extenderte|extenderle) (la|una|nuestra) (oferta|propuesta)
~preocupacional\w*
#ack
~hemos recibido (correctamente )?(tu|su) candidatura
~nos pondremos en contacto
~revisara(n)? (tu|su) perfil
~recibimos tu (solicitud|postulacion|candidatura)
~si tu perfil (coincide|encaja)
~te contactaremos
~(revisando|revisaremos) (las|tu|su) (postulaciones|solicitud|solicitudes|candidatura)
~(estamos|estaremos) (revisando|evaluando|analizando) (las|todas las|tu|su) (candidaturas|postulaciones|solicitudes|perfil|candidatura|cv)
(solo|solamente|unicamente) (nos pondremos en contacto|contactaremos|nos comunicaremos|se contactara|se comunicaran) con (los|aquellos|las|aquellas)
~(si|en caso de que) (tu|su) (perfil|candidatura) (avanza|resulta|sea|es|encaja|se ajusta)
~(tu|su) (candidatura|postulacion|solicitud) (ha sido|fue) (registrada|recibida|enviada)
#bulk
alerta de empleo
ofertas (nuevas|que coinciden)
~boletin
~consejos
~darte de baja
~darse de baja
(ofertas|vacantes|empleos) (para ti|que te (pueden|podrian) interesar|recomendad[oa]s)
(boletin|newsletter) (semanal|mensual|quincenal)
(gestiona|modifica|cambia)r? (tus|mis) (alertas|preferencias|suscripciones)
#event
seminario web
feria (virtual |online )?(de|del) (empleo|trabajo)
inscribete
~inscripcion
~taller
(charla|jornada|jornadas|encuentro|sesion informativa|mesa redonda|feria|expo) (de|sobre) (empleo|empleabilidad|orientacion laboral|carrera profesional|reclutamiento)
jornadas? de puertas abiertas
~(plazas|cupos|lugares) limitad[oa]s
reserva tu (lugar|plaza|cupo)
(seminario|webinar|taller|masterclass|evento|charla) (gratuito|gratuita|online|en linea|virtual)
convocatoria de (ponencias|comunicaciones|propuestas)
mesa redonda
foro (virtual |presencial |online )?de empleo
entrevistas (rapidas|express|flash relampago)
(ya )?estas inscrit[oa] en
(los |cada )?expositor(es)?
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
(nota|reportaje|articulo) (para|en) (el |la )?(nuestro |nuestra )?(diario|periodico|revista|podcast|radio|noticiero)
(se emite|se emitira|saldra al aire|sale al aire|se publicara|saldra publicad[ao])
invitad[oa]s? (al|a nuestro|de nuestro) (podcast|episodio|programa de radio)
(unas )?declaraciones (para|sobre)
(gabinete|rueda|nota|jefa de|jefe de) (de )?prensa
entrevista para (nuestr[oa]|mi) (diario|periodico|revista|podcast|programa de radio|noticiero)
#research
tarjeta regalo
~tu opinion
participar en (un|una) (estudio|investigacion)
investigacion de usuarios
investigacion de (producto|usuarios?|ux)
cheque regalo
~no hay respuestas (correctas|buenas)
(estudio|investigacion|sesion|sesiones) (de|con) (usuarios|clientes|pacientes|participantes)
(participar|participacion) en (un|una|nuestro|nuestra|el|la) (estudio|investigacion|encuesta|grupo focal|sesion de pruebas)
grupos? focal(es)?
consentimiento informado
#admission
~prueba oral
becas?\b
(programa|convocatoria) de becas
(solicitud|proceso|entrevista|comite|prueba|pruebas|examen) de admision
admision (al|a la|en el|en la)
~admision
~doctorado
programa de (posgrado|maestria|master)
~maestria
solicitud de ingreso
~comite academico
~posgrado
(admision|admitid[oa]s?|ingreso) (al|a la|en el|en la) (programa de (posgrado|maestria|doctorado|master)|maestria|master|doctorado|universidad|facultad|carrera|posgrado)
(estudiantes|alumn[oa]s|aspirantes|postulantes) (admitid[oa]s|de nuevo ingreso)
(aspirantes?|postulantes?) (al|a la) (programa|maestria|master|doctorado|carrera|licenciatura)
(convocatoria|proceso) de (admision|becas|ingreso)
#interviewer
(que )?(hicieras|hagas|realices|realizaras|lleves) (tu )?las entrevistas
hoja de valoracion
(la )?terna (para|de) (la )?vacante
(sesion|reunion) de calibracion
calibracion de (las )?entrevistas
alinear (los )?criterios de evaluacion
entrevistar a (un|una|el|la) candidat\w*
(gracias por|por) entrevistar (ayer |hoy |esta manana |esta tarde )?a
evaluacion de (la )?entrevista
(tu|su) (evaluacion|calificacion|puntuacion) en el sistema
(puedes|podrias|puede|podria) entrevistar
(tu|su) valoracion
feedback sobre (el|la) candidat\w*
evaluacion del candidato
(cubrir|cubras|cubra) (la|una) entrevista
~(haga|hacer|hagas) (la|una) entrevista
entrevista (tecnica )?a (una|un) candidat\w*
entrevista (tecnica )?de (una|un|la|el) candidat\w*
entrevista ([a-z]+ )?con (el|la) candidat[oa]
(rellena|rellenar|rellenes|completa|completar|completes) la ficha de valoracion
te adjunto su (cv|curriculum|hoja de vida)
guia de preguntas
(rellena|rellenar|rellenes|completa|completar|completes) (la|tu) valoracion
ficha de evaluacion
(rellenar|completar) la (ficha|evaluacion)
form(ar|e|es|en) parte del (tribunal|jurado|comite|panel)
como (entrevistador|entrevistadora|vocal del tribunal)
(entrevistar|evaluar) a (los|las|dos|tres|\d+) (candidat\w*|finalistas|postulantes)
(tus|sus) (notas|puntuaciones|impresiones|comentarios) sobre (el|la|los|las) candidat\w*
(subir|cargar|enviar|dejar|rellenar|completar) (tu|su) (feedback|scorecard|puntuacion)
(ronda|turno|panel|comite|equipo) de entrevistadores
(sustituir|reemplazar)(me|te)? en (la|el) (entrevista|panel|tribunal)
entrevistaste
te parecio (el|la) (candidat\w*|postulante)
(participar|estar) en (la|una) entrevista ([a-z]+ )?de (una|un|otra|otro) candidat[oa]
(tu|su) valoracion (del|de la) candidat[oa]
#reference
como referencia (profesional|laboral|profissional)
~como referencia
~referencias? sobre
(ha|han) (dado|indicado|puesto|mencionado|incluido) como (referencia|referente)
(dio|indico|facilito) (tu|su) (nombre|contacto) como referencia
~(verificacion|chequeo|consulta|solicitud) de referencias
~referencias laborales
(cuanto tiempo|en que capacidad) (trabajaste|trabajo usted) con
en que (capacidad|calidad) (lo|la|le) (conociste|conocio)
(volverias|volveria|volverian) a contratar(lo|la|le)?
(lo|la|le|te|los|las) (indico|menciono|puso|dio|nombro|senalo) (a usted |a ti )?como referencia
referencia laboral (de|sobre)
perspectiva sobre su desempeno
#exit
entrevista de salida
(encuesta|cuestionario) de (salida|desvinculacion|egreso|baja)
entrevista de (desvinculacion|egreso|retiro|baja)
(tu|su) (salida|baja|desvinculacion) de la (empresa|compania|organizacion)
(tu|su) ultimo dia (de trabajo|en la empresa|laboral|con nosotros)
(lamentamos|sentimos) (tu|su) (partida|salida|marcha)
~(devolucion|entrega) del (equipo|portatil|ordenador|laptop|material)
proceso de (baja|desvinculacion|offboarding|salida)
(tu|su) (renuncia|dimision)
#mock
(me haces|hacerme|me hagas) (unas |algunas )?preguntas (tipo|de practica|de entrevista)
me ayudas a preparar(la|lo)?
no corresponde a un proceso de seleccion
simulacion(es)? de entrevista
simulacro de entrevista
entrevista (simulada|de practica)
~entrevistas? de (prueba|ensayo)
entrevistas? (simuladas|ficticias?)
simulacros? de entrevistas
~practicar (para )?(la |tus |sus |una )?entrevistas?
(no es|no sera) una entrevista real
#info
no tengo (una |ninguna )?(vacante|posicion|oferta) (especifica|concreta|abierta)
(compartirte|contarte|comentarte) lo que estamos viendo en el mercado
entrevista informativa
entrevistas informativas
~consejos sobre (como|tu trayectoria|mi carrera|la carrera)
como (llegaste|llego usted|empezaste|empezo usted) (a|en|al)
no (te )?(estoy )?(pidiendo|buscando|pido|busco) (trabajo|empleo)
no (es|se trata de|forma parte de) (un|ningun) proceso de seleccion
#community
~bolsa de (empleo|talento)
comunidad de talento
(unete|unirte|te uniste|formar parte) (a|de) (nuestra|nuestro) (comunidad|red|bolsa|base) de (talento|talentos|candidatos)
(futuras|proximas) (vacantes|oportunidades|ofertas|posiciones) (que|acordes|afines|alineadas)
#cancel
cancel(ar|ada|ado|amos)
anular
anulada
en pausa
congelad[oa]s?
cancelacion
(proceso|vacante|posicion|puesto|busqueda|contratacion|contrataciones|incorporaciones|seleccion) (ha sido |queda |quedan |fue |esta |se ha |se han )?(suspendid|pausad|paralizad|congelad)[oa]s?
no (se )?(realizara|llevara a cabo|celebrara|tendra lugar)
congelacion de (plantilla|contrataciones|vacantes|puestos|personal)
(ya )?no (estamos|seguimos) (buscando|contratando|reclutando|incorporando)
(queda|quedan|ha quedado|han quedado) sin efecto
(recortes?|restricciones?|ajustes?) (presupuestari[oa]s|de presupuesto)
(pospuest|aplazad|postergad)[oa]s? (indefinidamente|hasta nuevo aviso|sin fecha|de forma indefinida)
(dio|dado|damos|dimos) de baja (la|el) (busqueda|vacante|posicion|puesto|proceso)
(vacante|posicion|puesto|busqueda) (ya )?no (esta|se encuentra|sigue) (disponible|abiert[oa]|vigente|activ[oa])
#internal
evaluacion (anual|del desempeno)
entrevista de desempeno
~reunion semanal
~reunion de equipo
(reunion|conversacion) de (desempeno|seguimiento anual)
~entrevista de (evaluacion|seguimiento)
autoevaluacion
ciclo de (evaluacion|desempeno)
evaluacion (semestral|de medio ano|360|del? periodo de prueba)
comite de empresa
convocatoria (de )?(la )?reunion del comite
representantes de (los )?trabajadores
#personal
(solicitud de )?(prestamo )?hipoteca(rio)?
gestora hipotecaria
(estudio de )?viabilidad (del prestamo|hipotecaria)
(entrevista|cita|sesion) de acogida
psicolog[oa]s?\b
terapeuta
(entrevista|reunion|junta|cita) con (los )?padres( de familia)?
padres de familia
(el|la) (propietari[oa]|duen[oa]|casero|casera|arrendador|arrendadora)
inquilin[oa]s?
~que tal (la|te fue)
~mama
~papa
~besos
~un beso
~como te fue
(te quiero|te queremos|te extrano|te extranamos|te echo de menos)
~(abuela|abuelo|hermanita|hermanito)
que me pongo
~(cuentame|contame|cuentanos|contanos) (como te fue|todo)
orgullos[oa]s? de ti
~(jaja|jajaja|jeje)
besitos
mi entrevista (es|fue|de manana|manana|de hoy|del)
estoy (muy |super )?nervios[oa]
#hearing
comprobacion limitada
~(cita previa|comparecer|comparecencia)
(procedimiento|expediente) de (comprobacion|inspeccion|verificacion)
(demanda|demandante) de empleo
~oficina de empleo
(sepe|inem|agencia tributaria)\b
~seguridad social
expediente disciplinario
(instructor|instructora) del expediente
(procedimiento|proceso|falta) disciplinari[oa]
entrevista (consular|de visa|de visado)
cita consular
(consulado|embajada) (general )?de
`;
