"""The tone check's lists (resources/tone), in English and Spanish: what makes a feedback
request or a thank-you note land badly is caught, kind writing is left alone, and a blank
still to fill in is never taken for a finished letter."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bounceback.services import framing, letters
from bounceback.services.framing import (
    BLAME,
    COMPARISON,
    DEFENSIVE,
    DEMAND,
    PLACEHOLDER,
    PRESSURE,
    SELF_BLAME,
    SHOUTING,
    WHY_NOT_ME,
)

# (language, kind, a sentence, the words in it that must be caught)
CAUGHT = [
    ("en", WHY_NOT_ME, "Why didn't you hire me?", "Why didn't you hire me"),
    ("en", WHY_NOT_ME, "Honestly, why not me?", "why not me"),
    ("en", WHY_NOT_ME, "Why have I been turned down?", "Why have I been turned down"),
    ("en", SELF_BLAME, "What did I do wrong?", "What did I do wrong"),
    ("en", SELF_BLAME, "I must have messed up the second round.", "I must have messed up"),
    ("en", SELF_BLAME, "I guess I wasn't good enough.", "I wasn't good enough"),
    ("en", SELF_BLAME, "It was all my fault.", "It was all my fault"),
    ("en", SELF_BLAME, "Sorry for wasting your time.", "Sorry for wasting your time"),
    ("en", DEFENSIVE, "I was the best candidate for this job.", "I was the best candidate"),
    ("en", DEFENSIVE, "I don't understand how that happened.", "I don't understand how"),
    ("en", DEFENSIVE, "I met every requirement you listed.", "I met every requirement"),
    ("en", DEFENSIVE, "With all due respect, that surprised me.", "With all due respect"),
    ("en", DEFENSIVE, "You should've chosen me.", "should've chosen me"),
    ("en", COMPARISON, "I am more qualified than the other candidate.",
     "more qualified than the other"),
    ("en", COMPARISON, "I have more experience than whoever got it.",
     "I have more experience than"),
    ("en", COMPARISON, "You picked someone else over me.", "picked someone else over me"),
    ("en", COMPARISON, "What did the successful candidate have?",
     "What did the successful candidate have"),
    ("en", DEMAND, "I expect an explanation.", "I expect an explanation"),
    ("en", DEMAND, "I demand a proper answer.", "I demand a proper answer"),
    ("en", DEMAND, "After all this, you owe me.", "you owe me"),
    ("en", DEMAND, "I deserve to know.", "I deserve to know"),
    ("en", PRESSURE, "Please reply by Friday.", "by Friday"),
    ("en", PRESSURE, "Let me know ASAP.", "ASAP"),
    ("en", PRESSURE, "I need an answer.", "I need an answer"),
    ("en", PRESSURE, "Please respond within 48 hours.", "within 48 hours"),
    ("en", PRESSURE, "You still haven't replied.", "You still haven't replied"),
    ("en", BLAME, "The process felt unfair.", "unfair"),
    ("en", BLAME, "Honestly, your loss.", "your loss"),
    ("en", BLAME, "What a waste of my time.", "waste of my time"),
    ("en", SHOUTING, "I REALLY wanted this job.", "REALLY"),
    ("en", SHOUTING, "Thanks, but this was NEVER explained.", "NEVER"),
    ("en", SHOUTING, "Please tell me what happened!!!", "!!!"),
    ("en", SHOUTING, "What happened??", "??"),
    ("en", SHOUTING, "Seriously?!", "?!"),
    ("es", WHY_NOT_ME, "¿Por qué no me contrataron?", "Por qué no me contrataron"),
    ("es", WHY_NOT_ME, "por que no me contrataron", "por que no me contrataron"),
    ("es", WHY_NOT_ME, "¿Por qué me rechazaron?", "Por qué me rechazaron"),
    ("es", WHY_NOT_ME, "¿Por qué no fui yo la elegida?", "Por qué no fui yo la elegida"),
    ("es", SELF_BLAME, "¿Qué hice mal?", "Qué hice mal"),
    ("es", SELF_BLAME, "Debí de hacer algo mal en la entrevista.", "Debí de hacer algo mal"),
    ("es", SELF_BLAME, "Sé que no soy lo suficientemente buena.",
     "no soy lo suficientemente buena"),
    ("es", SELF_BLAME, "Fue culpa mía.", "Fue culpa mía"),
    ("es", DEFENSIVE, "Yo era el mejor candidato.", "era el mejor candidato"),
    ("es", DEFENSIVE, "No entiendo cómo pudo pasar.", "No entiendo cómo"),
    ("es", DEFENSIVE, "Cumplía todos los requisitos.", "Cumplía todos los requisitos"),
    ("es", DEFENSIVE, "Creo que se equivocaron.", "se equivocaron"),
    ("es", COMPARISON, "Estoy más preparada que la otra candidata.",
     "más preparada que la otra"),
    ("es", COMPARISON, "Tengo más experiencia que esa persona.", "Tengo más experiencia que"),
    ("es", COMPARISON, "¿Qué tenía el otro candidato?", "Qué tenía el otro candidato"),
    ("es", DEMAND, "Exijo una explicación.", "Exijo una explicación"),
    ("es", DEMAND, "Me deben al menos una respuesta.", "Me deben al menos"),
    ("es", DEMAND, "Tengo derecho a saber.", "Tengo derecho a saber"),
    ("es", PRESSURE, "Respondan antes del viernes.", "antes del viernes"),
    ("es", PRESSURE, "Necesito una respuesta.", "Necesito una respuesta"),
    ("es", PRESSURE, "Contésteme lo antes posible.", "lo antes posible"),
    ("es", PRESSURE, "Es urgente.", "Es urgente"),
    ("es", BLAME, "Me parece injusto.", "injusto"),
    ("es", BLAME, "Fue una pérdida de tiempo.", "pérdida de tiempo"),
    ("es", BLAME, "Ustedes se lo pierden.", "se lo pierden"),
    ("es", SHOUTING, "La entrevista fue MUY dura.", "MUY"),
    ("es", SHOUTING, "Quiero saberlo YA.", "YA"),
    ("es", SHOUTING, "¡Gracias!!!", "!!!"),
    ("es", SHOUTING, "¿¿De verdad?", "¿¿"),
]

KIND_TEXTS = {
    "en": [
        "I'd love to learn what I could improve.",
        "Thank you for your time!",
        "Thank you so much!! It was a pleasure.",
        "I was excited to meet the team.",
        "My work on UX research and AWS migrations, and the SQL and HTML parts of the HR tool.",
        "I worked for the WHO and for IBM; OK, and NASA once.",
        "I understand why you went with someone else.",
        "I understand why I wasn't chosen, and I respect it.",
        "Is there anything I could improve for roles like this?",
        "If anything changes, I'd be glad to be considered.",
        "I made a mistake in the second interview, and I've practised since.",
        "I wish the person you chose all the best.",
        "I'll be around on Friday if a call suits you better; no rush at all.",
        "I'm sure the team made a careful choice.",
        "Cleary and Sons; affairs; the fairground; Fairfield",
        "I believe I have grown a lot this year.",
        "I'd welcome any feedback, whenever you have a moment.",
        "Best wishes,\nSam Lee",
        "See the attached list [1] and the quote [...] from the job ad.",
        "",
    ],
    "es": [
        "Me encantaría saber qué podría mejorar.",
        "¡Muchas gracias por su tiempo!",
        "Fue un placer conocer al equipo.",
        "Entiendo por qué eligieron a otra persona.",
        "Entiendo perfectamente por qué no me eligieron.",
        "Trabajé en UX, con AWS y en el departamento de RRHH de una PYME.",
        "Si algo cambia, me encantaría que me tuvieran en cuenta.",
        "Le deseo lo mejor a usted y a todo el equipo.",
        "Me quedo con lo aprendido y con las ganas de seguir creciendo.",
        "Es justo decir que la entrevista fue rápida.",
        "Cuando tenga un momento, se lo agradecería mucho.",
        "Un saludo,\nSam Lee",
        "",
    ],
}


@pytest.mark.parametrize(("lang", "kind", "text", "caught"), CAUGHT)
def test_what_lands_badly_is_caught_with_a_kind_reason(
    lang: str, kind: str, text: str, caught: str
) -> None:
    found = framing.check(text, lang)
    assert [(f.kind, f.text) for f in found] == [(kind, caught)]
    [f] = found
    assert text[f.start : f.end] == caught
    assert f.why.endswith(".") and f.suggestion
    assert framing.check(f.suggestion, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in KIND_TEXTS.items() for t in texts])
def test_kind_writing_is_left_alone(lang: str, text: str) -> None:
    assert framing.check(text, lang) == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_kind_is_caught_in_each_language(lang: str) -> None:
    assert {kind for la, kind, _t, _c in CAUGHT if la == lang} == set(framing.KINDS) - {
        PLACEHOLDER}


# -- matching robustly ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "caught"),
    [
        ("en", "WHAT DID I DO WRONG", "WHAT DID I DO WRONG"),
        ("en", "what did\n   I do  wrong", "what did\n   I do  wrong"),
        ("en", "Why didn’t you hire me", "Why didn’t you hire me"),
        ("en", "why didnt you hire me", "why didnt you hire me"),
        ("en", "I don’t understand how", "I don’t understand how"),
        ("en", "I\u00a0was the best\u00a0candidate", "I\u00a0was the best\u00a0candidate"),
        ("es", "¿POR QUÉ NO ME CONTRATARON?", "POR QUÉ NO ME CONTRATARON"),
        ("es", "¿por que no me contrataron?", "por que no me contrataron"),
        ("es", "qUé HiCe MaL", "qUé HiCe MaL"),
        ("es", "Exijo una explicacion", "Exijo una explicacion"),
        ("es", "pérdida  de\ntiempo", "pérdida  de\ntiempo"),
    ],
)
def test_case_accents_apostrophes_and_spacing_do_not_matter(
    lang: str, text: str, caught: str
) -> None:
    assert [f.text for f in framing.check(text, lang)] == [caught]


def test_decomposed_accents_keep_their_offsets() -> None:
    # Text pasted from some mail programs spells "é" as "e" and a combining accent.
    text = unicodedata.normalize("NFD", "Hola. ¿Qué hice mal? Fue culpa mía")
    found = framing.check(text, "es")
    assert [f.text for f in found] == [
        unicodedata.normalize("NFD", "Qué hice mal"), unicodedata.normalize("NFD", "Fue culpa mía")]
    for f in found:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Unclearly, the clearlyX team"),  # "clearly" inside other words
        ("en", "the asaphs and byfriday"),
        ("en", "your lossless codec"),
        ("es", "injustamente"[2:]),  # "justamente"
        ("es", "Los exijos"),
    ],
)
def test_only_whole_words_match(lang: str, text: str) -> None:
    assert framing.check(text, lang) == []


def test_each_language_finds_its_own_phrases() -> None:
    assert framing.check("¿Por qué no me contrataron?", "en") == []
    assert framing.check("Why didn't you hire me?", "es") == []
    [f] = framing.check("¿Por qué no me contrataron?", "es")
    assert f.suggestion == "¿Qué podría mejorar para puestos como este?"
    assert f.why.startswith("Les pide")


def test_a_language_without_a_list_uses_the_english_one() -> None:
    assert framing.tone_list("fr") is framing.tone_list("en")
    assert [f.kind for f in framing.check("Why didn't you hire me?", "fr")] == [WHY_NOT_ME]


def test_overlapping_findings_keep_the_phrase_over_the_shout() -> None:
    text = "WHY DIDN'T YOU HIRE ME??? I NEED AN ANSWER BY FRIDAY. NOW!"
    found = framing.check(text)
    assert [(f.kind, f.text) for f in found] == [
        (WHY_NOT_ME, "WHY DIDN'T YOU HIRE ME"),
        (SHOUTING, "???"),
        (PRESSURE, "I NEED AN ANSWER"),
        (PRESSURE, "BY FRIDAY"),
        (SHOUTING, "NOW"),
    ]


# -- shouting ---------------------------------------------------------------------------


def test_a_shout_is_offered_in_ordinary_letters() -> None:
    [f] = framing.check("Thanks. PLEASE SEND THE AWS NOTES.")
    assert (f.kind, f.text) == (SHOUTING, "PLEASE SEND THE AWS NOTES")
    assert f.suggestion == "Please send the AWS notes"
    [f] = framing.check("It was a pleasure, and I REALLY learned a lot")
    assert f.suggestion == "really"
    found = framing.check("¡¡¡Gracias!!! ¿¿Por qué??", "es")
    assert [(f.text, f.suggestion) for f in found] == [
        ("¡¡¡", "¡"), ("!!!", "!"), ("¿¿", "¿"), ("??", "?")]


@pytest.mark.parametrize("text", ["!", "!!", "Thank you!", "Thank you so much!!", "Really?"])
def test_one_mark_or_two_of_thanks_is_not_shouting(text: str) -> None:
    assert framing.check(text) == []


# -- blanks still to fill in --------------------------------------------------------------


def test_a_blank_left_by_the_template_says_what_is_still_to_fill_in() -> None:
    letter = letters.fill(letters.load_shipped("feedback_request"),
                          {"company": "Acme", "role": "Designer"})
    found = framing.check(letter.body)
    assert {f.text for f in found} == {"[name]", "[interview date]", "[my name]"}
    assert {f.kind for f in found} == {PLACEHOLDER}
    by_text = {f.text: f for f in found}
    assert "your own name" in by_text["[my name]"].why
    assert "the day you talked" in by_text["[interview date]"].why
    assert all(f.suggestion == "" for f in found)


@pytest.mark.parametrize(
    ("lang", "text", "caught", "why"),
    [
        ("en", "Kind regards, [my name]", "[my name]", "your own name"),
        ("en", "Hi {name},", "{name}", "the person you're writing to"),
        ("en", "I admire [Company Name]'s work", "[Company Name]", "before you send it"),
        ("es", "Un saludo, [my name]", "[my name]", "tu nombre"),
        ("es", "Hola [nombre],", "[nombre]", "antes de enviarla"),
    ],
)
def test_every_kind_of_blank_is_found(lang: str, text: str, caught: str, why: str) -> None:
    [f] = framing.check(text, lang)
    assert (f.kind, f.text) == (PLACEHOLDER, caught)
    assert why in f.why


def test_braces_that_are_not_a_placeholder_are_left_alone() -> None:
    assert framing.check("The {setup} step", "en") == []


# -- the lists themselves -----------------------------------------------------------------


def spelled_out(phrase: str) -> list[str]:
    """Every form a phrase of the lists stands for (a ``*`` ending left off)."""
    group = re.search(r"\(([^()]*)\)", phrase)  # an innermost one
    if group is None:
        return [" ".join(phrase.replace("*", "").split())]
    return [
        form
        for choice in group.group(1).split("|")
        for form in spelled_out(phrase[: group.start()] + choice + phrase[group.end() :])
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_form_of_every_phrase_is_found_whole(lang: str) -> None:
    missed = []
    for rule in framing.tone_list(lang).rules:
        for phrase in rule.phrases:
            for form in spelled_out(phrase):
                found = [(f.kind, f.text) for f in framing.check(form, lang)]
                if found != [(rule.kind, form)]:
                    missed.append((form, found))
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_suggestions_read_kindly_and_reasons_are_sentences(lang: str) -> None:
    tone = framing.tone_list(lang)
    assert tone.language == lang
    for rule in tone.rules:
        assert framing.check(rule.suggestion, lang) == [], rule.suggestion
        assert rule.why.endswith("."), rule.why
    for why in (tone.shouting_why, tone.marks_why, *tone.placeholders.values()):
        assert why.endswith("."), why


def test_both_languages_cover_every_kind_and_every_placeholder() -> None:
    assert framing.languages() == ("en", "es")
    for lang in framing.languages():
        tone = framing.tone_list(lang)
        assert {r.kind for r in tone.rules} == set(framing.PHRASE_KINDS)
        assert set(tone.placeholders) == {*letters.PLACEHOLDERS, "other"}


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[[rules]]\nkind = "rude"\nwhy = "W."\nsuggestion = "S"\nphrases = ["x"]', "kind"),
        ('[[rules]]\nkind = "blame"\nwhy = "W."\nsuggestion = "S"\nphrases = []', "phrases"),
        ('[[rules]]\nkind = "blame"\nwhy = "W."\nsuggestion = "S"\nphrases = ["(a|b"]', "("),
        ('[[rules]]\nkind = "blame"\nsuggestion = "S"\nphrases = ["a"]', "why"),
    ],
)
def test_a_malformed_list_says_where(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        framing.parse(text, "xx", "xx.toml")
