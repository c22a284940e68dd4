## Las líneas del cálculo: nombres, unidades, cómo se calculó cada una, quién paga y por qué;
## años del plan, las etapas del calendario, lo que cambiaría la cifra y por qué una ayuda puede no servirle.

line-collection = Recolección de las células T del paciente (aféresis)
unit-collections = recolecciones
line-collection-ask-trial = Pregunte al coordinador del estudio si el estudio paga la recolección de sus células, y qué le podrían cobrar.
line-conditioning = Quimioterapia antes de recibir las células (acondicionamiento)
line-collection-included = Cuando se compra un producto, la recolección de las células es parte de su precio: Medicare la paga con el producto y no se cobra aparte.
line-conditioning-basis = Solo los medicamentos, a los límites de pago de Medicare: para un adulto de { $bsa } m² de superficie corporal (una suposición), fludarabina { $flu_dose } mg por m² { $flu_days ->
        [one] una vez
       *[other] durante { $flu_days } días
    } ({ $flu_units } unidades de 50 mg a { $flu_price }) y ciclofosfamida { $cy_dose } mg por m² { $cy_days ->
        [one] una vez
       *[other] durante { $cy_days } días
    } ({ $cy_units } unidades de 5 mg a { $cy_price }). Lo bajo, { $low }, para un adulto más pequeño; lo alto, { $high }, el régimen habitual antes del CAR-T para el cáncer, para un adulto más grande. Una cuenta con el cargo por poner los medicamentos será más alta.
unit-usd-per-course = USD por tratamiento
unit-course = tratamiento
line-product = Las células CAR-T (el producto)
unit-treatment = tratamiento
line-product-basis-trial = El patrocinador del estudio da las células. Lo que valen, según { $prices }: de { $low } a { $high } (lo típico, { $typical }).
line-product-basis-approved = Un tratamiento con un producto CAR-T con licencia, con precio según { $prices }: de { $low } a { $high } (lo típico, { $typical }). Todavía no hay ningún producto CAR-T aprobado para estas enfermedades.
line-hospital-basis-state = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en el hospital × { $rate } por día, lo que gastan los hospitales sin fines de lucro de { $state } por día de paciente ({ $year }). Lo bajo usa { $low }, la cifra de los hospitales con fines de lucro de EE. UU., si es menor.
line-hospital-basis-us = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en el hospital × { $rate } por día, lo que gastan los hospitales sin fines de lucro de EE. UU. por día de paciente ({ $year }). Lo bajo usa { $low }, la cifra de los hospitales con fines de lucro de EE. UU., si es menor.
line-hospital-basis-no-state = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en el hospital × { $rate } por día, lo que gastan los hospitales sin fines de lucro de EE. UU. por día de paciente ({ $year }); no tenemos una cifra para { $state }. Lo bajo usa { $low }, la cifra de los hospitales con fines de lucro de EE. UU., si es menor.
line-hospital = Estancia en el hospital para la infusión y la vigilancia
unit-days = días
unit-usd-per-day = USD por día
line-complications-basis = Tratamiento del síndrome de liberación de citocinas (SLC), una reacción a las células con fiebre y presión baja: { $doses ->
        [one] { $doses } dosis
       *[other] { $doses } dosis
    } de tocilizumab a { $rate } cada una. Lo bajo: ninguna; lo alto: { $high ->
        [one] { $high } dosis
       *[other] { $high } dosis
    }, lo máximo que permite la etiqueta.
line-complications = Tratamiento de efectos secundarios en el hospital (SLC)
unit-doses = dosis
line-prophylaxis = Medicinas para prevenir infecciones después del tratamiento
unit-months = meses
line-prophylaxis-basis = { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de medicinas antivirales, antibióticos y antimicóticos.
line-prophylaxis-ask = Pregunte al farmacéutico del centro qué medicinas para prevenir infecciones tomará, durante cuántos meses, y cuánto cobra su plan por cada una al mes.
line-follow-up-basis = { $years ->
        [one] { $years } año
       *[other] { $years } años
    } × { $rate } por año, el costo médico anual después de la terapia CAR-T en un estudio alemán de lupus. Lo alto: { $high } por año, el costo antes de la terapia CAR-T, si la enfermedad regresa. Son costos de Alemania, así que es solo una guía aproximada.
line-follow-up = Atención de seguimiento (visitas, pruebas, tratamiento)
unit-years = años
line-travel-trips = { $trips ->
        [one] { $trips } viaje de ida y vuelta
       *[other] { $trips } viajes de ida y vuelta
    } ({ $visits ->
        [one] { $visits } visita
       *[other] { $visits } visitas
    } + la estancia del tratamiento)
line-drive-basis = { $trips } × 2 × { $miles } millas = { $total } millas × { $rate } por milla, la tarifa médica del IRS (gasolina y aceite). Lo alto usa la tarifa de negocios del IRS, { $high } por milla, el costo completo de mantener un carro.
line-drive = Ir y volver del centro en carro
unit-miles = millas
line-fly-basis = { $trips } × { $travelers ->
        [one] { $travelers } viajero
       *[other] { $travelers } viajeros
    } = { $tickets ->
        [one] { $tickets } boleto
       *[other] { $tickets } boletos
    } × { $rate }, el precio promedio de un boleto de ida y vuelta en EE. UU.
line-fly = Ir y volver del centro en avión
unit-tickets = boletos
line-nights = { $nights ->
        [one] { $nights } noche de hotel
       *[other] { $nights } noches de hotel
    } ({ $before } antes del ingreso{ $in_hospital } + { $after } cerca del centro después{ $on_trips })
line-nights-in-hospital = {" + "}{ $nights } mientras el paciente está en el hospital
line-nights-on-trips = {" + "}{ $nights } en los viajes de visitas
line-lodging-basis-family = { $nights }, con familiares o amigos, sin costo.
line-lodging-basis-own = { $nights } × { $rate } por noche, el precio que usted escribió.
line-lodging-all-year = igual todo el año
line-lodging-season = la temporada de su fecha de inicio, { $date }; lo bajo y lo alto son las temporadas más baratas y más caras
line-lodging-year-average = el promedio del año; lo bajo y lo alto son las temporadas más baratas y más caras
line-lodging-basis-gsa = { $nights } × { $rate } por noche, la tarifa federal de hotel (GSA) para { $place }, { $when }. Se comparte un cuarto.
line-lodging = Alojamiento cerca del centro
unit-room-nights = noches de hotel
unit-usd-per-night = USD por noche
line-meals-basis = { $days ->
        [one] { $days } día-persona
       *[other] { $days } días-persona
    } fuera de casa ({ $patient } del paciente, sin contar los días en el hospital, + { $caregiver_days } de { $caregivers ->
        [one] { $caregivers } cuidador
       *[other] { $caregivers } cuidadores
    }) × { $rate } por día, la tarifa federal de comidas (GSA) para { $place }. Los viajes de un día no suman comidas.
line-meals = Comidas fuera de casa
unit-person-days = días-persona
unit-usd-per-person-day = USD por día-persona
line-parking-basis = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } cerca del centro × { $rate } por día, el promedio en los centros de cáncer. Lo bajo: estacionamiento gratis (un tercio de los centros); lo alto: { $high } por día.
line-parking-basis-fly = Usted viaja en avión, así que no contamos estacionamiento en el centro.
line-parking = Estacionamiento en el centro
line-child-care-basis = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } que la familia está fuera × { $rate } por día, la cantidad que usted escribió.
line-child-care = Cuidado de niños en casa
line-pet-care-basis = { $pets ->
        [one] { $pets } mascota
       *[other] { $pets } mascotas
    } × { $nights ->
        [one] { $nights } noche
       *[other] { $nights } noches
    } fuera = { $pet_nights ->
        [one] { $pet_nights } noche de mascota
       *[other] { $pet_nights } noches de mascota
    } × { $rate } por noche, según guías de precios de hospedaje de mascotas (una suposición).
line-pet-care = Cuidado de mascotas en casa
unit-pet-nights = noches de mascota
line-patient-income = Sueldo perdido del paciente
line-caregiver-income = Sueldo perdido del cuidador
unit-unpaid-days = días de trabajo sin pago
unit-usd-per-working-day = USD por día de trabajo
line-income-no-caregiver = Ningún cuidador viaja con el paciente, así que no se pierde sueldo de cuidador.
line-income-no-pay-patient = No se escribió un sueldo semanal para el paciente, así que no contamos sueldo perdido.
line-income-no-pay-caregiver = No se escribió un sueldo semanal para el cuidador, así que no contamos sueldo perdido.
line-income-recovery = , incluidas { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } en casa
line-income-only-one-caregiver = Solo contamos al cuidador cuyo sueldo usted escribió.
line-income-pay-used = Sueldo: { $how }.
pay-weekly-from-hour = { $amount } por hora × { $hours } horas por semana = { $weekly } por semana
pay-weekly-from-month = { $amount } por mes × 12 ÷ 52 = { $weekly } por semana
pay-weekly-from-year = { $amount } por año ÷ 52 = { $weekly } por semana
line-income-basis = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } fuera{ $recovery } = { $working_days } días de trabajo ({ $week } de cada 7), menos { $paid } días libres pagados = { $unpaid } días sin pago × { $rate } por día ({ $weekly } por semana ÷ { $week }).
reason-unpriced-trial = Muchas veces lo paga el estudio, pero depende del estudio: pregunte.
reason-unpriced = Quién paga depende de su plan y del centro: pregunte.
reason-if-agrees = Si el plan acepta pagar: { $reason }
reason-if-refuses = Si el plan se niega a pagar: { $reason }
reason-counted-paid = Lo contamos como pagado por el plan, pero no es seguro. { $reason }
reason-counted-not-paid = Lo contamos como no pagado por el plan, pero no es seguro. { $reason }
reason-billed-in-full-no-limit = A la familia se le cobra todo, y no cuenta para el límite anual.
reason-billed-in-full = A la familia se le cobra todo.
reason-travel-benefit = Contamos el beneficio de viaje del plan como funciona en un plan típico: paga los viajes, y el alojamiento hasta { $lodging } por noche, cuando el centro está a más de { $miles } millas, hasta los { $benefit } que usted escribió. Estos beneficios muchas veces solo cubren tratamientos aprobados: pregunte si el suyo se aplica.
reason-travel-benefit-too-close = El beneficio de viaje del plan solo se aplica cuando el centro está a más de { $miles } millas, así que no lo contamos.
reason-medicaid-rides-not-for-this = El transporte de Medicaid es para ir a la atención que paga Medicaid, así que aquí la familia paga los viajes.
reason-medicaid-rides-uncertain = Si Medicaid no paga el transporte, la familia paga los viajes.
reason-non-medical = Los planes médicos casi nunca pagan el alojamiento, las comidas ni los cuidados en casa, así que los contamos como gastos de la familia.
reason-lost-pay = El sueldo que se pierde por estar fuera del trabajo lo pierde la familia.
reason-leave-rate = el { $rate } del sueldo semanal
reason-leave-rate-range = del { $counted } al { $best } del sueldo semanal, según el sueldo (contamos el { $counted }, menos en el cálculo bajo)
reason-leave = La licencia familiar pagada de { $state } ({ $program }) paga { $rate }, hasta { $max } por semana ({ $as_of }), por un máximo de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de cuidado. El cuidador tiene que calificar y solicitarla; el resto del sueldo perdido lo pierde la familia.
plan-year-calendar = { $year }
plan-year-number = Año { $number } del plan
terms-uninsured = La familia paga todas las cuentas.
terms-nothing = No le cobra nada a la familia por la atención cubierta.
terms-up-to-limit = Usted paga el deducible y el coseguro, hasta { $limit } por año.
terms-no-limit = Usted paga el deducible y el coseguro, sin límite anual, a menos que el plan tenga su propio límite.
terms-medicare-supplement = Usted debe los deducibles y el coseguro de Medicare, sin límite anual; contamos que su plan suplementario paga el { $pct } de eso.
terms-medicare = Usted paga los deducibles y el coseguro de Medicare, sin límite anual.
phase-screening = Visitas de evaluación
phase-collection = Recolección de las células
phase-manufacturing = Se fabrican las células (usted está en casa)
phase-conditioning = Quimioterapia antes de las células
phase-hospital = En el hospital (las células se dan el primer día)
phase-nearby = Vivir cerca del centro
phase-recovery = Recuperación en casa
phase-follow-up = Visitas de seguimiento
lever-follow-up = visitas de seguimiento en el centro
lever-follow-up-ask = ¿Cuántas visitas de seguimiento son en el centro, y se pueden hacer algunas cerca de casa?
lever-nearby = días viviendo cerca del centro después de salir del hospital
lever-nearby-ask = ¿Cuánto tiempo tenemos que quedarnos cerca del centro después de la estancia en el hospital?
lever-hospital = días en el hospital
lever-hospital-ask = ¿Cuántos días en el hospital prevé el plan de atención?
lever-recovery = semanas de recuperación en casa antes de volver al trabajo
lever-recovery-ask = ¿Cuándo puede el paciente volver al trabajo?
lever-lodging = dónde se queda cerca del centro
lever-lodging-hotel = un hotel
lever-lodging-free = alojamiento gratis (familia, amigos o una casa de hospedaje gratuita)
lever-lodging-ask-trial = ¿Hay una casa de hospedaje para pacientes u otro alojamiento de bajo costo cerca del centro, y el estudio ayuda a pagar el alojamiento?
lever-lodging-ask = ¿Hay una casa de hospedaje para pacientes u otro alojamiento de bajo costo cerca del centro?
lever-travel-driving = en carro
lever-travel-flying = en avión
lever-travel = cómo viaja
lever-travel-ask-trial = ¿El estudio reserva o reembolsa los viajes, y qué forma de viajar prefiere?
lever-travel-ask = ¿Qué forma es más barata para cada viaje, y hay ayuda con los gastos de viaje?
lever-medicaid-rides = si Medicaid paga el transporte al centro
lever-plan = lo que su plan acepta pagar
lever-plan-pays = si paga
lever-plan-refuses = si se niega
lever-medicaid-rides-ask = ¿Medicaid organizará o pagará el transporte al centro? Pida la aprobación por escrito.
lever-plan-ask-trial = ¿El plan pagará esta atención en este ensayo? Pida la respuesta por escrito antes de empezar.
lever-plan-ask = ¿El plan pagará la terapia CAR-T para esta enfermedad? Pida la aprobación previa por escrito antes de empezar.
lever-network = si el plan trata al centro como dentro de la red
lever-network-out = fuera de la red
lever-network-agreement = dentro de la red, con un acuerdo de caso único
lever-network-ask = ¿Aceptará el plan un acuerdo de caso único o una excepción por falta de red para este centro?
lever-amount = { $count } { $unit }
aid-only-cancer = Solo es para personas con cáncer.
aid-only-blood-cancer = Solo es para personas con cáncer de la sangre.
aid-only-lupus = Solo es para personas con lupus.
aid-only-myositis = Solo es para personas con miositis.
aid-only-scleroderma = Solo es para personas con esclerodermia.
aid-check-autoimmune = Pregunte si las personas que reciben la terapia CAR-T por una enfermedad autoinmune pueden recibir esta ayuda.
aid-only-medicaid = Solo es para personas con Medicaid.
aid-only-insured = Solo es para personas que tienen seguro médico.
aid-only-trial = Es para personas en un ensayo clínico.
aid-only-near = Solo funciona cerca de { $cities }.
aid-min-distance = Solo ayuda cuando el viaje es de { $miles } millas o más de ida.
aid-max-distance = Normalmente solo ayuda con viajes de hasta unas { $miles } millas de ida.
aid-income-yours-just-above = los suyos están justo por encima
aid-income-yours = los suyos son de cerca del { $pct }
aid-income-over = Los ingresos del hogar tienen que ser iguales o menores que el { $limit } del nivel federal de pobreza ({ $amount } al año para su hogar); { $yours }.
aid-income-limit = Los ingresos del hogar tienen que ser iguales o menores que el { $limit } del nivel federal de pobreza.
aid-min-age = Es para pacientes de { $years } años o más.
aid-max-age = Es para pacientes de { $years } años o menos.
aid-age-at-least = El paciente debe tener { $years } años o más.
aid-age-at-most = El paciente debe tener { $years } años o menos.
aid-age-between = El paciente debe tener entre { $min } y { $max } años.
verbatim = { $text }

## Itemizing against the standard deduction.
tax-itemizing-unlikely-single = Detallar las deducciones probablemente no le ayude. En el cálculo típico podría deducir { $amount }, pero la deducción estándar para una persona en { $year } es de { $single }. Detallar solo ayuda si sus otros gastos deducibles (como impuestos estatales y locales, intereses de la hipoteca y donaciones a organizaciones benéficas) suman más de { $gap }.
tax-itemizing-unlikely = Detallar las deducciones probablemente no le ayude. En el cálculo típico podría deducir { $amount }, pero la deducción estándar en { $year } es de { $single } para una persona soltera, { $head } para cabeza de familia y { $joint } para un matrimonio que declara en conjunto. Detallar solo ayuda si sus otros gastos deducibles (como impuestos estatales y locales, intereses de la hipoteca y donaciones a organizaciones benéficas) suman más que la diferencia: al menos { $gap }.
tax-itemizing-depends = Detallar las deducciones podría ayudar, según cómo declare. En el cálculo típico podría deducir { $amount }; la deducción estándar en { $year } es de { $single } para una persona soltera, { $head } para cabeza de familia y { $joint } para un matrimonio que declara en conjunto. Un preparador de impuestos le puede decir qué le conviene.
tax-itemizing-likely-single = Detallar las deducciones probablemente le ayude: los { $amount } que podría deducir son más que la deducción estándar para una persona en { $year }, { $single }. Un preparador de impuestos le puede ayudar a pedirla.
tax-itemizing-likely = Detallar las deducciones probablemente le ayude: los { $amount } que podría deducir son más que la deducción estándar en { $year } para cualquier forma de declarar (la mayor es de { $joint }, para un matrimonio que declara en conjunto). Un preparador de impuestos le puede ayudar a pedirla.
line-travel-trips-home = { $trips ->
        [one] { $trips } viaje de ida y vuelta
       *[other] { $trips } viajes de ida y vuelta
    } ({ $visits ->
        [one] { $visits } visita
       *[other] { $visits } visitas
    } + la estancia del tratamiento + { $stay ->
        [one] { $stay } viaje desde casa
       *[other] { $stay } viajes desde casa
    } durante las semanas del tratamiento)
line-nights-home = { $nights ->
        [one] { $nights } noche de hotel
       *[other] { $nights } noches de hotel
    }: duerme en casa durante las semanas del tratamiento y va en carro
line-parking-basis-home = { $days ->
        [one] { $days } día
       *[other] { $days } días
    } en que va en carro × { $rate } por día, el promedio en los centros de cáncer. Lo bajo: estacionamiento gratis (un tercio de los centros); lo alto: { $high } por día.
lever-stay = dónde duerme durante las semanas del tratamiento
lever-stay-home = en casa, yendo en carro
lever-stay-near = cerca del centro
lever-stay-ask = ¿Podemos dormir en casa durante las semanas del tratamiento e ir en carro a cada visita, o tenemos que quedarnos cerca del centro?
line-ground = Viajes a los aeropuertos y al centro
line-ground-basis = { $airport ->
        [one] { $airport } viaje
       *[other] { $airport } viajes
    } a los aeropuertos o desde ellos ({ $per_trip } por cada vuelo de ida y vuelta) × { $airport_fare } + { $local ->
        [one] { $local } viaje en la ciudad
       *[other] { $local } viajes en la ciudad
    } entre su alojamiento y el centro ({ $per_day } cada día de clínica o de tratamiento) × { $local_fare }. Un viaje lleva a toda la familia.
unit-rides = viajes
unit-usd-per-ride = USD por viaje
reason-ground-transport = Los planes de salud casi nunca pagan los viajes en taxi o autobús, así que los contamos como de la familia. Los viajes de Medicaid o un beneficio de viaje pueden pagar algunos si obtiene la aprobación antes: pregunte antes de ir.
reason-medicaid-flights = Medicaid tiene que ayudarle a llegar a la atención cubierta, pero paga los vuelos, y los viajes a otro estado, solo si los aprueba antes, y puede decir que no. Por eso contamos los vuelos como de la familia; si Medicaid los aprueba, paga los boletos del paciente y de una persona que ayuda. Llame a la línea de transporte de Medicaid de su estado mucho antes de ir.
