# La página de todos los centros para un hogar.
centers-title = Todos los centros para sus respuestas
centers-lede = Desde el código postal { $zip }, para { $disease }: los { $count } centros de nuestra lista, del costo probable más bajo al más alto para su familia, cada uno calculado con sus respuestas.
centers-how = Cada total es un cálculo completo con sus respuestas, cambiando solo el centro, la distancia y, si usted no la eligió, la forma de viajar. Las distancias son una línea recta entre áreas de código postal por un factor para las carreteras.
centers-travel-rule = Si no eligió, contamos en carro hasta { $limit } millas de ida y en avión si es más lejos.
centers-trials-incomplete = <strong>Los ensayos de la lista son solo los que hemos visto</strong> en cada centro, en la fecha que se indica. Las listas de sitios de los ensayos nunca están completas: un centro sin ensayos en la lista puede tener alguno. Revise la ficha de cada ensayo en ClinicalTrials.gov y pregunte al centro.
centers-change-answers = Cambiar sus respuestas
centers-your-choice = su elección
centers-total = Su familia probablemente pagaría <strong>{ $typical }</strong> (de { $low } a { $high }).
centers-distance = Distancia
centers-distance-zip = Más o menos { $miles ->
        [one] { $miles } milla
       *[other] { $miles } millas
    } de ida ({ $straight ->
        [one] { $straight } milla
       *[other] { $straight } millas
    } en línea recta × { $factor } por las carreteras)
centers-distance-typed = { $miles } millas de ida, como la escribió
centers-travel = Viaje
centers-travel-usual = { $mode } (lo usual para esta distancia)
centers-lodging = Alojamiento cerca del centro
centers-lodging-rate = { $rate } por noche
centers-lodging-none = Sin precio: se queda con familiares o amigos
centers-trials = Ensayos para { $disease } vistos aquí
centers-trial-line = { $sponsor }, { $product }; { $cells }; { $status }.
centers-trial-unconfirmed = No confirmado en este hospital: la página que vimos solo nombraba la ciudad.
centers-trial-seen = (información con fecha: { $date })
centers-trial-unnamed = Un ensayo sin nombre ni número a la vista
centers-no-trials-seen = No vimos ninguno. Eso no quiere decir que no haya: pregunte al centro.
centers-open-estimate = El cálculo completo para { $center }
centers-compare = Comparar con { $center }
centers-made-on = Hecho el { $date }, con datos de { $data }.
trial-status-recruiting = aceptaba pacientes nuevos cuando lo vimos
trial-status-active_not_recruiting = en curso, pero no aceptaba pacientes nuevos cuando lo vimos
trial-status-not_yet_recruiting = todavía no aceptaba pacientes cuando lo vimos
trial-status-enrolment_complete = completo: no acepta pacientes nuevos
trial-status-unknown = no se sabe en qué estado está
trial-cells-autologous = hecho con las células del propio paciente
trial-cells-allogeneic = hecho con células de un donante
centers-how-link = Cómo los calculamos
centers-how-title = Cómo los calculamos
centers-trials-seen-only = (solo los que hemos visto: revise cada ficha)
centers-lodging-home = Ninguno: duerme en casa y va en carro
centers-trial-at = Visto en { $site }.
centers-neighbouring-zip = (El código postal del hospital, { $hospital_zip }, es solo del hospital y no tiene área del censo; medimos hasta { $zip }, el área que lo rodea.)
