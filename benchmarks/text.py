"""Made-up but realistic text: journal entries, notes and names, seeded so every run is the same.

Journals mix English with a little French, German, Spanish, Polish and Japanese, and now and
then an emoji, because that is what real people write and what stresses search and Qt's text
layout. Most words are invented (a real journal's vocabulary is large); some are common, so
searches for everyday words find many records, as they would in a real store.
"""

from __future__ import annotations

import random

_COMMON = (
    "the and to of a in that it was I my for on with they about interview salary felt "
    "again call recruiter manager team role offer rejection practised answers star "
    "leadership feedback resume résumé portfolio nervous tired hopeful walk friend "
    "question panel email thank note follow up next time better story today really "
    "because think want would could should maybe still never always"
)
COMMON = _COMMON.split(" ")

# Short phrases in other languages, as someone who thinks in more than one might write them.
PHRASES = [
    "ça ira mieux demain", "j'ai encore raté l'entretien", "pas grave, on continue",
    "es war ein langer Tag", "nächstes Mal besser vorbereiten", "Vorstellungsgespräch",
    "mañana será otro día", "me sentí muy nervioso", "entrevista técnica",
    "jutro będzie lepiej", "rozmowa kwalifikacyjna", "źle mi z tym",
    "面接は難しかった", "明日また頑張ろう", "少し疲れた",
]
EMOJI = ["🙂", "😔", "😤", "💪", "🌱", "☕", "🙏", "😅", "🎉", "🫠", "❤️", "👩🏽‍💻"]

SYLLABLE_START = "bdfgklmnprstvz"
VOWELS = "aeiouy"

FIRST_NAMES = [
    "Ana", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Göran", "Hana", "Iñigo", "Jia",
    "Kwame", "Lena", "Małgorzata", "Noor", "Olu", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë",
]
LAST_NAMES = [
    "Andersson", "Bianchi", "Chen", "Dubois", "Eriksen", "Fernández", "García", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "López", "Müller", "Nakamura", "O'Brien", "Patel",
    "Quinn", "Rossi", "Schmidt", "Tanaka", "Ünal", "Varga", "Weiß", "Yılmaz", "Zhang",
]
COMPANY_PARTS = [
    "North", "Blue", "Bright", "Cedar", "Delta", "Echo", "Fjord", "Green", "Harbor", "Iris",
    "Juniper", "Kite", "Lumen", "Maple", "Nimbus", "Orbit", "Pine", "Quartz", "River", "Summit",
    "Tidal", "Umber", "Vale", "Willow", "Zenith", "Équipe", "Über", "Søn",
]
COMPANY_SUFFIX = [
    "wind", "works", "labs", "soft", "data", "health", "logic", "systems", "ware", "point",
    " & Co", " GmbH", " SA", " Ltd", " Analytics", " Studio",
]
ROLES = [
    "Product Designer", "Backend Engineer", "Data Analyst", "Project Manager", "UX Researcher",
    "Frontend Developer", "QA Engineer", "Technical Writer", "Support Lead", "DevOps Engineer",
    "Marketing Manager", "Sales Associate", "Accountant", "Office Manager", "Nurse",
    "Teacher", "Research Scientist", "Site Reliability Engineer", "Recruiter", "Translator",
]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLE_START) + rng.choice(VOWELS)
                   for _ in range(rng.randint(2, 4)))


def words(rng: random.Random, n: int) -> str:
    """``n`` words of prose-like text, with sentences and the odd line break."""
    out: list[str] = []
    sentence = 0
    for _ in range(n):
        r = rng.random()
        if r < 0.40:
            w = rng.choice(COMMON)
        elif r < 0.43:
            w = rng.choice(PHRASES)
        elif r < 0.445:
            w = rng.choice(EMOJI)
        else:
            w = word(rng)
        if sentence == 0:
            w = w[:1].upper() + w[1:]
        out.append(w)
        sentence += 1
        if sentence > rng.randint(6, 18):
            out[-1] += "." if rng.random() < 0.85 else "!"
            sentence = 0
            if rng.random() < 0.12:
                out[-1] += "\n\n"
    return " ".join(out).replace("\n\n ", "\n\n")


def journal_length(rng: random.Random) -> int:
    """Words in one journal entry: mostly a few lines, sometimes a long evening's writing."""
    return max(3, min(2500, int(rng.lognormvariate(4.6, 0.9))))  # median ≈ 100 words


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def company(rng: random.Random) -> str:
    return rng.choice(COMPANY_PARTS) + rng.choice(COMPANY_SUFFIX)
