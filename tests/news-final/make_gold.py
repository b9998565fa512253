#!/usr/bin/env python3
"""Generate the second (final) held-out gold articles (tests/news-final/*.json).

Eight fictional Dutch news articles, written for kroniek's held-out evaluation
(never seen while tuning the stages). Each annotation names its surface string
and, where the string occurs more than once, which occurrence it means; the
code-point offsets are computed here and every span's text is asserted.

  E(surface, type)        every whole-word occurrence not already inside a longer span
  E(surface, type, i)     only the i-th whole-word occurrence (0-based)
  T(surface, type, value, i=0)
  Q(prefix, speaker, i=0) the quote opening with prefix; the span runs from just
                          after the opening mark to just before its closing mark

Run: python3 tests/news-final/make_gold.py   (rewrites the .json files beside it;
--check only verifies that they are up to date).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))
from gold import E, Q, T, write_set  # noqa: E402

ARTICLES = []

# ---------------------------------------------------------------- 1: Belgian federal budget
ARTICLES.append(dict(id="final-01", outlet="standaard.be", topic="be-federal-politics", dct="2025-03-12", text="""\
Premier De Smet: ‘Dit begrotingsakkoord is geen luxe, het is een noodzaak’

Na drie weken van moeizame onderhandelingen heeft de federale regering in de nacht van maandag op dinsdag een akkoord bereikt over de begroting. Premier Bart De Smet (N-VA) stelde het compromis dinsdagochtend voor in de Kamer van Volksvertegenwoordigers in Brussel. Zijn toespraak begon om 9.30 uur en duurde bijna anderhalf uur.

Het akkoord moet tegen 2029 ruim 12 miljard euro opleveren. De regering wil onder meer de werkloosheidsuitkeringen beperken in de tijd en de pensioenen hervormen. „Dit begrotingsakkoord is geen luxe, het is een noodzaak”, zei De Smet in zijn toespraak. „Wie nu niet hervormt, laat de rekening aan zijn kinderen.”

Vicepremier Sarah Claes (Les Engagés) sprak van een evenwichtig akkoord. Ze gaf wel toe dat de gesprekken ‘soms pijnlijk’ waren. „We hebben zondagavond bijna de handdoek in de ring gegooid,” vertelde ze aan VRT NWS, „maar uiteindelijk heeft iedereen water bij de wijn gedaan.”

Ook vicepremier Tom Wouters (cd&v) was opgelucht. Hij zei dat de eerste maatregelen op 1 juli al ingaan. „De Belgen verdienen duidelijkheid, en die geven we hun nu.”

De oppositie reageerde scherp. Pierre Lambert, voorzitter van de PS, hekelde de besparingen in de sociale zekerheid. „Deze regering vraagt inspanningen van wie het al moeilijk heeft en spaart de rijksten”, zei de Waalse socialist. Volgens de PVDA gaan elk jaar tienduizenden gezinnen erop achteruit.

Ook de vakbonden zijn boos. ACV en ABVV kondigen voor donderdag 27 maart een nationale betoging aan in Brussel. Een woordvoerder van het ABVV zei dat de bond ‘alle middelen’ zal inzetten. „Als de regering niet luistert, leggen we het land plat. Dat is geen dreigement, dat is een belofte.”

De Kamer stemt volgende week over het akkoord. De meerderheid beschikt over 81 van de 150 zetels. Eind april volgt nog een begrotingscontrole, en in het najaar wil de regering een tweede pakket voorstellen. Economen van de Nationale Bank waarschuwden vorige maand nog dat België de komende vijf jaar ruim 25 miljard euro moet vinden om aan de Europese regels te voldoen.

„Het werk begint pas”, besloot De Smet. Hij overlegt morgen in Brussel met de Europese Commissie over het traject.
""", ann=[
    E("Bart De Smet", "PER"), E("De Smet", "PER"), E("N-VA", "ORG"),
    E("Kamer van Volksvertegenwoordigers", "ORG"), E("Kamer", "ORG"), E("Brussel", "LOC"),
    E("Sarah Claes", "PER"), E("Les Engagés", "ORG"), E("VRT NWS", "ORG"), E("Tom Wouters", "PER"),
    E("cd&v", "ORG"), E("Belgen", "MISC"), E("Pierre Lambert", "PER"), E("PS", "ORG"),
    E("Waalse", "MISC"), E("PVDA", "ORG"), E("ACV", "ORG"), E("ABVV", "ORG"),
    E("Nationale Bank", "ORG"), E("België", "LOC"), E("Europese Commissie", "ORG"), E("Europese", "MISC"),
    T("drie weken", "DURATION", "P3W"), T("de nacht van maandag op dinsdag", "TIME", "2025-03-10TNI"),
    T("dinsdagochtend", "TIME", "2025-03-11TMO"), T("9.30 uur", "TIME", "2025-03-11T09:30"),
    T("bijna anderhalf uur", "DURATION", "PT1H30M"), T("2029", "DATE", "2029"),
    T("nu", "DATE", "PRESENT_REF", 0), T("zondagavond", "TIME", "2025-03-09TEV"),
    T("1 juli", "DATE", "2025-07-01"), T("nu", "DATE", "PRESENT_REF", 1),
    T("elk jaar", "SET", "P1Y"), T("donderdag 27 maart", "DATE", "2025-03-27"),
    T("volgende week", "DATE", "2025-W12"), T("Eind april", "DATE", "2025-04"),
    T("het najaar", "DATE", "2025-FA"), T("vorige maand", "DATE", "2025-02"),
    T("de komende vijf jaar", "DURATION", "P5Y"), T("morgen", "DATE", "2025-03-13"),
    Q("Dit begrotingsakkoord", "Bart De Smet", 0), Q("Dit begrotingsakkoord", "Bart De Smet", 1),
    Q("Wie nu niet", "Bart De Smet"), Q("soms pijnlijk", "Sarah Claes"),
    Q("We hebben zondagavond", "Sarah Claes"), Q("maar uiteindelijk", "Sarah Claes"),
    Q("De Belgen verdienen", "Tom Wouters"), Q("Deze regering vraagt", "Pierre Lambert"),
    Q("alle middelen", "een woordvoerder van het ABVV"),
    Q("Als de regering", "een woordvoerder van het ABVV"), Q("Het werk begint", "Bart De Smet"),
]))

# ---------------------------------------------------------------- 2: Dutch provincial election
ARTICLES.append(dict(id="final-02", outlet="dvhn.nl", topic="nl-provincial-election", dct="2023-03-16", text="""\
BBB grote winnaar in Drenthe: "Dit hadden we zelf niet durven dromen"

ASSEN - De BoerBurgerBeweging is bij de Provinciale Statenverkiezingen van woensdag met afstand de grootste partij van Drenthe geworden. De partij van lijsttrekker Henk Bosscher haalt 15 van de 41 zetels in de Staten. De VVD en het CDA, die sinds 2019 samen met de PvdA het college vormden, verliezen fors.

Bosscher kon het gisteravond om 22.15 uur, toen de eerste uitslagen binnenkwamen, nauwelijks geloven. "Dit hadden we zelf niet durven dromen," zei hij in een café in Hoogeveen, waar zo'n tweehonderd aanhangers de uitslag volgden. "Het platteland heeft laten zien dat het er nog is."

De opkomst lag met 61 procent hoger dan vier jaar geleden. In sommige dorpen stonden woensdagochtend al rond 7.30 uur mensen voor de deur van het stembureau. Volgens politicoloog Marieke Jansen van de Rijksuniversiteit Groningen is de uitslag een "duidelijk signaal" aan Den Haag. "Veel kiezers voelen zich al jaren niet gehoord", zegt ze. "Het stikstofbeleid was voor hen de druppel."

Gedeputeerde Annelies Koops (CDA) toonde zich een goede verliezer. "We hebben klappen gekregen, dat is zo. Maar we feliciteren de BBB van harte." Haar partij zakte van zes naar twee zetels. De VVD'er Jeroen Smit sprak van "een zwarte dag".

Ook landelijk zijn de gevolgen groot. De nieuwe Statenleden kiezen op 30 mei de leden van de Eerste Kamer, en daar verliest de coalitie van premier Rutte haar meerderheid. In Den Haag werd donderdag al volop gesproken over de gevolgen voor het kabinet.

Bosscher wil de komende weken met alle partijen praten. Een nieuw college moet er volgens hem "liefst voor de zomer" staan. Wie er gaat regeren, is nog onduidelijk. "Ik sluit niemand uit", zei Bosscher donderdagmiddag. "Behalve misschien mijn schoonmoeder."

De formatie begint maandag 20 maart om 10.00 uur in het provinciehuis in Assen. Informateur wordt oud-burgemeester Gerrit Lanting, die de Staten voor 1 mei een advies moet geven.

Elke vier jaar kiezen Nederlanders hun Provinciale Staten. In de jaren negentig lag de opkomst nog ruim onder de 50 procent.
""", ann=[
    E("BBB", "ORG"), E("Drenthe", "LOC"), E("ASSEN", "LOC"), E("BoerBurgerBeweging", "ORG"),
    E("Provinciale Statenverkiezingen", "MISC"), E("Henk Bosscher", "PER"), E("Bosscher", "PER"),
    E("Provinciale Staten", "ORG"), E("Staten", "ORG"), E("VVD'er", "MISC"), E("VVD", "ORG"),
    E("CDA", "ORG"), E("PvdA", "ORG"), E("Hoogeveen", "LOC"), E("Marieke Jansen", "PER"),
    E("Rijksuniversiteit Groningen", "ORG"), E("Den Haag", "LOC"), E("Annelies Koops", "PER"),
    E("Jeroen Smit", "PER"), E("Eerste Kamer", "ORG"), E("Rutte", "PER"), E("Assen", "LOC"),
    E("Gerrit Lanting", "PER"), E("Nederlanders", "MISC"),
    T("woensdag", "DATE", "2023-03-15"), T("2019", "DATE", "2019"),
    T("gisteravond", "TIME", "2023-03-15TEV"), T("22.15 uur", "TIME", "2023-03-15T22:15"),
    T("vier jaar geleden", "DATE", "2019"), T("woensdagochtend", "TIME", "2023-03-15TMO"),
    T("rond 7.30 uur", "TIME", "2023-03-15T07:30"), T("jaren", "DURATION", "PXY"),
    T("30 mei", "DATE", "2023-05-30"), T("donderdag", "DATE", "2023-03-16"),
    T("de komende weken", "DURATION", "PXW"), T("de zomer", "DATE", "2023-SU"),
    T("donderdagmiddag", "TIME", "2023-03-16TAF"), T("maandag 20 maart", "DATE", "2023-03-20"),
    T("10.00 uur", "TIME", "2023-03-20T10:00"), T("1 mei", "DATE", "2023-05-01"),
    T("Elke vier jaar", "SET", "P4Y"), T("de jaren negentig", "DATE", "199"),
    Q("Dit hadden we", "Henk Bosscher", 0), Q("Dit hadden we", "Henk Bosscher", 1),
    Q("Het platteland", "Henk Bosscher"), Q("duidelijk signaal", "Marieke Jansen"),
    Q("Veel kiezers", "Marieke Jansen"), Q("Het stikstofbeleid", "Marieke Jansen"),
    Q("We hebben klappen", "Annelies Koops"), Q("een zwarte dag", "Jeroen Smit"),
    Q("liefst voor de zomer", "Henk Bosscher"), Q("Ik sluit niemand", "Henk Bosscher"),
    Q("Behalve misschien", "Henk Bosscher"),
]))

# ---------------------------------------------------------------- 3: tech company funding
ARTICLES.append(dict(id="final-03", outlet="fd.nl", topic="tech", dct="2021-06-08", text="""\
Eindhovens chipbedrijf Lumora haalt 80 miljoen euro op

Het Eindhovense chipbedrijf Lumora heeft 80 miljoen euro opgehaald bij investeerders. Dat maakte het bedrijf vanochtend bekend. De financieringsronde wordt geleid door het Amerikaanse durfkapitaalfonds Redwood Ventures, met deelname van Invest-NL en het Brabantse ontwikkelingsfonds BOM.

Lumora, in 2016 opgericht als spin-off van de Technische Universiteit Eindhoven, ontwikkelt fotonische chips die data met licht in plaats van elektronen verwerken. Volgens het bedrijf verbruiken die tot tien keer minder stroom dan gewone chips. ‘Datacenters slokken elk jaar meer energie op. Wij bieden een uitweg’, zegt topvrouw Ilse van Dongen.

Met het geld wil Lumora de komende twee jaar zijn personeelsbestand verdubbelen tot 240 mensen en een eigen productielijn bouwen op de High Tech Campus. De eerste chips moeten in het tweede kwartaal van 2022 van de band rollen. ‘We hebben de afgelopen maanden met tientallen klanten gesproken’, vertelt Van Dongen. ‘De vraag is er. Nu moeten we leveren.’

Van Dongen en medeoprichter Ruud Hermans werken al sinds hun studie samen. Hermans, die de techniek leidt, werkte daarvoor vijf jaar bij ASML in Veldhoven. ‘Bij ASML leer je dat een machine pas af is als ze werkt bij de klant,’ zegt hij, ‘en dat geldt voor een chip net zo goed.’

De investering komt op een moment dat Europa zijn chipindustrie wil versterken. Eurocommissaris Henri Dufresne kondigde vorige maand aan dat de Europese Unie tegen 2030 een vijfde van alle chips ter wereld wil maken. Minister Karin Veldman van Economische Zaken noemde Lumora afgelopen vrijdag tijdens een werkbezoek nog ‘een parel’.

Toch is niet iedereen overtuigd. Analist Pieter de Graaf van ING wijst erop dat fotonica al decennia als ‘de grote doorbraak’ wordt aangekondigd. ‘Het blijft een markt van beloftes. Wie over vijf jaar nog bestaat, heeft gewonnen.’

Lumora betaalt zijn personeel sinds dit jaar deels in aandelen. Elke maand organiseert het bedrijf een open dag voor studenten; de volgende is op woensdag 30 juni om 15.00 uur. Het bedrijf verwacht pas in 2024 winst te maken.
""", ann=[
    E("Eindhovens", "MISC"), E("Lumora", "ORG"), E("Eindhovense", "MISC"), E("Amerikaanse", "MISC"),
    E("Redwood Ventures", "ORG"), E("Invest-NL", "ORG"), E("Brabantse", "MISC"), E("BOM", "ORG"),
    E("Technische Universiteit Eindhoven", "ORG"), E("Ilse van Dongen", "PER"), E("Van Dongen", "PER"),
    E("High Tech Campus", "LOC"), E("Ruud Hermans", "PER"), E("Hermans", "PER"), E("ASML", "ORG"),
    E("Veldhoven", "LOC"), E("Europa", "LOC"), E("Henri Dufresne", "PER"), E("Europese Unie", "ORG"),
    E("Karin Veldman", "PER"), E("Economische Zaken", "ORG"), E("Pieter de Graaf", "PER"), E("ING", "ORG"),
    T("vanochtend", "TIME", "2021-06-08TMO"), T("2016", "DATE", "2016"), T("elk jaar", "SET", "P1Y"),
    T("de komende twee jaar", "DURATION", "P2Y"), T("het tweede kwartaal van 2022", "DATE", "2022-Q2"),
    T("de afgelopen maanden", "DURATION", "PXM"), T("Nu", "DATE", "PRESENT_REF"),
    T("vijf jaar", "DURATION", "P5Y", 0), T("vorige maand", "DATE", "2021-05"), T("2030", "DATE", "2030"),
    T("afgelopen vrijdag", "DATE", "2021-06-04"), T("decennia", "DURATION", "PXDE"),
    T("over vijf jaar", "DATE", "2026"), T("dit jaar", "DATE", "2021"), T("Elke maand", "SET", "P1M"),
    T("woensdag 30 juni", "DATE", "2021-06-30"), T("15.00 uur", "TIME", "2021-06-30T15:00"),
    T("2024", "DATE", "2024"),
    Q("Datacenters slokken", "Ilse van Dongen"), Q("We hebben de afgelopen", "Ilse van Dongen"),
    Q("De vraag is er", "Ilse van Dongen"), Q("Bij ASML leer", "Ruud Hermans"),
    Q("en dat geldt", "Ruud Hermans"), Q("een parel", "Karin Veldman"), Q("de grote doorbraak", None),
    Q("Het blijft een markt", "Pieter de Graaf"),
]))

# ---------------------------------------------------------------- 4: assize verdict in Ghent
ARTICLES.append(dict(id="final-04", outlet="nieuwsblad.be", topic="be-court", dct="2019-11-21", text="""\
Twintig jaar cel voor dodelijke messteek in Gentse uitgaansbuurt

Het hof van assisen van Oost-Vlaanderen heeft Kevin D. (34) gisteravond veroordeeld tot twintig jaar cel voor de doodslag op de 22-jarige student Jonas Verhaeghe. De jury beraadslaagde ruim zes uur. Om 21u30 las voorzitter Karel Van Acker het arrest voor in een muisstille zaal in Gent.

De feiten dateren van de nacht van 14 op 15 september 2018. Na een ruzie in een café aan de Overpoort stak D. de student met een mes in de borst. Verhaeghe overleed kort daarna in het UZ Gent. De beschuldigde vluchtte naar Nederland, maar werd op 18 september in Rotterdam opgepakt.

De jury volgde niet de eis van het openbaar ministerie, dat dertig jaar had gevorderd. Ze oordeelde dat D. niet met voorbedachten rade had gehandeld. "Het hof houdt rekening met het blanco strafregister van de beschuldigde", aldus het arrest.

Voor de familie van Jonas is het een bittere pil. "Twintig jaar, en over tien jaar loopt hij misschien alweer vrij rond", zei zijn moeder Els Verhaeghe na de uitspraak. "Onze zoon krijgt geen tweede kans." Vader Luc Verhaeghe knikte. "We hebben veertien maanden op dit moment gewacht", zei hij zacht. "Nu begint het rouwen pas echt."

Advocate Sofie Lambrecht, die D. verdedigde, sprak van een "evenwichtig" arrest. Ze liet weten dat haar cliënt zich niet in cassatie zal voorzien. "Mijn cliënt heeft altijd gezegd dat hij spijt heeft. Hij aanvaardt de straf."

Het proces begon maandag 4 november en duurde drie weken. In die periode getuigden meer dan veertig mensen, onder wie studenten van de Universiteit Gent en een agent die die nacht dienst had. Die agent vertelde dinsdag vorige week hoe hij de student op straat zag liggen. "Ik zie zijn gezicht nog elke nacht voor me."

Na de uitspraak hielden vrienden van Jonas een stille wake op het Sint-Pietersplein. Ze staken kaarsen aan en hingen een spandoek op met de tekst 'Nooit meer messen'. De stad Gent plant volgend voorjaar een campagne tegen wapenbezit in het uitgaansleven, zei burgemeester Pieter Vandamme (Open VLD) vorige maand nog.
""", ann=[
    E("Gentse", "MISC"), E("Oost-Vlaanderen", "LOC"), E("Kevin D.", "PER"), E("D.", "PER"),
    E("Jonas Verhaeghe", "PER"), E("Els Verhaeghe", "PER"), E("Luc Verhaeghe", "PER"),
    E("Verhaeghe", "PER"), E("Jonas", "PER"), E("Karel Van Acker", "PER"), E("UZ Gent", "ORG"),
    E("Universiteit Gent", "ORG"), E("Gent", "LOC"), E("Overpoort", "LOC"), E("Nederland", "LOC"),
    E("Rotterdam", "LOC"), E("Sofie Lambrecht", "PER"), E("Sint-Pietersplein", "LOC"),
    E("Pieter Vandamme", "PER"), E("Open VLD", "ORG"),
    T("Twintig jaar", "DURATION", "P20Y", 0), T("gisteravond", "TIME", "2019-11-20TEV"),
    T("twintig jaar", "DURATION", "P20Y"), T("ruim zes uur", "DURATION", "PT6H"),
    T("21u30", "TIME", "2019-11-20T21:30"),
    T("de nacht van 14 op 15 september 2018", "TIME", "2018-09-14TNI"),
    T("18 september", "DATE", "2018-09-18"), T("dertig jaar", "DURATION", "P30Y"),
    T("Twintig jaar", "DURATION", "P20Y", 1), T("over tien jaar", "DATE", "2029"),
    T("veertien maanden", "DURATION", "P14M"), T("Nu", "DATE", "PRESENT_REF"),
    T("maandag 4 november", "DATE", "2019-11-04"), T("drie weken", "DURATION", "P3W"),
    T("die nacht", "TIME", "2018-09-14TNI"), T("dinsdag vorige week", "DATE", "2019-11-12"),
    T("elke nacht", "SET", "XXXX-XX-XXTNI"), T("volgend voorjaar", "DATE", "2020-SP"),
    T("vorige maand", "DATE", "2019-10"),
    Q("Het hof houdt", "het arrest"), Q("Twintig jaar, en", "Els Verhaeghe"),
    Q("Onze zoon krijgt", "Els Verhaeghe"), Q("We hebben veertien", "Luc Verhaeghe"),
    Q("Nu begint", "Luc Verhaeghe"), Q("evenwichtig", "Sofie Lambrecht"),
    Q("Mijn cliënt heeft", "Sofie Lambrecht"), Q("Ik zie zijn gezicht", "een agent"),
    Q("Nooit meer messen", None),
]))

# ---------------------------------------------------------------- 5: Tour of Flanders
ARTICLES.append(dict(id="final-05", outlet="sporza.be", topic="cycling", dct="2026-04-06", text="""\
Vandenberghe soleert naar zege in Ronde van Vlaanderen: "Dit is de mooiste dag van mijn leven"

OUDENAARDE - Op Paaszondag heeft de 24-jarige Lars Vandenberghe de 110de Ronde van Vlaanderen gewonnen. De renner van Lotto Dstny reed op 18 kilometer van de meet weg op de Oude Kwaremont en kwam na 6 uur en 12 minuten koers alleen aan in Oudenaarde. De Fransman Mathis Renard (Decathlon) werd tweede op 38 seconden, de Nederlander Daan Meijer derde.

Het is van 2017 geleden dat een Belg de Ronde won. Vandenberghe viel na de finish huilend in de armen van zijn vriendin. "Dit is de mooiste dag van mijn leven", zei hij in het flashinterview. "Als kind stond ik hier elk jaar langs de kant met een vlag. Nu sta ik op het podium."

Renard was niet ontgoocheld. "Ik heb alles gegeven, maar Lars was gewoon sterker", zei de Fransman. Ploegleider Kim Dewulf van Lotto sprak van "een historische dag" voor de ploeg. Haar renner had het plan volgens haar perfect uitgevoerd. "We wisten dat hij op de Kwaremont het verschil kon maken", zei ze. "Dat hij het ook echt deed, is een ander verhaal."

Langs het parcours stonden naar schatting 700.000 toeschouwers. In Oudenaarde was het lawaai oorverdovend toen Vandenberghe rond 17.10 uur de Minderbroedersstraat indraaide. De renners kregen het zondag zwaar te verduren door een koude noordenwind en enkele regenbuien.

Vandaag, op paasmaandag, kreeg Vandenberghe een telefoontje van koning Filip. Woensdag rijdt hij de Scheldeprijs niet. Hij neemt enkele dagen rust en bereidt zich daarna voor op Parijs-Roubaix, dat op zondag 12 april wordt verreden. "Eerst een paar dagen niets", zei hij. "Misschien een frietje. Of twee."

Dinsdagavond wordt de renner gehuldigd op de markt van zijn geboortedorp Zwevegem. De burgemeester verwacht er "enkele duizenden" fans. Volgend jaar wil Vandenberghe zijn titel verdedigen.

"Waarom niet? Ik ben pas 24. Ik heb nog tien jaar voor de boeg."
""", ann=[
    E("Vandenberghe", "PER"), E("Lars Vandenberghe", "PER"), E("Lars", "PER"),
    E("Ronde van Vlaanderen", "MISC"), E("Ronde", "MISC"), E("OUDENAARDE", "LOC"), E("Oudenaarde", "LOC"),
    E("Lotto Dstny", "ORG"), E("Lotto", "ORG"), E("Oude Kwaremont", "LOC"), E("Kwaremont", "LOC"),
    E("Fransman", "MISC"), E("Mathis Renard", "PER"), E("Renard", "PER"), E("Decathlon", "ORG"),
    E("Nederlander", "MISC"), E("Daan Meijer", "PER"), E("Belg", "MISC"), E("Kim Dewulf", "PER"),
    E("Minderbroedersstraat", "LOC"), E("Filip", "PER"), E("Scheldeprijs", "MISC"),
    E("Parijs-Roubaix", "MISC"), E("Zwevegem", "LOC"),
    T("Paaszondag", "DATE", "2026-04-05"), T("6 uur en 12 minuten", "DURATION", "PT6H12M"),
    T("38 seconden", "DURATION", "PT38S"), T("2017", "DATE", "2017"), T("elk jaar", "SET", "P1Y"),
    T("Nu", "DATE", "PRESENT_REF"), T("rond 17.10 uur", "TIME", "2026-04-05T17:10"),
    T("zondag", "DATE", "2026-04-05", 0), T("Vandaag", "DATE", "2026-04-06"),
    T("paasmaandag", "DATE", "2026-04-06"), T("Woensdag", "DATE", "2026-04-08"),
    T("enkele dagen", "DURATION", "PXD"), T("zondag 12 april", "DATE", "2026-04-12"),
    T("een paar dagen", "DURATION", "PXD"), T("Dinsdagavond", "TIME", "2026-04-07TEV"),
    T("Volgend jaar", "DATE", "2027"), T("tien jaar", "DURATION", "P10Y"),
    Q("Dit is de mooiste", "Lars Vandenberghe", 0), Q("Dit is de mooiste", "Lars Vandenberghe", 1),
    Q("Als kind stond", "Lars Vandenberghe"), Q("Ik heb alles", "Mathis Renard"),
    Q("een historische dag", "Kim Dewulf"), Q("We wisten dat", "Kim Dewulf"),
    Q("Dat hij het ook", "Kim Dewulf"), Q("Eerst een paar", "Lars Vandenberghe"),
    Q("Misschien een frietje", "Lars Vandenberghe"), Q("enkele duizenden", "De burgemeester"),
    Q("Waarom niet?", "Lars Vandenberghe"),
]))

# ---------------------------------------------------------------- 6: storm warning
ARTICLES.append(dict(id="final-06", outlet="nos.nl", topic="weather", dct="2026-01-14", text="""\
Code oranje voor storm Ingrid: 'Blijf donderdag zo veel mogelijk thuis'

Het KNMI heeft voor donderdag code oranje afgegeven voor de provincies Zeeland, Zuid-Holland, Noord-Holland en Friesland. Storm Ingrid, de derde benoemde storm van dit seizoen, trekt morgen in de loop van de ochtend over het land. Aan de kust worden windstoten tot 120 kilometer per uur verwacht.

"Blijf donderdag zo veel mogelijk thuis", zegt meteoroloog Wouter Mulder van het KNMI. "Vooral tussen 10.00 en 16.00 uur kan het gevaarlijk zijn op de weg." Volgens Mulder wordt het de zwaarste storm sinds februari 2022, toen storm Eunice drie mensen het leven kostte.

De NS verwacht dat het treinverkeer morgen fors wordt beperkt. Een woordvoerder van de spoorvervoerder zei dat reizigers rekening moeten houden met "grote vertragingen". Op Schiphol zijn voor donderdag al 180 vluchten geschrapt. KLM raadt reizigers aan hun vlucht te controleren.

Rijkswaterstaat sluit de Oosterscheldekering naar verwachting morgenavond rond 20.30 uur. Dat gebeurt gemiddeld eens per jaar. "We houden het water nauwlettend in de gaten", aldus een woordvoerder. "Maar Nederland is hierop voorbereid."

Ook in Vlaanderen geldt vanaf donderdagochtend 6 uur code oranje. Het KMI waarschuwt voor omvallende bomen en vraagt mensen de bossen te mijden. Op de dijk in Oostende hing vanmiddag al een bord: "Dijk gesloten, levensgevaar bij hoge golven."

De storm volgt op een natte periode. In de afgelopen twee weken viel in het zuiden van het land ruim 90 millimeter regen, bijna twee keer zoveel als normaal. Boeren in Limburg klagen al dagen over ondergelopen akkers. "Zo'n natte winter heb ik in dertig jaar niet meegemaakt", zegt akkerbouwer Gerda Hendriks uit Echt. Haar buurman, melkveehouder Jan Sleegers, is minder somber. "Het water zakt wel weer. Dat doet het altijd."

Vrijdag neemt de wind af. Het weekend wordt volgens het KNMI koud en droog. Pas halverwege volgende week wordt het weer wat zachter.
""", ann=[
    E("Ingrid", "MISC"), E("KNMI", "ORG"), E("Zeeland", "LOC"), E("Zuid-Holland", "LOC"),
    E("Noord-Holland", "LOC"), E("Friesland", "LOC"), E("Wouter Mulder", "PER"), E("Mulder", "PER"),
    E("Eunice", "MISC"), E("NS", "ORG"), E("Schiphol", "LOC"), E("KLM", "ORG"), E("Rijkswaterstaat", "ORG"),
    E("Oosterscheldekering", "LOC"), E("Nederland", "LOC"), E("Vlaanderen", "LOC"), E("KMI", "ORG"),
    E("Oostende", "LOC"), E("Limburg", "LOC"), E("Gerda Hendriks", "PER"), E("Echt", "LOC"),
    E("Jan Sleegers", "PER"),
    T("donderdag", "DATE", "2026-01-15", 0), T("donderdag", "DATE", "2026-01-15", 1),
    T("morgen", "DATE", "2026-01-15", 0), T("de ochtend", "TIME", "2026-01-15TMO"),
    T("donderdag", "DATE", "2026-01-15", 2), T("10.00", "TIME", "2026-01-15T10:00"),
    T("16.00 uur", "TIME", "2026-01-15T16:00"), T("februari 2022", "DATE", "2022-02"),
    T("morgen", "DATE", "2026-01-15", 1), T("donderdag", "DATE", "2026-01-15", 3),
    T("morgenavond", "TIME", "2026-01-15TEV"), T("rond 20.30 uur", "TIME", "2026-01-15T20:30"),
    T("eens per jaar", "SET", "P1Y"), T("donderdagochtend 6 uur", "TIME", "2026-01-15T06:00"),
    T("vanmiddag", "TIME", "2026-01-14TAF"), T("de afgelopen twee weken", "DURATION", "P2W"),
    T("dagen", "DURATION", "PXD"), T("dertig jaar", "DURATION", "P30Y"),
    T("Vrijdag", "DATE", "2026-01-16"), T("Het weekend", "DATE", "2026-W03-WE"),
    T("halverwege volgende week", "DATE", "2026-W04"),
    Q("Blijf donderdag", "Wouter Mulder", 0), Q("Blijf donderdag", "Wouter Mulder", 1),
    Q("Vooral tussen", "Wouter Mulder"), Q("grote vertragingen", "een woordvoerder van de spoorvervoerder"),
    Q("We houden het water", "een woordvoerder van Rijkswaterstaat"),
    Q("Maar Nederland is", "een woordvoerder van Rijkswaterstaat"), Q("Dijk gesloten", None),
    Q("Zo'n natte winter", "Gerda Hendriks"), Q("Het water zakt", "Jan Sleegers"),
]))

# ---------------------------------------------------------------- 7: King's Day
ARTICLES.append(dict(id="final-07", outlet="destentor.nl", topic="royals", dct="2017-04-27", text="""\
Zwolle viert Koningsdag met jarige koning

Tienduizenden mensen zijn vandaag naar Zwolle gekomen om de vijftigste verjaardag van koning Willem-Alexander te vieren. De koninklijke familie kwam om 10.15 uur aan bij de Sassenpoort, waar de burgemeester haar welkom heette. Koningin Máxima en de prinsessen Amalia, Alexia en Ariane liepen daarna ruim twee uur door de binnenstad.

Langs de route stonden vanochtend vroeg al mensen in het oranje. Het Zwolse echtpaar Henk en Riet Bakker was er al om 5.00 uur. “Wij gaan al sinds 1980 elk jaar naar de viering, toen nog op Koninginnedag”, zegt ze. “Maar zo dichtbij zijn we nog nooit geweest.” Haar man vult aan: “Hij gaf me een hand. Die ga ik de hele dag niet meer wassen.”

Het is voor het eerst dat Zwolle het feest organiseert. De gemeente werkte er ruim een jaar aan. Volgens burgemeester Peter Snijders kost de dag de stad ongeveer 2 miljoen euro, waarvan een deel door het Rijk wordt betaald. “Dat is veel geld,” erkent hij, “maar de beelden gaan de hele wereld over.”

De koning zelf was zichtbaar ontroerd. In een korte toespraak op de Grote Markt bedankte hij om 13.00 uur de Zwollenaren. “Vijftig worden doe je maar één keer”, zei Willem-Alexander. “En dan het liefst met jullie.” Daarna kreeg hij van een schoolklas een taart in de vorm van de Peperbus, de bekende toren van de stad.

Ook vanavond gaat het feest door. Om 20.00 uur begint op het Rodetorenplein een gratis concert met onder anderen zangeres Lotte Brink. Zij trad in de jaren negentig al eens op voor koningin Beatrix. “Voor de koning zingen blijft bijzonder”, vertelde ze vanmiddag tijdens de soundcheck.

De politie meldt weinig incidenten. Er werden twee mensen opgepakt voor zakkenrollerij. Zaterdag geeft de koning in Amsterdam een diner voor zo'n vierhonderd genodigden.

Groningen is volgend jaar aan de beurt, in 2019 volgt Amersfoort.
""", ann=[
    E("Zwolle", "LOC"), E("Koningsdag", "MISC"), E("Willem-Alexander", "PER"), E("Sassenpoort", "LOC"),
    E("Máxima", "PER"), E("Amalia", "PER"), E("Alexia", "PER"), E("Ariane", "PER"), E("Zwolse", "MISC"),
    E("Henk", "PER"), E("Riet Bakker", "PER"), E("Koninginnedag", "MISC"), E("Peter Snijders", "PER"),
    E("Rijk", "ORG"), E("Grote Markt", "LOC"), E("Zwollenaren", "MISC"), E("Peperbus", "LOC"),
    E("Rodetorenplein", "LOC"), E("Lotte Brink", "PER"), E("Beatrix", "PER"), E("Amsterdam", "LOC"),
    E("Groningen", "LOC"), E("Amersfoort", "LOC"),
    T("Koningsdag", "DATE", "2017-04-27"), T("vandaag", "DATE", "2017-04-27"),
    T("10.15 uur", "TIME", "2017-04-27T10:15"), T("ruim twee uur", "DURATION", "PT2H"),
    T("vanochtend vroeg", "TIME", "2017-04-27TMO"), T("5.00 uur", "TIME", "2017-04-27T05:00"),
    T("1980", "DATE", "1980"), T("elk jaar", "SET", "P1Y"), T("de hele dag", "DURATION", "P1D"),
    T("ruim een jaar", "DURATION", "P1Y"), T("13.00 uur", "TIME", "2017-04-27T13:00"),
    T("vanavond", "TIME", "2017-04-27TEV"), T("20.00 uur", "TIME", "2017-04-27T20:00"),
    T("de jaren negentig", "DATE", "199"), T("vanmiddag", "TIME", "2017-04-27TAF"),
    T("Zaterdag", "DATE", "2017-04-29"), T("volgend jaar", "DATE", "2018"), T("2019", "DATE", "2019"),
    Q("Wij gaan al sinds", "Riet Bakker"), Q("Maar zo dichtbij", "Riet Bakker"),
    Q("Hij gaf me", "Henk Bakker"), Q("Dat is veel geld", "Peter Snijders"),
    Q("maar de beelden", "Peter Snijders"), Q("Vijftig worden", "Willem-Alexander"),
    Q("En dan het liefst", "Willem-Alexander"), Q("Voor de koning zingen", "Lotte Brink"),
]))

# ---------------------------------------------------------------- 8: obituary of a writer
ARTICLES.append(dict(id="final-08", outlet="knack.be", topic="obituary", dct="2018-02-20", text="""\
Schrijver Hugo Vermeersch (86) overleden

De Vlaamse schrijver Hugo Vermeersch is zondagnacht op 86-jarige leeftijd overleden in zijn woning in Brugge. Dat heeft zijn uitgeverij De Bezige Bij maandag bekendgemaakt. Vermeersch was al maanden ziek.

Vermeersch werd op 3 mei 1931 geboren in Kortrijk als zoon van een vlasboer. Hij debuteerde in 1958 met de dichtbundel 'Zout', maar brak pas in de jaren zeventig door met zijn romans over het West-Vlaamse platteland. Zijn bekendste boek, 'De late oogst' (1974), werd in twaalf talen vertaald en in 1983 verfilmd door Dirk Lauwers.

Collega-schrijfster Griet Mertens noemt hem «de stem van een verdwenen Vlaanderen». «Hugo schreef over mensen die niemand zag», zegt ze. «Hij luisterde eindeloos. Dat is een gave die weinigen hebben.»

In 1995 kreeg Vermeersch de Prijs der Nederlandse Letteren, de belangrijkste literaire onderscheiding van het Nederlandse taalgebied. «Toen ik het telefoontje kreeg, dacht ik dat iemand een grap uithaalde», vertelde hij daarover in 2011 aan Knack.

Tot op hoge leeftijd bleef hij schrijven. Elke ochtend zat hij vier uur lang met een vulpen aan de keukentafel. Vorig jaar verscheen nog zijn laatste roman, 'Winterlicht', over een oude visser in Zeebrugge. De critici waren lovend.

Vlaams minister van Cultuur Bart Verlinden reageerde maandag op Twitter. «Vlaanderen verliest een van zijn grootste vertellers. Zijn boeken blijven.»

Ook in Nederland was Vermeersch geliefd. Zijn Nederlandse uitgever noemt hem «een schrijver voor wie grenzen niet bestonden».

Volgens zijn dochter Lien Vermeersch wilde haar vader «geen poespas». «Hij is rustig ingeslapen, met zijn kleinkinderen om zich heen», zei ze maandagavond aan de VRT.

De uitvaart vindt plaats op zaterdag 24 februari om 11 uur in de Sint-Salvatorskathedraal in Brugge. Wie afscheid wil nemen, kan vanaf donderdag elke namiddag terecht in het stadhuis.
""", ann=[
    E("Hugo Vermeersch", "PER"), E("Lien Vermeersch", "PER"), E("Vermeersch", "PER"), E("Hugo", "PER"),
    E("Vlaamse", "MISC"), E("West-Vlaamse", "MISC"), E("Brugge", "LOC"), E("De Bezige Bij", "ORG"),
    E("Kortrijk", "LOC"), E("Zout", "MISC"), E("De late oogst", "MISC"), E("Dirk Lauwers", "PER"),
    E("Griet Mertens", "PER"), E("Vlaanderen", "LOC"), E("Prijs der Nederlandse Letteren", "MISC"),
    E("Nederlandse", "MISC"), E("Knack", "ORG"), E("Winterlicht", "MISC"), E("Zeebrugge", "LOC"),
    E("Vlaams", "MISC"), E("Bart Verlinden", "PER"), E("Twitter", "ORG"), E("Nederland", "LOC"),
    E("VRT", "ORG"), E("Sint-Salvatorskathedraal", "LOC"),
    T("zondagnacht", "TIME", "2018-02-18TNI"), T("maandag", "DATE", "2018-02-19", 0),
    T("maanden", "DURATION", "PXM"), T("3 mei 1931", "DATE", "1931-05-03"), T("1958", "DATE", "1958"),
    T("de jaren zeventig", "DATE", "197"), T("1974", "DATE", "1974"), T("1983", "DATE", "1983"),
    T("1995", "DATE", "1995"), T("2011", "DATE", "2011"), T("Elke ochtend", "SET", "XXXX-XX-XXTMO"),
    T("vier uur lang", "DURATION", "PT4H"), T("Vorig jaar", "DATE", "2017"),
    T("maandag", "DATE", "2018-02-19", 1), T("maandagavond", "TIME", "2018-02-19TEV"),
    T("zaterdag 24 februari", "DATE", "2018-02-24"), T("11 uur", "TIME", "2018-02-24T11:00"),
    T("donderdag", "DATE", "2018-02-22"), T("elke namiddag", "SET", "XXXX-XX-XXTAF"),
    Q("de stem van", "Griet Mertens"), Q("Hugo schreef", "Griet Mertens"),
    Q("Hij luisterde", "Griet Mertens"), Q("Toen ik het", "Hugo Vermeersch"),
    Q("Vlaanderen verliest", "Bart Verlinden"), Q("een schrijver voor wie", "Zijn Nederlandse uitgever"),
    Q("geen poespas", "Lien Vermeersch"), Q("Hij is rustig", "Lien Vermeersch"),
]))


if __name__ == "__main__":
    write_set(ARTICLES, HERE, 250, 500)
