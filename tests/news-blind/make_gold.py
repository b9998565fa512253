#!/usr/bin/env python3
"""Generate the third, blind held-out gold articles (tests/news-blind/*.json).

Six fictional Dutch news articles written for kroniek's blind evaluation (not
studied while tuning any stage). Same annotation helpers as tests/news-final:

  E(surface, type)        every whole-word occurrence not already inside a longer span
  E(surface, type, i)     only the i-th whole-word occurrence (0-based)
  T(surface, type, value, i=0)
  Q(prefix, speaker, i=0) the quote opening with prefix; the span runs from just
                          after the opening mark to just before its closing mark

Run: python3 tests/news-blind/make_gold.py   (rewrites the .json files beside it;
--check only verifies that they are up to date).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))
from gold import E, Q, T, write_set  # noqa: E402

ARTICLES = []

# ---------------------------------------------------------------- 1: hospital strike
ARTICLES.append(dict(id="blind-01", outlet="hln.be", topic="be-health-strike", dct="2023-10-17", text="""\
Vakbondssecretaris Vandamme: ‘Het personeel is op, de patiënt betaalt de prijs’

In tientallen Vlaamse ziekenhuizen hebben verpleegkundigen en zorgkundigen dinsdagochtend het werk neergelegd. De staking begon om 6 uur en duurt 24 uur. Ze is een initiatief van de christelijke vakbond LBC-NVK en de socialistische BBTK, die al sinds de zomer hameren op een tekort aan personeel.

In het UZ Gent verzamelden zich rond 8.15 uur ruim driehonderd stakers aan de hoofdingang. Ook in het AZ Groeninge in Kortrijk en het Ziekenhuis Oost-Limburg in Genk werden piketten opgezet. Spoeddiensten en intensieve zorg blijven wel open, met een minimale bezetting.

„Het personeel is op, de patiënt betaalt de prijs”, zei vakbondssecretaris Ilse Vandamme van het LBC-NVK aan de stakingspost in Gent. „Wij vragen geen cadeau. Wij vragen dat er per acht patiënten minstens één verpleegkundige op de afdeling staat.”

Verpleegkundige Jonas Peeters werkt al elf jaar op de afdeling geriatrie. „Vorige week had ik een nachtdienst met 24 patiënten”, vertelt hij. „Dan kan je niet meer zorgen, dan kan je alleen nog overleven.” Volgens hem denken veel jonge collega's eraan om de sector te verlaten.

Minister van Volksgezondheid Karel Dewulf (Vooruit) zegt begrip te hebben voor de actie. Hij wijst erop dat de regering vorig jaar 600 miljoen euro heeft vrijgemaakt voor extra personeel. „Dat geld komt er, maar het kost tijd om mensen op te leiden”, aldus Dewulf. „We kunnen niet in één klap duizend verpleegkundigen uit de grond stampen.”

De koepel van de ziekenhuizen, Zorgnet-Icuro, vraagt de stakers om geen geplande operaties uit te stellen. Een woordvoerder van de koepel zei dat de ziekenhuizen zelf ‘met de rug tegen de muur’ staan. „Wij delen de bezorgdheid van de vakbonden, maar de financiering moet van de overheid komen.”

Als er tegen eind november geen akkoord ligt, dreigen de bonden met een nieuwe actiedag in Brussel. Die zou dan vermoedelijk plaatsvinden op donderdag 7 december, de dag waarop de Kamer over de begroting voor 2024 stemt. De vorige grote zorgbetoging, in het voorjaar van 2021, bracht zo'n 10.000 mensen op de been.

Rond 11 uur hadden in Antwerpen ook de schoonmakers van het ZNA zich bij de actie aangesloten. De stakers komen morgen opnieuw samen om te beslissen over de volgende stappen.
""", ann=[
    E("Vandamme", "PER"), E("Ilse Vandamme", "PER"), E("Vlaamse", "MISC"), E("LBC-NVK", "ORG"),
    E("BBTK", "ORG"), E("UZ Gent", "ORG"), E("Gent", "LOC"), E("AZ Groeninge", "ORG"),
    E("Kortrijk", "LOC"), E("Ziekenhuis Oost-Limburg", "ORG"), E("Genk", "LOC"),
    E("Jonas Peeters", "PER"), E("Karel Dewulf", "PER"), E("Dewulf", "PER"), E("Vooruit", "ORG"),
    E("Zorgnet-Icuro", "ORG"), E("Brussel", "LOC"), E("Kamer", "ORG"), E("Antwerpen", "LOC"),
    E("ZNA", "ORG"),
    T("dinsdagochtend", "TIME", "2023-10-17TMO"), T("6 uur", "TIME", "2023-10-17T06:00"),
    T("24 uur", "DURATION", "PT24H"), T("de zomer", "DATE", "2023-SU"),
    T("rond 8.15 uur", "TIME", "2023-10-17T08:15"), T("elf jaar", "DURATION", "P11Y"),
    T("Vorige week", "DATE", "2023-W41"), T("vorig jaar", "DATE", "2022"),
    T("eind november", "DATE", "2023-11"), T("donderdag 7 december", "DATE", "2023-12-07"),
    T("2024", "DATE", "2024"), T("het voorjaar van 2021", "DATE", "2021-SP"),
    T("Rond 11 uur", "TIME", "2023-10-17T11:00"), T("morgen", "DATE", "2023-10-18"),
    Q("Het personeel is op", "Ilse Vandamme", 0), Q("Het personeel is op", "Ilse Vandamme", 1),
    Q("Wij vragen geen", "Ilse Vandamme"), Q("Vorige week had", "Jonas Peeters"),
    Q("Dan kan je", "Jonas Peeters"), Q("Dat geld komt", "Karel Dewulf"),
    Q("We kunnen niet", "Karel Dewulf"), Q("met de rug", "een woordvoerder van de koepel"),
    Q("Wij delen de", "een woordvoerder van de koepel"),
]))

# ---------------------------------------------------------------- 2: Champions League
ARTICLES.append(dict(id="blind-02", outlet="nos.nl", topic="sport-football", dct="2024-11-07", text="""\
Bakker: ‘We hebben laten zien dat we op dit niveau thuishoren’

PSV heeft woensdagavond een grote stap gezet richting de volgende ronde van de Champions League. In een uitverkocht Philips Stadion won de ploeg van trainer Ruud Schouten met 3-1 van het Spaanse Sevilla. Het was de eerste Europese thuiszege van de Eindhovenaren in deze campagne.

Na een nerveuze beginfase kwam PSV op achterstand. De Argentijnse spits Mateo Herrera schoot van dichtbij raak na een slordige terugspeelbal. Vlak voor rust zorgde aanvoerder Daan Bakker met een kopbal voor de gelijkmaker. In de tweede helft was het Youssef El Amrani die de wedstrijd in een kwartier besliste: eerst krulde hij een vrije trap in de kruising, daarna rondde hij een counter af.

„We hebben laten zien dat we op dit niveau thuishoren”, zei Bakker na afloop voor de camera van Ziggo Sport. „Na die goal van hen bleven we rustig. Dat hadden we een jaar geleden nog niet gekund.”

Schouten was vooral tevreden over de tweede helft. „In de rust heb ik niet veel gezegd”, vertelde de trainer op de persconferentie. „De jongens wisten zelf dat het beter moest. Dan zie je wat deze groep kan.”

El Amrani, die in de zomer voor 14 miljoen euro overkwam van Feyenoord, werd door de UEFA uitgeroepen tot man van de wedstrijd. „Ik speel hier pas drie maanden, maar ik voel me al thuis in Eindhoven”, zei de Marokkaanse international, die zijn doelpunten opdroeg aan zijn vader.

Bij Sevilla heerste teleurstelling. Trainer José Luis Moreno sprak van ‘een avond om snel te vergeten’. „We hebben veertig minuten goed gespeeld en daarna zijn we gestopt met voetballen”, aldus de Spanjaard.

Door de zege staat PSV met zeven punten op de twaalfde plaats. Op 27 november speelt de ploeg uit tegen Bayern München. Eerst wacht zaterdag nog de kraker in de Eredivisie tegen Ajax in de Johan Cruijff ArenA, die om 18.45 uur begint. Bakker keek daar al naar uit. „Zulke avonden maken het seizoen. Zaterdag willen we dit gevoel vasthouden.”

Het duel in Eindhoven begon met een kwartier vertraging, omdat supporters van Sevilla bij het stadion werden opgehouden door de politie. Volgens een woordvoerder van de gemeente werden er elf mensen gearresteerd.
""", ann=[
    E("Bakker", "PER"), E("Daan Bakker", "PER"), E("PSV", "ORG"), E("Champions League", "MISC"),
    E("Philips Stadion", "LOC"), E("Ruud Schouten", "PER"), E("Schouten", "PER"), E("Spaanse", "MISC"),
    E("Sevilla", "ORG"), E("Europese", "MISC"), E("Eindhovenaren", "MISC"), E("Argentijnse", "MISC"),
    E("Mateo Herrera", "PER"), E("Youssef El Amrani", "PER"), E("El Amrani", "PER"),
    E("Ziggo Sport", "ORG"), E("Feyenoord", "ORG"), E("UEFA", "ORG"), E("Eindhoven", "LOC"),
    E("Marokkaanse", "MISC"), E("José Luis Moreno", "PER"), E("Spanjaard", "MISC"),
    E("Bayern München", "ORG"), E("Eredivisie", "MISC"), E("Ajax", "ORG"),
    E("Johan Cruijff ArenA", "LOC"),
    T("woensdagavond", "TIME", "2024-11-06TEV"), T("een kwartier", "DURATION", "PT15M", 0),
    T("een jaar geleden", "DATE", "2023"), T("de zomer", "DATE", "2024-SU"),
    T("drie maanden", "DURATION", "P3M"), T("veertig minuten", "DURATION", "PT40M"),
    T("27 november", "DATE", "2024-11-27"), T("zaterdag", "DATE", "2024-11-09"),
    T("18.45 uur", "TIME", "2024-11-09T18:45"), T("Zaterdag", "DATE", "2024-11-09"),
    T("een kwartier", "DURATION", "PT15M", 1),
    Q("We hebben laten", "Daan Bakker", 0), Q("We hebben laten", "Daan Bakker", 1),
    Q("Na die goal", "Daan Bakker"), Q("In de rust", "Ruud Schouten"),
    Q("De jongens wisten", "Ruud Schouten"), Q("Ik speel hier", "Youssef El Amrani"),
    Q("een avond om", "José Luis Moreno"), Q("We hebben veertig", "José Luis Moreno"),
    Q("Zulke avonden", "Daan Bakker"),
]))

# ---------------------------------------------------------------- 3: housing market
ARTICLES.append(dict(id="blind-03", outlet="nrc.nl", topic="nl-housing-market", dct="2024-07-04", text="""\
Huizenprijzen stijgen weer hard, starters vissen achter het net

De prijs van een gemiddelde koopwoning in Nederland is in het tweede kwartaal met 8,4 procent gestegen. Dat blijkt uit cijfers die het Centraal Bureau voor de Statistiek (CBS) en het Kadaster donderdag publiceerden. Een doorsneehuis kostte in juni gemiddeld 451.000 euro, een record.

Volgens de Nederlandse Vereniging van Makelaars (NVM) komt de stijging vooral door de gedaalde hypotheekrente en de stijgende lonen. „Kopers hebben weer meer leencapaciteit, maar het aanbod blijft historisch laag”, zegt voorzitter Lana Hoekstra van de NVM. „Op een gemiddelde woning in de Randstad komen nu vijftien tot twintig kijkers af.”

Vooral in Utrecht, Amsterdam en Haarlem wordt er massaal overboden. In Groningen steeg de gemiddelde prijs het afgelopen jaar zelfs met ruim 12 procent, het hoogste percentage van alle provinciehoofdsteden.

Voor starters wordt het steeds moeilijker. Sanne de Vries (29) en haar vriend zoeken al anderhalf jaar naar een appartement in Utrecht. „We hebben op veertien huizen geboden en zijn veertien keer overboden”, vertelt ze. „Elke keer denk je: deze keer lukt het. En elke keer krijg je een mailtje dat het niet gelukt is.”

Econoom Rik Jansen van ING verwacht dat de prijzen de komende maanden blijven stijgen. „Zolang er niet flink wordt bijgebouwd, blijft de markt krap”, zegt hij. „Ik verwacht dat de prijzen eind dit jaar ongeveer 9 procent hoger liggen dan in 2023.”

Het kabinet wil jaarlijks 100.000 nieuwe woningen bouwen, maar haalt dat doel niet. Vorig jaar werden er volgens het CBS ongeveer 73.000 woningen opgeleverd. Minister van Volkshuisvesting Mirjam Bosman (NSC) erkende dinsdag in de Tweede Kamer dat het te traag gaat. „We moeten sneller en slimmer bouwen, en daar werken we elke dag aan”, zei ze.

De oppositie is kritisch. Kamerlid Tarik Boukhari (GroenLinks-PvdA) noemde het kabinetsbeleid ‘een papieren tijger’. „De minister maakt plannen voor 2030, terwijl jongeren nu geen huis kunnen vinden”, zei Boukhari.

Het CBS publiceert de cijfers over het derde kwartaal op 17 oktober.
""", ann=[
    E("Nederland", "LOC"), E("Centraal Bureau voor de Statistiek", "ORG"), E("CBS", "ORG"),
    E("Kadaster", "ORG"), E("Nederlandse Vereniging van Makelaars", "ORG"), E("NVM", "ORG"),
    E("Lana Hoekstra", "PER"), E("Randstad", "LOC"), E("Utrecht", "LOC"), E("Amsterdam", "LOC"),
    E("Haarlem", "LOC"), E("Groningen", "LOC"), E("Sanne de Vries", "PER"), E("Rik Jansen", "PER"),
    E("ING", "ORG"), E("Mirjam Bosman", "PER"), E("NSC", "ORG"), E("Tweede Kamer", "ORG"),
    E("Tarik Boukhari", "PER"), E("Boukhari", "PER"), E("GroenLinks-PvdA", "ORG"),
    T("het tweede kwartaal", "DATE", "2024-Q2"), T("donderdag", "DATE", "2024-07-04"),
    T("juni", "DATE", "2024-06"), T("nu", "DATE", "PRESENT_REF", 0),
    T("het afgelopen jaar", "DURATION", "P1Y"), T("anderhalf jaar", "DURATION", "P18M"),
    T("de komende maanden", "DURATION", "PXM"), T("eind dit jaar", "DATE", "2024"),
    T("2023", "DATE", "2023"), T("jaarlijks", "SET", "P1Y"), T("Vorig jaar", "DATE", "2023"),
    T("dinsdag", "DATE", "2024-07-02"), T("elke dag", "SET", "P1D"), T("2030", "DATE", "2030"),
    T("nu", "DATE", "PRESENT_REF", 1), T("het derde kwartaal", "DATE", "2024-Q3"),
    T("17 oktober", "DATE", "2024-10-17"),
    Q("Kopers hebben", "Lana Hoekstra"), Q("Op een gemiddelde", "Lana Hoekstra"),
    Q("We hebben op", "Sanne de Vries"), Q("Elke keer denk", "Sanne de Vries"),
    Q("Zolang er niet", "Rik Jansen"), Q("Ik verwacht dat", "Rik Jansen"),
    Q("We moeten sneller", "Mirjam Bosman"), Q("een papieren tijger", "Tarik Boukhari"),
    Q("De minister maakt", "Tarik Boukhari"),
]))

# ---------------------------------------------------------------- 4: EU summit
ARTICLES.append(dict(id="blind-04", outlet="standaard.be", topic="eu-summit", dct="2017-10-20", text="""\
Europese top eindigt zonder akkoord over migratie: ‘We zijn niet ver genoeg gekomen’

BRUSSEL - De Europese regeringsleiders zijn er vrijdagochtend niet in geslaagd het eens te worden over de verdeling van asielzoekers. Na een vergadering van bijna veertien uur verlieten de leiders om 4.20 uur het Europagebouw in Brussel zonder gezamenlijke verklaring over migratie.

„We zijn niet ver genoeg gekomen”, gaf Raadsvoorzitter Henrik Lund toe op een korte persconferentie. „Maar ik stel vast dat niemand de deur heeft dichtgegooid. We praten verder in december.”

Vooral Hongarije en Polen blijven zich verzetten tegen een verplichte verdeelsleutel. De Hongaarse premier Gábor Szalai zei bij zijn aankomst donderdagmiddag al dat zijn land ‘geen enkele migrant’ zou opnemen. „Brussel kan ons niet dwingen. Dat hebben we in 2015 gezegd, en dat zeggen we nu opnieuw.”

Premier Koen Verhaegen was ontgoocheld. „Solidariteit is geen menu waaruit je kiest wat je lust”, zei Verhaegen. Volgens hem dragen België, Duitsland en Italië een onevenredig deel van de last. De Nederlandse premier Willem van Dijk (VVD) wil eerst de buitengrenzen beter bewaken. „Zolang we niet weten wie Europa binnenkomt, is elke verdeelsleutel een lege doos”, zei Van Dijk.

Over andere dossiers raakten de 28 lidstaten wel overeen. Zo wordt het Europees Defensiefonds de komende drie jaar uitgebreid met 1,5 miljard euro, en krijgt het Europees Parlement tegen het voorjaar een voorstel voor strengere regels voor techbedrijven. Ook de Brexit kwam kort ter sprake. De Britse premier Margaret Hale vroeg haar collega's om ‘flexibiliteit en creativiteit’ in de onderhandelingen.

„De klok tikt”, waarschuwde Jean-Pierre Duval, die namens de EU over de Brexit onderhandelt. „Tegen april moeten de grote lijnen van het terugtrekkingsakkoord klaar zijn, anders wordt het heel moeilijk.”

De volgende Europese top vindt plaats op 14 december. Diplomaten verwachten dat de migratiekwestie daar opnieuw de agenda zal domineren. Een Europese diplomaat zei vrijdag dat de sfeer ‘gespannen maar niet vijandig’ was. „Iedereen is moe, maar niemand wil een crisis zoals twee jaar geleden.”
""", ann=[
    E("Europese", "MISC"), E("BRUSSEL", "LOC"), E("Brussel", "LOC"), E("Europagebouw", "LOC"),
    E("Henrik Lund", "PER"), E("Hongarije", "LOC"), E("Polen", "LOC"), E("Hongaarse", "MISC"),
    E("Gábor Szalai", "PER"), E("Koen Verhaegen", "PER"), E("Verhaegen", "PER"), E("België", "LOC"),
    E("Duitsland", "LOC"), E("Italië", "LOC"), E("Nederlandse", "MISC"), E("Willem van Dijk", "PER"),
    E("VVD", "ORG"), E("Europa", "LOC"), E("Van Dijk", "PER"), E("Europees Defensiefonds", "ORG"),
    E("Europees Parlement", "ORG"), E("Brexit", "MISC"), E("Britse", "MISC"),
    E("Margaret Hale", "PER"), E("Jean-Pierre Duval", "PER"), E("EU", "ORG"),
    T("vrijdagochtend", "TIME", "2017-10-20TMO"), T("bijna veertien uur", "DURATION", "PT14H"),
    T("4.20 uur", "TIME", "2017-10-20T04:20"), T("december", "DATE", "2017-12", 0),
    T("donderdagmiddag", "TIME", "2017-10-19TAF"), T("2015", "DATE", "2015"),
    T("nu", "DATE", "PRESENT_REF"), T("de komende drie jaar", "DURATION", "P3Y"),
    T("het voorjaar", "DATE", "2018-SP"), T("april", "DATE", "2018-04"),
    T("14 december", "DATE", "2017-12-14"), T("vrijdag", "DATE", "2017-10-20"),
    T("twee jaar geleden", "DATE", "2015"),
    Q("We zijn niet", "Henrik Lund", 0), Q("We zijn niet", "Henrik Lund", 1),
    Q("Maar ik stel", "Henrik Lund"), Q("geen enkele migrant", "Gábor Szalai"),
    Q("Brussel kan ons", "Gábor Szalai"), Q("Solidariteit is geen", "Koen Verhaegen"),
    Q("Zolang we niet", "Willem van Dijk"), Q("flexibiliteit en creativiteit", "Margaret Hale"),
    Q("De klok tikt", "Jean-Pierre Duval"), Q("Tegen april moeten", "Jean-Pierre Duval"),
    Q("gespannen maar niet", "een Europese diplomaat"), Q("Iedereen is moe", "een Europese diplomaat"),
]))

# ---------------------------------------------------------------- 5: school shooting trial abroad
ARTICLES.append(dict(id="blind-05", outlet="vrt.be", topic="world-trial", dct="2026-02-24", text="""\
Proces over schietpartij op Finse school van start: ‘Hij wist precies wat hij deed’

In de Finse stad Tampere is maandag het proces begonnen tegen de tiener die in april vorig jaar drie leerlingen en een lerares doodschoot op zijn middelbare school. De verdachte, die in de media alleen als Aleksi K. wordt aangeduid, riskeert een levenslange gevangenisstraf.

De schietpartij op 9 april 2025 schokte heel Finland. Rond 10.40 uur opende de scholier het vuur in een klaslokaal van de school in de wijk Hervanta, in het zuiden van de stad. Binnen twaalf minuten was de politie ter plaatse. De jongen gaf zich zonder verzet over.

Volgens openbaar aanklager Liisa Mäkinen had de verdachte de aanslag lang op voorhand gepland. „Hij wist precies wat hij deed”, zei Mäkinen in haar openingsrede. „Hij maakte lijsten, hij oefende, en hij koos bewust een moment waarop de klas vol zat.” De aanklager baseert zich onder meer op chatberichten en een dagboek dat op de laptop van de jongen werd gevonden.

De advocaat van de verdachte, Mikko Lahtinen, betwist dat niet, maar wijst op de psychische toestand van zijn cliënt. „Mijn cliënt werd jarenlang gepest en kreeg nooit de hulp die hij nodig had”, aldus Lahtinen. Hij vraagt een nieuw psychiatrisch onderzoek.

In de rechtszaal zaten dinsdagochtend tientallen nabestaanden. De vader van een van de omgekomen leerlingen, Juha Virtanen, sprak voor de rechtbank. „Elke dag vraag ik me af waarom niemand de signalen heeft gezien”, zei hij met gebroken stem. „Mijn dochter was vijftien. Ze had haar hele leven nog voor zich.”

Na de schietpartij kwam er in Finland een felle discussie over wapenbezit. De jongen gebruikte een pistool van zijn vader, die een vergunning had als sportschutter. Het Finse parlement keurde in het najaar een strengere wapenwet goed, die op 1 januari in werking is getreden.

Ook minister van Onderwijs Anna Korhonen was dinsdag aanwezig. Ze beloofde ‘elke school een veilige plek’ te maken. Het ministerie trekt de komende twee jaar 40 miljoen euro uit voor psychologen op scholen.

Het proces duurt naar verwachting zes weken. De uitspraak wordt eind april verwacht. Een woordvoerder van de rechtbank liet weten dat de zittingen omwille van de minderjarigheid van de verdachte grotendeels achter gesloten deuren plaatsvinden.
""", ann=[
    E("Finse", "MISC"), E("Tampere", "LOC"), E("Aleksi K.", "PER"), E("Finland", "LOC"),
    E("Hervanta", "LOC"), E("Liisa Mäkinen", "PER"), E("Mäkinen", "PER"), E("Mikko Lahtinen", "PER"),
    E("Lahtinen", "PER"), E("Juha Virtanen", "PER"), E("Anna Korhonen", "PER"),
    T("maandag", "DATE", "2026-02-23"), T("april vorig jaar", "DATE", "2025-04"),
    T("9 april 2025", "DATE", "2025-04-09"), T("Rond 10.40 uur", "TIME", "2025-04-09T10:40"),
    T("twaalf minuten", "DURATION", "PT12M"), T("jarenlang", "DURATION", "PXY"),
    T("dinsdagochtend", "TIME", "2026-02-24TMO"), T("Elke dag", "SET", "P1D"),
    T("het najaar", "DATE", "2025-FA"), T("1 januari", "DATE", "2026-01-01"),
    T("dinsdag", "DATE", "2026-02-24"), T("de komende twee jaar", "DURATION", "P2Y"),
    T("zes weken", "DURATION", "P6W"), T("eind april", "DATE", "2026-04"),
    Q("Hij wist precies", "Liisa Mäkinen", 0), Q("Hij wist precies", "Liisa Mäkinen", 1),
    Q("Hij maakte lijsten", "Liisa Mäkinen"), Q("Mijn cliënt werd", "Mikko Lahtinen"),
    Q("Elke dag vraag", "Juha Virtanen"), Q("Mijn dochter was", "Juha Virtanen"),
    Q("elke school een", "Anna Korhonen"),
]))

# ---------------------------------------------------------------- 6: music festival
ARTICLES.append(dict(id="blind-06", outlet="ad.nl", topic="culture-festival", dct="2018-08-20", text="""\
Festivaldirecteur Zwart: ‘Dit was de mooiste editie ooit’

Met ruim 63.000 bezoekers per dag heeft het festival Lowlands in Biddinghuizen dit weekend een record gebroken. Het festival eindigde zondagavond rond 23.30 uur met een optreden van de Britse band The Hollow Kings in de grootste tent van het terrein.

„Dit was de mooiste editie ooit”, zei festivaldirecteur Erik Zwart maandagochtend tegen het AD. „Het weer zat mee, er waren geen grote incidenten en het publiek was fantastisch.” Volgens Zwart waren de kaarten al in mei uitverkocht, binnen drie uur na de start van de verkoop. Ook veel Belgen en Duitsers vonden de weg naar de Flevopolder.

Hoogtepunt voor veel bezoekers was zaterdagavond het concert van de Amerikaanse rapper Jay Monroe, die zijn eerste optreden in Nederland in vijf jaar gaf. De tent was zo vol dat de organisatie de toegang een halfuur moest afsluiten. „Ik heb hier twee jaar op gewacht”, zei Fleur Bakker uit Zwolle, die urenlang vooraan had gestaan. „Hij speelde alles wat ik wilde horen, en meer.”

Ook Nederlandse acts deden het goed. De Amsterdamse zangeres Noor Lindeman speelde vrijdagmiddag voor een afgeladen tent, nadat ze vorig jaar op het kleinste podium debuteerde. „Vorig jaar stonden er misschien tweehonderd mensen”, zei ze na afloop. „Deze keer zongen er duizenden mee. Ik moest mezelf echt even knijpen.”

Door de hitte – het werd zaterdag 31 graden – deelde het Rode Kruis gratis water uit. Hulpverleners behandelden in totaal ruim 900 mensen, vooral voor kleine verwondingen en uitdroging.

De politie hield tijdens het weekend 34 mensen aan, de meesten voor drugsbezit. Dat is minder dan vorig jaar, toen er 51 arrestaties waren. Een woordvoerder van de politie sprak van ‘een rustig en gezellig festival’. „We hebben vooral mensen geholpen die te veel zon of te veel drank hadden gehad”, zei hij.

Organisator Mojo Concerts maakt in november de eerste namen voor de volgende editie bekend. Die begint op vrijdag 16 augustus 2019. Zwart wil het aantal bezoekers niet verder laten groeien. „We zitten aan ons maximum. Liever een beter festival dan een groter festival.”
""", ann=[
    E("Zwart", "PER"), E("Erik Zwart", "PER"), E("Lowlands", "MISC"), E("Biddinghuizen", "LOC"),
    E("Britse", "MISC"), E("The Hollow Kings", "ORG"), E("AD", "ORG"), E("Belgen", "MISC"),
    E("Duitsers", "MISC"), E("Flevopolder", "LOC"), E("Amerikaanse", "MISC"), E("Jay Monroe", "PER"),
    E("Nederland", "LOC"), E("Fleur Bakker", "PER"), E("Zwolle", "LOC"), E("Nederlandse", "MISC"),
    E("Amsterdamse", "MISC"), E("Noor Lindeman", "PER"), E("Rode Kruis", "ORG"),
    E("Mojo Concerts", "ORG"),
    T("per dag", "SET", "P1D"), T("dit weekend", "DATE", "2018-W33-WE"),
    T("zondagavond", "TIME", "2018-08-19TEV"), T("rond 23.30 uur", "TIME", "2018-08-19T23:30"),
    T("maandagochtend", "TIME", "2018-08-20TMO"), T("mei", "DATE", "2018-05"),
    T("drie uur", "DURATION", "PT3H"), T("zaterdagavond", "TIME", "2018-08-18TEV"),
    T("vijf jaar", "DURATION", "P5Y"), T("een halfuur", "DURATION", "PT30M"),
    T("twee jaar", "DURATION", "P2Y"), T("urenlang", "DURATION", "PTXH"),
    T("vrijdagmiddag", "TIME", "2018-08-17TAF"), T("vorig jaar", "DATE", "2017", 0),
    T("Vorig jaar", "DATE", "2017"), T("zaterdag", "DATE", "2018-08-18"),
    T("het weekend", "DATE", "2018-W33-WE"), T("vorig jaar", "DATE", "2017", 1),
    T("november", "DATE", "2018-11"), T("vrijdag 16 augustus 2019", "DATE", "2019-08-16"),
    Q("Dit was de", "Erik Zwart", 0), Q("Dit was de", "Erik Zwart", 1),
    Q("Het weer zat", "Erik Zwart"), Q("Ik heb hier", "Fleur Bakker"),
    Q("Hij speelde alles", "Fleur Bakker"), Q("Vorig jaar stonden", "Noor Lindeman"),
    Q("Deze keer zongen", "Noor Lindeman"), Q("een rustig en", "een woordvoerder van de politie"),
    Q("We hebben vooral", "een woordvoerder van de politie"), Q("We zitten aan", "Erik Zwart"),
]))


if __name__ == "__main__":
    write_set(ARTICLES, HERE, 250, 500)
