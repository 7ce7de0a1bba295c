"""Write a synthetic corpus of realistic news articles for the scale benchmarks.

Usage: ``python benchmarks/make_corpus.py OUT_FOLDER [--articles 10000] [--format txt|jsonl]``

Each article has a dateline with its publication date, a lead sentence reporting
an event (a meeting, visit, statement, drill, missile test, agreement, sanction,
attack or election) with actors (countries, officials with their titles) and a
date expression (absolute, relative to the publication date, or fuzzy), then
300-600 words of follow-up events, quotes and background. The same arguments
always write the same corpus. Never commit its output.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("North Korea", "Pyongyang", "North Korean"),
    ("South Korea", "Seoul", "South Korean"),
    ("United States", "Washington", "US"),
    ("China", "Beijing", "Chinese"),
    ("Japan", "Tokyo", "Japanese"),
    ("Russia", "Moscow", "Russian"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("France", "Paris", "French"),
    ("Germany", "Berlin", "German"),
    ("India", "New Delhi", "Indian"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Iran", "Tehran", "Iranian"),
    ("Turkey", "Ankara", "Turkish"),
    ("Egypt", "Cairo", "Egyptian"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Canada", "Ottawa", "Canadian"),
    ("Australia", "Canberra", "Australian"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("Ukraine", "Kyiv", "Ukrainian"),
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Special Envoy"]
GIVEN = ["Anna", "Marco", "Li", "Sergei", "Park", "Yuki", "Ahmed", "Elena", "David", "Priya"]
FAMILY = [
    "Moreau",
    "Kowalski",
    "Tanaka",
    "Ivanov",
    "Chen",
    "Okafor",
    "Silva",
    "Haddad",
    "Kim",
    "Singh",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EVENTS = [
    "{a} met {b} in {city} {when} for talks on trade and security.",
    "{a} held talks with {b} {when}, officials said.",
    "{a} visited {place} {when}, the first such trip in years.",
    "{a} arrived in {place} {when} for a three-day state visit.",
    "{a} warned {when} that {country} would respond to any provocation.",
    "{a} announced {when} a new plan to expand cooperation with {country}.",
    "{country} and {country2} began joint military exercises {when}.",
    "{country} test-fired a short-range missile {when}, the military said.",
    "{a} signed an agreement with {b} {when} on energy and infrastructure.",
    "{country} imposed sanctions on {country2} {when} over its weapons programme.",
    "{country} held parliamentary elections {when}, with turnout above 60 percent.",
    "Rebels attacked a convoy near {place} {when}, killing several soldiers.",
]
FILLER = [
    "Analysts said the move reflected a broader shift in the region's diplomacy.",
    "The talks covered trade, security and the fate of a stalled infrastructure project.",
    "Officials declined to give details of the discussions, citing their sensitivity.",
    "Markets reacted calmly, with the main index closing slightly higher.",
    "Critics at home accused the government of giving away too much for too little.",
    "Diplomats from several countries followed the meeting closely.",
    "Observers expect further rounds of negotiations before any final agreement.",
    "The ministry released photographs showing the delegations shaking hands.",
    "Several opposition lawmakers called for a parliamentary debate on the issue.",
    "Independent experts cautioned that verification would take months.",
    "The statement stressed the importance of dialogue and mutual respect.",
    "Local media described the atmosphere as cordial but businesslike.",
]


def _official(rng: random.Random) -> tuple[str, str]:
    """An official with a title and country, e.g. ('French Foreign Minister Anna Moreau', 'France')."""
    country, _, adjective = rng.choice(COUNTRIES)
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    return f"{adjective} {rng.choice(TITLES)} {name}", country


def _when(rng: random.Random, published: date) -> str:
    """A date expression for an event near ``published``: absolute, relative or fuzzy."""
    back = published - timedelta(days=rng.randrange(1, 6))
    ahead = published + timedelta(days=rng.randrange(10, 60))
    choices = [
        f"on {WEEKDAYS[back.weekday()]}",
        "yesterday",
        "last week",
        "earlier this month",
        f"on {MONTHS[back.month - 1]} {back.day}",
        f"on {back.day} {MONTHS[back.month - 1]} {back.year}",
        f"on {MONTHS[ahead.month - 1]} {ahead.day}, {ahead.year}",
        "next month",
        f"in late {MONTHS[ahead.month - 1]}",
        f"in early {MONTHS[ahead.month - 1]} {ahead.year}",
        "two days ago",
        "today",
    ]
    return rng.choice(choices)


def _event_sentence(rng: random.Random, published: date) -> str:
    a, _ = _official(rng)
    b, _ = _official(rng)
    country, city, _ = rng.choice(COUNTRIES)
    country2, place, _ = rng.choice(COUNTRIES)
    sentence = rng.choice(EVENTS).format(
        a=a,
        b=b,
        city=city,
        place=place,
        country=country,
        country2=country2,
        when=_when(rng, published),
    )
    return sentence[0].upper() + sentence[1:]


def _quote(rng: random.Random) -> str:
    speaker, _ = _official(rng)
    return f'"We will keep working for peace," {speaker} told reporters.'


def article(number: int, seed: int = 0) -> tuple[date, str, str]:
    """The publication date, headline and body (300-600 words) of article ``number``."""
    rng = random.Random(seed * 1_000_003 + number)
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    _, city, _ = rng.choice(COUNTRIES)
    lead = _event_sentence(rng, published)
    paragraphs = [lead]
    target = rng.randrange(300, 601)
    words = len(lead.split())
    while words < target:
        pick = rng.random()
        if pick < 0.35:
            sentence = _event_sentence(rng, published)
        elif pick < 0.5:
            sentence = _quote(rng)
        else:
            sentence = " ".join(rng.sample(FILLER, 2))
        paragraphs.append(sentence)
        words += len(sentence.split())
    headline = lead.split(",")[0].rstrip(".")
    dateline = f"{city.upper()}, {MONTHS[published.month - 1]} {published.day}, {published.year} --"
    return published, headline, dateline + " " + "\n\n".join(paragraphs) + "\n"


def write_corpus(
    folder: Path, articles: int, fmt: str = "txt", seed: int = 0, per_file: int = 100
) -> int:
    """Write the corpus into ``folder`` (.txt files in subfolders of 1,000, or .jsonl files)."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        for number in range(articles):
            published, headline, body = article(number, seed)
            path = folder / f"{number // 1000:03d}" / f"article-{number:06d}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(f"{headline}\n\n{body}", encoding="utf-8")
        return articles
    for start in range(0, articles, per_file):
        lines = []
        for number in range(start, min(start + per_file, articles)):
            published, headline, body = article(number, seed)
            record = {"title": headline, "published": published.isoformat(), "text": body}
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / f"articles-{start // per_file:05d}.jsonl").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return articles


def main() -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--format", choices=["txt", "jsonl"], default="txt")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    count = write_corpus(args.folder, args.articles, args.format, args.seed)
    print(f"wrote {count} articles to {args.folder}")


if __name__ == "__main__":
    main()
