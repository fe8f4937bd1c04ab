/**
 * "Start from a small example": a made-up story as the spreadsheet tabs a producer would fill in,
 * so that the studio shows the round trip from the first click (tabs in, problems, preview, tabs out).
 */
export const EXAMPLE_TABS: Record<string, string> = {
  'dataset.csv': `id,title_en,title_es,summary_en,summary_es,asOf,updated
riverside-bike-lanes,Riverside’s bike lanes (an example),Los carriles bici de Riverside (un ejemplo),A made-up story to start from: replace every row with yours.,Una historia inventada para empezar: reemplace cada fila por las suyas.,2024-12-01,2024-12-01
`,
  'events.csv': `id,date,end,kind,title_en,title_es,summary_en,summary_es,actors,sources
plan,1998,,policy,City adopts the bike plan,La ciudad adopta el plan de bicicletas,The council adopts a plan for 40 miles of lanes.,El concejo adopta un plan de 64 kilómetros de carriles.,council,ledger-1998
pilot,2019-06,2021-03,event,Pilot lanes on Main Street,Carriles piloto en Main Street,Protected lanes are tried on one street.,Se prueban carriles protegidos en una calle.,mayor,ledger-2021
hearing,2023-11-14,,statement,Council hearing draws 200 residents,Una audiencia reúne a 200 vecinos,Shop owners and cyclists speak for two hours.,Comerciantes y ciclistas hablan durante dos horas.,shops;council,ledger-2023
vote,2025-01,,vote,Council vote on the full network,Votación de la red completa,The council is due to vote on the whole network.,El concejo debe votar la red completa.,council,ledger-2023
`,
  'actors.csv': `id,name_en,name_es,role_en,role_es,group
mayor,Mayor Ana Ruiz,Alcaldesa Ana Ruiz,Mayor of Riverside,Alcaldesa de Riverside,city
council,City Council,Concejo municipal,Riverside’s 9 council members,Los 9 concejales de Riverside,city
shops,Main Street Merchants,Comerciantes de Main Street,Business association,Asociación de comerciantes,public
`,
  'issues.csv': `id,label_en,label_es,description_en,description_es
network,Build the full network?,¿Construir la red completa?,All 40 miles of protected lanes by 2030.,Los 64 kilómetros de carriles protegidos para 2030.
parking,Remove parking for lanes?,¿Quitar estacionamiento para carriles?,Lanes would replace 300 parking spaces.,Los carriles reemplazarían 300 plazas de estacionamiento.
`,
  'stances.csv': `actor,issue,position,basis,date,quote,quoteLang,summary_en,summary_es,sources
mayor,network,support,own-words,2024-02-01,We will finish what Riverside started in 1998.,en,Endorses the full network.,Respalda la red completa.,ledger-2023
mayor,parking,mixed,reported,2024-02-01,,,"Would remove some parking, not all.","Quitaría parte del estacionamiento, no todo.",ledger-2023
shops,parking,oppose,action,2023-11-14,,,Testified against removing parking.,Declaró en contra de quitar estacionamiento.,ledger-2023
shops,network,mixed,reported,2023-11-14,,,Backs lanes on side streets only.,Apoya carriles solo en calles laterales.,ledger-2023
`,
  'sources.csv': `id,label_en,label_es,url,publisher,date
ledger-1998,“Council adopts bike plan”,«El concejo adopta el plan de bicicletas»,https://example.org/ledger/1998-plan,The Riverside Ledger (example),1998-05-12
ledger-2021,“Main Street pilot ends”,«Termina el piloto de Main Street»,https://example.org/ledger/2021-pilot,The Riverside Ledger (example),2021-03-30
ledger-2023,“Hearing on bike lanes”,«Audiencia sobre los carriles bici»,https://example.org/ledger/2023-hearing,The Riverside Ledger (example),2023-11-15
`,
  'groups.csv': `id,label_en,label_es
city,City government,Gobierno municipal
public,The public,La ciudadanía
`,
};
