// The built-in example: a short news article written for kroniek (fiction),
// with the things it extracts: names, dates and times, quotes and speakers.
#include <unistd.h>

#include "tools/commands.h"

namespace kroniek::cli {

bool isatty_stdin() { return ::isatty(0) == 1; }

const char* example_article() {
  return R"(Gent en Rotterdam sluiten akkoord over havenwerking

De Gentse burgemeester Mathias De Coninck en zijn Rotterdamse collega Sara El Amrani hebben dinsdag een akkoord ondertekend over de samenwerking tussen beide havens. De ondertekening vond rond 14.30 uur plaats in het stadhuis van Gent.

'Dit is een historische dag voor onze stad. We werken al twee jaar aan dit plan', zei De Coninck na afloop. Volgens El Amrani moet de eerste gezamenlijke terminal in het voorjaar van 2027 open gaan.

De Rotterdamse burgemeester benadrukte dat de havens niet langer concurrenten zijn. "Samen zijn we sterker dan elk apart," verklaarde ze aan de aanwezige journalisten. "De Noordzee is groot genoeg voor ons allebei."

Havenbedrijf North Sea Port en de Europese Commissie reageerden positief. Een woordvoerder van de Commissie liet weten dat Brussel het project 'met veel interesse' volgt.

Vorige maand waren de onderhandelingen nog bijna vastgelopen. De ministers van Mobiliteit van België en Nederland komen volgende week vrijdag samen in Antwerpen om de laatste details te bespreken. Het overleg duurt naar verwachting ongeveer drie uur.

El Amrani: 'We hebben geen tijd te verliezen'
)";
}

Date example_dct() { return Date{2026, 3, 17}; }

}  // namespace kroniek::cli
