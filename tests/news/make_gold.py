#!/usr/bin/env python3
"""Generate the held-out gold articles (tests/news/*.json).

Eight fictional Dutch news articles, written for kroniek's held-out evaluation
(never seen while tuning the stages). Each annotation names its surface string
and, where the string occurs more than once, which occurrence it means; the
code-point offsets are computed here and every span's text is asserted.

  E(surface, type)        every whole-word occurrence not already inside a longer span
  E(surface, type, i)     only the i-th whole-word occurrence (0-based)
  T(surface, type, value, i=0)
  Q(prefix, speaker, i=0) the quote opening with prefix; the span runs from just
                          after the opening mark to just before its closing mark

Run: python3 tests/news/make_gold.py   (rewrites the .json files beside it;
--check only verifies that they are up to date).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))
from gold import E, Q, T, write_set  # noqa: E402

ARTICLES = []

# ---------------------------------------------------------------- 1: Flemish local politics
ARTICLES.append(dict(id="heldout-01", outlet="hln.be", topic="be-politics", dct="2024-10-15", text="""\
Vermeulen: ‘We gaan snel aan de slag met de binnenstad’

Twee dagen na de gemeenteraadsverkiezingen is in Lier een nieuwe meerderheid gevormd. N-VA en Vooruit ondertekenden gisteren om 16 uur een akkoord in het stadhuis. Ingrid Vermeulen (N-VA) wordt de nieuwe burgemeester, de socialist Koen Dierickx wordt eerste schepen.

Zondag haalde de N-VA in Lier 31 procent van de stemmen, vier procentpunten meer dan zes jaar geleden. Vooruit klom naar 19 procent. Het Vlaams Belang werd met 22 procent de tweede partij, maar geen enkele partij wilde met hen in zee gaan. “De kiezer heeft duidelijk gesproken en wij respecteren dat”, zei Vermeulen gisteravond op een persmoment. “Maar een cordon is een cordon.”

Dierickx was tevreden over het verloop van de gesprekken. “We hebben maandag urenlang gepraat”, zei hij. “Over mobiliteit waren we het snel eens, over de begroting iets minder.” Volgens de twee partijen komt er tegen eind maart een nieuw mobiliteitsplan voor de binnenstad, met een autoluwe zone rond de Grote Markt. De kosten daarvan worden geraamd op 4,5 miljoen euro.

Vermeulen, die de voorbije zes jaar schepen van Financiën was, volgt Frans Goossens op, die na achttien jaar als burgemeester afscheid neemt. “Ik laat de stad in goede handen achter”, liet Goossens weten in een korte verklaring. Vermeulen benadrukte dat ze ook de oppositie wil betrekken. “Mijn deur staat open voor iedereen, ook voor wie niet voor ons gestemd heeft”, zei ze.

Bij het Vlaams Belang is de ontgoocheling groot. Lijsttrekker Sven De Wit spreekt van een “achterkamerakkoord”. “Meer dan een op de vijf Lierenaars heeft voor ons gekozen. Die mensen worden vandaag aan de kant geschoven”, zei hij aan Radio 2. Ook Groen, dat twee zetels verloor, kondigde aan dat het “constructief maar kritisch” oppositie zal voeren.

De nieuwe gemeenteraad wordt op 2 december geïnstalleerd. Op 1 januari 2025 begint de nieuwe bestuursploeg officieel aan haar legislatuur van zes jaar. Volgend jaar wil de meerderheid ook een nieuwe sporthal laten bouwen in de deelgemeente Koningshooikt.

In de rest van de provincie Antwerpen verlopen de onderhandelingen moeizamer. In Mechelen en Turnhout is er nog geen akkoord. Vlaams minister van Binnenlands Bestuur Lotte Verbiest riep de partijen vorige week al op om ‘snel duidelijkheid’ te scheppen.
""", ann=[
    E("Ingrid Vermeulen", "PER"), E("Vermeulen", "PER"), E("Lier", "LOC"), E("N-VA", "ORG"),
    E("Vooruit", "ORG"), E("Koen Dierickx", "PER"), E("Dierickx", "PER"), E("Vlaams Belang", "ORG"),
    E("Grote Markt", "LOC"), E("Frans Goossens", "PER"), E("Goossens", "PER"), E("Sven De Wit", "PER"),
    E("Lierenaars", "MISC"), E("Radio 2", "ORG"), E("Groen", "ORG"), E("Koningshooikt", "LOC"),
    E("Antwerpen", "LOC"), E("Mechelen", "LOC"), E("Turnhout", "LOC"), E("Vlaams", "MISC"),
    E("Lotte Verbiest", "PER"),
    T("Twee dagen", "DURATION", "P2D"), T("gisteren", "DATE", "2024-10-14"),
    T("16 uur", "TIME", "2024-10-14T16:00"), T("Zondag", "DATE", "2024-10-13"),
    T("zes jaar geleden", "DATE", "2018"), T("gisteravond", "TIME", "2024-10-14TEV"),
    T("maandag", "DATE", "2024-10-14"), T("urenlang", "DURATION", "PTXH"),
    T("eind maart", "DATE", "2025-03"), T("de voorbije zes jaar", "DURATION", "P6Y"),
    T("achttien jaar", "DURATION", "P18Y"), T("vandaag", "DATE", "2024-10-15"),
    T("2 december", "DATE", "2024-12-02"), T("1 januari 2025", "DATE", "2025-01-01"),
    T("zes jaar", "DURATION", "P6Y", 2), T("Volgend jaar", "DATE", "2025"),
    T("vorige week", "DATE", "2024-W41"),
    Q("We gaan snel", "Ingrid Vermeulen"), Q("De kiezer heeft", "Ingrid Vermeulen"),
    Q("Maar een cordon", "Ingrid Vermeulen"), Q("We hebben maandag", "Koen Dierickx"),
    Q("Over mobiliteit", "Koen Dierickx"), Q("Ik laat de stad", "Frans Goossens"),
    Q("Mijn deur staat", "Ingrid Vermeulen"), Q("achterkamerakkoord", "Sven De Wit"),
    Q("Meer dan een op de vijf", "Sven De Wit"), Q("constructief maar kritisch", "Groen"),
    Q("snel duidelijkheid", "Lotte Verbiest"),
]))

# ---------------------------------------------------------------- 2: Dutch court case
ARTICLES.append(dict(id="heldout-02", outlet="telegraaf.nl", topic="crime", dct="2023-03-09", text="""\
Vier jaar cel geëist tegen ‘spookrijder’ van de A16

De officier van justitie heeft woensdag bij de rechtbank in Rotterdam vier jaar cel geëist tegen een 34-jarige man uit Dordrecht die in de zomer van vorig jaar met hoge snelheid tegen het verkeer in over de A16 reed. Daarbij kwam een 61-jarige vrouw uit Breda om het leven.

Het ongeluk gebeurde in de nacht van 13 op 14 augustus 2022, rond 2.40 uur, ter hoogte van Zwijndrecht. De verdachte, Ricardo V., had volgens het Openbaar Ministerie urenlang gedronken op een verjaardagsfeest. Een blaastest wees uit dat hij bijna vier keer zoveel alcohol in zijn bloed had als toegestaan.

„Dit was geen ongeluk, dit was een keuze", zei de officier van justitie tijdens haar requisitoir. „Wie in die toestand achter het stuur kruipt, aanvaardt dat er doden kunnen vallen." Ze eiste naast de celstraf een rijverbod van tien jaar.

V. zelf toonde in de rechtszaal spijt. „Ik denk er elke dag aan”, zei hij met trillende stem. „Ik weet dat ik dit nooit kan goedmaken.”

De advocaat van de verdachte, mr. Dennis Kraaijeveld, vindt de eis te hoog. „Mijn cliënt heeft vanaf het begin volledig meegewerkt”, zo verklaarde hij na afloop aan De Telegraaf. „Hij heeft sindsdien geen druppel meer aangeraakt.”

De dochter van het slachtoffer, Marloes van Dijk, las in de rechtszaal een slachtofferverklaring voor. „Mijn moeder was op weg naar huis na een nachtdienst in het Amphia Ziekenhuis. Ze heeft dertig jaar voor anderen gezorgd", zei ze. „Niemand heeft voor haar gezorgd."

De voorzitter van de rechtbank, Hans Oosterhuis, zei aan het slot van de zitting: „We beseffen hoe zwaar dit voor de nabestaanden is.”

Een woordvoerder van de politie liet weten dat het aantal spookrijders de laatste jaren stijgt. „Sinds 2019 zien we elk jaar meer meldingen. Het gaat bijna altijd om bestuurders die gedronken hebben", aldus de woordvoerder. Rijkswaterstaat plaatst dit voorjaar op twintig afritten extra waarschuwingsborden.

De rechtbank doet op 23 maart uitspraak.
""", ann=[
    E("A16", "LOC"), E("Rotterdam", "LOC"), E("Dordrecht", "LOC"), E("Breda", "LOC"),
    E("Zwijndrecht", "LOC"), E("Ricardo V.", "PER"), E("Openbaar Ministerie", "ORG"), E("V.", "PER", 1),
    E("Dennis Kraaijeveld", "PER"), E("De Telegraaf", "ORG"), E("Marloes van Dijk", "PER"),
    E("Amphia Ziekenhuis", "ORG"), E("Hans Oosterhuis", "PER"), E("Rijkswaterstaat", "ORG"),
    T("Vier jaar", "DURATION", "P4Y"), T("woensdag", "DATE", "2023-03-08"), T("vier jaar", "DURATION", "P4Y", 0),
    T("de zomer van vorig jaar", "DATE", "2022-SU"),
    T("de nacht van 13 op 14 augustus 2022", "TIME", "2022-08-13TNI"),
    T("rond 2.40 uur", "TIME", "2022-08-14T02:40"), T("urenlang", "DURATION", "PTXH"),
    T("tien jaar", "DURATION", "P10Y"), T("elke dag", "SET", "P1D"),
    T("dertig jaar", "DURATION", "P30Y"), T("de laatste jaren", "DURATION", "PXY"),
    T("2019", "DATE", "2019"), T("elk jaar", "SET", "P1Y"), T("dit voorjaar", "DATE", "2023-SP"),
    T("23 maart", "DATE", "2023-03-23"),
    Q("spookrijder", None), Q("Dit was geen ongeluk", "de officier van justitie"),
    Q("Wie in die toestand", "de officier van justitie"), Q("Ik denk er", "Ricardo V."),
    Q("Ik weet dat ik", "Ricardo V."), Q("Mijn cliënt", "Dennis Kraaijeveld"),
    Q("Hij heeft sindsdien", "Dennis Kraaijeveld"), Q("Mijn moeder", "Marloes van Dijk"),
    Q("Niemand heeft", "Marloes van Dijk"), Q("We beseffen", "Hans Oosterhuis"),
    Q("Sinds 2019", "een woordvoerder van de politie"),
]))

# ---------------------------------------------------------------- 3: football
ARTICLES.append(dict(id="heldout-03", outlet="nos.nl", topic="sports", dct="2025-04-14", text="""\
Van Leeuwen: 'Dit is de mooiste avond van mijn carrière'

FC Utrecht heeft zondag in een uitverkocht Philips Stadion met 2-1 gewonnen van PSV. De Utrechters kwamen na twintig minuten op achterstand, maar sloegen in de tweede helft twee keer toe. Door de zege staat de ploeg van trainer Erik Wolters nu op twee punten van de derde plaats in de Eredivisie.

PSV begon sterk. De Mexicaanse spits Diego Ramírez kopte in de negentiende minuut raak na een voorzet van Jesper Hofland. Utrecht kwam er in de eerste helft nauwelijks aan te pas.

Na rust ging het anders. Invaller Siem van Leeuwen maakte in de 67ste minuut gelijk met een afstandsschot, en twaalf minuten voor tijd besliste hij de wedstrijd met een kopbal uit een hoekschop. 'Ik had het gevoel dat er iets ging gebeuren', zei Van Leeuwen na afloop voor de camera van ESPN. 'Toen de tweede erin ging, wist ik even niet waar ik heen moest lopen.'

Trainer Wolters was trots op zijn ploeg. 'We hebben in de rust gezegd dat we niets te verliezen hadden', vertelde hij. 'De jongens hebben dat perfect uitgevoerd.'

Bij PSV was de teleurstelling groot. 'We geven het weer zelf weg', zei aanvoerder Luuk de Graaf. 'Na de 1-0 moeten we de tweede maken. Dat doen we niet, en dan word je afgestraft.' Volgens De Graaf is de titelstrijd nog lang niet beslist. 'Er zijn nog vijf wedstrijden te spelen. Alles kan nog.'

Het duel lag in de tweede helft vijf minuten stil nadat er vanuit het uitvak vuurwerk op het veld was gegooid. De KNVB start een onderzoek.

Feyenoord, dat zaterdagavond met 3-0 won van Heracles Almelo, kan komend weekend de achterstand op PSV verder verkleinen. Koploper Ajax speelt woensdag om 18.45 uur de uitgestelde wedstrijd tegen Go Ahead Eagles in Deventer.

Utrecht ontvangt zaterdag NEC. De Nijmegenaren wonnen sinds begin februari geen enkele uitwedstrijd meer. Van Leeuwen, die vorig jaar nog op huurbasis bij Willem II speelde, hoopt dan opnieuw in de basis te staan. 'Maar dat is echt aan de trainer', zei hij lachend.
""", ann=[
    E("Siem van Leeuwen", "PER"), E("Van Leeuwen", "PER"), E("FC Utrecht", "ORG"), E("Utrecht", "ORG"),
    E("Philips Stadion", "LOC"), E("PSV", "ORG"), E("Utrechters", "MISC"), E("Erik Wolters", "PER"),
    E("Wolters", "PER"), E("Eredivisie", "MISC"), E("Mexicaanse", "MISC"), E("Diego Ramírez", "PER"),
    E("Jesper Hofland", "PER"), E("ESPN", "ORG"), E("Luuk de Graaf", "PER"), E("De Graaf", "PER"),
    E("KNVB", "ORG"), E("Feyenoord", "ORG"), E("Heracles Almelo", "ORG"), E("Ajax", "ORG"),
    E("Go Ahead Eagles", "ORG"), E("Deventer", "LOC"), E("NEC", "ORG"), E("Nijmegenaren", "MISC"),
    E("Willem II", "ORG"),
    T("zondag", "DATE", "2025-04-13"), T("twintig minuten", "DURATION", "PT20M"),
    T("nu", "DATE", "PRESENT_REF"), T("twaalf minuten", "DURATION", "PT12M"),
    T("vijf minuten", "DURATION", "PT5M"), T("zaterdagavond", "TIME", "2025-04-12TEV"),
    T("komend weekend", "DATE", "2025-W16-WE"), T("woensdag", "DATE", "2025-04-16"),
    T("18.45 uur", "TIME", "2025-04-16T18:45"), T("zaterdag", "DATE", "2025-04-19"),
    T("begin februari", "DATE", "2025-02"), T("vorig jaar", "DATE", "2024"),
    Q("Dit is de mooiste", "Siem van Leeuwen"), Q("Ik had het gevoel", "Siem van Leeuwen"),
    Q("Toen de tweede", "Siem van Leeuwen"), Q("We hebben in de rust", "Erik Wolters"),
    Q("De jongens", "Erik Wolters"), Q("We geven het", "Luuk de Graaf"),
    Q("Na de 1-0", "Luuk de Graaf"), Q("Er zijn nog vijf", "Luuk de Graaf"),
    Q("Maar dat is echt", "Siem van Leeuwen"),
]))

# ---------------------------------------------------------------- 4: economy
ARTICLES.append(dict(id="heldout-04", outlet="tijd.be", topic="economy", dct="2022-11-03", text="""\
Brouwer Marnix ziet winst dalen door dure energie

De Belgische bierbrouwer Marnix heeft in het derde kwartaal een winstdaling van 18 procent geboekt. De nettowinst zakte van 42 naar 34,4 miljoen euro, zo maakte het bedrijf uit Leuven donderdag bekend. De omzet steeg wel met 7,5 procent tot 612 miljoen euro, vooral dankzij hogere prijzen.

"De energiefactuur voor onze brouwerijen is het voorbije jaar bijna verdrievoudigd", zei CEO Annelies Wouters in een toelichting voor analisten. "Dat kunnen we niet volledig doorrekenen aan onze klanten." Marnix verhoogde in juli de prijzen in België en Nederland al met gemiddeld 9 procent. Een nieuwe verhoging volgt op 1 januari.

Wouters verwacht dat de situatie volgend jaar niet meteen verbetert. "We rekenen erop dat de gasprijzen tot minstens eind maart hoog blijven", zei ze. Het bedrijf schrapt daarom een geplande investering van 25 miljoen euro in een nieuwe bottelarij in Wallonië. Daardoor komen er geen nieuwe banen bij, maar er verdwijnen er ook geen, benadrukte financieel directeur Pieter Lemmens. "Niemand verliest zijn job. Dat was voor ons een harde voorwaarde", aldus Lemmens. Volgens hem is de investering niet definitief van tafel.

Op de beurs van Brussel verloor het aandeel donderdag 6,2 procent tot 48,10 euro. Analist Sarah Dhondt van KBC Securities spreekt van "zwakke cijfers". "De markt had op een winst van zo'n 38 miljoen gerekend", zegt ze. "Bovendien blijft het bedrijf vaag over de vooruitzichten voor 2023."

Marnix is niet de enige brouwer die het moeilijk heeft. Ook het Nederlandse Heineken en de Deense Carlsberg waarschuwden de voorbije weken voor hogere kosten. AB InBev legt zijn cijfers over het derde kwartaal later deze maand voor.

Vorig jaar zette Marnix voor het eerst meer dan 2 miljard euro om. Het bedrijf, dat in 1874 werd opgericht, stelt wereldwijd 4.300 mensen tewerk. Sinds de jaren negentig is de familie Vandenbroucke niet meer betrokken bij het dagelijkse bestuur, al bezit ze nog 40 procent van de aandelen.
""", ann=[
    E("Marnix", "ORG"), E("Belgische", "MISC"), E("Leuven", "LOC"), E("Annelies Wouters", "PER"),
    E("Wouters", "PER"), E("België", "LOC"), E("Nederland", "LOC"), E("Wallonië", "LOC"),
    E("Pieter Lemmens", "PER"), E("Lemmens", "PER"), E("Brussel", "LOC"), E("Sarah Dhondt", "PER"),
    E("KBC Securities", "ORG"), E("Nederlandse", "MISC"), E("Heineken", "ORG"), E("Deense", "MISC"),
    E("Carlsberg", "ORG"), E("AB InBev", "ORG"), E("Vandenbroucke", "PER"),
    T("het derde kwartaal", "DATE", "2022-Q3", 0), T("het derde kwartaal", "DATE", "2022-Q3", 1), T("donderdag", "DATE", "2022-11-03", 0),
    T("het voorbije jaar", "DURATION", "P1Y"), T("juli", "DATE", "2022-07"),
    T("1 januari", "DATE", "2023-01-01"), T("volgend jaar", "DATE", "2023"),
    T("eind maart", "DATE", "2023-03"), T("donderdag", "DATE", "2022-11-03", 1),
    T("2023", "DATE", "2023"), T("de voorbije weken", "DURATION", "PXW"),
    T("later deze maand", "DATE", "2022-11"), T("Vorig jaar", "DATE", "2021"),
    T("1874", "DATE", "1874"), T("de jaren negentig", "DATE", "199"),
    Q("De energiefactuur", "Annelies Wouters"), Q("Dat kunnen we", "Annelies Wouters"),
    Q("We rekenen erop", "Annelies Wouters"), Q("Niemand verliest", "Pieter Lemmens"),
    Q("zwakke cijfers", "Sarah Dhondt"), Q("De markt had", "Sarah Dhondt"),
    Q("Bovendien blijft", "Sarah Dhondt"),
]))

# ---------------------------------------------------------------- 5: international
ARTICLES.append(dict(id="heldout-05", outlet="vrt.be", topic="international", dct="2019-12-06", text="""\
Staking legt Frankrijk opnieuw lam

Ook vandaag rijden in Frankrijk nauwelijks treinen. De vakbonden protesteren sinds donderdag tegen de pensioenhervorming van president Emmanuel Macron en dreigen ermee de actie tot na het weekend te verlengen. Volgens de spoorwegmaatschappij SNCF rijdt slechts een op de tien hogesnelheidstreinen.

Donderdag kwamen in het hele land honderdduizenden mensen op straat. In Parijs, Lyon en Marseille liep het op verschillende plaatsen uit de hand. De politie zette in de hoofdstad traangas in nadat betogers rond 15.30 uur ruiten hadden ingegooid aan de Place de la République. De Franse politie telde 806.000 betogers, de vakbond CGT sprak van anderhalf miljoen.

«Dit is pas het begin», zei woordvoerster Claire Morel van de CGT vrijdagochtend op de radiozender France Inter. «Zolang de regering niet luistert, blijven wij staken.» Volgens Morel wordt er zeker tot dinsdag gestaakt. Dan willen de bonden opnieuw betogen.

Ook Belgische reizigers ondervinden hinder. Thalys schrapte voor vandaag en morgen ruim de helft van de verbindingen tussen Brussel en Parijs. Eurostar rijdt wel volgens de normale dienstregeling. Een woordvoerder van de NMBS raadt reizigers aan om voor vertrek de website te raadplegen.

In het Gare du Nord strandde gisteravond de Gentenaar Tom Verhaegen, die voor zijn werk elke week tussen beide hoofdsteden pendelt.

«Ik sta hier al drie uur. Mijn trein van 18.13 uur is geschrapt, en ook de volgende twee.»

«Niemand weet iets. Aan de loketten zeggen ze dat ik maar een hotel moet zoeken.»

«Ik begrijp dat mensen voor hun pensioen opkomen, maar voor pendelaars is dit een ramp.»

De vorige grote spoorstaking in Frankrijk, in het voorjaar van 2018, duurde bijna drie maanden. Op spandoeken in Parijs stond donderdag: «Handen af van onze pensioenen». De regering stelt volgende woensdag de details van de hervorming voor.
""", ann=[
    E("Frankrijk", "LOC"), E("Emmanuel Macron", "PER"), E("SNCF", "ORG"), E("Parijs", "LOC"),
    E("Lyon", "LOC"), E("Marseille", "LOC"), E("Place de la République", "LOC"), E("Franse", "MISC"),
    E("CGT", "ORG"), E("Claire Morel", "PER"), E("Morel", "PER"), E("France Inter", "ORG"),
    E("Belgische", "MISC"), E("Thalys", "ORG"), E("Brussel", "LOC"), E("Eurostar", "ORG"),
    E("NMBS", "ORG"), E("Gare du Nord", "LOC"), E("Gentenaar", "MISC"), E("Tom Verhaegen", "PER"),
    T("vandaag", "DATE", "2019-12-06", 0), T("donderdag", "DATE", "2019-12-05", 0),
    T("het weekend", "DATE", "2019-W49-WE"), T("Donderdag", "DATE", "2019-12-05"),
    T("rond 15.30 uur", "TIME", "2019-12-05T15:30"), T("vrijdagochtend", "TIME", "2019-12-06TMO"),
    T("dinsdag", "DATE", "2019-12-10"), T("vandaag", "DATE", "2019-12-06", 1),
    T("morgen", "DATE", "2019-12-07"), T("gisteravond", "TIME", "2019-12-05TEV"),
    T("elke week", "SET", "P1W"), T("drie uur", "DURATION", "PT3H"),
    T("18.13 uur", "TIME", "2019-12-05T18:13"), T("het voorjaar van 2018", "DATE", "2018-SP"),
    T("bijna drie maanden", "DURATION", "P3M"), T("donderdag", "DATE", "2019-12-05", 1),
    T("volgende woensdag", "DATE", "2019-12-11"),
    Q("Dit is pas", "Claire Morel"), Q("Zolang de regering", "Claire Morel"),
    Q("Ik sta hier", "Tom Verhaegen"), Q("Niemand weet", "Tom Verhaegen"),
    Q("Ik begrijp dat", "Tom Verhaegen"), Q("Handen af", None),
]))

# ---------------------------------------------------------------- 6: local news
ARTICLES.append(dict(id="heldout-06", outlet="gva.be", topic="local", dct="2021-07-19", text="""\
Zwembad De Nete gaat na drie jaar weer open

Na drie jaar renovatiewerken gaat het openluchtzwembad De Nete in Geel zaterdag opnieuw open. Dat heeft het stadsbestuur vanmorgen aangekondigd. De werken liepen door de coronacrisis bijna een jaar vertraging op en kostten uiteindelijk 7,8 miljoen euro, 1,2 miljoen meer dan gepland.

‘We hebben lang moeten wachten, maar het resultaat mag gezien worden’, zei de burgemeester tijdens een rondleiding voor de pers. ‘Dit wordt opnieuw de plek waar de hele Kempen komt zwemmen.’ Het bad telt nu een wedstrijdbad van 50 meter, een recreatiebad met glijbaan en een ondiep peuterbad.

Het zwembad is tot eind augustus dagelijks open. Elke vrijdag blijft het bad langer open voor ‘nachtzwemmen’. Tot en met 1 augustus is de toegang gratis voor inwoners van Geel. Daarna betaalt een volwassene 4 euro per beurt, kinderen onder de twaalf zwemmen gratis.

Schepen van Sport Hanne Mertens (CD&V) rekent op een drukke start. ‘Als het weer meezit, verwachten we zaterdag en zondag elk meer dan tweeduizend bezoekers’, zei ze. Haar collega van Mobiliteit, Bart Janssens, voegde eraan toe dat er extra fietsenstallingen komen. ‘Wie met de wagen komt, zal lang moeten zoeken naar een plaats’, zei hij. ‘Kom dus zeker met de fiets.’

Het KMI voorspelt voor het weekend temperaturen tot 27 graden. ‘Dat wordt dus drummen aan de kassa’, grapte een van de redders.

De opening zelf vindt zaterdag om 9.30 uur plaats met een duik van de Geelse zwemster Lies Coppens, die in 2016 in Rio de Janeiro aan de Olympische Spelen deelnam. ’s Avonds volgt om 20.30 uur een openluchtconcert van de fanfare Sint-Cecilia.

Volgend jaar wil de stad ook het binnenzwembad naast het park renoveren. Die werken zouden na Pasen 2022 beginnen en minstens achttien maanden duren. Een definitieve beslissing valt in de gemeenteraad van september.
""", ann=[
    E("De Nete", "LOC"), E("Geel", "LOC"), E("Kempen", "LOC"), E("Hanne Mertens", "PER"),
    E("CD&V", "ORG"), E("Bart Janssens", "PER"), E("KMI", "ORG"), E("Geelse", "MISC"),
    E("Lies Coppens", "PER"), E("Rio de Janeiro", "LOC"), E("Olympische Spelen", "MISC"),
    E("Sint-Cecilia", "ORG"),
    T("drie jaar", "DURATION", "P3Y", 0), T("drie jaar", "DURATION", "P3Y", 1),
    T("zaterdag", "DATE", "2021-07-24", 0), T("vanmorgen", "TIME", "2021-07-19TMO"),
    T("bijna een jaar", "DURATION", "P1Y"), T("nu", "DATE", "PRESENT_REF"),
    T("eind augustus", "DATE", "2021-08"), T("dagelijks", "SET", "P1D"),
    T("Elke vrijdag", "SET", "XXXX-WXX-5"), T("1 augustus", "DATE", "2021-08-01"),
    T("zaterdag", "DATE", "2021-07-24", 1), T("zondag", "DATE", "2021-07-25"),
    T("het weekend", "DATE", "2021-W29-WE"), T("zaterdag", "DATE", "2021-07-24", 2),
    T("9.30 uur", "TIME", "2021-07-24T09:30"), T("2016", "DATE", "2016"),
    T("’s Avonds", "TIME", "2021-07-24TEV"), T("20.30 uur", "TIME", "2021-07-24T20:30"),
    T("Volgend jaar", "DATE", "2022"), T("Pasen 2022", "DATE", "2022-04-17"),
    T("minstens achttien maanden", "DURATION", "P18M"), T("september", "DATE", "2021-09"),
    Q("We hebben lang", "de burgemeester"), Q("Dit wordt opnieuw", "de burgemeester"),
    Q("nachtzwemmen", None), Q("Als het weer", "Hanne Mertens"),
    Q("Wie met de wagen", "Bart Janssens"), Q("Kom dus zeker", "Bart Janssens"),
    Q("Dat wordt dus", "een van de redders"),
]))

# ---------------------------------------------------------------- 7: culture
ARTICLES.append(dict(id="heldout-07", outlet="volkskrant.nl", topic="culture", dct="2026-01-22", text="""\
Kröller-Müller eert vergeten schilderes uit Drenthe

Het Kröller-Müller Museum in Otterlo opent zaterdag een grote overzichtstentoonstelling van Aaltje Veenstra (1871-1939), een schilderes die lang in de schaduw stond van haar mannelijke tijdgenoten. De expositie, met ruim negentig schilderijen en tekeningen, is tot en met 3 mei te zien.

Veenstra werkte ruim veertig jaar in het Drentse dorp Westerbork, waar ze het boerenleven en de heide schilderde. In de jaren tachtig werd haar werk herontdekt door kunsthistorica Margriet Holwerda, die een groot deel van de collectie van de familie opkocht en in 2019 aan het museum schonk.

“Toen ik haar doeken voor het eerst zag, was ik sprakeloos”, vertelt de inmiddels tachtigjarige Holwerda. “Hier was iemand die even goed schilderde als de mannen van de Haagse School, maar niemand kende haar naam.”

Conservator Thomas Bakker werkte ruim twee jaar aan de tentoonstelling. Het pronkstuk is ‘De turfsteekster’ uit 1903, een groot doek dat sinds de Tweede Wereldoorlog als verloren werd beschouwd. Het schilderij dook vorig jaar op bij een veiling in Keulen. “We hebben toen alles op alles gezet om het terug naar Nederland te halen”, zegt hij. Dat lukte met steun van de Vereniging Rembrandt.

“Ze was haar tijd ver vooruit”, zegt Bakker, “en dat zie je vooral aan haar kleurgebruik.” Volgens hem durfde Veenstra felle kleuren te gebruiken lang voordat de expressionisten dat deden. Holwerda is het daarmee eens. Zij noemt Veenstra “de stille revolutionair van het Noorden”.

Op de achterkant van een van de schilderijen vonden restauratoren een potloodnotitie van de schilderes zelf. Daarin staat: “Voor wie na mij komt, en kijkt.” In het gastenboek van een kleine proefopstelling, die vorige zomer in Assen te zien was, schreef een bezoeker: “Eindelijk krijgt zij de plek die ze verdient.”

Volgende maand verschijnt bij uitgeverij Waanders een biografie van Veenstra. Het museum verwacht tot het voorjaar ruim honderdduizend bezoekers. Op Koningsdag is de toegang gratis.
""", ann=[
    E("Kröller-Müller Museum", "ORG"), E("Kröller-Müller", "ORG"), E("Drenthe", "LOC"),
    E("Otterlo", "LOC"), E("Aaltje Veenstra", "PER"), E("Veenstra", "PER"), E("Drentse", "MISC"),
    E("Westerbork", "LOC"), E("Margriet Holwerda", "PER"), E("Holwerda", "PER"),
    E("Haagse School", "MISC"), E("Thomas Bakker", "PER"), E("Bakker", "PER"),
    E("De turfsteekster", "MISC"), E("Tweede Wereldoorlog", "MISC"), E("Keulen", "LOC"),
    E("Nederland", "LOC"), E("Vereniging Rembrandt", "ORG"), E("Noorden", "LOC"), E("Assen", "LOC"),
    E("Waanders", "ORG"),
    T("zaterdag", "DATE", "2026-01-24"), T("1871", "DATE", "1871"), T("1939", "DATE", "1939"),
    T("3 mei", "DATE", "2026-05-03"), T("ruim veertig jaar", "DURATION", "P40Y"),
    T("de jaren tachtig", "DATE", "198"), T("2019", "DATE", "2019"),
    T("ruim twee jaar", "DURATION", "P2Y"), T("1903", "DATE", "1903"),
    T("vorig jaar", "DATE", "2025"), T("vorige zomer", "DATE", "2025-SU"),
    T("Volgende maand", "DATE", "2026-02"), T("het voorjaar", "DATE", "2026-SP"),
    T("Koningsdag", "DATE", "2026-04-27"),
    Q("Toen ik haar", "Margriet Holwerda"), Q("Hier was iemand", "Margriet Holwerda"),
    Q("We hebben toen", "Thomas Bakker"),
    Q("Ze was haar tijd", "Thomas Bakker"), Q("en dat zie je", "Thomas Bakker"),
    Q("de stille revolutionair", "Margriet Holwerda"), Q("Voor wie na mij", "Aaltje Veenstra"),
    Q("Eindelijk krijgt", "een bezoeker"),
]))

# ---------------------------------------------------------------- 8: science
ARTICLES.append(dict(id="heldout-08", outlet="nu.nl", topic="science", dct="2018-05-16", text="""\
Groningse onderzoekers vinden plasticetende bacterie in de Waddenzee

Onderzoekers van de Rijksuniversiteit Groningen hebben in slib uit de Waddenzee een bacterie ontdekt die polyethyleen kan afbreken. Dat schrijven ze vandaag in het wetenschappelijke tijdschrift Nature Microbiology. Volgens de onderzoekers kan de ontdekking in de toekomst helpen om plasticafval op te ruimen.

De bacterie, die de onderzoekers voorlopig 'Wadbacil' noemen, breekt een dun folie van polyethyleen binnen zes weken voor ongeveer een kwart af. "Dat klinkt misschien traag, maar in de natuur duurt dat honderden jaren", zegt hoogleraar microbiologie Femke Dijkstra, die het onderzoek leidde. "We waren er zelf ook door verrast."

Het team verzamelde in de zomer van 2016 monsters op twaalf plekken tussen Lauwersoog en Den Helder. Promovendus Youssef El Amrani onderzocht de monsters twee jaar lang in het laboratorium. Hij kweekte de bacteriën bij een temperatuur van 30 graden en controleerde dagelijks hoeveel plastic er nog over was.

"Het was vaak frustrerend werk", vertelt El Amrani. "Maandenlang gebeurde er niets. En toen, in maart vorig jaar, zag ik onder de microscoop dat het folie vol gaatjes zat."

Dijkstra waarschuwt voor te hoge verwachtingen. "Dit is geen wondermiddel voor de plasticsoep", zei ze. "Voordat je dit op grote schaal kunt toepassen, zijn we minstens tien jaar verder."

Ook de Amerikaanse microbioloog David Hirsch van de Universiteit van Californië, die niet bij het onderzoek betrokken was, is voorzichtig. "Interessant werk, maar het is nog onduidelijk welke stoffen er bij de afbraak vrijkomen", zo verklaarde hij aan de NOS.

Het onderzoek werd betaald door NWO en het Europese onderzoeksprogramma Horizon 2020. Volgende week presenteert El Amrani de resultaten op een congres in Kopenhagen. Hij hoopt in het najaar te promoveren.

Elk jaar belandt naar schatting 8 miljoen ton plastic in zee. Een groot deel daarvan zinkt naar de bodem, waar het tot in de vorige eeuw niemand opviel.
""", ann=[
    E("Groningse", "MISC"), E("Waddenzee", "LOC"), E("Rijksuniversiteit Groningen", "ORG"),
    E("Nature Microbiology", "ORG"), E("Wadbacil", "MISC"), E("Femke Dijkstra", "PER"),
    E("Dijkstra", "PER"), E("Lauwersoog", "LOC"), E("Den Helder", "LOC"),
    E("Youssef El Amrani", "PER"), E("El Amrani", "PER"), E("Amerikaanse", "MISC"),
    E("David Hirsch", "PER"), E("Universiteit van Californië", "ORG"), E("NOS", "ORG"),
    E("NWO", "ORG"), E("Europese", "MISC"), E("Horizon 2020", "MISC"), E("Kopenhagen", "LOC"),
    T("vandaag", "DATE", "2018-05-16"), T("de toekomst", "DATE", "FUTURE_REF"),
    T("zes weken", "DURATION", "P6W"), T("honderden jaren", "DURATION", "PXY"),
    T("de zomer van 2016", "DATE", "2016-SU"), T("twee jaar lang", "DURATION", "P2Y"),
    T("dagelijks", "SET", "P1D"), T("Maandenlang", "DURATION", "PXM"),
    T("maart vorig jaar", "DATE", "2017-03"), T("minstens tien jaar", "DURATION", "P10Y"),
    T("Volgende week", "DATE", "2018-W21"), T("het najaar", "DATE", "2018-FA"),
    T("Elk jaar", "SET", "P1Y"), T("de vorige eeuw", "DATE", "19"),
    Q("Wadbacil", "de onderzoekers"), Q("Dat klinkt misschien", "Femke Dijkstra"),
    Q("We waren er", "Femke Dijkstra"), Q("Het was vaak", "Youssef El Amrani"),
    Q("Maandenlang", "Youssef El Amrani"), Q("Dit is geen", "Femke Dijkstra"),
    Q("Voordat je dit", "Femke Dijkstra"), Q("Interessant werk", "David Hirsch"),
]))


if __name__ == "__main__":
    write_set(ARTICLES, HERE, 250, 600)
