#include "regiondata.h"

namespace loket::demo::data {
namespace {

// --- Places and streets ----------------------------------------------------------------------
// Deelgemeenten with their postcodes, approximate populations, and streets of each place.

constexpr Text leuvenCentrum[] = {
    u"Bondgenotenlaan",
    u"Naamsestraat",
    u"Tiensestraat",
    u"Diestsestraat",
    u"Brusselsestraat",
    u"Mechelsestraat",
    u"Parijsstraat",
    u"Muntstraat",
    u"Oude Markt",
    u"Grote Markt",
    u"Ladeuzeplein",
    u"Martelarenplein",
    u"Bogaardenstraat",
    u"Vismarkt",
    u"Halfmaartstraat",
    u"Tervuursestraat",
    u"Kapucijnenvoer",
    u"Vesaliusstraat",
    u"Sint-Jacobsplein",
    u"Schapenstraat",
    u"Minderbroedersstraat",
    u"Dekenstraat",
    u"Redingenstraat",
    u"Blijde-Inkomststraat",
    u"Vital Decosterstraat",
    u"Jan Stasstraat",
    u"Diestsevest",
    u"Tiensevest",
    u"Naamsevest",
    u"Brouwersstraat",
    u"Sint-Maartenstraat",
    u"Hogeschoolplein",
    u"Pensstraat",
    u"Ravenstraat",
    u"Vlamingenstraat",
    u"Ridderstraat",
    u"Kolonel Begaultlaan",
    u"Vaartkom",
    u"Mathieu de Layensplein",
    u"Fochplein",
    u"Herbert Hooverplein",
    u"Rector De Somerplein",
    u"Brabançonnestraat",
    u"Justus Lipsiusstraat",
    u"Dirk Boutslaan",
    u"Wandelingstraat",
    u"Ierse Predikherenstraat",
    u"Damiaanplein",
    u"Leopold Vanderkelenstraat",
    u"Frederik Lintsstraat",
    u"Sluisstraat",
    u"Vaartstraat",
    u"Lei",
    u"Mgr. Van Waeyenberghlaan",
    u"Parkstraat",
    u"Zwartzustersstraat",
};
constexpr Text heverlee[] = {
    u"Naamsesteenweg",
    u"Kardinaal Mercierlaan",
    u"Celestijnenlaan",
    u"Kasteelpark Arenberg",
    u"Waversebaan",
    u"Tervuursesteenweg",
    u"Geldenaaksebaan",
    u"Hertogstraat",
    u"Kapeldreef",
    u"Egenhovenweg",
    u"Groeneweg",
    u"Oude Baan",
    u"Sint-Jansbergsesteenweg",
    u"Prinses Lydialaan",
    u"Sint-Lambertusplein",
    u"Bierbeekstraat",
    u"Sint-Albertuslaan",
    u"Tervuursevest",
    u"Zwaluwenstraat",
    u"Arenbergstraat",
    u"Kerkstraat",
    u"Molenstraat",
    u"Berkenlaan",
    u"Lindenlaan",
    u"Beukenlaan",
    u"Eikenlaan",
    u"Kastanjelaan",
    u"Boskant",
    u"Heuvelstraat",
    u"Kouterstraat",
};
constexpr Text kesselLo[] = {
    u"Diestsesteenweg", u"Tiensesteenweg",      u"Martelarenlaan",    u"Platte-Lostraat",
    u"Kesseldallaan",   u"Boudewijnlaan",       u"Koning Albertlaan", u"Jules Vandenbemptlaan",
    u"Vlierbeekberg",   u"Abdij van Vlierbeek", u"Gemeentestraat",    u"Holsbeeksesteenweg",
    u"Kesselberg",      u"Pleinstraat",         u"Heidebergstraat",   u"Lindenlaan",
    u"Molenstraat",     u"Schoolstraat",        u"Kerkstraat",        u"Nieuwstraat",
    u"Stationsstraat",  u"Kareelveld",          u"Ridderstraat",      u"Heuvelstraat",
    u"Veldstraat",      u"Vijverstraat",        u"Esdoornlaan",       u"Meidoornlaan",
    u"Acacialaan",      u"Populierenlaan",
};
constexpr Text wilsele[] = {
    u"Aarschotsesteenweg", u"Wilselsesteenweg", u"Wijgmaalsesteenweg", u"Vaartdijk",
    u"Kapelstraat",        u"Kerkstraat",       u"Dorpsstraat",        u"Molenstraat",
    u"Leopoldstraat",      u"Lostraat",         u"Schoolstraat",       u"Broekstraat",
    u"Putkapelstraat",     u"Beekstraat",       u"Heidestraat",        u"Veldstraat",
    u"Lindenlaan",         u"Kouterstraat",     u"Weidestraat",        u"Nieuwstraat",
};
constexpr Text wijgmaal[] = {
    u"Wakkerzeelsebaan", u"Rotselaarsebaan", u"Wijgmaalsesteenweg", u"Remylaan",
    u"Stationsplein",    u"Kerkstraat",      u"Molenstraat",        u"Vaartdijk",
    u"Schoolstraat",     u"Kastanjelaan",    u"Broekstraat",        u"Dijlestraat",
    u"Beekstraat",       u"Vijverstraat",
};
constexpr Text herent[] = {
    u"Wilselsesteenweg", u"Mechelsesteenweg", u"Kerkstraat",      u"Stationsstraat",
    u"Molenstraat",      u"Delestraat",       u"Ursulinenstraat", u"Lindenstraat",
    u"Veltemweg",        u"Kampenhoutsebaan", u"Schoolstraat",    u"Kouterstraat",
    u"Heidestraat",      u"Bergstraat",       u"Beekstraat",      u"Broekstraat",
    u"Pastorijstraat",   u"Kloosterstraat",   u"Veldstraat",      u"Nieuwstraat",
    u"Vijverstraat",     u"Berkenlaan",       u"Eikenlaan",       u"Hoogstraat",
};
constexpr Text veltemBeisem[] = {
    u"Brusselsesteenweg", u"Dorpsstraat", u"Kerkstraat",     u"Beisemstraat", u"Veltemweg",
    u"Schoolstraat",      u"Molenstraat", u"Stationsstraat", u"Kapelstraat",  u"Heidestraat",
    u"Bergstraat",        u"Lindenlaan",  u"Weidestraat",    u"Veldstraat",
};
constexpr Text winksele[] = {
    u"Winkselsesteenweg", u"Dorpsstraat", u"Kerkstraat",  u"Kampenhoutsebaan",
    u"Schoolstraat",      u"Molenstraat", u"Kapelstraat", u"Broekstraat",
    u"Kouterstraat",      u"Heidestraat", u"Beekstraat",  u"Nieuwstraat",
};
constexpr Text kortenberg[] = {
    u"Leuvensesteenweg", u"Stationsstraat",  u"Kerkstraat",  u"Molenstraat", u"Dorpsplein",
    u"Schoolstraat",     u"Vogelzangstraat", u"Abdijdreef",  u"Kapelstraat", u"Heidestraat",
    u"Bergstraat",       u"Veldstraat",      u"Nieuwstraat", u"Lindenlaan",  u"Kastanjelaan",
    u"Beekstraat",       u"Pastorijstraat",  u"Hoogstraat",
};
constexpr Text erpsKwerps[] = {
    u"Dorpsstraat",      u"Kerkstraat",     u"Kwerpsplein", u"Schoolstraat", u"Molenstraat",
    u"Leuvensesteenweg", u"Stationsstraat", u"Heidestraat", u"Kapelstraat",  u"Veldstraat",
    u"Broekstraat",      u"Weidestraat",    u"Bergstraat",
};
constexpr Text everberg[] = {
    u"Kerkstraat",  u"Dorpsstraat", u"Leuvensesteenweg", u"Molenstraat", u"Schoolstraat",
    u"Kapelstraat", u"Heidestraat", u"Bergstraat",       u"Veldstraat",  u"Kouterstraat",
};
constexpr Text meerbeek[] = {
    u"Kerkstraat",  u"Dorpsstraat", u"Molenstraat", u"Schoolstraat",
    u"Kapelstraat", u"Beekstraat",  u"Veldstraat",  u"Heidestraat",
};
constexpr Text bertem[] = {
    u"Tervuursesteenweg", u"Dorpstraat",     u"Kerkstraat", u"Oude Baan",   u"Molenstraat",
    u"Schoolstraat",      u"Kapelstraat",    u"Bergstraat", u"Veldstraat",  u"Heidestraat",
    u"Beekstraat",        u"Pastorijstraat", u"Lindenlaan", u"Nieuwstraat",
};
constexpr Text korbeekDijle[] = {
    u"Tervuursesteenweg", u"Kerkstraat",   u"Dorpsstraat", u"Molenstraat",
    u"Dijlestraat",       u"Schoolstraat", u"Broekstraat", u"Weidestraat",
};
constexpr Text leefdaal[] = {
    u"Kerkstraat",  u"Dorpsstraat", u"Tervuursesteenweg", u"Molenstraat", u"Schoolstraat",
    u"Kapelstraat", u"Bergstraat",  u"Veldstraat",        u"Heidestraat", u"Kasteelstraat",
};
constexpr Text bierbeek[] = {
    u"Kerkstraat",  u"Dorpsstraat", u"Oude Baan",   u"Pastorijstraat", u"Schoolstraat",
    u"Kapelstraat", u"Molenstraat", u"Bergstraat",  u"Veldstraat",     u"Heidestraat",
    u"Beekstraat",  u"Hoogstraat",  u"Nieuwstraat",
};
constexpr Text korbeekLo[] = {
    u"Tiensesteenweg", u"Kerkstraat", u"Dorpsstraat", u"Schoolstraat",
    u"Molenstraat",    u"Veldstraat", u"Bergstraat",
};
constexpr Text lovenjoel[] = {
    u"Tiensesteenweg", u"Kerkstraat",  u"Dorpsstraat", u"Schoolstraat",
    u"Molenstraat",    u"Kapelstraat", u"Veldstraat",  u"Heidestraat",
};
constexpr Text opvelp[] = {
    u"Kerkstraat", u"Dorpsstraat", u"Molenstraat", u"Kapelstraat", u"Veldstraat", u"Beekstraat",
};
constexpr Text holsbeek[] = {
    u"Dutselstraat", u"Sint-Maurusstraat", u"Gobbelsrodestraat", u"Kerkstraat",   u"Dorpsstraat",
    u"Molenstraat",  u"Schoolstraat",      u"Kapelstraat",       u"Bergstraat",   u"Veldstraat",
    u"Heidestraat",  u"Beekstraat",        u"Nieuwstraat",       u"Kouterstraat",
};
constexpr Text kortrijkDutsel[] = {
    u"Kortrijksebaan", u"Gobbelsrodestraat", u"Kerkstraat",  u"Dorpsstraat",
    u"Molenstraat",    u"Schoolstraat",      u"Kapelstraat", u"Veldstraat",
};
constexpr Text sintPietersRode[] = {
    u"Kerkstraat", u"Dorpsstraat", u"Molenstraat", u"Kapelstraat", u"Veldstraat", u"Bergstraat",
};
constexpr Text nieuwrode[] = {
    u"Kerkstraat",  u"Dorpsstraat", u"Molenstraat", u"Schoolstraat",
    u"Kapelstraat", u"Heidestraat", u"Veldstraat",
};
constexpr Text oudHeverlee[] = {
    u"Waversebaan",    u"Gemeentehuisstraat", u"Kerkstraat",  u"Dorpstraat", u"Molenstraat",
    u"Stationsstraat", u"Schoolstraat",       u"Kapelstraat", u"Bergstraat", u"Veldstraat",
    u"Heidestraat",    u"Beekstraat",         u"Eikenlaan",   u"Berkenlaan",
};
constexpr Text sintJorisWeert[] = {
    u"Stationsstraat", u"Kerkstraat",  u"Dorpsstraat", u"Molenstraat",
    u"Schoolstraat",   u"Dijlestraat", u"Veldstraat",
};
constexpr Text blanden[] = {
    u"Naamsesteenweg", u"Kerkstraat", u"Dorpsstraat", u"Molenstraat", u"Kapelstraat", u"Veldstraat",
};
constexpr Text haasrode[] = {
    u"Naamsesteenweg", u"Kerkstraat",  u"Dorpsstraat", u"Molenstraat",
    u"Schoolstraat",   u"Kapelstraat", u"Bergstraat",  u"Heidestraat",
};
constexpr Text vaalbeek[] = {
    u"Kerkstraat", u"Dorpsstraat", u"Molenstraat", u"Kapelstraat",
    u"Veldstraat", u"Bergstraat",  u"Beekstraat",
};
constexpr Text rotselaar[] = {
    u"Provinciebaan", u"Kerkstraat",   u"Dorpsstraat",    u"Molenstraat",
    u"Schoolstraat",  u"Kapelstraat",  u"Torenstraat",    u"Bergstraat",
    u"Veldstraat",    u"Heidestraat",  u"Beekstraat",     u"Nieuwstraat",
    u"Lindenlaan",    u"Kastanjelaan", u"Pastorijstraat", u"Broekstraat",
};
constexpr Text wezemaal[] = {
    u"Stationsstraat", u"Kerkstraat", u"Dorpsstraat", u"Molenstraat", u"Schoolstraat",
    u"Kapelstraat",    u"Bergstraat", u"Veldstraat",  u"Heidestraat", u"Broekstraat",
};
constexpr Text werchter[] = {
    u"Haachtsesteenweg", u"Kerkstraat",  u"Dorpsstraat", u"Molenstraat", u"Schoolstraat",
    u"Nieuwstraat",      u"Kapelstraat", u"Veldstraat",  u"Heidestraat", u"Weidestraat",
};

constexpr Place leuvenPlaces[] = {
    {u"Leuven", u"3000", 31000, leuvenCentrum}, {u"Heverlee", u"3001", 33000, heverlee},
    {u"Kessel-Lo", u"3010", 30000, kesselLo},   {u"Wilsele", u"3012", 9500, wilsele},
    {u"Wijgmaal", u"3018", 3000, wijgmaal},
};
constexpr Place herentPlaces[] = {
    {u"Herent", u"3020", 14000, herent},
    {u"Veltem-Beisem", u"3020", 4500, veltemBeisem},
    {u"Winksele", u"3020", 3500, winksele},
};
constexpr Place kortenbergPlaces[] = {
    {u"Kortenberg", u"3070", 7000, kortenberg},
    {u"Erps-Kwerps", u"3071", 6000, erpsKwerps},
    {u"Everberg", u"3078", 5000, everberg},
    {u"Meerbeek", u"3078", 2500, meerbeek},
};
constexpr Place bertemPlaces[] = {
    {u"Bertem", u"3060", 4500, bertem},
    {u"Korbeek-Dijle", u"3060", 2000, korbeekDijle},
    {u"Leefdaal", u"3061", 3800, leefdaal},
};
constexpr Place bierbeekPlaces[] = {
    {u"Bierbeek", u"3360", 4500, bierbeek},
    {u"Korbeek-Lo", u"3360", 2000, korbeekLo},
    {u"Lovenjoel", u"3360", 2500, lovenjoel},
    {u"Opvelp", u"3360", 1400, opvelp},
};
constexpr Place holsbeekPlaces[] = {
    {u"Holsbeek", u"3220", 4500, holsbeek},
    {u"Kortrijk-Dutsel", u"3220", 2200, kortrijkDutsel},
    {u"Sint-Pieters-Rode", u"3220", 1500, sintPietersRode},
    {u"Nieuwrode", u"3221", 2100, nieuwrode},
};
constexpr Place oudHeverleePlaces[] = {
    {u"Oud-Heverlee", u"3050", 3500, oudHeverlee},
    {u"Sint-Joris-Weert", u"3051", 1800, sintJorisWeert},
    {u"Blanden", u"3052", 1600, blanden},
    {u"Haasrode", u"3053", 2300, haasrode},
    {u"Vaalbeek", u"3054", 2200, vaalbeek},
};
constexpr Place rotselaarPlaces[] = {
    {u"Rotselaar", u"3110", 8000, rotselaar},
    {u"Wezemaal", u"3111", 4500, wezemaal},
    {u"Werchter", u"3118", 4500, werchter},
};

constexpr MunicipalityInfo allMunicipalities[] = {
    {u"24062", u"Leuven", 50.8798, 4.7005, leuvenPlaces},
    {u"24038", u"Herent", 50.9067, 4.6714, herentPlaces},
    {u"24055", u"Kortenberg", 50.8833, 4.5431, kortenbergPlaces},
    {u"24009", u"Bertem", 50.8642, 4.6269, bertemPlaces},
    {u"24011", u"Bierbeek", 50.8281, 4.7592, bierbeekPlaces},
    {u"24043", u"Holsbeek", 50.9211, 4.7569, holsbeekPlaces},
    {u"24086", u"Oud-Heverlee", 50.8361, 4.6625, oudHeverleePlaces},
    {u"24094", u"Rotselaar", 50.9536, 4.7167, rotselaarPlaces},
};

// --- Names ---------------------------------------------------------------------------------

constexpr Text flemishFamily[] = {
    u"Peeters",      u"Janssens",       u"Maes",           u"Jacobs",       u"Mertens",
    u"Willems",      u"Claes",          u"Goossens",       u"Wouters",      u"De Smet",
    u"Vermeulen",    u"Van den Broeck", u"Van de Velde",   u"Hermans",      u"Lambrechts",
    u"Dierckx",      u"Aerts",          u"Verstraete",     u"Desmet",       u"De Backer",
    u"Smets",        u"Stevens",        u"Martens",        u"Michiels",     u"Leemans",
    u"Van Dyck",     u"Vandenberghe",   u"Verhaegen",      u"De Cock",      u"Lemmens",
    u"Segers",       u"Cools",          u"Van Damme",      u"D'Hondt",      u"Vander Linden",
    u"Vanderlinden", u"De Wilde",       u"Van Hoof",       u"Verbeke",      u"Pauwels",
    u"Thys",         u"Vandevelde",     u"Geerts",         u"De Vos",       u"Baert",
    u"Hendrickx",    u"Coppens",        u"Van Acker",      u"Bogaerts",     u"Wuyts",
    u"Verschueren",  u"De Ridder",      u"Moens",          u"Goris",        u"Coenen",
    u"D'Haese",      u"Van de Walle",   u"Van der Auwera", u"Vanderauwera", u"Van Landeghem",
    u"Verhoeven",    u"Vervoort",       u"Smolders",       u"Van Aerschot", u"Vandeputte",
    u"Nuyts",        u"Verlinden",      u"Van Ransbeeck",  u"Meulemans",    u"Wellens",
    u"Ceulemans",    u"Verheyden",      u"Vandenbroeck",   u"Swinnen",      u"Cuypers",
    u"T'Jonck",      u"Ter Meulen",     u"Op de Beeck",    u"Van Goethem",  u"Vanhoutte",
    u"De Clercq",    u"Van Roey",       u"Dewit",          u"Vercammen",    u"Van Espen",
    u"Rombouts",     u"Vandermeulen",   u"Van Tilt",       u"Holemans",     u"Vanhoof",
    u"Bollen",       u"Daems",          u"Decoster",       u"Van Gorp",     u"Timmermans",
    u"Heylen",
};
// The long tail of Flemish family names: most people carry a name that only a few hundred
// others in Flanders share. The generator combines these real parts ("Van den" + "Bossche",
// "De" + "Cuyper", "Cuyper" + "s") into a few thousand rarer names.
constexpr Text flemishParticles[] = {
    u"Van ", u"Van de ", u"Van den ", u"Van der ", u"Vande", u"Vanden", u"Vander", u"Ver", u"De ",
};
constexpr Text flemishPlaceRoots[] = {
    u"Broeck",       u"Velde",        u"Berghe",     u"Bossche",   u"Acker",      u"Hove",
    u"Meersch",      u"Poel",         u"Steen",      u"Walle",     u"Linden",     u"Heyden",
    u"Kerckhove",    u"Straeten",     u"Haegen",     u"Beke",      u"Donck",      u"Hoeck",
    u"Brugghe",      u"Eycken",       u"Houtte",     u"Molen",     u"Putte",      u"Driessche",
    u"Kamp",         u"Bulcke",       u"Hecke",      u"Leene",     u"Vijver",     u"Wiele",
    u"Hulle",        u"Meulen",       u"Plas",       u"Bogaert",   u"Zande",      u"Kerckhof",
    u"Heuvel",       u"Geest",        u"Hende",      u"Gucht",     u"Loo",        u"Dries",
    u"Reeth",        u"Cauwenberghe", u"Wynsberghe", u"Elst",      u"Poucke",     u"Biesen",
    u"Weyer",        u"Goor",         u"Heede",      u"Daele",     u"Mosselaer",  u"Schoor",
    u"Lanotte",      u"Bruaene",      u"Roy",        u"Hoorebeke", u"Laere",      u"Mieghem",
    u"Overbeke",     u"Rompaey",      u"Sande",      u"Vreckem",   u"Wassenhove", u"Haute",
    u"Nieuwenhuyse", u"Rysselberghe", u"Gestel",     u"Hamme",     u"Aelst",      u"Asbroeck",
    u"Baelen",       u"Belle",        u"Bever",      u"Boven",     u"Brabant",    u"Buggenhout",
    u"Calster",      u"Campenhout",   u"Caster",     u"Craen",     u"Dessel",     u"Doorne",
    u"Eeckhout",     u"Eessen",       u"Essche",     u"Gaever",    u"Geel",       u"Genechten",
    u"Gool",         u"Haelst",       u"Hecken",     u"Herck",     u"Heule",      u"Hoof",
    u"Hulst",        u"Impe",         u"Kerkhoven",  u"Laer",      u"Lancker",    u"Landuyt",
    u"Leuven",       u"Lier",         u"Loock",      u"Loon",      u"Mechelen",   u"Meir",
    u"Mol",          u"Nuffel",       u"Oost",       u"Opstal",    u"Outryve",    u"Peteghem",
    u"Praet",        u"Reusel",       u"Riet",       u"Ruysevelt", u"Schel",      u"Spilbeeck",
    u"Stappen",      u"Thienen",      u"Tichelen",   u"Tongerloo", u"Utterbeeck", u"Varenbergh",
    u"Vlasselaer",   u"Waeyenberghe", u"Wesemael",   u"Winckel",   u"Zeebroeck",  u"Zwalm",
};
constexpr Text flemishTradeRoots[] = {
    u"Cuyper",       u"Backer",  u"Brouwer",   u"Wever",     u"Mulder",    u"Schepper",
    u"Visscher",     u"Coster",  u"Meulenaer", u"Scheerder", u"Timmerman", u"Schuyter",
    u"Vleeschouwer", u"Clercq",  u"Ruyter",    u"Keyser",    u"Meyer",     u"Schrijver",
    u"Pauw",         u"Vos",     u"Wolf",      u"Haen",      u"Bruyne",    u"Witte",
    u"Groote",       u"Cleyn",   u"Jonghe",    u"Leeuw",     u"Coninck",   u"Paepe",
    u"Moor",         u"Vriendt", u"Rycke",     u"Langhe",    u"Buck",      u"Craene",
    u"Decker",       u"Graeve",  u"Hertogh",   u"Kimpe",     u"Maeyer",    u"Mey",
    u"Neve",         u"Prins",   u"Roover",    u"Schryver",  u"Smedt",     u"Sutter",
    u"Temmerman",    u"Wachter", u"Wilde",     u"Zutter",
};
constexpr Text flemishPatronymRoots[] = {
    u"Gerrit",    u"Hendrik",  u"Maerten",  u"Pieter",    u"Lauwer",     u"Michiel",  u"Adriaen",
    u"Huybrecht", u"Geert",    u"Roel",     u"Wouter",    u"Joris",      u"Bernaert", u"Lambrecht",
    u"Gijsel",    u"Aert",     u"Govaert",  u"Dierick",   u"Cornelis",   u"Luyck",    u"Ghijs",
    u"Mathijs",   u"Nelis",    u"Reynaert", u"Robbrecht", u"Segher",     u"Thielem",  u"Vinck",
    u"Wauter",    u"Willaert", u"Engel",    u"Evert",     u"Gijsbrecht", u"Baten",    u"Boudewijn",
    u"Colaert",   u"Daneel",   u"Hubrecht",
};

constexpr Text flemishSuffixedStems[] = {
    u"Bos",   u"Hey",   u"Goet", u"Gee",  u"Boe",  u"Ver",  u"Lam",   u"Mol",  u"Rom",  u"Cla",
    u"Sten",  u"Hol",   u"Wil",  u"Mee",  u"Kem",  u"Luy",  u"Stroo", u"Ney",  u"Ter",  u"Bael",
    u"Dael",  u"Gijs",  u"Hu",   u"Loo",  u"Marc", u"Mich", u"Nol",   u"Pel",  u"Raey", u"Schel",
    u"Sme",   u"Stal",  u"Tack", u"Tim",  u"Vaes", u"Wey",  u"Aer",   u"Bul",  u"Coe",  u"Dri",
    u"Eyc",   u"Fran",  u"Geu",  u"Hend", u"Jan",  u"Kerk", u"Lauw",  u"Mae",  u"Nuy",  u"Oste",
    u"Praet", u"Quint", u"Rey",  u"Seg",  u"Thi",  u"Uyt",  u"Wou",   u"Ysen", u"Zee",
};
constexpr Text flemishSuffixes[] = {
    u"mans", u"ens", u"aerts", u"kens", u"eels", u"ers", u"ackx", u"elinck",
};

constexpr Text flemishMaleOld[] = {
    u"Jozef",  u"Frans",   u"Marcel", u"Willy",  u"Roger", u"André",  u"Georges", u"Gustaaf",
    u"Albert", u"Jan",     u"Louis",  u"Karel",  u"Leon",  u"Alfons", u"Emiel",   u"René",
    u"Victor", u"Hendrik", u"Petrus", u"Eduard", u"Jules", u"Gaston",
};
constexpr Text flemishMaleMiddle[] = {
    u"Luc",    u"Marc",    u"Peter",      u"Dirk",        u"Johan", u"Koen",    u"Geert",
    u"Bart",   u"Kristof", u"Tom",        u"Steven",      u"Wim",   u"Patrick", u"Filip",
    u"Jan",    u"Joris",   u"Erik",       u"Stefaan",     u"Ivo",   u"Guy",     u"Jeroen",
    u"Wouter", u"Bert",    u"Pieter-Jan", u"Jean-Pierre",
};
constexpr Text flemishMaleYoung[] = {
    u"Lucas",    u"Noah",   u"Arthur", u"Louis", u"Liam",   u"Jules", u"Finn",  u"Vic",
    u"Mathis",   u"Lars",   u"Seppe",  u"Wout",  u"Milan",  u"Stan",  u"Robbe", u"Ruben",
    u"Thibault", u"Jasper", u"Arne",   u"Warre", u"Lander", u"Mil",   u"Cas",   u"Pieter-Jan",
};
constexpr Text flemishFemaleOld[] = {
    u"Maria",    u"Godelieve",  u"Jeanne",       u"Yvonne",    u"Germaine",  u"Simonne",
    u"Paula",    u"Georgette",  u"Rosa",         u"Irma",      u"Lisette",   u"Bertha",
    u"Mariette", u"Anna",       u"Julia",        u"Elisabeth", u"Josephina", u"Agnes",
    u"Gilberte", u"Anne-Marie", u"Marie-Louise",
};
constexpr Text flemishFemaleMiddle[] = {
    u"Hilde",  u"Ann",      u"Katrien",  u"Sofie",      u"Els",          u"Inge",
    u"Veerle", u"Kathleen", u"Nathalie", u"Griet",      u"Lieve",        u"An",
    u"Karen",  u"Sabine",   u"Kristien", u"Martine",    u"Nancy",        u"Evelien",
    u"Sarah",  u"Leen",     u"Tine",     u"Anne-Marie", u"Marie-Jeanne",
};
constexpr Text flemishFemaleYoung[] = {
    u"Emma", u"Olivia", u"Louise", u"Mila",  u"Elena", u"Nina", u"Lotte",       u"Marie",
    u"Fien", u"Noor",   u"Lore",   u"Hanne", u"Febe",  u"Ella", u"Juliette",    u"Zoë",
    u"Lien", u"Lise",   u"Jana",   u"Amber", u"Nore",  u"Roos", u"Anne-Sophie",
};

constexpr Text walloonFamily[] = {
    u"Dubois",   u"Lambert",  u"Dupont",   u"Martin",    u"Simon",    u"Laurent",
    u"Leclercq", u"Renard",   u"Lejeune",  u"Collard",   u"Gilson",   u"Fontaine",
    u"Mathieu",  u"Dumont",   u"Leroy",    u"François",  u"Henrard",  u"Delvaux",
    u"Lemaire",  u"Charlier", u"Wauthier", u"Noël",      u"Piron",    u"Gérard",
    u"Hubert",   u"Delhaye",  u"Bastin",   u"Collignon", u"Thiry",    u"Denis",
    u"Grégoire", u"Lefèvre",  u"Du Bois",  u"Le Clercq", u"De Wilde", u"Dethier",
};
constexpr Text walloonMaleOld[] = {
    u"Jean",    u"Joseph", u"Marcel", u"Pierre", u"Louis",
    u"Georges", u"René",   u"Albert", u"Léon",   u"Jean-Marie",
};
constexpr Text walloonMaleMiddle[] = {
    u"Philippe", u"Benoît", u"Frédéric",   u"Stéphane",    u"Olivier",   u"Didier",
    u"Thierry",  u"Pascal", u"Christophe", u"Jean-Pierre", u"Jean-Marc", u"Jean-Luc",
};
constexpr Text walloonMaleYoung[] = {
    u"Maxime", u"Théo",      u"Raphaël", u"Louis",    u"Hugo",    u"Nathan",
    u"Jérôme", u"Sébastien", u"Antoine", u"Corentin", u"Gabriel", u"Noé",
};
constexpr Text walloonFemaleOld[] = {
    u"Marie",  u"Thérèse", u"Jeanne", u"Geneviève",  u"Madeleine",
    u"Simone", u"Denise",  u"Yvette", u"Anne-Marie", u"Marie-Claire",
};
constexpr Text walloonFemaleMiddle[] = {
    u"Françoise", u"Hélène",    u"Valérie",  u"Isabelle",     u"Nathalie",       u"Véronique",
    u"Sylvie",    u"Catherine", u"Murielle", u"Marie-Claire", u"Anne-Françoise",
};
constexpr Text walloonFemaleYoung[] = {
    u"Céline",  u"Amélie", u"Émilie", u"Noémie",  u"Léa",     u"Chloé",
    u"Aurélie", u"Zoé",    u"Manon",  u"Camille", u"Justine", u"Océane",
};

constexpr Text moroccanFamily[] = {
    u"Bakkali",   u"Ben Ali",     u"El Idrissi",  u"Bouzid",      u"Benali",    u"Ouali",
    u"Azzouzi",   u"El Khattabi", u"Boukhari",    u"El Amrani",   u"Haddouchi", u"El Ouardi",
    u"Ait Ouali", u"Amrani",      u"Chaouki",     u"Zeroual",     u"El-Amrani", u"El Bouzidi",
    u"Belhaj",    u"Tahiri",      u"El Hamdaoui", u"Ben Mohamed", u"Aarab",     u"El Moussaoui",
    u"Ait Taleb", u"Boulahrouz",
};
constexpr Text moroccanMale[] = {
    u"Mohamed", u"Ahmed",      u"Youssef", u"Mustapha",      u"Rachid", u"Karim",   u"Saïd",
    u"Hamza",   u"Bilal",      u"Ayoub",   u"Anass",         u"Ilias",  u"Adam",    u"Mehdi",
    u"Imad",    u"Abdelkader", u"Driss",   u"Mohamed Amine", u"Nordin", u"Zakaria",
};
constexpr Text moroccanFemale[] = {
    u"Fatima", u"Khadija", u"Amina",  u"Naima",    u"Samira", u"Nadia",        u"Hafsa",
    u"Salma",  u"Yasmina", u"Meryem", u"Soukaina", u"Ikram",  u"Nora",         u"Houda",
    u"Sara",   u"Lina",    u"Malika", u"Zineb",    u"Loubna", u"Fatima-Zahra",
};

constexpr Text turkishFamily[] = {
    u"Yılmaz",  u"Kaya",    u"Demir",  u"Şahin",  u"Çelik",  u"Yıldız",  u"Yıldırım", u"Öztürk",
    u"Aydın",   u"Özdemir", u"Arslan", u"Doğan",  u"Kılıç",  u"Aslan",   u"Çetin",    u"Kara",
    u"Koç",     u"Kurt",    u"Özkan",  u"Şimşek", u"Polat",  u"Güneş",   u"Aktaş",    u"Bulut",
    u"Korkmaz", u"Keskin",  u"Ünal",   u"Tekin",  u"Gündüz", u"Erdoğan", u"Karataş",  u"Çakır",
};
constexpr Text turkishMale[] = {
    u"Mehmet", u"Mustafa", u"Ahmet", u"Ali",   u"Hüseyin",    u"Hasan",  u"İbrahim",
    u"Murat",  u"Emre",    u"Burak", u"Yusuf", u"Ömer",       u"Çağrı",  u"Oğuz",
    u"Barış",  u"Kerem",   u"Eren",  u"Arda",  u"Mehmet Ali", u"Serkan",
};
constexpr Text turkishFemale[] = {
    u"Ayşe",   u"Fatma",  u"Emine", u"Hatice", u"Zeynep", u"Elif",     u"Özlem",
    u"Gülşen", u"Büşra",  u"Şule",  u"Merve",  u"Esra",   u"Derya",    u"Hülya",
    u"Nurşen", u"Yağmur", u"İrem",  u"Öykü",   u"Ebru",   u"Ayşe Nur",
};

// Polish family names in their masculine form; the generator makes -ski/-cki feminine.
constexpr Text polishFamily[] = {
    u"Kowalski",    u"Nowak",     u"Wiśniewski",  u"Wójcik",     u"Kowalczyk",  u"Kamiński",
    u"Lewandowski", u"Zieliński", u"Szymański",   u"Woźniak",    u"Dąbrowski",  u"Kozłowski",
    u"Jankowski",   u"Mazur",     u"Krawczyk",    u"Piotrowski", u"Grabowski",  u"Nowakowski",
    u"Pawłowski",   u"Michalski", u"Król",        u"Wieczorek",  u"Jabłoński",  u"Wróbel",
    u"Majewski",    u"Olszewski", u"Stępień",     u"Jaworski",   u"Malinowski", u"Górski",
    u"Łukasiewicz", u"Żak",       u"Sienkiewicz", u"Wasilewski", u"Zawadzki",   u"Ryś",
};
constexpr Text polishMale[] = {
    u"Piotr",  u"Krzysztof", u"Andrzej", u"Tomasz",   u"Paweł",    u"Michał",
    u"Łukasz", u"Jakub",     u"Marcin",  u"Grzegorz", u"Mateusz",  u"Wojciech",
    u"Kamil",  u"Maciej",    u"Szymon",  u"Zbigniew", u"Jarosław",
};
constexpr Text polishFemale[] = {
    u"Anna",  u"Katarzyna", u"Małgorzata", u"Agnieszka", u"Magdalena", u"Joanna",
    u"Ewa",   u"Barbara",   u"Zofia",      u"Dorota",    u"Monika",    u"Alicja",
    u"Łucja", u"Żaneta",    u"Jadwiga",    u"Grażyna",   u"Bożena",    u"Agnieszka Maria",
};

constexpr Text syrianFamily[] = {
    u"Al-Hassan",  u"Al Ahmad",   u"Alkhatib", u"Al-Khatib", u"Haddad",   u"Hamoud",
    u"Al Ali",     u"Al-Masri",   u"Darwish",  u"Kassab",    u"Suleiman", u"Al Homsi",
    u"Al-Halabi",  u"Khalil",     u"Mansour",  u"Nasser",    u"Qasim",    u"Saleh",
    u"Abu Hamdan", u"Al Hussein", u"Sabbagh",  u"Abou Zeid",
};
constexpr Text syrianMale[] = {
    u"Ahmad", u"Mohammad", u"Omar",  u"Khaled", u"Mahmoud", u"Abdullah", u"Hussein", u"Bassel",
    u"Fadi",  u"Rami",     u"Tarek", u"Yazan",  u"Anas",    u"Ammar",    u"Samer",
};
constexpr Text syrianFemale[] = {
    u"Fatima", u"Rania", u"Lama", u"Hala", u"Nour", u"Reem", u"Rasha", u"Dima",
    u"Aya",    u"Lina",  u"Yara", u"Maya", u"Hiba", u"Sana", u"Ghada",
};

constexpr Text romanianFamily[] = {
    u"Popescu", u"Ionescu",  u"Popa",       u"Pop",        u"Radu",     u"Dumitrescu", u"Stan",
    u"Stoica",  u"Gheorghe", u"Matei",      u"Constantin", u"Munteanu", u"Lungu",      u"Ciobanu",
    u"Rusu",    u"Dinu",     u"Ștefănescu", u"Țurcanu",    u"Mureșan",  u"Căpraru",
};
constexpr Text romanianMale[] = {
    u"Andrei",   u"Alexandru", u"Mihai", u"Ionuț",  u"Bogdan",     u"Florin",
    u"Cristian", u"Gabriel",   u"Vlad",  u"Ștefan", u"Constantin", u"Răzvan",
};
constexpr Text romanianFemale[] = {
    u"Maria",    u"Elena",    u"Ioana",  u"Andreea", u"Mihaela", u"Alina",
    u"Cristina", u"Gabriela", u"Roxana", u"Ramona",  u"Oana",    u"Bianca",
};

constexpr Text italianFamily[] = {
    u"Rossi",     u"Russo",    u"Ferrari",   u"Esposito", u"Bianchi",   u"Romano",
    u"Colombo",   u"Ricci",    u"Marino",    u"Greco",    u"Bruno",     u"Gallo",
    u"Conti",     u"De Luca",  u"Costa",     u"Giordano", u"Mancini",   u"Lombardi",
    u"Di Pietro", u"D'Angelo", u"Lo Bianco", u"La Rosa",  u"Lo Presti",
};
constexpr Text italianMale[] = {
    u"Giuseppe", u"Giovanni", u"Antonio", u"Salvatore", u"Francesco", u"Marco",
    u"Luca",     u"Davide",   u"Matteo",  u"Nicolò",    u"Vincenzo",  u"Gian-Luca",
};
constexpr Text italianFemale[] = {
    u"Maria",     u"Giulia", u"Francesca", u"Chiara",  u"Giovanna", u"Rosa",
    u"Antonella", u"Sara",   u"Alessia",   u"Martina", u"Concetta", u"Anna Maria",
};

constexpr Text congoleseFamily[] = {
    u"Mukendi", u"Kabongo", u"Ilunga", u"Tshibangu", u"Mbuyi",  u"Kasongo", u"Lukusa",
    u"Mulumba", u"Kalonji", u"Ngoy",   u"Banza",     u"Kanku",  u"Nsimba",  u"Makiese",
    u"Matondo", u"Lumbu",   u"Mpanzu", u"Tshimanga", u"Kazadi", u"Mwamba",
};
constexpr Text congoleseMale[] = {
    u"Patrick", u"Christian", u"Junior", u"Dieudonné", u"Fiston",      u"Héritier",
    u"Prince",  u"Glodi",     u"Exaucé", u"Cédric",    u"Jean-Claude", u"Jean-Paul",
};
constexpr Text congoleseFemale[] = {
    u"Grâce",     u"Merveille", u"Divine", u"Nathalie", u"Christelle", u"Aline",
    u"Espérance", u"Sarah",     u"Ruth",   u"Gracia",   u"Bénédicte",  u"Marie-Claire",
};

constexpr Text dutchFamily[] = {
    u"de Jong", u"Jansen",   u"de Vries", u"van den Berg", u"van Dijk", u"Bakker",
    u"Visser",  u"Smit",     u"Meijer",   u"de Boer",      u"Mulder",   u"de Groot",
    u"Bos",     u"Vos",      u"Hendriks", u"van Leeuwen",  u"Dekker",   u"Brouwer",
    u"de Wit",  u"Dijkstra", u"de Graaf", u"van der Meer", u"IJzerman", u"van 't Hof",
};
constexpr Text dutchMale[] = {
    u"Daan",    u"Sem",  u"Bram", u"Jeroen", u"Sander", u"Pieter",
    u"Maarten", u"Henk", u"Kees", u"Ruud",   u"Thijs",  u"Jan-Willem",
};
constexpr Text dutchFemale[] = {
    u"Sanne",  u"Lotte", u"Femke", u"Anouk",     u"Eva",   u"Marieke",
    u"Esther", u"Ilse",  u"Ineke", u"Willemijn", u"Fleur", u"Anne-Fleur",
};

// Other newcomers and residents: Spanish, Ukrainian, Indian, British, Eritrean ...
constexpr Text otherFamily[] = {
    u"García",     u"Fernández",  u"López",     u"Martínez",    u"Shevchenko", u"Kovalenko",
    u"Bondarenko", u"Tkachenko",  u"Sharma",    u"Patel",       u"Singh",      u"Smith",
    u"O'Brien",    u"MacDonald",  u"Tesfaye",   u"Gebremedhin", u"Nguyen",     u"Tran",
    u"da Silva",   u"dos Santos", u"Hernández",
};
constexpr Text otherMale[] = {
    u"José",  u"Javier", u"Oleksandr", u"Dmytro", u"Andriy", u"Rahul",     u"Arjun",
    u"James", u"Sean",   u"Dawit",     u"Minh",   u"João",   u"José Luis",
};
constexpr Text otherFemale[] = {
    u"Lucía", u"Carmen",  u"Olena", u"Iryna", u"Kateryna", u"Priya",      u"Ananya",
    u"Emily", u"Siobhán", u"Selam", u"Linh",  u"Ana",      u"María José",
};

constexpr Origin allOrigins[] = {
    {flemishFamily, flemishMaleOld, flemishMaleMiddle, flemishMaleYoung, flemishFemaleOld,
     flemishFemaleMiddle, flemishFemaleYoung},
    {walloonFamily, walloonMaleOld, walloonMaleMiddle, walloonMaleYoung, walloonFemaleOld,
     walloonFemaleMiddle, walloonFemaleYoung},
    {moroccanFamily, moroccanMale, moroccanMale, moroccanMale, moroccanFemale, moroccanFemale,
     moroccanFemale},
    {turkishFamily, turkishMale, turkishMale, turkishMale, turkishFemale, turkishFemale,
     turkishFemale},
    {polishFamily, polishMale, polishMale, polishMale, polishFemale, polishFemale, polishFemale},
    {syrianFamily, syrianMale, syrianMale, syrianMale, syrianFemale, syrianFemale, syrianFemale},
    {romanianFamily, romanianMale, romanianMale, romanianMale, romanianFemale, romanianFemale,
     romanianFemale},
    {italianFamily, italianMale, italianMale, italianMale, italianFemale, italianFemale,
     italianFemale},
    {congoleseFamily, congoleseMale, congoleseMale, congoleseMale, congoleseFemale, congoleseFemale,
     congoleseFemale},
    {dutchFamily, dutchMale, dutchMale, dutchMale, dutchFemale, dutchFemale, dutchFemale},
    {otherFamily, otherMale, otherMale, otherMale, otherFemale, otherFemale, otherFemale},
};

// --- The regional report catalogue ---------------------------------------------------------

constexpr Text potholeText[] = {
    u"Diepe put in het wegdek van de %1, gevaarlijk voor fietsers.",
    u"Verschillende putten in de rijweg van de %1 na de vorst.",
    u"Losliggende klinkers in de %1, auto's rijden erover en het lawaai is hinderlijk.",
};
constexpr Text sidewalkText[] = {
    u"Voetpad in de %1 ligt opgebroken; moeilijk met rollator of kinderwagen.",
    u"Tegels van het voetpad liggen los ter hoogte van de %1.",
    u"Boomwortels duwen het voetpad omhoog in de %1: struikelgevaar.",
};
constexpr Text trafficSignText[] = {
    u"Verkeersbord omvergereden in de %1.",
    u"Het stopbord aan het kruispunt in de %1 is verdwenen.",
    u"Verkeersbord in de %1 is gedraaid en niet meer zichtbaar.",
};
constexpr Text markingText[] = {
    u"Zebrapad in de %1 is bijna niet meer zichtbaar.",
    u"Wegmarkering van het fietspad in de %1 is vervaagd.",
};
constexpr Text bikePathText[] = {
    u"Fietspad langs de %1 ligt vol glasscherven.",
    u"Diepe spleet in het fietspad van de %1.",
    u"Fietspad in de %1 staat na elke regenbui onder water.",
};
constexpr Text dumpingText[] = {
    u"Sluikstort naast de glasbollen in de %1: zakken huisvuil en een matras.",
    u"Iemand heeft bouwafval gedumpt langs de %1.",
    u"Vuilniszakken al dagen op het voetpad in de %1.",
};
constexpr Text binText[] = {
    u"Vuilnisbak aan de bushalte in de %1 puilt uit.",
    u"De vuilnisbakken op het pleintje in de %1 worden niet geledigd.",
};
constexpr Text litterText[] = {
    u"Veel zwerfvuil in de berm langs de %1.",
    u"Blikjes en plastic in de gracht van de %1.",
};
constexpr Text graffitiText[] = {
    u"Graffiti op de gevel van het gemeentelijk gebouw in de %1.",
    u"Bekladding op de geluidsmuur langs de %1.",
};
constexpr Text dogWasteText[] = {
    u"Veel hondenpoep op het voetpad in de %1, vooral aan de school.",
    u"De hondenpoepbuizen in de %1 zijn leeg.",
};
constexpr Text treeText[] = {
    u"Grote tak hangt gevaarlijk over de rijweg in de %1.",
    u"Boom in de %1 is na de storm scheef gezakt.",
    u"Dode boom in het park aan de %1.",
};
constexpr Text overgrownText[] = {
    u"Haag in de %1 groeit over het voetpad; je moet op de straat lopen.",
    u"Onkruid in de goten van de %1 is kniehoog.",
};
constexpr Text playgroundText[] = {
    u"Schommel in de speeltuin aan de %1 is kapot.",
    u"Glijbaan in de speeltuin in de %1 heeft een scherpe rand.",
};
constexpr Text benchText[] = {
    u"Zitbank in de %1 is vernield.",
    u"Planken van de bank aan de bushalte in de %1 zijn gebroken.",
};
constexpr Text streetlightText[] = {
    u"Straatlicht in de %1 brandt niet meer.",
    u"Meerdere straatlampen in de %1 zijn 's avonds uit; erg donker.",
    u"Straatlamp in de %1 flikkert de hele nacht.",
};
constexpr Text trafficLightText[] = {
    u"Verkeerslicht aan het kruispunt in de %1 blijft op rood staan.",
    u"Voetgangerslicht in de %1 werkt niet.",
};
constexpr Text drainText[] = {
    u"Straatkolk in de %1 is verstopt; bij regen staat de straat blank.",
    u"Rioolgeur in de %1 sinds enkele dagen.",
};
constexpr Text floodingText[] = {
    u"Water loopt na hevige regen van de velden de %1 in.",
    u"Grote plas op de rijweg van de %1 die niet wegtrekt.",
};
constexpr Text noiseText[] = {
    u"Nachtelijk lawaai van een café in de %1.",
    u"Bladblazers al vroeg op zondag in de %1.",
};
constexpr Text vehicleText[] = {
    u"Auto zonder nummerplaat staat al weken in de %1.",
    u"Achtergelaten aanhangwagen in de %1.",
};
constexpr Text bikeText[] = {
    u"Achtergelaten fiets zonder wielen aan het fietsenrek in de %1.",
    u"Verroeste fiets al maanden tegen de gevel in de %1.",
};
constexpr Text ratsText[] = {
    u"Ratten gezien aan de beek langs de %1.",
    u"Rattenplaag bij de containers in de %1.",
};

constexpr CategoryInfo allCategories[] = {
    {u"pothole", u"roads", u"Put in de weg", u"Nid-de-poule", u"Pothole",
     u"Dienst Wegen en Verkeer", 10, 9, potholeText},
    {u"sidewalk", u"roads", u"Beschadigd voetpad", u"Trottoir endommagé", u"Damaged pavement",
     u"Dienst Wegen en Verkeer", 15, 6, sidewalkText},
    {u"traffic_sign", u"roads", u"Verkeersbord beschadigd of verdwenen",
     u"Panneau endommagé ou disparu", u"Traffic sign damaged or missing",
     u"Dienst Wegen en Verkeer", 5, 3, trafficSignText},
    {u"road_marking", u"roads", u"Wegmarkering vervaagd", u"Marquage routier effacé",
     u"Faded road marking", u"Dienst Wegen en Verkeer", 30, 2, markingText},
    {u"bike_path", u"roads", u"Fietspad in slechte staat", u"Piste cyclable en mauvais état",
     u"Cycle path in poor condition", u"Dienst Wegen en Verkeer", 15, 5, bikePathText},
    {u"illegal_dumping", u"cleanliness", u"Sluikstort", u"Dépôt clandestin", u"Illegal dumping",
     u"Dienst Netheid", 3, 9, dumpingText},
    {u"full_bin", u"cleanliness", u"Volle vuilnisbak", u"Poubelle pleine", u"Overflowing bin",
     u"Dienst Netheid", 2, 5, binText},
    {u"litter", u"cleanliness", u"Zwerfvuil", u"Déchets sauvages", u"Litter", u"Dienst Netheid", 5,
     4, litterText},
    {u"graffiti", u"cleanliness", u"Graffiti", u"Graffiti", u"Graffiti", u"Dienst Netheid", 10, 2,
     graffitiText},
    {u"dog_waste", u"cleanliness", u"Hondenpoep", u"Déjections canines", u"Dog fouling",
     u"Dienst Netheid", 5, 2, dogWasteText},
    {u"tree", u"green", u"Boom beschadigd of gevaarlijk", u"Arbre endommagé ou dangereux",
     u"Damaged or dangerous tree", u"Groendienst", 5, 4, treeText},
    {u"overgrown", u"green", u"Overhangend groen of onkruid", u"Végétation envahissante",
     u"Overgrown vegetation", u"Groendienst", 20, 3, overgrownText},
    {u"playground", u"green", u"Speeltuig defect", u"Jeu pour enfants défectueux",
     u"Broken playground equipment", u"Groendienst", 5, 2, playgroundText},
    {u"bench", u"green", u"Zitbank beschadigd", u"Banc endommagé", u"Damaged bench", u"Groendienst",
     15, 1, benchText},
    {u"streetlight", u"utilities", u"Straatlicht defect", u"Éclairage public défectueux",
     u"Street light out", u"Dienst Openbare Werken", 10, 8, streetlightText},
    {u"traffic_light", u"utilities", u"Verkeerslicht defect", u"Feu de signalisation défectueux",
     u"Traffic light out of order", u"Dienst Openbare Werken", 1, 2, trafficLightText},
    {u"drain", u"utilities", u"Verstopte straatkolk of riolering", u"Avaloir ou égout bouché",
     u"Blocked drain or sewer", u"Dienst Openbare Werken", 5, 4, drainText},
    {u"flooding", u"utilities", u"Wateroverlast op de openbare weg",
     u"Inondation sur la voie publique", u"Flooding on the public road", u"Dienst Openbare Werken",
     2, 2, floodingText},
    {u"noise", u"nuisance", u"Geluidsoverlast", u"Nuisances sonores", u"Noise nuisance",
     u"Dienst Milieu", 10, 3, noiseText},
    {u"abandoned_vehicle", u"nuisance", u"Achtergelaten voertuig", u"Véhicule abandonné",
     u"Abandoned vehicle", u"Dienst Mobiliteit", 15, 2, vehicleText},
    {u"abandoned_bike", u"nuisance", u"Achtergelaten fiets", u"Vélo abandonné",
     u"Abandoned bicycle", u"Dienst Mobiliteit", 20, 3, bikeText},
    {u"rats", u"nuisance", u"Ratten of ongedierte", u"Rats ou nuisibles", u"Rats or pests",
     u"Dienst Milieu", 10, 2, ratsText},
};

constexpr FieldValueInfo litterSizes[] = {
    {u"few", u"Enkele stukken", u"Quelques déchets", u"A few pieces"},
    {u"bag", u"Ongeveer een vuilniszak", u"Environ un sac poubelle", u"About one bin bag"},
    {u"more", u"Meer dan een vuilniszak", u"Plus d'un sac poubelle", u"More than one bin bag"},
};
constexpr FieldValueInfo dumpingKinds[] = {
    {u"household", u"Huisvuil", u"Ordures ménagères", u"Household waste"},
    {u"bulky", u"Grofvuil (meubels, matrassen)", u"Encombrants (meubles, matelas)",
     u"Bulky waste (furniture, mattresses)"},
    {u"construction", u"Bouwafval", u"Déchets de construction", u"Construction waste"},
    {u"hazardous", u"Gevaarlijk afval (verf, olie, asbest)",
     u"Déchets dangereux (peinture, huile, "
     u"amiante)",
     u"Hazardous waste (paint, oil, asbestos)"},
    {u"green", u"Tuinafval", u"Déchets verts", u"Garden waste"},
};
constexpr FieldValueInfo lightStates[] = {
    {u"out", u"Brandt niet", u"Éteint", u"Not lit"},
    {u"flickering", u"Flikkert", u"Clignote", u"Flickering"},
    {u"day", u"Brandt overdag", u"Allumé en journée", u"Lit during the day"},
    {u"damaged", u"Paal beschadigd", u"Poteau endommagé", u"Pole damaged"},
};
constexpr FieldValueInfo potholeDepths[] = {
    {u"shallow", u"Minder dan 5 cm", u"Moins de 5 cm", u"Less than 5 cm"},
    {u"deep", u"5 cm of dieper", u"5 cm ou plus", u"5 cm or deeper"},
};

constexpr FieldValueInfo yesNo[] = {
    {u"yes", u"Ja", u"Oui", u"Yes"},
    {u"no", u"Nee", u"Non", u"No"},
};

constexpr FieldInfo allCategoryFields[] = {
    {u"litter", u"size", u"singlevaluelist", false, true, 1, u"Hoeveel zwerfvuil ligt er?",
     u"Quelle quantité de déchets ?", u"How much litter is there?", litterSizes},
    {u"illegal_dumping", u"waste_kind", u"singlevaluelist", true, true, 1, u"Wat werd gestort?",
     u"Qu'est-ce qui a été déposé ?", u"What was dumped?", dumpingKinds},
    {u"illegal_dumping", u"blocks_way", u"singlevaluelist", false, true, 2,
     u"Versperrt het de weg of het voetpad?", u"Bloque-t-il la route ou le trottoir ?",
     u"Does it block the road or pavement?", yesNo},
    {u"streetlight",
     u"info",
     u"text",
     false,
     false,
     0,
     u"Het paalnummer staat op een plaatje op ooghoogte aan de paal.",
     u"Le numéro du poteau figure sur une plaquette à hauteur des yeux.",
     u"The pole number is on a plate at eye level on the pole.",
     {}},
    {u"streetlight",
     u"pole_number",
     u"string",
     true,
     true,
     1,
     u"Paalnummer",
     u"Numéro du poteau",
     u"Pole number",
     {}},
    {u"streetlight", u"light_state", u"singlevaluelist", false, true, 2, u"Wat is er mis?",
     u"Quel est le problème ?", u"What is wrong?", lightStates},
    {u"pothole", u"depth", u"singlevaluelist", false, true, 1, u"Hoe diep is de put?",
     u"Quelle est la profondeur du trou ?", u"How deep is the hole?", potholeDepths},
    {u"abandoned_vehicle",
     u"plate",
     u"string",
     false,
     true,
     1,
     u"Nummerplaat (indien zichtbaar)",
     u"Plaque d'immatriculation (si visible)",
     u"Number plate (if visible)",
     {}},
};

// --- Documents -----------------------------------------------------------------------------

constexpr DocumentKind allDocumentKinds[] = {
    {u"tax_assessment", u"Aanslagbiljet aanvullende personenbelasting %1", u"Financiële dienst", 0,
     10, true},
    {u"environment_tax", u"Aanslagbiljet algemene milieubelasting %1", u"Financiële dienst", 60, 10,
     true},
    {u"payment_reminder", u"Herinnering betaling milieubelasting %1", u"Financiële dienst", 30, 3,
     true},
    {u"parking_permit", u"Bewonersparkeerkaart %1", u"Dienst Mobiliteit", 365, 5, true},
    {u"eid_invitation", u"Uitnodiging vernieuwing elektronische identiteitskaart",
     u"Dienst Burgerzaken", 90, 8, false},
    {u"kids_id", u"Uitnodiging Kids-ID", u"Dienst Burgerzaken", 90, 4, false},
    {u"passport_ready", u"Uw paspoort ligt klaar", u"Dienst Burgerzaken", 90, 3, true},
    {u"driving_licence_ready", u"Uw rijbewijs ligt klaar", u"Dienst Burgerzaken", 90, 2, true},
    {u"address_change", u"Bevestiging adreswijziging", u"Dienst Burgerzaken", 0, 5, true},
    {u"household_certificate", u"Attest gezinssamenstelling", u"Dienst Burgerzaken", 0, 4, true},
    {u"criminal_record", u"Uittreksel uit het strafregister", u"Dienst Burgerzaken", 0, 3, true},
    {u"election_summons", u"Oproepingsbrief verkiezingen %1", u"Dienst Burgerzaken", 30, 4, true},
    {u"building_permit", u"Beslissing omgevingsvergunning", u"Dienst Omgeving", 0, 3, true},
    {u"rainwater_premium", u"Beslissing premie regenwaterput", u"Dienst Omgeving", 0, 2, true},
    {u"energy_premium", u"Beslissing gemeentelijke energiepremie", u"Dienst Wonen", 0, 3, true},
    {u"social_benefit", u"Beslissing leefloon", u"Sociaal Huis", 0, 3, true},
    {u"heating_allowance", u"Beslissing verwarmingstoelage", u"Sociaal Huis", 0, 2, true},
    {u"childcare", u"Bevestiging inschrijving buitenschoolse kinderopvang", u"Dienst Kinderopvang",
     0, 4, false},
    {u"sports_camp_invoice", u"Factuur sportkamp", u"Sportdienst", 30, 3, false},
    {u"administrative_fine", u"Vaststelling GAS-boete", u"GAS-ambtenaar", 30, 2, true},
    {u"report_answer", u"Antwoord op uw melding", u"Klantendienst", 0, 3, true},
};

// --- Contact topics ------------------------------------------------------------------------

constexpr Text eidSummaries[] = {
    u"Komt identiteitskaart vernieuwen; pincode vergeten.",
    u"Vraagt hoe lang een nieuw paspoort duurt voor een reis.",
    u"Identiteitskaart gestolen; wil een nieuwe aanvragen.",
};
constexpr Text eidOutcomes[] = {
    u"Aanvraag gedaan; afhaling binnen drie weken.",
    u"Uitleg gegeven over de spoedprocedure en de kostprijs.",
    u"Aangifte van diefstal doorverwezen naar de politie; aanvraag gestart.",
};
constexpr Text eidFollowUps[] = {
    u"Bellen wanneer de kaart binnen is",
    u"Pincodebrief opnieuw aanvragen",
};
constexpr Text addressSummaries[] = {
    u"Meldt een verhuis binnen de gemeente.",
    u"Vraagt waarom de wijkagent nog niet langs is geweest na de verhuis.",
};
constexpr Text addressOutcomes[] = {
    u"Adreswijziging geregistreerd; wijkagent komt langs.",
    u"Navraag gedaan bij de politie; bezoek gepland.",
};
constexpr Text addressFollowUps[] = {u"Adrescontrole opvolgen bij de wijkagent"};
constexpr Text certificateSummaries[] = {
    u"Heeft een attest gezinssamenstelling nodig voor het ziekenfonds.",
    u"Vraagt een uittreksel uit het strafregister voor een nieuwe job.",
};
constexpr Text certificateOutcomes[] = {
    u"Attest meteen afgedrukt en meegegeven.",
    u"Getoond hoe je het attest zelf downloadt via Mijn Burgerprofiel.",
};
constexpr Text certificateFollowUps[] = {u"Attest per post nasturen"};
constexpr Text taxSummaries[] = {
    u"Begrijpt het aanslagbiljet van de milieubelasting niet.",
    u"Vraagt een afbetalingsplan voor de gemeentebelasting.",
    u"Meent dat de belasting dubbel werd aangerekend.",
};
constexpr Text taxOutcomes[] = {
    u"Aanslagbiljet samen overlopen; bedrag klopt.",
    u"Aanvraag afbetalingsplan doorgegeven aan de financiële dienst.",
    u"Bezwaarschrift samen opgesteld.",
};
constexpr Text taxFollowUps[] = {
    u"Antwoord financiële dienst over afbetalingsplan doorgeven",
    u"Bezwaar opvolgen",
};
constexpr Text wasteSummaries[] = {
    u"Vraagt wanneer het grofvuil wordt opgehaald.",
    u"Container werd niet geledigd.",
};
constexpr Text wasteOutcomes[] = {
    u"Ophaaldag opgezocht en afspraak gemaakt.",
    u"Doorgegeven aan de intercommunale; extra ophaling gepland.",
};
constexpr Text wasteFollowUps[] = {u"Nagaan of de extra ophaling gebeurd is"};
constexpr Text parkingSummaries[] = {
    u"Vraagt een bewonersparkeerkaart aan.",
    u"Bezoekerskaart voor de thuisverpleging nodig.",
};
constexpr Text parkingOutcomes[] = {
    u"Kaart aangevraagd; komt met de post.",
    u"Aanvraag met attest van de verpleging doorgestuurd.",
};
constexpr Text parkingFollowUps[] = {u"Beslissing over de bezoekerskaart meedelen"};
constexpr Text buildingSummaries[] = {
    u"Vraagt of een tuinhuis een omgevingsvergunning nodig heeft.",
    u"Wil weten hoe ver het dossier voor de verbouwing staat.",
};
constexpr Text buildingOutcomes[] = {
    u"Uitleg gegeven: meldingsplichtig, geen vergunning nodig.",
    u"Dossier opgezocht; beslissing verwacht binnen twee weken.",
};
constexpr Text buildingFollowUps[] = {u"Terugbellen met de stand van het dossier"};
constexpr Text socialSummaries[] = {
    u"Kan de energiefactuur niet betalen.",
    u"Vraagt naar een tussenkomst voor schoolkosten.",
    u"Zoekt hulp bij het aanvragen van een verhoogde tegemoetkoming.",
};
constexpr Text socialOutcomes[] = {
    u"Afspraak gemaakt met een maatschappelijk werker van het Sociaal Huis.",
    u"Aanvraagformulier samen ingevuld.",
    u"Doorverwezen naar het ziekenfonds met een begeleidende nota.",
};
constexpr Text socialFollowUps[] = {
    u"Nagaan of de afspraak met het Sociaal Huis doorging",
    u"Ontbrekende documenten opvragen",
};
constexpr Text energySummaries[] = {
    u"Wil een premie voor dakisolatie aanvragen.",
    u"Vraagt naar de renovatiebegeleiding van de regio.",
};
constexpr Text energyOutcomes[] = {
    u"Premieaanvraag samen online ingediend.",
    u"Gegevens doorgegeven aan het woonloket.",
};
constexpr Text energyFollowUps[] = {u"Controleren of de premieaanvraag volledig is"};
constexpr Text eboxSummaries[] = {
    u"Wil documenten voortaan digitaal ontvangen in de eBox.",
    u"Kan de eBox niet openen met itsme.",
    u"Wil terug brieven op papier ontvangen.",
};
constexpr Text eboxOutcomes[] = {
    u"Toestemming voor de eBox samen geactiveerd.",
    u"itsme opnieuw gekoppeld; eBox werkt.",
    u"Uitgelegd hoe de toestemming ingetrokken wordt; samen gedaan.",
};
constexpr Text eboxFollowUps[] = {u"Nagaan of de eerste eBox-brief gelezen werd"};
constexpr Text digitalSummaries[] = {
    u"Leert een afspraak maken via de website van de gemeente.",
    u"Hulp bij het installeren van itsme op de smartphone.",
    u"Wil leren hoe je een attest downloadt.",
};
constexpr Text digitalOutcomes[] = {
    u"Stap voor stap samen gedaan; lukt nu zelfstandig.",
    u"Halverwege gestopt; nieuwe afspraak gemaakt.",
    u"Handleiding op papier meegegeven.",
};
constexpr Text digitalFollowUps[] = {u"Tweede oefensessie inplannen"};
constexpr Text reportSummaries[] = {
    u"Vraagt hoe ver de melding over de straatverlichting staat.",
    u"Wil een sluikstort melden.",
    u"Klaagt dat een melding al weken openstaat.",
};
constexpr Text reportOutcomes[] = {
    u"Status opgezocht en uitgelegd; herstelling is ingepland.",
    u"Melding samen ingevoerd.",
    u"Navraag gedaan bij de dienst; antwoord volgt.",
};
constexpr Text reportFollowUps[] = {u"Antwoord van de dienst over de melding doorgeven"};
constexpr Text housingSummaries[] = {
    u"Zoekt een sociale huurwoning.",
    u"Problemen met vocht in de huurwoning.",
};
constexpr Text housingOutcomes[] = {
    u"Inschrijving bij de sociale huisvestingsmaatschappij uitgelegd.",
    u"Woningcontrole aangevraagd bij de dienst Wonen.",
};
constexpr Text housingFollowUps[] = {u"Datum van de woningcontrole meedelen"};
constexpr Text childcareSummaries[] = {
    u"Zoekt opvang voor de woensdagnamiddag.",
    u"Vraagt naar de inschrijving voor de speelpleinwerking.",
};
constexpr Text childcareOutcomes[] = {
    u"Op de wachtlijst gezet.",
    u"Inschrijving samen online gedaan.",
};
constexpr Text childcareFollowUps[] = {u"Bellen zodra er een plaats vrij is"};
constexpr Text elderlySummaries[] = {
    u"Vraagt naar maaltijden aan huis.",
    u"Dochter vraagt naar de mogelijkheden voor thuiszorg.",
};
constexpr Text elderlyOutcomes[] = {
    u"Aanvraag maaltijden aan huis ingediend.",
    u"Huisbezoek door de ouderenconsulent gepland.",
};
constexpr Text elderlyFollowUps[] = {u"Huisbezoek ouderenconsulent bevestigen"};
constexpr Text otherSummaries[] = {
    u"Vraagt naar de openingsuren van het recyclagepark.",
    u"Algemene vraag over de gemeentelijke dienstverlening.",
};
constexpr Text otherOutcomes[] = {
    u"Informatie gegeven.",
    u"Doorverwezen naar de bevoegde dienst.",
};
constexpr Text otherFollowUps[] = {u"Terugbellen met het antwoord"};

constexpr ContactTopic allTopics[] = {
    {u"eid_passport", eidSummaries, eidOutcomes, eidFollowUps},
    {u"address_change", addressSummaries, addressOutcomes, addressFollowUps},
    {u"certificates", certificateSummaries, certificateOutcomes, certificateFollowUps},
    {u"taxes", taxSummaries, taxOutcomes, taxFollowUps},
    {u"waste", wasteSummaries, wasteOutcomes, wasteFollowUps},
    {u"parking", parkingSummaries, parkingOutcomes, parkingFollowUps},
    {u"building_permit", buildingSummaries, buildingOutcomes, buildingFollowUps},
    {u"social_support", socialSummaries, socialOutcomes, socialFollowUps},
    {u"energy_premium", energySummaries, energyOutcomes, energyFollowUps},
    {u"ebox_help", eboxSummaries, eboxOutcomes, eboxFollowUps},
    {u"digital_help", digitalSummaries, digitalOutcomes, digitalFollowUps},
    {u"report_follow_up", reportSummaries, reportOutcomes, reportFollowUps},
    {u"housing", housingSummaries, housingOutcomes, housingFollowUps},
    {u"child_care", childcareSummaries, childcareOutcomes, childcareFollowUps},
    {u"elderly_care", elderlySummaries, elderlyOutcomes, elderlyFollowUps},
    {u"other", otherSummaries, otherOutcomes, otherFollowUps},
};

// --- Assistance notes ------------------------------------------------------------------------

constexpr Text olderNotes[] = {
    u"Heeft grote letters nodig",
    u"Slechthorend: traag en duidelijk spreken",
    u"Slechtziend: documenten voorlezen",
    u"Rolstoelgebruiker: afspraak op het gelijkvloers",
    u"Geen computer of smartphone; liefst telefonisch contact",
    u"Beginnende dementie: dochter is aanwezig bij gesprekken",
    u"Komt met de minder mobielen centrale; afspraken niet te vroeg",
};
constexpr Text generalNotes[] = {
    u"Dyslexie: liefst mondelinge uitleg",
    u"Gebruikt een rolstoel",
    u"Autisme: rustige ruimte en vaste contactpersoon",
    u"Leest moeilijk: formulieren samen invullen",
    u"Slechthorend: schriftelijk bevestigen",
};
constexpr Text nonDutchNotes[] = {
    u"Spreekt liever %1",
    u"Leest %1 beter dan Nederlands",
    u"Tolk meebrengen (%1)",
    u"Begrijpt eenvoudig Nederlands; moeilijke woorden vermijden",
};

constexpr Text domains[] = {
    u"example.com",
    u"example.net",
    u"example.org",
    u"mail.example",
};

} // namespace

std::span<const MunicipalityInfo> municipalities()
{
    return allMunicipalities;
}
Text regionName()
{
    return u"Regio Leuven";
}
std::span<const Origin> origins()
{
    return allOrigins;
}
const FamilyNameParts &flemishFamilyParts()
{
    static constexpr FamilyNameParts parts{flemishParticles,     flemishPlaceRoots,
                                           flemishTradeRoots,    flemishPatronymRoots,
                                           flemishSuffixedStems, flemishSuffixes};
    return parts;
}
std::span<const CategoryInfo> categories()
{
    return allCategories;
}
std::span<const FieldInfo> categoryFields()
{
    return allCategoryFields;
}
std::span<const DocumentKind> documentKinds()
{
    return allDocumentKinds;
}
std::span<const ContactTopic> contactTopics()
{
    return allTopics;
}
Texts assistanceNotesOlder()
{
    return olderNotes;
}
Texts assistanceNotesGeneral()
{
    return generalNotes;
}
Texts assistanceNotesNonDutch()
{
    return nonDutchNotes;
}
Texts emailDomains()
{
    return domains;
}

} // namespace loket::demo::data
