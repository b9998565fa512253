#!/usr/bin/env python3
"""Generate the fourth, blind held-out gold articles (tests/news-blind2/*.json).

Eight fictional Dutch news articles written for kroniek's blind evaluation of
2026-11-30 (written and annotated without running kroniek or looking at its
output; not studied while tuning any stage). Same annotation helpers as
tests/news-blind:

  E(surface, type)        every whole-word occurrence not already inside a longer span
  E(surface, type, i)     only the i-th whole-word occurrence (0-based)
  T(surface, type, value, i=0)
  Q(prefix, speaker, i=0) the quote opening with prefix; the span runs from just
                          after the opening mark to just before its closing mark

Run: python3 tests/news-blind2/make_gold.py   (rewrites the .json files beside it;
--check only verifies that they are up to date).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout"))
from gold import E, Q, T, write_set  # noqa: E402

ARTICLES = []

# ---------------------------------------------------------------- 1: Flemish municipal coalition
ARTICLES.append(dict(id="blind2-01", outlet="hbvl.be", topic="be-municipal-politics", dct="2024-10-16", text="""\
Vanhoudt: ‘Hasselt krijgt een bestuur dat knopen doorhakt’

In Hasselt is drie dagen na de gemeenteraadsverkiezingen al een nieuwe coalitie rond. N-VA, Vooruit en CD&V bereikten dinsdagavond een akkoord over een gezamenlijk bestuur voor de komende zes jaar. N-VA-lijsttrekker Kristof Vanhoudt wordt de nieuwe burgemeester van de Limburgse provinciehoofdstad.

De drie partijen onderhandelden sinds maandagochtend bijna onafgebroken in een vergaderzaal van het stadhuis. Rond 23.40 uur kwamen de onderhandelaars naar buiten voor een handdruk voor de camera's van TV Limburg.

„Hasselt krijgt een bestuur dat knopen doorhakt”, zei Vanhoudt woensdagochtend op een persmoment. „We hebben niet over postjes gepraat, maar over wat de stad de komende jaren nodig heeft: betaalbare woningen, veilige fietspaden en een levendig centrum.”

N-VA werd zondag met 29,4 procent veruit de grootste partij. Vooruit haalde 21 procent, CD&V strandde op 14 procent. Samen hebben de drie partijen 23 van de 41 zetels in de gemeenteraad.

Vooruit-kopvrouw Lotte Claes wordt eerste schepen, bevoegd voor wonen en financiën. Ze geeft toe dat haar partij lang heeft getwijfeld. „Zes jaar geleden zaten wij nog aan de andere kant van de tafel”, zei Claes. „Maar in dit akkoord staan 1.500 betaalbare woningen tegen 2030. Daar tekenen wij voor.”

CD&V levert twee schepenen. Pieter Vrancken krijgt mobiliteit en belooft dat het omstreden circulatieplan voor de binnenstad nog dit najaar wordt herbekeken. Volgens Vrancken wil het nieuwe bestuur eerst luisteren naar de handelaars en de buurtcomités, die zich de voorbije maanden fel tegen het plan verzetten.

Vlaams Belang, dat zondag met 18 procent de grootste winnaar was, blijft door het cordon sanitaire aan de kant. Lijsttrekker Dirk Stassen sprak van ‘een coalitie van verliezers’. „De kiezer heeft om verandering gevraagd en krijgt nu opnieuw dezelfde gezichten”, zei hij.

Ook Groen en Open VLD belanden in de oppositie. Groen-fractieleider Sara Moons zei dat haar partij het nieuwe bestuur „scherp maar eerlijk” zal opvolgen. Bij Open VLD, dat terugviel tot één zetel, kondigde afdelingsvoorzitter Bart Jacobs gisteren zijn ontslag aan.

Het nieuwe schepencollege zal voortaan elke maandag vergaderen. Het volledige bestuursakkoord wordt begin november voorgesteld. De nieuwe gemeenteraad wordt op maandag 2 december geïnstalleerd, het nieuwe bestuur neemt op 1 januari officieel over.
""", ann=[
    E("Vanhoudt", "PER"), E("Kristof Vanhoudt", "PER"), E("Hasselt", "LOC"), E("N-VA", "ORG"),
    E("N-VA-lijsttrekker", "MISC"), E("Vooruit", "ORG"), E("Vooruit-kopvrouw", "MISC"), E("CD&V", "ORG"),
    E("Limburgse", "MISC"), E("TV Limburg", "ORG"), E("Lotte Claes", "PER"), E("Claes", "PER"),
    E("Pieter Vrancken", "PER"), E("Vrancken", "PER"), E("Vlaams Belang", "ORG"),
    E("Dirk Stassen", "PER"), E("Groen", "ORG"), E("Groen-fractieleider", "MISC"), E("Sara Moons", "PER"),
    E("Open VLD", "ORG"), E("Bart Jacobs", "PER"),
    T("drie dagen", "DURATION", "P3D"), T("dinsdagavond", "TIME", "2024-10-15TEV"),
    T("de komende zes jaar", "DURATION", "P6Y"), T("maandagochtend", "TIME", "2024-10-14TMO"),
    T("Rond 23.40 uur", "TIME", "2024-10-15T23:40"), T("woensdagochtend", "TIME", "2024-10-16TMO"),
    T("de komende jaren", "DURATION", "PXY"), T("zondag", "DATE", "2024-10-13", 0),
    T("Zes jaar geleden", "DATE", "2018"), T("2030", "DATE", "2030"), T("dit najaar", "DATE", "2024-FA"),
    T("de voorbije maanden", "DURATION", "PXM"), T("zondag", "DATE", "2024-10-13", 1),
    T("nu", "DATE", "PRESENT_REF"), T("gisteren", "DATE", "2024-10-15"),
    T("elke maandag", "SET", "XXXX-WXX-1"), T("begin november", "DATE", "2024-11"),
    T("maandag 2 december", "DATE", "2024-12-02"), T("1 januari", "DATE", "2025-01-01"),
    Q("Hasselt krijgt een", "Kristof Vanhoudt", 0), Q("Hasselt krijgt een", "Kristof Vanhoudt", 1),
    Q("We hebben niet", "Kristof Vanhoudt"), Q("Zes jaar geleden", "Lotte Claes"),
    Q("Maar in dit", "Lotte Claes"), Q("een coalitie van", "Dirk Stassen"),
    Q("De kiezer heeft", "Dirk Stassen"), Q("scherp maar eerlijk", "Sara Moons"),
]))

# ---------------------------------------------------------------- 2: Tweede Kamer debate
ARTICLES.append(dict(id="blind2-02", outlet="nos.nl", topic="nl-politics", dct="2025-01-23", text="""\
Brouwer: ‘Dit kabinet bezuinigt op de toekomst van studenten’

De Tweede Kamer heeft woensdag urenlang gedebatteerd over de bezuinigingen op het hoger onderwijs. De oppositie en een deel van de coalitie willen dat het kabinet de geplande korting van 1 miljard euro per jaar op universiteiten en hogescholen terugdraait. Het debat duurde ruim negen uur en eindigde in de nacht van woensdag op donderdag rond 1.15 uur.

Fractievoorzitter Esther Brouwer van GroenLinks-PvdA diende samen met CDA-Kamerlid Joost van Wijk een motie in die het kabinet oproept de bezuiniging te schrappen. „Dit kabinet bezuinigt op de toekomst van studenten”, zei Brouwer. „Elke euro die u nu bij de universiteiten weghaalt, betalen we straks dubbel terug.”

Minister van Onderwijs, Cultuur en Wetenschap Hanneke Verbeek (NSC) verdedigde de plannen. „Ik ga niet doen alsof dit pijnloos is”, zei Verbeek. „Maar de overheidsfinanciën laten geen ruimte voor cadeaus. Wie het geld terug wil, moet zeggen waar het vandaan komt.” Ze wees erop dat het kabinet volgend jaar 300 miljoen euro extra uittrekt voor het mbo.

VVD-fractievoorzitter Ruben Akkerman stond pal achter de minister. Volgens Akkerman heeft de oppositie ‘makkelijk praten’. „Wij hebben in de formatie afspraken gemaakt en daar houden wij ons aan”, zei hij. PVV-Kamerlid Marco de Graaf liet weten dat zijn fractie de motie niet zal steunen, omdat de PVV eerst de kosten van de asielopvang omlaag wil brengen.

Opvallend was de opstelling van BBB. Fractievoorzitter Gerda Hoekman kondigde aan dat haar partij voor de motie stemt. „Wij zijn een coalitiepartij, geen stempelmachine”, zei Hoekman. „Als een regio zijn hogeschool verliest, verliest hij ook zijn jongeren.”

Ook binnen NSC groeit de onrust. Kamerlid Ilse Mulder zei dat haar fractie „met gemengde gevoelens” naar de plannen van haar eigen minister kijkt. D66-leider Femke Tol was feller. „Nederland verdient zijn geld met kennis. Wie daarop bezuinigt, zaagt de poten onder zijn eigen stoel vandaan”, aldus Tol.

Op de publieke tribune volgde Karin Smit, voorzitter van Universiteiten van Nederland, het debat. Zij waarschuwde donderdagochtend tegenover de NOS dat er bij de universiteiten ruim 2.000 banen op het spel staan.

Over de motie-Brouwer wordt volgende week dinsdag gestemd. Als BBB bij zijn standpunt blijft, is er een meerderheid. Het kabinet moet dan voor 1 maart met een alternatief komen, ruim voor de Voorjaarsnota in april.
""", ann=[
    E("Brouwer", "PER"), E("Esther Brouwer", "PER"), E("Tweede Kamer", "ORG"),
    E("GroenLinks-PvdA", "ORG"), E("CDA-Kamerlid", "MISC"), E("Joost van Wijk", "PER"),
    E("Onderwijs, Cultuur en Wetenschap", "ORG"), E("Hanneke Verbeek", "PER"), E("Verbeek", "PER"),
    E("NSC", "ORG"), E("VVD-fractievoorzitter", "MISC"), E("Ruben Akkerman", "PER"), E("Akkerman", "PER"),
    E("PVV-Kamerlid", "MISC"), E("Marco de Graaf", "PER"), E("PVV", "ORG"), E("BBB", "ORG"),
    E("Gerda Hoekman", "PER"), E("Hoekman", "PER"), E("Ilse Mulder", "PER"), E("D66-leider", "MISC"),
    E("Femke Tol", "PER"), E("Tol", "PER"), E("Nederland", "LOC"), E("Karin Smit", "PER"),
    E("Universiteiten van Nederland", "ORG"), E("NOS", "ORG"), E("motie-Brouwer", "MISC"),
    E("Voorjaarsnota", "MISC"),
    T("woensdag", "DATE", "2025-01-22", 0), T("urenlang", "DURATION", "PTXH"),
    T("per jaar", "SET", "P1Y"), T("ruim negen uur", "DURATION", "PT9H"),
    T("de nacht van woensdag op donderdag", "TIME", "2025-01-22TNI"),
    T("rond 1.15 uur", "TIME", "2025-01-23T01:15"), T("nu", "DATE", "PRESENT_REF"),
    T("straks", "DATE", "FUTURE_REF"), T("volgend jaar", "DATE", "2026"),
    T("donderdagochtend", "TIME", "2025-01-23TMO"), T("volgende week dinsdag", "DATE", "2025-01-28"),
    T("1 maart", "DATE", "2025-03-01"), T("april", "DATE", "2025-04"),
    Q("Dit kabinet bezuinigt", "Esther Brouwer", 0), Q("Dit kabinet bezuinigt", "Esther Brouwer", 1),
    Q("Elke euro die", "Esther Brouwer"), Q("Ik ga niet", "Hanneke Verbeek"),
    Q("Maar de overheidsfinanciën", "Hanneke Verbeek"), Q("makkelijk praten", "Ruben Akkerman"),
    Q("Wij hebben in", "Ruben Akkerman"), Q("Wij zijn een", "Gerda Hoekman"),
    Q("Als een regio", "Gerda Hoekman"), Q("met gemengde gevoelens", "Ilse Mulder"),
    Q("Nederland verdient zijn", "Femke Tol"),
]))

# ---------------------------------------------------------------- 3: quarterly results
ARTICLES.append(dict(id="blind2-03", outlet="tijd.be", topic="be-business", dct="2016-10-20", text="""\
Barco verrast de beurs met recordomzet

Het Kortrijkse technologiebedrijf Barco heeft in het derde kwartaal beter gedraaid dan verwacht. De omzet steeg met 9 procent tot 278 miljoen euro, zo maakte het bedrijf donderdagochtend voor de opening van de beurs bekend. Analisten hadden gemiddeld op 262 miljoen euro gerekend.

Op Euronext Brussel schoot het aandeel bij de opening 11 procent hoger, tot 74,50 euro. Rond 14.30 uur noteerde Barco nog altijd 9 procent in het groen, de grootste stijging in de Bel20.

De groei kwam vooral uit Azië. In China verkocht Barco fors meer digitale projectoren aan bioscoopketens, en ook de divisie die beeldschermen voor ziekenhuizen maakt, deed het goed. In Europa bleef de omzet ongeveer op het niveau van vorig jaar.

„Dit is het beste kwartaal in de geschiedenis van ons bedrijf”, zei CEO Jan Desmet tijdens een telefonische toelichting voor analisten. „We plukken nu de vruchten van de investeringen die we de voorbije drie jaar in onze productlijnen hebben gedaan.”

Over de komende maanden is Desmet voorzichtiger. Hij wees op het zwakke Britse pond sinds het Brexit-referendum en op de onzekerheid rond de Amerikaanse presidentsverkiezingen van 8 november. „Dit vierde kwartaal wordt belangrijk, maar ik ga geen beloftes maken die ik in februari moet intrekken”, zei hij.

Sinds januari boekte Barco een nettowinst van 61 miljoen euro, tegenover 48 miljoen euro een jaar eerder. Vorige maand kondigde het bedrijf de overname aan van het Zweedse softwarebedrijf Nordvik Systems uit Göteborg, dat software voor controlekamers maakt. Volgens financieel directeur Carla Hendrickx wordt die overname in het eerste kwartaal van 2017 afgerond.

Analist Sofie Maes van KBC Securities spreekt van ‘sterke cijfers over de hele lijn’. „Na de tegenvallende resultaten van het eerste halfjaar had de markt Barco een beetje afgeschreven. Dit bewijst dat het bedrijf nog kan verrassen”, zegt Maes.

Thomas Willems van Degroof Petercam is minder enthousiast. Hij verhoogt zijn koersdoel van 68 naar 72 euro, maar blijft beleggers tot voorzichtigheid manen. „Eén goed kwartaal maakt nog geen trend”, zei Willems.

Barco publiceert zijn jaarresultaten op 9 februari.
""", ann=[
    E("Barco", "ORG"), E("Kortrijkse", "MISC"), E("Euronext Brussel", "ORG"), E("Bel20", "MISC"),
    E("Azië", "LOC"), E("China", "LOC"), E("Europa", "LOC"), E("Jan Desmet", "PER"), E("Desmet", "PER"),
    E("Britse", "MISC"), E("Brexit-referendum", "MISC"), E("Amerikaanse", "MISC"), E("Zweedse", "MISC"),
    E("Nordvik Systems", "ORG"), E("Göteborg", "LOC"), E("Carla Hendrickx", "PER"),
    E("Sofie Maes", "PER"), E("Maes", "PER"), E("KBC Securities", "ORG"), E("Thomas Willems", "PER"),
    E("Willems", "PER"), E("Degroof Petercam", "ORG"),
    T("het derde kwartaal", "DATE", "2016-Q3"), T("donderdagochtend", "TIME", "2016-10-20TMO"),
    T("Rond 14.30 uur", "TIME", "2016-10-20T14:30"), T("vorig jaar", "DATE", "2015"),
    T("nu", "DATE", "PRESENT_REF"), T("de voorbije drie jaar", "DURATION", "P3Y"),
    T("de komende maanden", "DURATION", "PXM"), T("8 november", "DATE", "2016-11-08"),
    T("Dit vierde kwartaal", "DATE", "2016-Q4"), T("februari", "DATE", "2017-02", 0),
    T("januari", "DATE", "2016-01"), T("een jaar eerder", "DATE", "2015"),
    T("Vorige maand", "DATE", "2016-09"), T("het eerste kwartaal van 2017", "DATE", "2017-Q1"),
    T("het eerste halfjaar", "DATE", "2016-H1"), T("9 februari", "DATE", "2017-02-09"),
    Q("Dit is het", "Jan Desmet"), Q("We plukken nu", "Jan Desmet"),
    Q("Dit vierde kwartaal", "Jan Desmet"), Q("sterke cijfers over", "Sofie Maes"),
    Q("Na de tegenvallende", "Sofie Maes"), Q("Eén goed kwartaal", "Thomas Willems"),
]))

# ---------------------------------------------------------------- 4: drug smuggling trial
ARTICLES.append(dict(id="blind2-04", outlet="ad.nl", topic="nl-court", dct="2021-11-18", text="""\
OM eist acht jaar cel tegen havenmedewerker voor cocaïnesmokkel

Het Openbaar Ministerie heeft donderdag acht jaar cel geëist tegen een 41-jarige havenmedewerker uit Spijkenisse. Volgens de aanklager hielp Ronald B. tussen januari en augustus vorig jaar bij het uithalen van ruim 1.400 kilo cocaïne uit containers in de Rotterdamse haven.

B. werkte als planner bij een containerterminal op de Maasvlakte. Hij zou met zijn toegangspas en zijn kennis van de computersystemen hebben gezorgd dat containers met drugs uit Ecuador en Colombia ongezien van het terrein konden worden gereden. Per container zou hij 50.000 euro hebben ontvangen.

„De verdachte heeft zijn sleutelpositie in de haven verkocht aan criminelen”, zei officier van justitie Yvonne Kramer in haar requisitoir. „Zonder mensen zoals hij komt er geen gram cocaïne van de kade.” Kramer wees erop dat de politie bij een huiszoeking in september 2020 ruim 380.000 euro contant geld op de zolder van zijn woning vond.

De zitting in het gerechtsgebouw aan het Wilhelminaplein begon om 9.30 uur en duurde bijna zeven uur. De verdachte zweeg het grootste deel van de tijd. Op vragen van rechtbankvoorzitter Hans Veldkamp zei hij alleen dat hij ‘nooit iets met drugs te maken heeft gehad’. „U mag zwijgen, maar de rechtbank zal dat zwijgen wel meewegen”, reageerde Veldkamp.

Advocaat Sander Moerman bepleitte vrijspraak. Volgens hem is het bewijs grotendeels gebaseerd op ontsleutelde berichten van de cryptodienst Sky ECC, waarvan niet vast te stellen is wie ze heeft verstuurd. „Mijn cliënt had een telefoon, net als duizenden andere havenwerkers. Dat maakt hem nog geen drugssmokkelaar”, zei Moerman. „Het OM bouwt deze zaak op aannames.”

Tegen een 29-jarige medeverdachte uit Rotterdam-Zuid, die de containers met een vrachtwagen zou hebben opgehaald, eiste Kramer zes jaar cel. Volgende week donderdag staan nog twee andere verdachten in dezelfde zaak terecht. De rechtbank doet op 2 december uitspraak.

De Douane onderschepte vorig jaar in totaal 41 ton cocaïne in de Rotterdamse haven, een record. Het Havenbedrijf Rotterdam investeert sinds 2019 in extra camera's en strengere toegangscontroles. Toch blijven corrupte medewerkers volgens de politie de zwakke plek.
""", ann=[
    E("OM", "ORG"), E("Openbaar Ministerie", "ORG"), E("Spijkenisse", "LOC"), E("Ronald B.", "PER"),
    E("B.", "PER"), E("Rotterdamse", "MISC"), E("Maasvlakte", "LOC"), E("Ecuador", "LOC"),
    E("Colombia", "LOC"), E("Yvonne Kramer", "PER"), E("Kramer", "PER"), E("Wilhelminaplein", "LOC"),
    E("Hans Veldkamp", "PER"), E("Veldkamp", "PER"), E("Sander Moerman", "PER"), E("Moerman", "PER"),
    E("Sky ECC", "ORG"), E("Rotterdam-Zuid", "LOC"), E("Douane", "ORG"),
    E("Havenbedrijf Rotterdam", "ORG"),
    T("acht jaar", "DURATION", "P8Y", 0), T("donderdag", "DATE", "2021-11-18", 0),
    T("acht jaar", "DURATION", "P8Y", 1), T("januari", "DATE", "2020-01"),
    T("augustus vorig jaar", "DATE", "2020-08"), T("september 2020", "DATE", "2020-09"),
    T("9.30 uur", "TIME", "2021-11-18T09:30"), T("bijna zeven uur", "DURATION", "PT7H"),
    T("zes jaar", "DURATION", "P6Y"), T("Volgende week donderdag", "DATE", "2021-11-25"),
    T("2 december", "DATE", "2021-12-02"), T("vorig jaar", "DATE", "2020", 1),
    T("2019", "DATE", "2019"),
    Q("De verdachte heeft", "Yvonne Kramer"), Q("Zonder mensen zoals", "Yvonne Kramer"),
    Q("nooit iets met", "Ronald B."), Q("U mag zwijgen", "Hans Veldkamp"),
    Q("Mijn cliënt had", "Sander Moerman"), Q("Het OM bouwt", "Sander Moerman"),
]))

# ---------------------------------------------------------------- 5: Tour of Flanders
ARTICLES.append(dict(id="blind2-05", outlet="nieuwsblad.be", topic="sport-cycling", dct="2019-04-07", text="""\
Van Hecke wint Ronde van Vlaanderen: ‘Pas op de Paterberg durfde ik te geloven’

Jasper Van Hecke heeft zondag de 103de Ronde van Vlaanderen gewonnen. De 26-jarige renner van Deceuninck-Quick-Step reed op de Oude Kwaremont weg uit een kopgroep van acht en hield in Oudenaarde 14 seconden over op de Nederlander Thijs Kuipers (Jumbo-Visma). De Italiaan Luca Ferrandi (Trek-Segafredo) sprintte naar de derde plaats.

Van Hecke legde de 270 kilometer tussen Antwerpen en Oudenaarde af in 6 uur en 17 minuten. Hij reed ruim twintig minuten alleen aan de leiding. Het is de eerste Belgische zege in Vlaanderens Mooiste in drie jaar. Vorig jaar werd hij nog vijfde.

„Pas op de Paterberg durfde ik te geloven dat ik zou winnen”, zei Van Hecke na de finish aan de microfoon van Sporza. „Op de Kwaremont voelde ik dat de anderen op hun tandvlees zaten. Ik heb niet meer omgekeken, ik heb alleen naar mijn wattages gekeken.”

Het peloton vertrok om 10.10 uur op de Grote Markt van Antwerpen. Onder een stralende zon stonden volgens de organisatie zo'n 800.000 toeschouwers langs het parcours. Al na 30 kilometer ging het mis bij een valpartij in Temse, waarbij onder anderen titelverdediger Nils Andersen zijn kansen zag slinken. De Deen sukkelde sinds woensdag met een verkoudheid en moest op de Koppenberg definitief lossen.

Kuipers baalde van zijn positie op de Kwaremont. „Ik had de benen, maar niet de ruimte”, zei de Brabander. „Toen Jasper ging, zat ik opgesloten achter Ferrandi. Als je daar twintig meter verliest, zie je hem niet meer terug.”

Ploegleider Tom Verstraeten van Deceuninck-Quick-Step sprak van ‘een perfect uitgevoerd plan’. „We wisten dat Jasper de sterkste was. Wij moesten de koers hard maken vanaf de Koppenberg, en dat hebben de jongens gedaan”, zei Verstraeten.

De renners trekken nu naar Parijs-Roubaix, dat volgende zondag wordt gereden. Van Hecke liet weten dat hij ook daar voor de overwinning wil gaan. „Maandag rust ik, dinsdag ga ik de kasseien verkennen. Ik ben nog nooit zo goed geweest als nu”, zei hij.
""", ann=[
    E("Van Hecke", "PER"), E("Jasper Van Hecke", "PER"), E("Jasper", "PER"),
    E("Ronde van Vlaanderen", "MISC"), E("Paterberg", "LOC"), E("Deceuninck-Quick-Step", "ORG"),
    E("Oude Kwaremont", "LOC"), E("Kwaremont", "LOC"), E("Oudenaarde", "LOC"), E("Nederlander", "MISC"),
    E("Thijs Kuipers", "PER"), E("Kuipers", "PER"), E("Jumbo-Visma", "ORG"), E("Italiaan", "MISC"),
    E("Luca Ferrandi", "PER"), E("Ferrandi", "PER"), E("Trek-Segafredo", "ORG"), E("Antwerpen", "LOC"),
    E("Belgische", "MISC"), E("Vlaanderens Mooiste", "MISC"), E("Sporza", "ORG"), E("Grote Markt", "LOC"),
    E("Temse", "LOC"), E("Nils Andersen", "PER"), E("Deen", "MISC"), E("Koppenberg", "LOC"),
    E("Brabander", "MISC"), E("Tom Verstraeten", "PER"), E("Verstraeten", "PER"),
    E("Parijs-Roubaix", "MISC"),
    T("zondag", "DATE", "2019-04-07", 0), T("14 seconden", "DURATION", "PT14S"),
    T("6 uur en 17 minuten", "DURATION", "PT6H17M"), T("ruim twintig minuten", "DURATION", "PT20M"),
    T("drie jaar", "DURATION", "P3Y"), T("Vorig jaar", "DATE", "2018"),
    T("10.10 uur", "TIME", "2019-04-07T10:10"), T("woensdag", "DATE", "2019-04-03"),
    T("nu", "DATE", "PRESENT_REF", 0), T("volgende zondag", "DATE", "2019-04-14"),
    T("Maandag", "DATE", "2019-04-08"), T("dinsdag", "DATE", "2019-04-09"),
    T("nu", "DATE", "PRESENT_REF", 1),
    Q("Pas op de", "Jasper Van Hecke", 0), Q("Pas op de", "Jasper Van Hecke", 1),
    Q("Op de Kwaremont", "Jasper Van Hecke"), Q("Ik had de", "Thijs Kuipers"),
    Q("Toen Jasper ging", "Thijs Kuipers"), Q("een perfect uitgevoerd", "Tom Verstraeten"),
    Q("We wisten dat", "Tom Verstraeten"), Q("Maandag rust ik", "Jasper Van Hecke"),
]))

# ---------------------------------------------------------------- 6: museum retrospective
ARTICLES.append(dict(id="blind2-06", outlet="volkskrant.nl", topic="culture-exhibition", dct="2022-09-23", text="""\
Kunstmuseum Den Haag eert Mirthe Oosterhuis, de schilder van de rivier

Het Kunstmuseum Den Haag opent zaterdag de grootste overzichtstentoonstelling ooit van de in 2019 overleden schilder Mirthe Oosterhuis. Onder de titel Water dat blijft zijn ruim 120 schilderijen, tekeningen en schetsboeken te zien, waarvan een derde nooit eerder werd getoond.

Oosterhuis groeide op in Zaltbommel, aan de Waal, en de rivier zou haar hele leven haar belangrijkste onderwerp blijven. In de jaren zestig schilderde ze vooral uiterwaarden in grijs en groen. Pas in de jaren tachtig, na een verblijf van twee jaar in New York, kwam er felle kleur in haar werk.

Hoogtepunt van de tentoonstelling is het drieluik Hoogwater bij Tiel uit 1995, geschilderd toen de rivieren buiten hun oevers dreigden te treden en in het rivierengebied ruim 200.000 mensen werden geëvacueerd. Het werk hangt sinds 1998 in het Museum of Modern Art in New York en is voor het eerst in twintig jaar terug in Nederland.

„Voor mij is dit het belangrijkste Nederlandse schilderij van de jaren negentig”, zegt conservator Daan Hofstede, die drie jaar aan de tentoonstelling werkte. „Je ziet het water stijgen, maar je voelt ook hoe stil het is. Die spanning maakt het werk zo bijzonder.”

Ook het late werk krijgt veel ruimte. In de laatste zaal hangt de reeks Ochtend aan de Waal, twaalf kleine doeken die Oosterhuis in de zomer van 2018 maakte. Ze zat toen elke dag op dezelfde plek op de dijk bij Zaltbommel te schilderen, ook toen ze al ernstig ziek was.

Haar dochter Inge Oosterhuis leende een groot deel van de schetsboeken uit. „Mijn moeder wilde nooit over betekenis praten. Als iemand ernaar vroeg, zei ze altijd: kijk nou maar gewoon”, vertelt ze. „Ik denk dat ze deze tentoonstelling prachtig had gevonden, en tegelijk een beetje overdreven.”

De eerste reacties na een persvoorbezichtiging deze week zijn lovend. In NRC sprak recensent Merel Dijkstra van ‘een tentoonstelling om stil van te worden’. Volgens directeur Karin de Ruiter past de tentoonstelling in het plan van het museum om meer aandacht te geven aan vrouwelijke kunstenaars uit de twintigste eeuw. In het voorjaar volgt een overzicht van de Belgische beeldhouwster Rosa Vermaelen.

Water dat blijft is te zien tot en met 15 januari. Het museum is dagelijks geopend. Elke donderdagavond geeft Hofstede een rondleiding van anderhalf uur langs de belangrijkste werken.
""", ann=[
    E("Kunstmuseum Den Haag", "ORG"), E("Mirthe Oosterhuis", "PER"), E("Oosterhuis", "PER"),
    E("Inge Oosterhuis", "PER"), E("Water dat blijft", "MISC"), E("Zaltbommel", "LOC"), E("Waal", "LOC"),
    E("New York", "LOC"), E("Hoogwater bij Tiel", "MISC"), E("Museum of Modern Art", "ORG"),
    E("Nederland", "LOC"), E("Nederlandse", "MISC"), E("Daan Hofstede", "PER"), E("Hofstede", "PER"),
    E("Ochtend aan de Waal", "MISC"), E("NRC", "ORG"), E("Merel Dijkstra", "PER"),
    E("Karin de Ruiter", "PER"), E("Belgische", "MISC"), E("Rosa Vermaelen", "PER"),
    T("zaterdag", "DATE", "2022-09-24"), T("2019", "DATE", "2019"), T("de jaren zestig", "DATE", "196"),
    T("de jaren tachtig", "DATE", "198"), T("twee jaar", "DURATION", "P2Y"), T("1995", "DATE", "1995"),
    T("1998", "DATE", "1998"), T("twintig jaar", "DURATION", "P20Y"),
    T("de jaren negentig", "DATE", "199"), T("drie jaar", "DURATION", "P3Y"),
    T("de zomer van 2018", "DATE", "2018-SU"), T("elke dag", "SET", "P1D"),
    T("deze week", "DATE", "2022-W38"), T("de twintigste eeuw", "DATE", "19"),
    T("het voorjaar", "DATE", "2023-SP"), T("15 januari", "DATE", "2023-01-15"),
    T("dagelijks", "SET", "P1D"), T("Elke donderdagavond", "SET", "XXXX-WXX-4TEV"),
    T("anderhalf uur", "DURATION", "PT90M"),
    Q("Voor mij is", "Daan Hofstede"), Q("Je ziet het", "Daan Hofstede"),
    Q("Mijn moeder wilde", "Inge Oosterhuis"), Q("Ik denk dat", "Inge Oosterhuis"),
    Q("een tentoonstelling om", "Merel Dijkstra"),
]))

# ---------------------------------------------------------------- 7: black ice and traffic
ARTICLES.append(dict(id="blind2-07", outlet="nu.nl", topic="nl-weather-traffic", dct="2017-01-12", text="""\
IJzel zet wegen op slot: honderden kilometers file en tientallen ongelukken

IJzel en bevroren wegdekken hebben donderdagochtend in grote delen van het land voor een verkeersinfarct gezorgd. Volgens de ANWB stond er rond 8.30 uur in totaal 780 kilometer file, een van de zwaarste ochtendspitsen ooit.

Het KNMI gaf vannacht om 3 uur code oranje af voor Zuid-Holland, Utrecht, Gelderland en Noord-Brabant. Regen viel in de vroege ochtend op de bevroren grond en veranderde wegen en fietspaden in een ijsbaan. De waarschuwing geldt tot vrijdag 12 uur.

Het zwaarste ongeluk gebeurde op de A12 bij Woerden, waar rond 7.15 uur een vrachtwagen op een file inreed. Daarbij raakten vier mensen gewond. Een 54-jarige automobilist uit Bodegraven werd met ernstig letsel naar het UMC Utrecht gebracht. De snelweg richting Den Haag was ruim vier uur volledig dicht.

„Het was alsof je over een schaatsbaan reed”, vertelt vrachtwagenchauffeur Karim Ouali, die vlak achter het ongeluk tot stilstand kwam. „Ik zag de remlichten voor me en wist meteen: dit gaat mis. Zo'n ochtend heb ik in twintig jaar op de weg nog nooit meegemaakt.”

Een woordvoerder van Rijkswaterstaat zei dat de strooiwagens sinds woensdagavond onafgebroken in touw waren. „Maar zout werkt niet als de regen het meteen weer wegspoelt. Daar kunnen we helaas weinig tegen beginnen.”

Ook het openbaar vervoer had het zwaar. De NS reed tot 11 uur een aangepaste dienstregeling, waardoor er tussen Utrecht en Amsterdam maar twee intercity's per uur reden. Op Schiphol werden vanochtend ruim 150 vluchten geschrapt.

„Veel mensen zijn toch met de auto vertrokken, ondanks alle waarschuwingen”, zegt ANWB-woordvoerder Linda Hak. „Wie morgenochtend niet per se de weg op hoeft, kan beter thuisblijven of thuiswerken.”

Volgens meteoroloog Jeroen Baas van het KNMI wordt het vanaf vanmiddag langzaam zachter. „In het weekend wordt het zelfs 9 graden, dan is de ijzel snel vergeten”, zegt hij.
""", ann=[
    E("ANWB", "ORG"), E("ANWB-woordvoerder", "MISC"), E("KNMI", "ORG"), E("Zuid-Holland", "LOC"),
    E("Utrecht", "LOC"), E("Gelderland", "LOC"), E("Noord-Brabant", "LOC"), E("A12", "LOC"),
    E("Woerden", "LOC"), E("Bodegraven", "LOC"), E("UMC Utrecht", "ORG"), E("Den Haag", "LOC"),
    E("Karim Ouali", "PER"), E("Rijkswaterstaat", "ORG"), E("NS", "ORG"), E("Amsterdam", "LOC"),
    E("Schiphol", "LOC"), E("Linda Hak", "PER"), E("Jeroen Baas", "PER"),
    T("donderdagochtend", "TIME", "2017-01-12TMO"), T("rond 8.30 uur", "TIME", "2017-01-12T08:30"),
    T("vannacht", "TIME", "2017-01-12TNI"), T("3 uur", "TIME", "2017-01-12T03:00"),
    T("de vroege ochtend", "TIME", "2017-01-12TMO"), T("vrijdag 12 uur", "TIME", "2017-01-13T12:00"),
    T("rond 7.15 uur", "TIME", "2017-01-12T07:15"), T("ruim vier uur", "DURATION", "PT4H"),
    T("twintig jaar", "DURATION", "P20Y"), T("woensdagavond", "TIME", "2017-01-11TEV"),
    T("11 uur", "TIME", "2017-01-12T11:00"), T("per uur", "SET", "PT1H"),
    T("vanochtend", "TIME", "2017-01-12TMO"), T("morgenochtend", "TIME", "2017-01-13TMO"),
    T("vanmiddag", "TIME", "2017-01-12TAF"), T("het weekend", "DATE", "2017-W02-WE"),
    Q("Het was alsof", "Karim Ouali"), Q("Ik zag de", "Karim Ouali"),
    Q("Maar zout werkt", "een woordvoerder van Rijkswaterstaat"), Q("Veel mensen zijn", "Linda Hak"),
    Q("Wie morgenochtend niet", "Linda Hak"), Q("In het weekend", "Jeroen Baas"),
]))

# ---------------------------------------------------------------- 8: NATO air defence deal
ARTICLES.append(dict(id="blind2-08", outlet="standaard.be", topic="international", dct="2026-03-12", text="""\
Navo-ministers akkoord over luchtschild voor de oostflank

De defensieministers van de Navo zijn het gisteren in Brussel eens geworden over een gezamenlijk luchtverdedigingsschild voor de oostflank van het bondgenootschap. De 32 lidstaten trekken de komende vijf jaar samen 40 miljard euro uit voor raketafweer in Polen, de Baltische staten en Roemenië.

Het akkoord kwam er pas na een vergadering van bijna elf uur in het hoofdkwartier van de Navo in Evere. Volgens diplomaten lag vooral de verdeling van de kosten gevoelig. Zuid-Europese lidstaten vonden dat zij te veel moesten betalen voor een dreiging die vooral het noorden en het oosten treft.

De Duitse minister van Defensie Konrad von der Heyde sprak van ‘een historische dag voor Europa’. „Vorige maand dacht niemand dat we hier vandaag al zouden staan”, zei Von der Heyde na afloop. „Dit toont dat Europa zijn veiligheid eindelijk in eigen handen neemt.”

De Spaanse minister van Defensie Isabel de la Torre bleef kritisch. Volgens De la Torre mag het geld voor de oostflank niet ten koste gaan van de bewaking van de Middellandse Zee. „Spanje staat achter dit plan, maar veiligheid houdt niet op aan de Oder”, zei ze.

Voor Polen kan het niet snel genoeg gaan. Drie weken geleden schoot de Poolse luchtmacht nog drones neer boven Lublin. „Wij vragen hier al sinds 2022 om. Wie aan de grens woont, heeft geen geduld meer”, zei de Poolse minister Piotr Zalewski.

Belgisch minister van Defensie Wim Casteels (N-VA) kondigde aan dat België vanaf volgend jaar vier F-35-toestellen inzet voor de bewaking van het Baltische luchtruim. „Ons land heeft te lang op de achterbank gezeten. Die tijd is voorbij”, zei Casteels.

Het Kremlin reageerde vanochtend afwijzend. „Elke nieuwe raket aan onze grens is een provocatie en zal een passend antwoord krijgen”, zei Kremlin-woordvoerder Anatoli Varlamov volgens het persbureau TASS.

Het akkoord moet op de Navo-top in Ankara in juli formeel worden bekrachtigd. Over twee weken bespreken ook de Europese regeringsleiders op een top in Brussel hoe het EU-defensiefonds kan bijdragen.
""", ann=[
    E("Navo-ministers", "MISC"), E("Navo", "ORG"), E("Brussel", "LOC"), E("Polen", "LOC"),
    E("Baltische", "MISC"), E("Roemenië", "LOC"), E("Evere", "LOC"), E("Zuid-Europese", "MISC"),
    E("Duitse", "MISC"), E("Defensie", "ORG"), E("Konrad von der Heyde", "PER"), E("Europa", "LOC"),
    E("Von der Heyde", "PER"), E("Spaanse", "MISC"), E("Isabel de la Torre", "PER"),
    E("De la Torre", "PER"), E("Middellandse Zee", "LOC"), E("Spanje", "LOC"), E("Oder", "LOC"),
    E("Poolse", "MISC"), E("Lublin", "LOC"), E("Piotr Zalewski", "PER"), E("Belgisch", "MISC"),
    E("Wim Casteels", "PER"), E("N-VA", "ORG"), E("België", "LOC"), E("F-35-toestellen", "MISC"),
    E("Casteels", "PER"), E("Kremlin", "ORG"), E("Kremlin-woordvoerder", "MISC"),
    E("Anatoli Varlamov", "PER"), E("TASS", "ORG"), E("Navo-top", "MISC"), E("Ankara", "LOC"),
    E("Europese", "MISC"), E("EU-defensiefonds", "MISC"),
    T("gisteren", "DATE", "2026-03-11"), T("de komende vijf jaar", "DURATION", "P5Y"),
    T("bijna elf uur", "DURATION", "PT11H"), T("Vorige maand", "DATE", "2026-02"),
    T("vandaag", "DATE", "2026-03-11"), T("Drie weken geleden", "DATE", "2026-W08"),
    T("2022", "DATE", "2022"), T("volgend jaar", "DATE", "2027"),
    T("vanochtend", "TIME", "2026-03-12TMO"), T("juli", "DATE", "2026-07"),
    T("Over twee weken", "DATE", "2026-W13"),
    Q("een historische dag", "Konrad von der Heyde"), Q("Vorige maand dacht", "Konrad von der Heyde"),
    Q("Dit toont dat", "Konrad von der Heyde"), Q("Spanje staat achter", "Isabel de la Torre"),
    Q("Wij vragen hier", "Piotr Zalewski"), Q("Ons land heeft", "Wim Casteels"),
    Q("Elke nieuwe raket", "Anatoli Varlamov"),
]))


if __name__ == "__main__":
    write_set(ARTICLES, HERE, 250, 500)
