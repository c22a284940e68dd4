## La página del cálculo.

estimate-title = Su cálculo del costo de la terapia CAR-T
estimate-lede = { $heading }. Hecho el { $date }.
estimate-summary-title = Lo que su familia podría pagar
estimate-headline = <span class="big">{ $amount }</span> es nuestro cálculo típico.
estimate-range = Podría ser tan bajo como <strong>{ $low }</strong> o tan alto como <strong>{ $high }</strong>, según cuánto dure cada paso y los precios.
estimate-rest-trial = De unos { $billed } en cuentas médicas, el patrocinador del estudio paga unos { $sponsor } y su seguro unos { $insurer }.
estimate-rest-trial-uninsured = De unos { $billed } en cuentas médicas, el patrocinador del estudio paga unos { $sponsor }; sin seguro, a su familia le cobran el resto.
estimate-rest = De unos { $billed } en cuentas médicas, su seguro paga unos { $insurer }.
estimate-rest-uninsured = Sin seguro, a su familia le cobran todas las cuentas médicas, unos { $billed }. Pregunte en el hospital por su ayuda financiera.
estimate-next-step = <strong>Su próximo paso:</strong> pregunte a { $ask }: “{ $question }” Esta respuesta es la que más cambia su total.
estimate-next-step-default = <strong>Su próximo paso:</strong> imprima este cálculo y llévelo al trabajador social o al asesor financiero del centro.
estimate-agreement = <strong>El centro está fuera de la red de su plan.</strong> Si su plan acepta tratarlo como si estuviera dentro de la red (un <a href="#plan-title">acuerdo de caso único</a>), su familia podría pagar <strong>{ $typical }</strong> (típico; de { $low } a { $high }).
estimate-assumed-plan = <strong>Las cifras de su propio plan harían este cálculo más exacto.</strong> Sin el deducible y el coseguro de su plan, suponemos el peor caso: usted paga todas las cuentas hasta llegar al límite anual. Los encuentra en el resumen de beneficios de su plan. También puede <a href="#plan-title">ver las cifras que usamos</a>.
estimate-alternatives = <strong>Esto depende de decisiones que toma su plan.</strong> Contamos una respuesta para cada una (vea <a href="#coverage-title">quién paga cada parte</a>).
estimate-alternative = { $condition }, su familia podría pagar <strong>{ $typical }</strong> (típico; de { $low } a { $high }).
estimate-family-costs = Los costos de su familia
estimate-col-what = Qué
col-low = Bajo
col-typical = Típico
col-high = Alto
estimate-row-medical = Su parte de las cuentas médicas
estimate-row-living = Viaje, alojamiento, comida y cuidados en casa
estimate-month-nothing = Nada que pagar ($0.00)
estimate-row-pay = Sueldo perdido
estimate-row-total = Total para su familia
estimate-leave-taken-off = Ya restado del sueldo perdido del cuidador: la licencia familiar pagada del estado, { $amount } (típico). Vea <a href="#work-tax-title">Tiempo sin trabajar e impuestos</a>.
estimate-who-pays-medical = Quién paga las cuentas médicas
estimate-col-who = Quién
estimate-row-sponsor = El patrocinador del estudio (la empresa o el grupo que lo dirige)
estimate-row-insurance = Seguro médico
estimate-row-family = Su familia
estimate-row-all-medical = Todas las cuentas médicas
estimate-unpriced =
    <strong>No se incluye en estos totales:</strong> { $items }. No encontramos un precio publicado para { $count ->
        [one] esto
       *[other] estas cosas
    }, así que sus costos podrían ser más altos. Vea las <a href="#questions">preguntas que debe hacer</a>.
estimate-assumption-mark = Las cifras marcadas con <span class="assumption-mark">*</span> se basan en una suposición (nuestro propio cálculo o una fuente débil), no en una cifra publicada.
estimate-on-this-page = En esta página
estimate-burden-title = Sus costos y sus ingresos
estimate-work-tax-title = Tiempo sin trabajar e impuestos
estimate-aid-title = Ayuda que puede solicitar
estimate-notes-nav = Lo que debe saber
estimate-timeline-title = Cuándo paga: el calendario
estimate-levers-title = Qué cambiaría esta cifra
estimate-share-nav = Guardar, imprimir o compartir
estimate-compare-title = Comparar con otra opción
estimate-lines-title = Línea por línea
estimate-coverage-nav = Quién paga cada parte
estimate-sources-title = Fuentes
estimate-sources-more = Lo que dice cada fuente, qué tipo de fuente es y el día en que la incluimos en nuestros datos están en la <a href="{ $href }">página de fuentes</a> y en la versión para imprimir.
estimate-burden-share = Su parte de las cuentas médicas sería el <strong>{ $typical } %</strong> de los ingresos del hogar en un año, { $income } (típico; del { $low } % al { $high } %). Con el viaje, el alojamiento y la comida sería el { $all } %.
estimate-leave-title = Licencia familiar pagada
estimate-leave-pays = La licencia pagada cubriría <strong>{ $typical }</strong> del sueldo perdido del cuidador (típico; de { $low } a { $high }).
estimate-tax-title = La deducción de impuestos por gastos médicos
estimate-tax-intro = Si detalla sus deducciones en la declaración federal de impuestos (las pone una por una en vez de tomar la deducción estándar), puede deducir los gastos médicos que pasen del { $pct } % de sus ingresos. La mayoría de las familias no detallan sus deducciones, así que esto quizás no le ayude. Un preparador de impuestos se lo puede decir.
estimate-tax-caption = Gastos que cuentan para la deducción
estimate-tax-col = Lo que cuenta
estimate-tax-trips = Viajes (boletos de avión, o manejar a { $cents } centavos por milla, la tarifa médica del IRS)
estimate-tax-parking = Estacionamiento
estimate-tax-lodging = Alojamiento, hasta { $limit } por noche ({ $alone } para el cuidador solo mientras el paciente está en el hospital; las comidas no cuentan)
estimate-tax-counted = Total que cuenta
estimate-tax-minus = Menos el { $pct } % de sus ingresos
estimate-tax-deduct = Lo que podría deducir
estimate-tax-helps = Una deducción baja los ingresos sobre los que paga impuestos; no le devuelve dinero en efectivo. Lo que ahorra depende de su tasa de impuestos.
estimate-tax-exceeds = Aquí la cantidad es mayor que sus ingresos, y una deducción solo puede bajar a cero los ingresos sobre los que paga impuestos, así que el resto no le ayudaría.
estimate-tax-no-help = En el cálculo típico, los gastos que cuentan quedan por debajo del { $pct } % de sus ingresos, así que la deducción no le ayudaría.
estimate-tax-method = Contamos todos los gastos en un solo año de impuestos y usamos los ingresos que usted escribió en lugar de su ingreso bruto ajustado. Guarde todos los recibos.
estimate-aid-intro = Cada grupo decide por su cuenta a quién ayuda, y el dinero muchas veces se acaba, así que nada de esto es una promesa. Tomamos estos datos de las páginas publicadas de cada grupo en la fecha que se muestra; los programas cambian seguido, así que confirme antes de solicitar. Pregunte al trabajador social del centro con cuáles trabajan.
estimate-aid-worth = Vale la pena solicitar
estimate-aid-check-first = Confirme primero:
estimate-aid-checked = (información del { $date })
estimate-aid-contact = Para pedirla o preguntar:
estimate-aid-spanish-line = en español
estimate-aid-contact-secondary = Esto aparecía en otro sitio, no en el del programa: confírmelo.
estimate-aid-contact-checked = (leído el { $date })
estimate-aid-no-phone = No encontramos un número de teléfono en su sitio.
estimate-aid-no-national-phone = No hay un número nacional: esa página lleva a la agencia de Medicaid de su estado.
estimate-aid-no-contact = No encontramos una página para pedirla ni un teléfono en el sitio del programa: pregunte al trabajador social del centro cómo comunicarse.
estimate-aid-likely-not = Probablemente no es para usted
estimate-aid-because = probablemente no es para usted, porque { $because }
estimate-notes-title = Lo que debe saber en su situación
estimate-answers-title = Sus respuestas
estimate-change-answers = Cambiar sus respuestas
estimate-cash-up-front = <strong>Dinero que podría necesitar por adelantado:</strong> unos <strong>{ $amount }</strong> para el viaje, el alojamiento, la comida y los cuidados en casa antes de regresar a casa { $home }
estimate-cash-benefit-later = ({ $amount } de eso se lo devuelve después el beneficio de viaje)
estimate-cash-lost-pay = En ese tiempo, el hogar también deja de recibir <strong>{ $amount }</strong> de sueldo
estimate-cash-leave-later = (la licencia pagada del estado debería reponer { $amount } de eso más adelante)
estimate-cash-largest-bill = Las cuentas de la atención llegan después: las cuentas médicas más grandes de su familia probablemente llegarán en { $month }, unos { $amount }.
estimate-phases-caption = El tratamiento en el calendario (duraciones típicas)
estimate-phases-caption-undated = El tratamiento semana a semana desde la primera visita (duraciones típicas)
estimate-col-step = Paso
estimate-col-from = Desde
estimate-col-to = Hasta
estimate-months-caption = Lo que su familia paga cada mes (típico)
estimate-col-month = Mes
estimate-col-medical = Cuentas médicas
estimate-col-living = Viaje, alojamiento, comida, cuidados en casa
estimate-col-total = Total
estimate-cash-note = Las cantidades son las del cálculo típico; cuándo cae cada una es nuestra suposición: las visitas de evaluación con una semana de diferencia, las visitas de seguimiento repartidas por igual y las cuentas un mes después de la atención.
estimate-cash-undated-note = No se dio una fecha de inicio, así que las semanas y los meses se cuentan desde la primera visita al centro (la primera visita de evaluación); aquí un mes son 30 días. Escriba la fecha en que espera llegar para el tratamiento (en el formulario, en "Cuándo") para ver las mismas tablas con fechas del calendario. <a href="#answers-title">Cambiar sus respuestas</a>.
estimate-levers-intro = Estas respuestas son las que más cambian el total típico de su familia. Cada una se calculó cambiando solo esa respuesta.
estimate-lever = { $from }, { $total_from }; { $to }, { $total_to } (una diferencia de { $swing }). Pregunte a { $ask }: "{ $question }"
estimate-share-title = Guardar o compartir este cálculo
estimate-share-intro = No guardamos nada de nuestro lado: estos enlaces llevan sus respuestas en la dirección web.
estimate-share-intro-no-money = No guardamos nada de nuestro lado: estos enlaces llevan sus respuestas en la dirección web, pero no el sueldo, los ingresos ni el número de personas del hogar que escribió. Quien los abra verá el cálculo sin el sueldo perdido.
estimate-share-intro-with-money = No guardamos nada de nuestro lado: estos enlaces llevan sus respuestas en la dirección web. Como lo pidió, también llevan el sueldo, los ingresos y el número de personas del hogar que escribió, así que compártalos solo con personas de confianza.
estimate-share-link = Enlace a este cálculo
estimate-share-link-help = guárdelo en favoritos, o cópielo en un correo o en una solicitud de ayuda.
estimate-share-form = Enlace al formulario, con estas respuestas ya escritas
estimate-share-form-help = envíelo a una familia para que lo termine o lo cambie.
estimate-share-print = Resumen para imprimir
estimate-share-print-help = lo esencial en una página, y después cada línea, las notas y las fuentes.
estimate-share-print-posted-help = lo esencial en una página, y después cada línea, las notas y las fuentes, con todo lo que escribió (nada va en la dirección web).
estimate-share-xlsx = Descargar un libro de cálculo (Excel)
estimate-share-xlsx-help = las respuestas y los totales, cada línea, los años del plan, mes a mes, los programas de ayuda, las notas y las fuentes, cada uno en su hoja, con la fecha y la versión de los datos.
estimate-share-csv = Descargar las líneas como hoja de cálculo (CSV)
estimate-share-or = o
estimate-share-json = como JSON
estimate-share-files-posted = Los archivos llevan todo lo que usted escribió, como esta página, y nada va en la dirección web.
estimate-share-include-money = Incluir el sueldo, los ingresos y el número de personas del hogar en los enlaces (cualquier persona a quien se los envíe los verá)
estimate-share-update = Actualizar los enlaces
estimate-compare-intro = Vea este cálculo al lado de uno o dos más con un centro, una distancia, una vía, una forma de viajar, un lugar donde quedarse o unos ingresos diferentes. Cambie lo que quiera y luego compare.
estimate-compare-distance = Distancia desde su casa, solo de ida
estimate-compare-distance-help = Cámbiela también si elige otro centro.
estimate-compare-route = Cómo recibe el paciente la terapia CAR-T
estimate-compare-travel = Cómo viaja
estimate-compare-lodging = Dónde se queda
estimate-compare-rate-help = Hace falta para una casa de hospedaje.
estimate-compare-button = Comparar
estimate-lines-intro = Bajo, típico y alto son tres casos completos: la columna baja usa las estancias más cortas y los precios más bajos; la alta, las más largas y los más altos. "Cómo lo calculamos" muestra las cifras típicas.
estimate-col-item = Concepto
estimate-col-basis = Cómo lo calculamos
estimate-col-who-pays = Quién paga
estimate-col-family-pays = Su familia paga (típico)
estimate-no-price = No hay precio publicado: <a href="#questions">pregunte</a>
estimate-typical-paren = (típico)
estimate-not-known = no se sabe
estimate-group-share = La parte de su familia en { $group }
estimate-rounding = Las cantidades se redondean al centavo. Los totales se suman antes de redondear, así que pueden ser un centavo distintos de la suma de las líneas redondeadas.
estimate-questions-title = Costos que no pudimos calcular: preguntas que debe hacer
estimate-coverage-title = Quién paga cada parte de la atención
estimate-coverage-intro-trial = Esto sigue la ley y las reglas habituales de su tipo de cobertura y de la atención en un ensayo clínico. Cuando un plan decide caso por caso, lo decimos y mostramos lo que su familia paga en cada caso.
estimate-coverage-intro-approved = Esto sigue la ley y las reglas habituales de su tipo de cobertura y del tratamiento fuera de un ensayo. Cuando un plan decide caso por caso, lo decimos y mostramos lo que su familia paga en cada caso.
estimate-coverage-caption = Quién paga y por qué
estimate-col-part = Parte de la atención
estimate-col-why = Por qué
estimate-alternative-caption = { $condition }: los costos de su familia
estimate-years-title = Cuentas médicas por año del plan
estimate-years-caption = Las cuentas médicas y quién las paga, cada año del plan (típico)
estimate-col-plan-year = Año del plan
estimate-col-bills = Cuentas
estimate-col-insurance-pays = El seguro paga
estimate-col-cost-sharing = Su deducible y coseguro
estimate-col-not-covered = No cubierto: su familia paga
estimate-col-family-range = Su familia paga (de bajo a alto)
estimate-year-limit = (límite { $limit })
estimate-low-to-high = (de { $low } a { $high })
estimate-years-sponsor-note = Las cuentas que paga el patrocinador del estudio no están en esta tabla.
estimate-plan-title = Su seguro: { $name }
estimate-out-of-network = <strong>El centro está fuera de la red de su plan.</strong> Fuera de la red, puede que no se aplique el límite anual de lo que usted paga (a menos que su plan tenga su propio límite), y el centro le puede cobrar el resto de su precio, más allá de lo que paga el plan (una "factura de saldo"). Aquí no contamos una factura de saldo.
estimate-single-case = Antes de ir, pida a su plan un <strong>acuerdo de caso único</strong>: un contrato por una sola vez que le permite usar sus beneficios dentro de la red en este centro, por ejemplo porque ningún centro de su red ofrece este tratamiento. Al pedirlo, puede que lo llamen <strong>excepción por falta de red</strong> (en inglés, "network gap exception"). El centro también tiene que aceptar.
estimate-journey-title = Los pasos que contamos
estimate-journey-caption = Cuánto dura cada paso
estimate-col-origin = De dónde sale
estimate-step-skipped = No hace falta con células de donante.
estimate-words-title = Palabras que se usan en esta página
estimate-term-1 = CAR-T
estimate-term-1-meaning = Un tratamiento que cambia en un laboratorio las células T de una persona (un tipo de glóbulo blanco) para que ataquen a las células que causan la enfermedad, y luego se las devuelve por vía intravenosa (suero).
estimate-term-2 = Aféresis
estimate-term-2-meaning = Recolectar células T de la sangre con una máquina, durante unas horas.
estimate-term-3 = Acondicionamiento
estimate-term-3-meaning = Unos días de quimioterapia justo antes de recibir las células.
estimate-term-4 = Patrocinador
estimate-term-4-meaning = La empresa o el grupo que dirige y paga un ensayo clínico.
estimate-term-5 = Deducible, coseguro, límite de gastos de bolsillo
estimate-term-5-meaning = Lo que usted paga antes de que el seguro comparta los costos; su parte de cada cuenta después de eso; y lo máximo que paga en un año.
estimate-term-6 = Año del plan
estimate-term-6-meaning = Los 12 meses en los que cuentan el deducible y el límite anual de su plan. La mayoría de los planes empiezan uno nuevo el 1 de enero.
estimate-term-7 = Red
estimate-term-7-meaning = Los hospitales y médicos con los que su plan tiene contrato. La atención fuera de la red normalmente le cuesta más.
estimate-term-8 = Costos compartidos
estimate-term-8-meaning = La parte de una cuenta cubierta que usted paga: el deducible, el coseguro y los copagos.
estimate-term-9 = PPO, HMO, EPO
estimate-term-9-meaning = Tipos de planes médicos. Un PPO paga parte del costo fuera de su red; un HMO o un EPO normalmente no paga nada fuera de su red, a menos que apruebe la atención antes.
estimate-term-10 = Ensayo que califica
estimate-term-10-meaning = Un ensayo clínico que cumple las reglas para que el seguro pague su atención de rutina, por ejemplo uno que funciona con un permiso de investigación de la FDA (un IND) o que paga el gobierno de EE. UU.
estimate-term-11 = Atención de rutina
estimate-term-11-meaning = En un ensayo, la atención que recibiría de todos modos (días en el hospital, pruebas, tratamiento de efectos secundarios), a diferencia de las células experimentales y las pruebas que se hacen solo para la investigación.
estimate-term-12 = Tarifa de la GSA
estimate-term-12-meaning = Lo máximo que el gobierno de EE. UU. paga a su propio personal por un cuarto de hotel y las comidas en una ciudad. La usamos como un presupuesto razonable.
chart-title = Los costos de su familia por tipo: bajo, típico y alto
refs-sources = { $count ->
        [one] Fuente
       *[other] Fuentes
    }
refs-assumption = (suposición)

# Cifras aún no publicadas para un año al que llega el tratamiento ($needed), y el año que se usa ($used).
gap-gsa = Las tarifas de hotel y comidas de la GSA para { $count ->
    [one] el año fiscal federal
   *[other] los años fiscales federales
} { $needed } aún no se publican: se usan las del año fiscal { $used }.
gap-plan = Las cifras de los planes para { $needed } (los límites legales de gastos de bolsillo o los montos de Medicare) aún no se publican: se usan las de { $used }.
gap-mileage = Las tarifas por milla del IRS para { $needed } aún no se publican: se usan las de { $used }.
gap-poverty = Las guías federales de pobreza para { $needed } aún no se publican: se usan las de { $used }.
gap-paid-leave = No encontramos el máximo de la licencia pagada del estado para { $needed }: se usa el de { $used }.
gap-medicine = Los límites de pago de Medicare para medicinas de { $needed } no estaban en los archivos que pudimos leer: se usan los últimos que encontramos, de { $used }.
gap-medicine-quarter = Medicare fija sus límites de pago para medicinas cada tres meses, y los más recientes no estaban en los archivos que pudimos leer: para { $needed } usamos los últimos que encontramos, de un trimestre anterior de { $used }.
gap-airfare = Los precios promedio de los pasajes de avión de { $needed } no estaban en las cifras que pudimos leer: se usan los últimos que encontramos, de { $used }.
estimate-gaps-intro = Algunas cifras para sus fechas aún no se publican, o no las encontramos. Usamos las últimas que tenemos, así que estos costos pueden cambiar:
estimate-figures-today = Sin fecha de inicio, cada precio y cifra del plan es la vigente hoy, { $date }. Escriba la fecha en que espera empezar para usar las cifras de sus fechas.
fiscal-year = año fiscal { $year }
line-lodging-dated = en promedio en sus fechas, cada noche con la tarifa de su temporada y año fiscal federal ({ $years }); lo bajo y lo alto cobran cada noche a la más baja y a la más alta de esas tarifas
estimate-warnings-title = Revise estas respuestas: este cálculo las usa tal como las escribió.
estimate-warnings-change = Para cambiarlas, use "Cambiar sus respuestas" en Sus respuestas.
estimate-network-unsure = Eso es si el centro está en la red de su plan. <strong>Si no lo está</strong>, su familia podría pagar <strong>{ $typical }</strong> (lo típico; de { $low } a { $high }).
estimate-network-question = Una pregunta lo decide. Pregunte a su plan: "¿{ $center } está dentro de la red para el tratamiento CAR-T, la estancia en el hospital y las visitas de seguimiento?" Si no lo está, pida un acuerdo de caso único: el plan paga como si el centro estuviera en la red.
estimate-the-center = el centro

## Folded sections (<details>): what opening each one shows.
fold-aid = Mostrar los programas de ayuda: { $worth } que vale la pena pedir, { $unlikely } que probablemente no son para usted
fold-notes = Mostrar las notas: { $groups }
fold-months = Mostrar el dinero mes por mes ({ $count } meses)
fold-lines = Mostrar cada línea, con cómo se calculó y sus fuentes
fold-coverage = Mostrar quién paga cada parte de la atención, y por qué
fold-plan-years = Mostrar las cuentas médicas por año del plan ({ $count ->
    [one] 1 año
   *[other] { $count } años
})
fold-plan = Mostrar las cifras de su plan
fold-journey = Mostrar cada paso del tratamiento, con su duración baja, típica y alta
fold-words = Mostrar las palabras explicadas
fold-sources = Mostrar las { $count } fuentes
estimate-every-center-intro = ¿A dónde más podría ir? Vea todos los centros de nuestra lista, ordenados por lo que probablemente le costaría a su familia ir allí, con los ensayos vistos allí para esta enfermedad (hace falta su código postal).
estimate-every-center = Todos los centros para sus respuestas
estimate-compare-b = Opción B
estimate-compare-c = Opción C (opcional)
estimate-compare-no-third = Sin tercera opción
estimate-compare-distance-zip-help = Déjela en blanco para usar la distancia desde su código postal hasta el centro que elija.
estimate-compare-include-income = Contar el sueldo y los ingresos en la comparación
estimate-compare-include-income-help = Se envían con el formulario, nunca en la dirección de la página. Desmárquela para comparar sin ellos.
estimate-compare-income = Ingresos del hogar al año
estimate-compare-income-help = Cámbielos para ver lo que pagaría con otros ingresos. Solo cuentan si marca la casilla de abajo.
