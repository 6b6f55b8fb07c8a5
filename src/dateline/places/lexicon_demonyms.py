"""Demonyms and adjectives of place ("Afghan", "Sudanese", "Texan") → the place's name.

News toponym corpora (LGL, TR-News, GeoWebNews) annotate these as mentions of the place; the
gazetteer resolves the name on the right. Plurals ("Afghans", "Ohioans") are handled in code.
Entries are "Demonym: Place", separated by semicolons.
"""

from __future__ import annotations

_COUNTRIES = """
Afghan: Afghanistan; Albanian: Albania; Algerian: Algeria; American: United States;
Angolan: Angola; Argentine: Argentina; Argentinian: Argentina; Armenian: Armenia;
Australian: Australia; Austrian: Austria; Azerbaijani: Azerbaijan; Bahraini: Bahrain;
Bangladeshi: Bangladesh; Belarusian: Belarus; Belgian: Belgium; Bolivian: Bolivia;
Bosnian: Bosnia and Herzegovina; Brazilian: Brazil; British: United Kingdom; Bulgarian: Bulgaria;
Burmese: Myanmar; Burundian: Burundi; Cambodian: Cambodia; Cameroonian: Cameroon;
Canadian: Canada; Chadian: Chad; Chilean: Chile; Chinese: China; Colombian: Colombia;
Congolese: Congo; Croatian: Croatia; Cuban: Cuba; Cypriot: Cyprus; Czech: Czech Republic;
Danish: Denmark; Dutch: Netherlands; Ecuadorian: Ecuador; Egyptian: Egypt;
Emirati: United Arab Emirates; English: England; Eritrean: Eritrea; Estonian: Estonia;
Ethiopian: Ethiopia; Filipino: Philippines; Philippine: Philippines; Finnish: Finland; French: France; Georgian: Georgia;
German: Germany; Ghanaian: Ghana; Greek: Greece; Guatemalan: Guatemala; Haitian: Haiti;
Honduran: Honduras; Hungarian: Hungary; Icelandic: Iceland; Indian: India; Indonesian: Indonesia;
Iranian: Iran; Iraqi: Iraq; Irish: Ireland; Israeli: Israel; Italian: Italy; Ivorian: Ivory Coast;
Jamaican: Jamaica; Japanese: Japan; Jordanian: Jordan; Kazakh: Kazakhstan; Kenyan: Kenya;
Kosovar: Kosovo; Kuwaiti: Kuwait; Kyrgyz: Kyrgyzstan; Latvian: Latvia; Lebanese: Lebanon;
Liberian: Liberia; Libyan: Libya; Lithuanian: Lithuania; Macedonian: North Macedonia;
Malagasy: Madagascar; Malawian: Malawi; Malaysian: Malaysia; Malian: Mali; Maltese: Malta;
Mauritanian: Mauritania; Mexican: Mexico; Moldovan: Moldova; Mongolian: Mongolia;
Montenegrin: Montenegro; Moroccan: Morocco; Mozambican: Mozambique; Namibian: Namibia;
Nepalese: Nepal; Nepali: Nepal; Nicaraguan: Nicaragua; Nigerian: Nigeria; Nigerien: Niger;
Norwegian: Norway; Omani: Oman; Pakistani: Pakistan; Palestinian: Palestine; Panamanian: Panama;
Paraguayan: Paraguay; Peruvian: Peru; Polish: Poland; Portuguese: Portugal; Qatari: Qatar;
Romanian: Romania; Russian: Russia; Rwandan: Rwanda; Saudi: Saudi Arabia; Saudi Arabian: Saudi Arabia;
Senegalese: Senegal; Serbian: Serbia; Singaporean: Singapore; Slovak: Slovakia;
Slovenian: Slovenia; Somali: Somalia; South African: South Africa; South Korean: South Korea;
North Korean: North Korea; South Sudanese: South Sudan; Spanish: Spain; Sri Lankan: Sri Lanka;
Sudanese: Sudan; Swedish: Sweden; Swiss: Switzerland; Syrian: Syria; Taiwanese: Taiwan;
Tajik: Tajikistan; Tanzanian: Tanzania; Thai: Thailand; Tunisian: Tunisia; Turkish: Turkey;
Turkmen: Turkmenistan; Ugandan: Uganda; Ukrainian: Ukraine; Uruguayan: Uruguay; Uzbek: Uzbekistan;
Venezuelan: Venezuela; Vietnamese: Vietnam; Yemeni: Yemen; Zambian: Zambia;
Zimbabwean: Zimbabwe; European: Europe; African: Africa; Asian: Asia;
Fijian: Fiji; Samoan: Samoa; Tongan: Tonga; Papua New Guinean: Papua New Guinea;
Bhutanese: Bhutan; Maldivian: Maldives; Mauritian: Mauritius; Botswanan: Botswana; Togolese: Togo;
Beninese: Benin; Burkinabe: Burkina Faso; Gambian: Gambia; Guinean: Guinea;
Sierra Leonean: Sierra Leone; Gabonese: Gabon; Djiboutian: Djibouti; Comorian: Comoros;
Seychellois: Seychelles; Cape Verdean: Cabo Verde; Trinidadian: Trinidad and Tobago;
Barbadian: Barbados; Bahamian: Bahamas; Belizean: Belize; Salvadoran: El Salvador;
Costa Rican: Costa Rica; Guyanese: Guyana; Surinamese: Suriname; Kazakhstani: Kazakhstan;
Laotian: Laos; Bruneian: Brunei; Timorese: Timor Leste; Luxembourgish: Luxembourg;
Central African: Central African Republic; Equatorial Guinean: Equatorial Guinea;
Swazi: Eswatini; Puerto Rican: Puerto Rico; Greenlandic: Greenland; Faroese: Faroe Islands
"""

_REGIONS = """
Alabamian: Alabama; Alaskan: Alaska; Arizonan: Arizona; Californian: California;
Coloradan: Colorado; Floridian: Florida; Hawaiian: Hawaii; Illinoisan: Illinois; Hoosier: Indiana;
Iowan: Iowa; Kansan: Kansas; Kentuckian: Kentucky; Louisianan: Louisiana; Michigander: Michigan;
Minnesotan: Minnesota; Mississippian: Mississippi; Missourian: Missouri; Nebraskan: Nebraska;
Nevadan: Nevada; New Yorker: New York; Ohioan: Ohio; Oklahoman: Oklahoma; Oregonian: Oregon;
Pennsylvanian: Pennsylvania; Tennessean: Tennessee; Texan: Texas; Utahn: Utah;
Vermonter: Vermont; Virginian: Virginia; West Virginian: West Virginia; Wisconsinite: Wisconsin;
Albertan: Alberta; Ontarian: Ontario; Quebecer: Quebec; Manitoban: Manitoba;
Queenslander: Queensland; Dagestani: Dagestan; Chechen: Chechnya; South Ossetian: South Ossetia;
Abkhaz: Abkhazia; Abkhazian: Abkhazia; Kashmiri: Kashmir; Crimean: Crimea;
Catalan: Catalonia; Basque: Basque Country; Bavarian: Bavaria; Sicilian: Sicily;
Corsican: Corsica; Sardinian: Sardinia; Tasmanian: Tasmania; Quebecois: Quebec;
Québécois: Quebec; Flemish: Flanders; Catalonian: Catalonia;
Scottish: Scotland; Welsh: Wales; Northern Irish: Northern Ireland; Middle Eastern: Middle East
"""


def _parse(block: str) -> dict[str, str]:
    pairs = (item.split(":") for item in block.replace("\n", " ").split(";") if item.strip())
    return {demonym.strip(): place.strip() for demonym, place in pairs}


COUNTRY_DEMONYMS: dict[str, str] = _parse(_COUNTRIES)  # name a country or a continent
REGION_DEMONYMS: dict[str, str] = _parse(_REGIONS)  # name a first-order division
DEMONYMS: dict[str, str] = {**COUNTRY_DEMONYMS, **REGION_DEMONYMS}
