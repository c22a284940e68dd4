# Spanish for the prose in data/trials.csv: each key is the trial's id and the column.

## data/trials.csv: note
trial-reset_myositis = Incluye a niños con miositis juvenil.
trial-reset_ssc = Abierto en varios sitios de EE. UU.
trial-kysa_1 = Para la nefritis lúpica. Participaron 6 personas.
trial-kysa_3 = Para la nefritis lúpica. No vimos sitios.
trial-cartimmune = También para otras enfermedades.
trial-breakfree_sle = Fase 2.
trial-rapcabtagene_sle = No vimos ningún sitio en EE. UU.
trial-dra04 = No se ve un número de ensayo: pregunte al equipo de Duke.
trial-descartes_08_sle = Se da sin estancia en el hospital. No vimos ningún sitio en los centros de nuestra lista.
