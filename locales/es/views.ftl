## Palabras que la capa web pone en las páginas: títulos de grupos, quién paga, datos del hogar,
## cifras del plan, el texto del gráfico, la comparación, el archivo CSV.

form-center-other = Un centro que no está en la lista
source-quality-primary = Fuente primaria
source-quality-secondary = Citado por una fuente secundaria
source-quality-assumption = Suposición
chart-low = Bajo
chart-typical = Típico
chart-high = Alto
chart-medical = cuentas médicas { $typical } (bajo { $low }, alto { $high })
chart-living = viaje, alojamiento, comida y cuidados en casa { $typical } (bajo { $low }, alto { $high })
chart-pay = sueldo perdido { $typical } (bajo { $low }, alto { $high })
chart-description = Los costos de su familia en el cálculo típico: { $medical }; { $living }; { $pay }. Total { $typical } (bajo { $low }, alto { $high }).
month-year = { $month } de { $year }
cash-flow-all-months = Todos los meses
timeline-week = Semana { $week }
timeline-month = Mes { $n }
timeline-month-in-sentence = el mes { $n } desde la primera visita
timeline-home-on = el { $date }
timeline-home-in-week = en la semana { $week }
ask-trial-coordinator = quien coordina el ensayo clínico (el equipo del estudio)
ask-care-team = su equipo médico
ask-insurer = su aseguradora y al asesor financiero del centro
ask-social-worker = un trabajador social del centro
group-medical = Atención médica
group-medical-intro = Cuentas de las células, el hospital, las medicinas y la atención de seguimiento.
group-living = Viaje, alojamiento, comida y cuidados en casa
group-living-intro = Los costos de estar lejos de casa, que los seguros médicos casi nunca pagan.
group-pay = Sueldo perdido
group-pay-intro = El sueldo que se pierde por estar fuera del trabajo o recuperándose.
plan-years-rule-calendar = Cada año del plan es un año de calendario, como en la mayoría de los planes (una suposición: confirme cuándo empieza el año de su plan). Los deducibles y los límites anuales vuelven a empezar cada año del plan.
plan-years-rule-from-start = Sin una fecha de inicio, contamos el primer año del plan desde el primer día del tratamiento, y luego de 365 días en 365 días (una suposición). Escriba una fecha de inicio para ver años de calendario: una estancia durante el Año Nuevo puede significar dos deducibles.
estimate-heading = { $condition }, tratamiento en { $center }
payer-sponsor = Patrocinador del estudio
payer-insurer = Seguro médico
payer-travel-benefit = Beneficio de viaje
payer-medicaid-transport = Transporte de Medicaid
payer-state-paid-leave = Licencia pagada del estado
payer-family = Su familia
payer-after-sponsor = el patrocinador del estudio
payer-after-insurer = el seguro médico
payer-after-travel-benefit = el beneficio de viaje
payer-after-medicaid-transport = el transporte de Medicaid
payer-after-state-paid-leave = la licencia pagada del estado
payer-after-family = su familia
payer-ask = Pregunte (vea más abajo)
payer-insurer-then-family = El seguro, y luego la parte de su familia
payer-then = { $first }, y luego { $next }
part-cells = Las células CAR-T
part-treatment = La estancia del tratamiento (quimioterapia, hospital, efectos secundarios)
part-ongoing = La atención después del tratamiento (seguimiento, medicinas)
part-travel = Llegar al centro
notes-about-the-treatment = Sobre el tratamiento
notes-insurance = Seguro médico
notes-money-help = Ayuda con el dinero
notes-work-caregiving = Trabajo y cuidado del paciente
notes-access-equity = Recibir atención, y ayuda para su enfermedad
leave-capped = {" "}Con el sueldo del cuidador, esto se limita al máximo semanal de { $max }.
leave-summary = El cuidador trabaja en { $state }. El programa de licencia familiar pagada del estado, { $program }, paga parte del sueldo mientras la persona cuida a un familiar: aquí, unos { $weekly } por semana por un máximo de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.{ $capped } Usamos el máximo semanal de { $as_of }; los estados lo suben a menudo. Ya restamos la licencia del sueldo perdido del cuidador. El cuidador tiene que calificar y solicitarla.
leave-summary-no-figures = El cuidador trabaja en { $state }, que tiene un programa de licencia familiar pagada, { $program }. No tenemos cifras de beneficios que podamos contar, así que no lo restamos del sueldo perdido del cuidador. Pregunte a la oficina de licencia pagada del estado.
aid-also = Además, { $reason }
fact-pay = { $pay } por semana, { $days ->
        [one] { $days } día libre pagado
       *[other] { $days } días libres pagados
    }
fact-pay-given = { $how }, { $days ->
        [one] { $days } día libre pagado
       *[other] { $days } días libres pagados
    }
fact-pay-none = no lo escribió (no contamos sueldo perdido)
fact-disease = Enfermedad
fact-treatment = Tratamiento
fact-treatment-value = { $route }. Células: { $cells }.
fact-patient-age = Edad del paciente
fact-patient-age-value = { $years } años
fact-center = Centro
fact-home = Casa
fact-home-value = { $state }, a { $miles } millas (de ida)
fact-home-zip-value = { $state }, código postal { $zip }: a { $miles ->
        [one] { $miles } milla
       *[other] { $miles } millas
    } (de ida), más o menos. Son { $straight ->
        [one] { $straight } milla
       *[other] { $straight } millas
    } en línea recta × { $factor } por las carreteras; las columnas baja y alta usan { $low } y { $high } millas.
fact-travel-usual = { $mode } (lo usual para esta distancia: contamos en carro hasta { $limit } millas de ida y en avión si es más lejos; elija la suya en el formulario)
fact-travel = Viaje
fact-staying = Alojamiento
fact-staying-rate = { $lodging }: { $rate } por noche
fact-caregivers = Adultos que viajan con el paciente
fact-caregiver-pay = Sueldo del cuidador
fact-patient-pay = Sueldo del paciente
fact-caregiver-works-in = El cuidador trabaja en
fact-income = Ingresos del hogar
fact-income-value-size = { $income } al año, { $people ->
        [one] 1 persona
       *[other] { $people } personas
    }
fact-income-value = { $income } al año
fact-child-care = Cuidado de niños
fact-child-care-value = { $rate } por día
fact-pets = Mascotas
fact-coverage = Cobertura médica
fact-coverage-supplement = , con un plan suplementario (Medigap)
fact-coverage-no-supplement = , sin plan suplementario
fact-coverage-self-only = , que cubre solo al paciente
fact-coverage-family = , cobertura familiar
fact-coverage-in-network = ; el centro está dentro de la red
fact-coverage-out-of-network = ; el centro está fuera de la red
fact-coverage-metal = , nivel { $metal }
fact-coverage-metal-unsure = , no sabe el nivel de metal
fact-coverage-network-unsure = ; no sabe si el centro está dentro de la red
fact-travel-benefit = Beneficio de viaje
fact-travel-benefit-value = { $amount } por el tratamiento
fact-start = Empieza el tratamiento
fact-prices = Precios usados para las células
figure-you-entered = Usted escribió esto.
figure-assumed = No se sabe: suponemos el peor caso. Escriba la cifra de su plan para un cálculo más exacto.
plan-summary-medicaid = Medicaid no cobra nada o solo copagos pequeños por la atención cubierta, así que contamos $0. Pregunte a la oficina de Medicaid de su estado si tendrá que pagar algún copago.
plan-summary-marketplace-assumed = No encontramos un deducible ni un coseguro típico publicado para los planes bronce, plata u oro del Mercado de Seguros, así que, a menos que escriba las cifras de su plan, suponemos el peor caso: usted paga todas las cuentas hasta llegar al límite de gastos de bolsillo. Usted paga primero el deducible, y luego su parte de coseguro de cada cuenta, hasta llegar al límite de gastos de bolsillo del año.
plan-summary-assumed = No tenemos un deducible típico publicado para este tipo de plan, así que, a menos que escriba las cifras de su plan, suponemos el peor caso: usted paga todas las cuentas hasta llegar al límite de gastos de bolsillo. Usted paga primero el deducible, y luego su parte de coseguro de cada cuenta, hasta llegar al límite de gastos de bolsillo del año.
plan-summary-standard = Usted paga primero el deducible, y luego su parte de coseguro de cada cuenta, hasta llegar al límite de gastos de bolsillo del año.
figure-deductible = Deducible
figure-deductible-explanation = lo que usted paga cada año antes de que el plan empiece a compartir los costos
figure-coinsurance = Coseguro
figure-coinsurance-explanation = su parte de cada cuenta después del deducible
figure-oop-max = Límite de gastos de bolsillo
figure-oop-max-explanation = lo máximo que el paciente paga en un año por la atención cubierta dentro de la red del plan
figure-family-oop-max = Límite familiar de gastos de bolsillo
figure-family-oop-max-explanation = lo máximo que paga toda la familia en un año; el paciente, por su cuenta, no paga más que el límite de arriba
figure-part-a-deductible = Deducible de la Parte A
figure-part-a-deductible-explanation = lo que usted paga una vez por una estancia en el hospital de hasta 60 días, aunque pase a un año nuevo
figure-part-a-daily = Cantidad diaria de la Parte A
figure-part-a-daily-explanation = lo que usted paga por cada día en el hospital del día 61 al día 90
figure-part-b-deductible = Deducible de la Parte B
figure-part-b-deductible-explanation = lo que usted paga cada año por la atención fuera del hospital antes de que Medicare comparta los costos
figure-part-b-coinsurance = Coseguro de la Parte B
figure-part-b-coinsurance-explanation = su parte de la atención fuera del hospital después del deducible
figure-supplement = Plan suplementario (Medigap)
figure-supplement-explanation = la parte de los deducibles y el coseguro de Medicare que contamos que paga el plan suplementario
figure-medicare-oop-max = Límite de gastos de bolsillo
figure-medicare-oop-max-explanation = un límite anual que usted escribió
figure-oop-family-note = { $origin } Con cobertura familiar, ninguna persona paga más que esto en un año, aunque el límite de la familia sea más alto.
plan-summary-medicare-supplement = Medicare Original no tiene un límite anual de lo que usted paga; un plan suplementario (Medigap) paga una parte o todo. Aquí no contamos su prima mensual.
plan-summary-medicare = Medicare Original no tiene un límite anual de lo que usted paga. Un plan suplementario (Medigap) pagaría una parte o todo: elija Sí en el formulario para comparar.
plan-summary-uninsured = Sin seguro, a la familia se le cobra toda la atención que no paga el patrocinador del estudio. Pregunte en el hospital por la ayuda financiera (atención de caridad) antes de que empiece el tratamiento.
advocates-topic-lupus-prevalence = Quién tiene lupus
advocates-topic-trial-representation = Quién entra en los estudios
advocates-topic-geographic-access = Qué tan lejos vive la gente de la terapia CAR-T
advocates-topic-caregiving-and-costs = Cuidadores y costos
advocates-topic-coverage-policy = Política de cobertura
advocates-topic-myositis-and-scleroderma = Miositis y esclerodermia
burden-poverty = Sus ingresos son el { $pct } del nivel federal de pobreza de { $year } para un hogar de { $people ->
        [one] 1 persona
       *[other] { $people } personas
    } ({ $guideline } al año).
burden-poverty-no-size = Escriba cuántas personas hay en el hogar para comparar sus ingresos con el nivel federal de pobreza.
burden-poverty-no-figure = { $state } tiene su propio nivel federal de pobreza, y no encontramos su cifra de 2026 para un hogar de { $people ->
        [one] 1 persona
       *[other] { $people } personas
    }, así que no podemos mostrar sus ingresos como porcentaje de ese nivel. Los hospitales y los programas de ayuda lo buscarán por usted.
burden-poverty-no-state = No tenemos el nivel federal de pobreza de su estado, así que no podemos mostrar sus ingresos como porcentaje de ese nivel.
burden-typical-severe = En el cálculo típico, su parte de las cuentas médicas es el 25 % de sus ingresos o más. Las agencias de salud (la Organización Mundial de la Salud, OMS, y el Banco Mundial) llaman a esto un gasto en salud catastrófico grave.
burden-typical-catastrophic = En el cálculo típico, su parte de las cuentas médicas es el 10 % de sus ingresos o más. Las agencias de salud (la Organización Mundial de la Salud, OMS, y el Banco Mundial) llaman a esto un gasto en salud catastrófico.
burden-high-severe = En el cálculo alto, su parte de las cuentas médicas llega al 25 % de sus ingresos, lo que las agencias de salud llaman un gasto en salud catastrófico grave.
burden-high-catastrophic = En el cálculo alto, su parte de las cuentas médicas llega al 10 % de sus ingresos, lo que las agencias de salud llaman un gasto en salud catastrófico.
burden-underinsured-uninsured = Según una medida común en EE. UU. (la del Commonwealth Fund), incluso una familia con seguro que pagara tanto de su bolsillo se consideraría con seguro insuficiente: los costos son muy altos comparados con sus ingresos.
burden-underinsured = Según una medida común en EE. UU. (la del Commonwealth Fund), estos costos harían que su familia tenga un seguro insuficiente: lo que paga de su bolsillo es muy alto comparado con sus ingresos, aun con seguro.
burden-under-10 = Su parte de las cuentas médicas queda por debajo del 10 % de sus ingresos en los cálculos típico y alto.
burden-all-costs = Si se cuentan también el viaje, el alojamiento y la comida, sus costos llegan al { $pct } de sus ingresos en el cálculo típico. Las medidas de gasto en salud (de la OMS y del Commonwealth Fund) solo cuentan las cuentas médicas, así que dejan fuera estos costos.
benefit-note-who-both = el transporte de Medicaid y el beneficio de viaje del plan pagan
benefit-note-who-medicaid = el transporte de Medicaid paga
benefit-note-who-benefit = el beneficio de viaje del plan paga
benefit-note-amount-same = { $amount } en todos los casos
benefit-note-amount-range = { $typical } (típico; de { $low } a { $high })
benefit-note-limits = Un beneficio de viaje paga primero los viajes, y luego el alojamiento hasta su límite por noche, hasta usar la cantidad que usted escribió.
benefit-note = Ya restado de los costos de viaje de arriba: { $who } { $amount }.
who-medicaid-rides-if-approved = El transporte de Medicaid, si lo aprueban (no es seguro)
who-medicaid-rides = El transporte de Medicaid
who-travel-benefit-then-family = El beneficio de viaje del plan, y luego su familia
who-family = Su familia
who-sponsor = El patrocinador del estudio
who-plan-if-agrees = Su plan, si acepta (no es seguro)
who-family-unless-plan-agrees = Su familia, a menos que el plan acepte (no es seguro)
who-plan-no-cost = Su plan, sin costo para usted
who-plan-after-share = Su plan, después de su parte
alternative-cells = las células
alternative-treatment = la estancia del tratamiento
alternative-ongoing = la atención después del tratamiento
alternative-travel = el transporte al centro
alternative-out-of-network = Si el centro no está en la red de su plan
alternative-refuses = Si su plan se niega a pagar { $parts }
alternative-agrees = Si su plan acepta pagar { $parts }
compare-column-title = Opción { $name }
# What a column of the comparison is: its center, travel and lodging.
compare-column-summary = { $center }; { $travel }; { $staying }
compare-row-family-total = Total para la familia
compare-row-medical = Parte de las cuentas médicas
compare-row-living = Viaje, alojamiento, comida y cuidados en casa
compare-row-pay = Sueldo perdido
compare-row-sponsor = Paga el patrocinador del estudio
compare-row-insurer = Paga el seguro
compare-row-benefits = Pagan los beneficios (beneficio de viaje, transporte de Medicaid, licencia pagada del estado)
compare-row-billed = Todas las cuentas médicas
compare-row-if-refused = Total para la familia si el plan se niega a pagar lo que puede negar
file-about-not-a-bill = Un cálculo de lo que puede costar la terapia CAR-T, no una factura ni una cotización.
file-about-made-on = Hecho el
file-about-data-as-of = Datos al
file-about-version = Versión de la aplicación
file-about-answers = Respuestas usadas
xlsx-sheet-summary = Resumen
xlsx-sheet-lines = Líneas
xlsx-sheet-plan-years = Años del plan
xlsx-sheet-months = Meses
xlsx-sheet-aid = Programas de ayuda
xlsx-sheet-notes = Notas
xlsx-sheet-sources = Fuentes
xlsx-low = Bajo
xlsx-typical = Típico
xlsx-high = Alto
xlsx-total-billed-medical = Facturas médicas
xlsx-total-sponsor-pays = Paga el patrocinador del ensayo
xlsx-total-insurer-pays = Paga el seguro
xlsx-total-benefit-pays = Pagan los beneficios de viaje
xlsx-total-family-medical = Facturas médicas de la familia
xlsx-total-non-medical = Viaje, alojamiento, comida y cuidado en casa
xlsx-total-lost-income = Sueldo perdido
xlsx-total-family-total = Total de la familia
xlsx-plan-year = Año del plan
xlsx-year-billed = Facturado
xlsx-year-insurer-pays = Paga el seguro
xlsx-year-cost-sharing = Deducible y coseguro
xlsx-year-not-covered = No cubierto
xlsx-year-family-medical = Paga la familia
xlsx-year-limit = Límite anual
xlsx-month = Mes (caso típico)
xlsx-month-medical = Médico
xlsx-month-living = Vivir fuera
xlsx-month-lost-pay = Sueldo perdido
xlsx-month-total = Total
xlsx-month-from-first-visit = Mes { $n } desde la primera visita
xlsx-aid-fit = Encaje
xlsx-aid-worth-applying = Vale la pena solicitar
xlsx-aid-likely-not = Probablemente no
xlsx-aid-program = Programa
xlsx-aid-pays-for = Paga
xlsx-aid-check = Por qué
xlsx-aid-website = Sitio web
xlsx-aid-phone = Teléfono
xlsx-aid-spanish-phone = Teléfono en español
xlsx-note-group = Tipo
xlsx-note = Nota
xlsx-sources = Fuentes
xlsx-source-id = Fuente
xlsx-source-title = Título
xlsx-source-publisher = Editor
xlsx-source-published = Publicada
xlsx-source-retrieved = Consultada
xlsx-source-quality = Tipo de fuente
xlsx-source-address = Dirección
csv-payer-family = Familia
csv-payer-then = { $first }, y luego { $next }
csv-no-price = { $basis } No hay precio publicado: { $question }
csv-all-lines = Todas las líneas
csv-made-on = Hecho el { $made_on } con datos al { $data_as_of }. Los totales se suman antes de redondear.
csv-line = linea
csv-label = concepto
csv-category = categoria
csv-quantity_low = cantidad_baja
csv-quantity_typical = cantidad_tipica
csv-quantity_high = cantidad_alta
csv-quantity_unit = unidad_de_cantidad
csv-rate_low = tarifa_baja
csv-rate_typical = tarifa_tipica
csv-rate_high = tarifa_alta
csv-rate_unit = unidad_de_tarifa
csv-cost_low = costo_bajo
csv-cost_typical = costo_tipico
csv-cost_high = costo_alto
csv-sponsor_pays_low = paga_patrocinador_bajo
csv-sponsor_pays_typical = paga_patrocinador_tipico
csv-sponsor_pays_high = paga_patrocinador_alto
csv-insurer_pays_low = paga_seguro_bajo
csv-insurer_pays_typical = paga_seguro_tipico
csv-insurer_pays_high = paga_seguro_alto
csv-benefit_pays_low = pagan_beneficios_bajo
csv-benefit_pays_typical = pagan_beneficios_tipico
csv-benefit_pays_high = pagan_beneficios_alto
csv-family_pays_low = paga_familia_bajo
csv-family_pays_typical = paga_familia_tipico
csv-family_pays_high = paga_familia_alto
csv-who_pays = quien_paga
csv-how_computed = como_se_calculo
csv-why_this_payer = por_que_paga
csv-sources = fuentes
fact-staying-home-usual = En casa, yendo en carro a cada visita: el viaje es de 2 horas o menos, así que lo contamos como lo usual (puede cambiarlo). El equipo del estudio tiene que estar de acuerdo.
fact-staying-home = En casa, yendo en carro a cada visita, como usted eligió. El equipo del estudio tiene que estar de acuerdo.
fact-visits-overnight = visitas: una noche fuera por cada una, { $plural ->
        [one] cerca de una hora
       *[other] unas { $hours } horas
    } en carro, más de { $limit } (2 horas en la columna alta)
fact-visits-day = visitas: un viaje de un día cada una, { $plural ->
        [one] cerca de una hora
       *[other] unas { $hours } horas
    } en carro, { $limit } o menos (una noche fuera si son más de 2 horas en la columna alta)
fact-visits-fly = visitas: un vuelo de ida y vuelta y una noche fuera por cada una
fact-travel-and-visits = { $travel }; { $visits }
