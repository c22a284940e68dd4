## Las opciones del formulario: enfermedades, vías, planes, estados.

choice-condition-sle = Lupus (lupus eritematoso sistémico, LES)
choice-condition-lupus_nephritis = Nefritis lúpica (lupus que daña los riñones)
choice-condition-dermatomyositis = Dermatomiositis
choice-condition-antisynthetase = Síndrome antisintetasa
choice-condition-polymyositis = Polimiositis
choice-condition-necrotizing_myopathy = Miopatía necrotizante inmunomediada
choice-condition-systemic_sclerosis = Esclerodermia (esclerosis sistémica)
choice-condition-inclusion_body_myositis = Miositis por cuerpos de inclusión (MCI; en inglés IBM)
choice-condition-other = Otra enfermedad autoinmune

choice-route-trial = En un ensayo clínico: el patrocinador del estudio da las células
choice-route-approved = Fuera de un ensayo: se compra un producto con licencia

choice-cells-autologous = Hechas con la sangre del propio paciente (autólogas)
choice-cells-allogeneic = Ya preparadas con células de un donante (alogénicas)

choice-travel-usual = Lo usual para la distancia (en carro hasta 400 millas de ida, en avión si es más lejos)
choice-travel-drive = En carro
choice-travel-fly = En avión
choice-travel-mode-drive = En carro
choice-travel-mode-fly = En avión

choice-lodging-hotel = Hotel (usamos la tarifa federal de viaje de la zona)
choice-lodging-hospitality_house = Casa de hospedaje para pacientes u otro cuarto de bajo costo (escriba su precio por noche)
choice-lodging-family = Con familiares o amigos, sin costo

choice-insurance-type-employer = Plan de seguro del trabajo (por medio de un empleador)
choice-insurance-type-marketplace = Plan del Mercado de Seguros (HealthCare.gov o el de su estado)
choice-insurance-type-medicare = Medicare Original
choice-insurance-type-medicare_advantage = Medicare Advantage
choice-insurance-type-medicaid = Medicaid
choice-insurance-type-uninsured = Sin seguro médico

choice-coverage-tier-self_only = Solo el paciente (individual)
choice-coverage-tier-family = El paciente y sus familiares (cobertura familiar)

choice-pay-per-hour = por hora
choice-pay-per-week = por semana
choice-pay-per-month = por mes
choice-pay-per-year = por año
choice-network-yes = Sí
choice-network-no = No
choice-network-unsure = No estoy seguro
choice-yes-no-yes = Sí
choice-yes-no-no = No

choice-price-basis-launch_list = Precios de lista de lanzamiento de los productos CAR-T aprobados
choice-price-basis-medicare_2026 = Lo que paga Medicare por los productos CAR-T aprobados (2026)

state-AL = Alabama
state-AK = Alaska
state-AZ = Arizona
state-AR = Arkansas
state-CA = California
state-CO = Colorado
state-CT = Connecticut
state-DE = Delaware
state-DC = Distrito de Columbia
state-FL = Florida
state-GA = Georgia
state-HI = Hawái
state-ID = Idaho
state-IL = Illinois
state-IN = Indiana
state-IA = Iowa
state-KS = Kansas
state-KY = Kentucky
state-LA = Luisiana
state-ME = Maine
state-MD = Maryland
state-MA = Massachusetts
state-MI = Míchigan
state-MN = Minnesota
state-MS = Mississippi
state-MO = Missouri
state-MT = Montana
state-NE = Nebraska
state-NV = Nevada
state-NH = Nuevo Hampshire
state-NJ = Nueva Jersey
state-NM = Nuevo México
state-NY = Nueva York
state-NC = Carolina del Norte
state-ND = Dakota del Norte
state-OH = Ohio
state-OK = Oklahoma
state-OR = Oregón
state-PA = Pensilvania
state-PR = Puerto Rico
state-RI = Rhode Island
state-SC = Carolina del Sur
state-SD = Dakota del Sur
state-TN = Tennessee
state-TX = Texas
state-UT = Utah
state-VT = Vermont
state-VA = Virginia
state-WA = Washington
state-WV = Virginia Occidental
state-WI = Wisconsin
state-WY = Wyoming
choice-stay-usual = Lo usual para el viaje (en casa si son 2 horas o menos, cerca del centro si es más)
choice-stay-lodging = Cerca del centro (hotel, casa de hospedaje, familiares o amigos)
choice-stay-home = En casa, yendo en carro a cada visita
