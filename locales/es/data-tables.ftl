# Spanish for the prose in the data files. The English stays in the data file, next to
# its source and date; each key is the file, the row and the column.

## data/journey.csv: label, unit, note
journey-evaluation_trips-label = Viajes de evaluación al centro
journey-evaluation_trips-unit = viajes de ida y vuelta
journey-evaluation_trips-note = Los ensayos normalmente hacen la evaluación en una o dos visitas.
journey-collection_trips-label = Viajes para recolectar sus células T (aféresis)
journey-collection_trips-unit = viajes de ida y vuelta
journey-collection_trips-note = La recolección toma unas horas; solo para células hechas con su propia sangre (autólogas).
journey-manufacturing_weeks-label = Semanas mientras se fabrican las células (usted está en casa)
journey-manufacturing_weeks-unit = semanas
journey-manufacturing_weeks-note = Solo para células hechas con su propia sangre (autólogas).
journey-conditioning_nights-label = Noches cerca del centro para la quimioterapia antes del ingreso
journey-conditioning_nights-unit = noches
journey-conditioning_nights-note = La quimioterapia toma unos 3 días (del día -5 al día -3 antes de recibir las células).
journey-hospital_days-label = Días en el hospital para la infusión y la vigilancia
journey-hospital_days-unit = días
journey-hospital_days-note = Un folleto para pacientes sobre CAR-T para la miositis dice 2 a 4 semanas; las estancias por CAR-T en 2018 duraron 23 días en promedio.
journey-nearby_days-label = Días cerca del centro después de salir del hospital
journey-nearby_days-unit = días
journey-nearby_days-note = Las etiquetas de los productos aprobados piden 2 semanas desde junio de 2025; un ensayo en enfermedades autoinmunes pide unos 30 días.
journey-recovery_weeks-label = Semanas que el paciente no trabaja y se recupera en casa
journey-recovery_weeks-unit = semanas
journey-recovery_weeks-note = El folleto dice que algunas personas se sienten más fuertes en semanas y otras necesitan meses.
journey-follow_up_visits-label = Visitas de seguimiento en dos años
journey-follow_up_visits-unit = visitas
journey-follow_up_visits-note = Un ensayo pide visitas cada mes durante al menos 2 años (24).
journey-follow_up_years-label = Años de atención de seguimiento
journey-follow_up_years-unit = años
journey-follow_up_years-note = El seguimiento dura 2 años o más.
journey-prophylaxis_months-label = Meses de medicinas para prevenir infecciones
journey-prophylaxis_months-unit = meses
journey-prophylaxis_months-note = Antibióticos, antivirales y antimicóticos durante al menos 6 y hasta 12 meses.
journey-tocilizumab_doses-label = Dosis de tocilizumab para el síndrome de liberación de citocinas (SLC)
journey-tocilizumab_doses-unit = dosis
journey-tocilizumab_doses-note = Bajo: sin tratamiento para el SLC; típico: una dosis; alto: cuatro dosis, lo máximo que permite la etiqueta.
journey-nearby_visits_per_week-label = Visitas a la clínica por semana en las semanas cerca del centro (si duerme en casa)
journey-nearby_visits_per_week-unit = visitas por semana
journey-nearby_visits_per_week-note = Solo se cuentan si duerme en casa y va en carro. Un centro veía a los pacientes ambulatorios dos veces por semana hasta el día 30; la columna alta toma visitas casi diarias.
journey-hospital_visits_per_week-label = Viajes por semana al hospital mientras el paciente está internado (si duerme en casa)
journey-hospital_visits_per_week-unit = viajes por semana
journey-hospital_visits_per_week-note = Solo se cuentan si una persona que cuida duerme en casa y va en carro para estar con el paciente.

## data/unit_costs.csv: label, unit, note
unit_cost-drive_per_mile-label = Costo de manejar por milla
unit_cost-drive_per_mile-unit = USD por milla
unit_cost-drive_per_mile-note = Bajo y típico: la tarifa médica del IRS (gasolina y aceite). Alto: la tarifa de negocios del IRS (el costo completo de mantener un carro).
unit_cost-airfare_round_trip-label = Boleto de avión de ida y vuelta por viajero
unit_cost-airfare_round_trip-unit = USD por viaje de ida y vuelta
unit_cost-airfare_round_trip-note = Precio promedio de un boleto nacional de ida y vuelta.
unit_cost-parking_per_day-label = Estacionamiento en el centro por día
unit_cost-parking_per_day-unit = USD por día
unit_cost-parking_per_day-note = El 32 % de los centros de cáncer tenían estacionamiento gratis; el promedio fue $7.79 y el más alto $40.
unit_cost-pet_boarding_per_night-label = Hospedaje de una mascota por noche
unit_cost-pet_boarding_per_night-unit = USD por noche
unit_cost-pet_boarding_per_night-note = Guías de precios de hospedaje para perros; una suposición.
unit_cost-tocilizumab_dose-label = Una dosis de 560 mg de tocilizumab
unit_cost-tocilizumab_dose-unit = USD por dosis
unit_cost-tocilizumab_dose-note = Límite de pago de Medicare por una dosis de 560 mg (8 mg por kg para un adulto de 70 kg): 560 × $5.708 por mg.
unit_cost-follow_up_care_per_year-label = Atención médica por año después de CAR-T
unit_cost-follow_up_care_per_year-unit = USD por año
unit_cost-follow_up_care_per_year-note = Bajo y típico: el costo anual después de CAR-T en un estudio alemán de lupus. Alto: el costo anual antes de CAR-T, si la enfermedad regresa. Son costos de Alemania: una guía aproximada.
unit_cost-apheresis_collection-label = Recolección de sus células T (aféresis)
unit_cost-apheresis_collection-unit = USD por recolección
unit_cost-fludarabine_per_50mg-label = Fludarabina (J9185)
unit_cost-fludarabine_per_50mg-unit = USD por 50 mg
unit_cost-fludarabine_per_50mg-note = El límite de pago de Medicare por cada 50 mg facturados.
unit_cost-cyclophosphamide_per_5mg-label = Ciclofosfamida (J9075)
unit_cost-cyclophosphamide_per_5mg-unit = USD por 5 mg
unit_cost-cyclophosphamide_per_5mg-note = El límite de pago de Medicare por cada 5 mg facturados.
unit_cost-apheresis_collection-note = No encontramos un precio publicado en EE. UU. para la recolección en un ensayo: en los ensayos normalmente paga el patrocinador. Cuando se compra un producto aprobado, Medicare paga la recolección como parte del precio del producto.
unit_cost-prophylaxis_per_month-label = Medicinas para prevenir infecciones
unit_cost-prophylaxis_per_month-unit = USD por mes
unit_cost-prophylaxis_per_month-note = No encontramos un precio actual con fuente en EE. UU. para los antivirales, antibióticos y antimicóticos.
unit_cost-median_weekly_pay-label = Sueldo semanal mediano de un trabajador de tiempo completo
unit_cost-median_weekly_pay-unit = USD por semana
unit_cost-median_weekly_pay-note = Solo se muestra como guía; nunca se usa a menos que usted escriba un sueldo.
unit_cost-federal_minimum_wage-label = Salario mínimo federal
unit_cost-federal_minimum_wage-unit = USD por hora
unit_cost-federal_minimum_wage-note = El salario mínimo federal desde el 24 de julio de 2009; muchos estados fijan uno más alto.

## data/product_prices.csv: label, unit, note
price-launch_list-label = los precios de lista de lanzamiento de los productos CAR-T aprobados
price-launch_list-unit = USD por tratamiento
price-launch_list-note = Bajo y alto son el rango de $375,000 a $475,000 que se cita para el cáncer (Yescarta salió a $373,000 y Kymriah a $475,000 en 2017). Típico es el punto medio: una suposición.
price-medicare_2026-label = lo que paga Medicare por los productos CAR-T aprobados (2.º trimestre de 2026)
price-medicare_2026-unit = USD por dosis
price-medicare_2026-note = Bajo: Tecartus; típico: Breyanzi (la mediana de los cinco productos con un límite publicado); alto: Kymriah. El límite de Medicare es el precio promedio de venta más el 6 %.

## data/insurance_presets.csv: note
preset-employer-deductible = Deducible promedio para cobertura individual.
preset-employer-coinsurance_pct = Coseguro promedio para una estancia en el hospital.
preset-employer-oop_max = El límite más alto que permite la ley para una persona ese año; muchos planes tienen uno más bajo.
preset-marketplace-oop_max = El límite más alto que permite la ley para una persona ese año. Sin el deducible de su plan, suponemos que usted paga todo hasta este límite.
preset-medicare-part_a_deductible = Cubre los días 1 a 60 en el hospital.
preset-medicare-part_a_daily_61_90 = Por los días 61 a 90 en el hospital de un período de beneficios.
preset-medicare-part_b_coinsurance_pct = Sin límite anual si no tiene un plan suplementario.
preset-medicare_advantage-oop_max = No confirmado; muchos planes tienen uno más bajo. Sin el deducible de su plan, suponemos que usted paga todo hasta este límite.
preset-medicaid-oop_max = Algunos estados cobran copagos pequeños.
preset-employer-oop_max_family = El límite más alto que permite la ley para cobertura familiar ese año; su plan también puede tener un límite más bajo para cada persona.
preset-marketplace-oop_max_family = El límite más alto que permite la ley para cobertura familiar ese año; su plan también puede tener un límite más bajo para cada persona.
preset-medicare-supplement_pays_pct = Suposición: un plan suplementario (Medigap) paga todos los deducibles y el coseguro de Medicare Original por la atención cubierta. Muchos planes le dejan una parte a usted; no contamos la prima.

## data/paid_leave.csv: note
leave-CA = No encontramos el máximo de 2026; este es el máximo de 2025. La licencia familiar pagada de California, por sí sola, no protege su empleo. La tasa del 90 % es solo para quienes ganan menos (unos $63,000 al año o menos).
leave-CO = Este máximo estuvo vigente hasta el 30 de junio de 2026; el actual puede ser más alto.
leave-DE = Los beneficios empezaron el 1 de enero de 2026, y la licencia para cuidar a un familiar tiene un límite de 6 semanas cada 2 años.
leave-DC = El número de semanas y la parte del sueldo son de memoria, no verificados. Este máximo puede haber cambiado desde el 1 de octubre de 2025; confirme con el estado.
leave-ME = Los beneficios empezaron el 1 de mayo de 2026; este máximo estuvo vigente hasta el 30 de junio de 2026 y puede haber cambiado desde entonces.
leave-MD = Los beneficios se retrasaron. No empezarán antes del 1 de enero de 2027, y empezarán a más tardar el 3 de enero de 2028. No contamos ningún beneficio.
leave-MN = Los beneficios empezaron el 1 de enero de 2026. Este máximo estuvo vigente hasta el 26 de octubre de 2026; el actual puede ser más alto.
leave-NJ = Cubre el cuidado de cualquier persona con un lazo cercano, como de familia. Una fuente da un máximo de $1,199, así que confirme la cifra actual con el estado.
leave-NY = También cubre el cuidado de un hermano o una hermana.
leave-OR = El número de semanas es de memoria, no verificado. Este máximo puede haber cambiado desde julio de 2025; confirme con el estado.
leave-RI = No encontramos qué parte del sueldo reemplaza, así que no contamos ningún beneficio; el máximo es de hasta $1,489 por semana con dependientes. Este máximo puede haber cambiado desde el 1 de julio de 2025; confirme con el estado.
leave-WA = Necesita 820 horas de trabajo en el período que califica.

## data/table_updates.csv: title, usual_update
table_update-gsa_per_diem-title = Tarifas federales de hotel y comidas (viáticos de la GSA)
table_update-gsa_per_diem-usual_update = Cada verano, para el año fiscal federal que empieza el 1 de octubre: las tarifas del año fiscal 2026 salieron el 31 de julio de 2025 y el archivo del año fiscal 2027 el 3 de septiembre de 2026.
table_update-unit_costs-title = Precios por unidad: millas, medicinas, pasajes de avión, estacionamiento y sueldo
table_update-unit_costs-usual_update = Cada cifra tiene su propio calendario: las tarifas por milla del IRS de un año suelen anunciarse a mediados o finales de diciembre; los límites de pago de Medicare para medicinas, cada tres meses; los pasajes de avión, cada tres meses; el sueldo semanal, cada enero para el año anterior.
table_update-insurance_presets-title = Cifras de los planes: límites legales, montos de Medicare, promedios de los empleadores
table_update-insurance_presets-usual_update = Los límites de gastos de bolsillo de la ACA, a principios del año anterior al que se aplican (los de 2027, el 29 de enero de 2026); los deducibles de Medicare, cada noviembre para el año siguiente (los de 2026, el 14 de noviembre de 2025); la encuesta de KFF a los empleadores, cada octubre.
table_update-tax_rules-title = Reglas federales de impuestos para gastos médicos (IRS)
table_update-tax_rules-usual_update = Las reglas de la deducción cambian solo cuando cambia la ley; la tarifa médica por milla, cada año, con las otras tarifas por milla del IRS.
table_update-paid_leave-title = Licencia familiar pagada de los estados
table_update-paid_leave-usual_update = Cada estado en su propia fecha, la mayoría el 1 de enero y algunos el 1 de julio; un programa nuevo, cuando su ley empieza a pagar.
table_update-poverty_guidelines-title = Guías federales de pobreza (HHS)
table_update-poverty_guidelines-usual_update = Cada enero: las guías de 2026 se publicaron el 15 de enero de 2026.
table_update-product_prices-title = Precios de los productos CAR-T
table_update-product_prices-usual_update = Cuando un producto sale con un precio de lista nuevo; los límites de pago de Medicare, cada tres meses.
table_update-hospital_day_costs-title = Costos del hospital por día (KFF)
table_update-hospital_day_costs-usual_update = Una vez al año, unos dos años después del año de los datos: las cifras de 2022 se publicaron en febrero de 2024.
table_update-conditioning_regimens-title = Dosis de quimioterapia antes de las células (nuestra suposición)
table_update-conditioning_regimens-usual_update = Nuestra propia suposición, a partir de un informe de caso y del tratamiento habitual para el cáncer; la cambiamos cuando los ensayos publiquen otras dosis.
table_update-journey-title = El recorrido: viajes, noches, días y visitas
table_update-journey-usual_update = Sale de las listas de ensayos, folletos y estudios; lo cambiamos cuando los ensayos publiquen sus calendarios.
table_update-counting_rules-title = Cómo contamos los viajes y los días fuera (nuestra suposición)
table_update-counting_rules-usual_update = Nuestras propias reglas; solo las cambiamos con una nota en los datos.
table_update-distance_rules-title = Distancias desde un código postal: millas por carretera a partir de millas en línea recta, y en carro o en avión (nuestra suposición)
table_update-distance_rules-usual_update = Nuestras propias elecciones a partir de estudios publicados sobre la distancia por carretera; solo las cambiamos con una nota en los datos. Los puntos de los códigos postales vienen del Gazetteer de la Oficina del Censo, que se publica cada año.
table_update-travel_benefit_terms-title = El beneficio de viaje de una aseguradora (nuestra suposición)
table_update-travel_benefit_terms-usual_update = Nuestra suposición a partir del manual de un plan; los términos de su propio plan van primero.
table_update-burden_thresholds-title = Qué tan pesado es un costo (medidas del gasto en salud)
table_update-burden_thresholds-usual_update = Son definiciones fijas de la OMS y del Commonwealth Fund; cambian muy poco.
