"""The letter editor and the template dialog, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bounceback.db.errors import StoreFullError
from bounceback.db.store import Store
from bounceback.services import dictionary, letters
from bounceback.services.letters import Letter
from bounceback.ui import language
from bounceback.ui.common import letter_editor, spelling, template_dialog
from bounceback.ui.common.letter_editor import LetterEditor
from bounceback.ui.common.ops import Ops
from bounceback.ui.common.template_dialog import TemplateDialog

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture
def editor(qtbot) -> LetterEditor:
    w = LetterEditor()
    qtbot.addWidget(w)
    w.resize(700, 500)
    w.show()
    return w


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: str) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(letter_editor, "open_url", fake_open)
    return urls


def underlined(editor: LetterEditor, block: int = 0) -> list[str]:
    """The words of a block drawn with the spell-check underline."""
    b = editor.body.document().findBlockByNumber(block)
    return [
        b.text()[r.start : r.start + r.length]
        for r in b.layout().formats()
        if r.format.underlineStyle() == SPELL
    ]


def point_in(editor: LetterEditor, word: str) -> QPoint:
    """Viewport coordinates of the middle of ``word``'s second letter."""
    position = editor.body.toPlainText().index(word) + 1
    cursor = QTextCursor(editor.body.document())
    cursor.setPosition(position)
    return editor.body.cursorRect(cursor).center()


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


# -- spelling ---------------------------------------------------------------------------


def test_typing_a_misspelled_word_underlines_exactly_it(editor: LetterEditor, qtbot) -> None:
    qtbot.keyClicks(editor.body, "Thank you for the intervew today")
    b = editor.body.document().findBlock(0)
    ranges = [r for r in b.layout().formats() if r.format.underlineStyle() == SPELL]
    assert [(r.start, r.length) for r in ranges] == [(18, len("intervew"))]
    # Coloured from the palette, never a fixed colour.
    assert ranges[0].format.underlineColor() == editor.palette().color(QPalette.ColorRole.Accent)


def test_a_spanish_letter_is_checked_with_a_spanish_dictionary(
    editor: LetterEditor, qtbot
) -> None:
    editor.set_tone_language("es")
    # Verb forms and plurals a list of base forms lacks; one word typed without its accent.
    qtbot.keyClicks(editor.body, "Gracias, hablamos pronto: estariamos encantados. "
                                 "Me contrataron sin explicacion")
    assert underlined(editor) == ["estariamos", "explicacion"]
    assert "explicación" in editor.speller.suggestions("explicacion")
    assert "Estaríamos" in editor.speller.suggestions("Estariamos")
    # The same words in an English letter are mostly unknown.
    editor.set_tone_language("en")
    editor.highlighter.rehighlight()
    assert {"hablamos", "contrataron"} <= set(underlined(editor))


def test_what_is_never_flagged(editor: LetterEditor) -> None:
    editor.set_letter(
        Letter("", "See https://exmaple.org/jbos or mail sam.lee@exmaple.org about the AWSX "
                   "role v2 and Acme's Q3 plans, didn’t you? I'm fine.")
    )
    assert underlined(editor) == []


def test_names_in_the_letter_count_as_known(editor: LetterEditor) -> None:
    editor.set_letter(Letter("", "Hi Priyanka, greetings from Zorvath"))
    assert underlined(editor) == ["Priyanka", "Zorvath"]
    editor.set_known_words(["Priyanka Raman", "", "Zorvath Ltd"])
    assert underlined(editor) == []
    # Replacing the known words drops the old ones.
    editor.set_known_words(["Zorvath"])
    assert underlined(editor) == ["Priyanka"]


def test_suggestion_replaces_the_word_and_can_be_undone(editor: LetterEditor) -> None:
    editor.set_letter(Letter("", "I enjoyed the intervew.\nThank you"))
    menu = editor.build_context_menu(point_in(editor, "intervew"))
    texts = menu_texts(menu)
    assert texts[0] == "interview"
    assert len([t for t in texts if t[:1].islower()]) <= 5
    assert "Add “intervew” to dictionary" in texts
    # The usual entries follow.
    standard = menu_texts(editor.body.createStandardContextMenu())
    assert texts[-len(standard) :] == standard
    next(a for a in menu.actions() if a.text() == "interview").trigger()
    assert editor.body.toPlainText() == "I enjoyed the interview.\nThank you"
    assert underlined(editor) == []
    editor.body.undo()
    assert editor.body.toPlainText() == "I enjoyed the intervew.\nThank you"


def test_suggestions_keep_a_capital(editor: LetterEditor) -> None:
    editor.set_letter(Letter("", "Thnak you"))
    menu = editor.build_context_menu(point_in(editor, "Thnak"))
    assert menu_texts(menu)[0] == "Thank"


def test_menu_on_a_known_word_is_the_usual_one(editor: LetterEditor) -> None:
    editor.set_letter(Letter("", "Thank you"))
    menu = editor.build_context_menu(point_in(editor, "Thank"))
    assert menu_texts(menu) == menu_texts(editor.body.createStandardContextMenu())


def test_add_to_dictionary_persists_and_unflags_everywhere(qtbot, ops: Ops) -> None:
    spelling.use_store(ops)
    first, second = LetterEditor(), LetterEditor()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    for w in (first, second):
        w.set_letter(Letter("", "Greetings from Quorbly"))
    assert underlined(first) == underlined(second) == ["Quorbly"]
    menu = first.build_context_menu(point_in(first, "Quorbly"))
    next(a for a in menu.actions() if a.text() == "Add “Quorbly” to dictionary").trigger()
    assert underlined(first) == underlined(second) == []
    # Kept in the store (encrypted and backed up with it), not in a file beside it.
    assert ops.read(dictionary.words) == ["Quorbly"]
    assert not (ops.store.path.parent / "dictionary.txt").exists()
    # A fresh start reads it back from the store.
    spelling.use_store(ops)
    assert spelling.Speller().is_known("quorbly")
    # Adding it again does not repeat it.
    spelling.add_to_dictionary("QUORBLY")
    assert ops.read(dictionary.words) == ["Quorbly"]


def test_a_word_added_by_mistake_can_be_removed(qtbot, ops: Ops) -> None:
    spelling.use_store(ops)
    editor = LetterEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    editor.set_letter(Letter("", "Thanks for the intervew"))
    menu = editor.build_context_menu(point_in(editor, "intervew"))
    next(a for a in menu.actions() if a.text() == "Add “intervew” to dictionary").trigger()
    assert underlined(editor) == []
    menu = editor.build_context_menu(point_in(editor, "intervew"))
    assert "Remove “intervew” from dictionary" in menu_texts(menu)
    next(a for a in menu.actions() if a.text() == "Remove “intervew” from dictionary").trigger()
    assert underlined(editor) == ["intervew"]
    assert ops.read(dictionary.words) == []


def test_a_word_that_cannot_be_saved_stays_flagged_and_says_why(
    qtbot, ops: Ops, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    spelling.use_store(ops)
    editor = LetterEditor()
    qtbot.addWidget(editor)
    editor.set_letter(Letter("", "Greetings from Quorbly"))

    def full(self: Store) -> object:
        raise StoreFullError()

    monkeypatch.setattr(Store, "write", full)
    editor.add_to_dictionary("Quorbly")
    assert answers.warnings and "disk is full" in answers.warnings[0]
    assert underlined(editor) == ["Quorbly"]


def test_without_a_store_added_words_last_for_the_run(qtbot) -> None:
    spelling.use_store(None)
    spelling.add_to_dictionary("Blorptastic")
    assert spelling.Speller().is_known("blorptastic")


# -- copy and mail ----------------------------------------------------------------------


def test_copy_puts_the_message_on_the_clipboard(editor: LetterEditor) -> None:
    editor.set_letter(Letter("Thank you", "Hi Priya,\n\nThanks again."))
    QApplication.clipboard().clear()
    editor.copy_button.click()
    # Only the message: it is what gets pasted into a mail or a LinkedIn message.
    assert QApplication.clipboard().text() == "Hi Priya,\n\nThanks again."
    assert editor.status.text().startswith("Copied")


def test_open_in_mail_program_opens_a_mailto_without_the_message(
    editor, opened, caplog, capfd
) -> None:
    QApplication.clipboard().clear()
    editor.set_letter(Letter("Thanks & hi", "Hi Zoë,\nThank you, private words"),
                      to="zoe@example.com")
    editor.mail_button.click()
    # The link lands on a command line others can read: only the address and the subject.
    assert opened == ["mailto:zoe@example.com?subject=Thanks%20%26%20hi"]
    # The message waits on the clipboard, and the person is told so.
    assert QApplication.clipboard().text() == "Hi Zoë,\nThank you, private words"
    assert "clipboard" in editor.status.text()
    # Nothing of the letter is logged or printed by BounceBack itself.
    out, err = capfd.readouterr()
    assert "private" not in out + err + caplog.text
    editor.set_recipient("sam@example.com")
    editor.subject.setText("Edited")
    editor.mail_button.click()
    assert opened[-1] == "mailto:sam@example.com?subject=Edited"


def test_the_mail_button_says_what_it_shows_and_offers_copy_beside_it(editor) -> None:
    assert "clipboard" in editor.mail_button.toolTip()
    assert editor.mail_hint.isVisible() and "Copy" in editor.mail_hint.text()
    assert editor.copy_button.isVisible()


def test_mail_program_not_opening_is_said_kindly(editor, monkeypatch) -> None:
    monkeypatch.setattr(letter_editor, "open_url", lambda url: False)
    QApplication.clipboard().clear()
    editor.set_letter(Letter("S", "B"))
    editor.mail_button.click()
    assert "clipboard" in editor.status.text()
    assert QApplication.clipboard().text() == "B"


def test_the_mailto_survives_qurl_unchanged() -> None:
    url = letters.mailto_url("a@b.org", Letter("Ça & ?", "100% #1\nok"))
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    assert qurl.isValid()
    assert bytes(qurl.toEncoded().data()).decode() == url


# -- the letter itself ------------------------------------------------------------------


def test_set_letter_is_not_an_edit_but_typing_is(editor: LetterEditor, qtbot) -> None:
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_letter(Letter("Subject", "Body"))
    assert editor.letter() == Letter("Subject", "Body")
    with qtbot.waitSignal(editor.changed, timeout=500):
        qtbot.keyClicks(editor.subject, "!")
    with qtbot.waitSignal(editor.changed, timeout=500):
        qtbot.keyClicks(editor.body, "x")
    assert editor.letter().subject == "Subject!"


def test_edit_template_button_asks_the_host(editor: LetterEditor, qtbot) -> None:
    with qtbot.waitSignal(editor.edit_template_requested, timeout=500):
        editor.template_button.click()


def test_every_control_is_named_for_assistive_technology(editor: LetterEditor) -> None:
    for w in (editor.subject, editor.body, editor.copy_button, editor.mail_button,
              editor.template_button):
        assert w.accessibleName()
    assert isinstance(editor.copy_button, QPushButton) and "&" in editor.copy_button.text()


# -- the tone check ---------------------------------------------------------------------


def test_framing_findings_appear_as_you_type_and_go_when_reworded(editor, qtbot) -> None:
    editor.set_framing_check(True)
    assert editor.framing_panel.isVisible()
    qtbot.keyClicks(editor.body, "Why didn't you hire me?")
    assert [f.text for f in editor.findings()] == ["Why didn't you hire me"]  # computed fresh
    qtbot.waitUntil(lambda: len(editor.finding_labels) == 1, timeout=2000)
    assert editor.framing_heading.isVisible()
    assert editor.framing_heading.text() == "A gentler way to say it"
    label = editor.finding_labels[0]
    assert "Why didn't you hire me" in label.accessibleName()
    assert "What could I improve for roles like this?" in label.accessibleName()
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "What could I improve for roles like this?")
    qtbot.waitUntil(lambda: not editor.finding_labels, timeout=2000)
    assert editor.findings() == []
    assert not editor.framing_heading.isVisible()
    assert editor.framing_note.text() == "Reads kindly."


def test_clicking_a_finding_selects_it_in_the_message(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    editor.set_letter(Letter("", "Thanks. It felt unfair to me."))
    [label] = editor.finding_labels
    label.linkActivated.emit("0")
    cursor = editor.body.textCursor()
    assert cursor.selectedText() == "unfair"
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (16, 22)


def test_a_stale_finding_is_refreshed_not_selected(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    editor.set_letter(Letter("", "It felt unfair."))
    editor.body.setPlainText("Honestly, it felt unfair.")  # the debounce has not run yet
    editor.select_finding(0)
    assert not editor.body.textCursor().hasSelection()
    [label] = editor.finding_labels
    label.linkActivated.emit("0")
    assert editor.body.textCursor().selectedText() == "unfair"


def test_many_findings_show_the_first_few(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    text = "Clearly. Obviously. Unfair. Your loss. Not fair. I can't believe it. I deserved it."
    editor.set_letter(Letter("", text))
    assert len(editor.findings()) == 7
    assert len(editor.finding_labels) == letter_editor.MAX_SHOWN
    assert editor.framing_note.text() == "…and 2 more further on."


def test_framing_check_off_shows_and_finds_nothing(editor: LetterEditor) -> None:
    editor.set_letter(Letter("", "Why didn't you hire me?"))
    assert not editor.framing_panel.isVisible()
    assert editor.findings() == []
    editor.set_framing_check(True)
    assert len(editor.finding_labels) == 1
    editor.set_framing_check(False)
    assert editor.findings() == [] and not editor.framing_panel.isVisible()


def test_empty_message_invites_rather_than_praises(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    assert editor.framing_note.text() != "Reads kindly."
    assert not editor.framing_heading.isVisible()


def shown(editor: LetterEditor) -> list[str]:
    return [label.accessibleName() for label in editor.finding_labels]


def test_typed_self_blame_defensiveness_and_a_blank_are_all_named(editor, qtbot) -> None:
    editor.set_framing_check(True)
    qtbot.keyClicks(editor.body, "Hi Dana, what did I do wrong? I was the best candidate.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Best wishes, [my name]")
    qtbot.waitUntil(lambda: len(editor.finding_labels) == 3, timeout=2000)
    blame, defence, blank = shown(editor)
    assert blame.startswith("“what did I do wrong” — ")
    assert "Try: “I'd love to learn what I could improve.”" in blame
    assert defence.startswith("“I was the best candidate” — ")
    assert blank == "“[my name]” — Still to fill in: your own name."
    assert editor.framing_heading.text() == "A gentler way to say it"
    # Kind words, and the one blank left: still not "reads kindly".
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "Hi Dana, I'd love to learn what I could improve. [my name]")
    qtbot.waitUntil(lambda: len(editor.finding_labels) == 1, timeout=2000)
    assert shown(editor) == ["“[my name]” — Still to fill in: your own name."]
    assert editor.framing_heading.isVisible()
    assert editor.framing_heading.text() == "Before you send it"
    assert editor.framing_note.text() != "Reads kindly."
    editor.finding_labels[0].linkActivated.emit("0")
    assert editor.body.textCursor().selectedText() == "[my name]"
    qtbot.keyClicks(editor.body, "Sam")
    qtbot.waitUntil(lambda: not editor.finding_labels, timeout=2000)
    assert editor.framing_note.text() == "Reads kindly."


def test_a_blank_in_the_subject_is_named_and_selected_there(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    editor.set_letter(Letter("Thank you, [name]", "Thank you for your time!"))
    assert shown(editor) == [
        "“[name]” — Still to fill in: the name of the person you're writing to."]
    assert editor.framing_note.text() != "Reads kindly."
    editor.finding_labels[0].linkActivated.emit("0")
    assert editor.subject.selectedText() == "[name]"
    assert editor.subject.hasFocus() or not editor.isActiveWindow()


def test_a_shouted_paragraph_is_quoted_short(editor: LetterEditor) -> None:
    editor.set_framing_check(True)
    editor.set_letter(Letter("", "THANK YOU FOR THE INTERVIEW YESTERDAY, IT WAS GREAT TO MEET "
                                 "EVERYONE ON THE TEAM AND TO HEAR ABOUT THE ROADMAP"))
    [label] = shown(editor)
    quoted = label.split("” — ")[0].removeprefix("“")
    assert len(quoted) <= letter_editor.MAX_QUOTE and quoted.endswith("…")
    assert "Try: “Thank you for the interview yesterday, it was great" in label


def test_the_tone_check_speaks_the_language_of_the_program(editor, qtbot) -> None:
    editor.set_framing_check(True)
    assert language.apply("es")
    try:
        qtbot.keyClicks(editor.body, "¿Por que no me contrataron? Firmado: [my name]")
        qtbot.waitUntil(lambda: len(editor.finding_labels) == 2, timeout=2000)
        why_not, blank = shown(editor)
        assert "¿Qué podría mejorar para puestos como este?" in why_not
        assert "Les pide que defiendan su decisión" in why_not
        assert blank.endswith("Falta por rellenar: tu nombre.")
    finally:
        language.apply(language.SOURCE)
    # Back in English (Qt says so with a posted event), the same words are not an English
    # phrase, and the blank is named in English.
    qtbot.waitUntil(
        lambda: shown(editor) == ["“[my name]” — Still to fill in: your own name."], timeout=2000)


def test_a_letter_language_can_be_set_apart_from_the_program(editor, qtbot) -> None:
    editor.set_framing_check(True)
    editor.set_tone_language("es")
    assert editor.tone_language() == "es"
    # Typed without the accent, as people in a hurry do (QTest can't type "ó" anyway).
    qtbot.keyClicks(editor.body, "Exijo una explicacion")
    qtbot.waitUntil(lambda: len(editor.finding_labels) == 1, timeout=2000)
    assert "Suena a exigencia" in shown(editor)[0]
    editor.set_tone_language(None)
    assert editor.tone_language() == "en" and editor.finding_labels == []


# -- the template dialog ----------------------------------------------------------------


@pytest.fixture
def reset_answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Scripted answers to "Put back the original?"; each call pops the first."""
    queue: list[bool] = []

    def ask(parent: QWidget | None, title: str) -> bool:
        return queue.pop(0)

    monkeypatch.setattr(template_dialog, "ask_reset", ask)
    return queue


def test_template_dialog_saves_the_users_copy(qtbot, ops: Ops) -> None:
    dialog = TemplateDialog("thank_you", ops)
    qtbot.addWidget(dialog)
    assert dialog.text() == letters.load_shipped("thank_you")
    assert not dialog.reset_button.isEnabled()
    assert "{interview_date}" in dialog.placeholders.text()
    dialog.edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.edit, "P.S. Good luck with the launch!")
    dialog.save_button.click()
    assert dialog.result() == TemplateDialog.DialogCode.Accepted
    saved = ops.read(letters.template_for, "thank_you")
    assert saved.endswith("P.S. Good luck with the launch!")
    assert ops.read(letters.is_customised, "thank_you")
    # Nothing beside the store.
    assert not (ops.store.path.parent / "templates").exists()


def test_template_dialog_will_not_save_an_empty_template(qtbot, ops: Ops) -> None:
    dialog = TemplateDialog("feedback_request", ops)
    qtbot.addWidget(dialog)
    dialog.edit.selectAll()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Delete)
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert not ops.read(letters.is_customised, "feedback_request")


def test_template_dialog_puts_the_original_back_when_confirmed(
    qtbot, ops: Ops, reset_answers: list[bool]
) -> None:
    ops.run(None, letters.save_template, "feedback_request", "My own words, {name}.")
    dialog = TemplateDialog("feedback_request", ops)
    qtbot.addWidget(dialog)
    assert dialog.text() == "My own words, {name}."
    assert dialog.reset_button.isEnabled()
    reset_answers.append(False)
    dialog.reset_button.click()
    assert ops.read(letters.is_customised, "feedback_request")
    assert dialog.text() == "My own words, {name}."
    reset_answers.append(True)
    dialog.reset_button.click()
    assert not ops.read(letters.is_customised, "feedback_request")
    assert dialog.result() == TemplateDialog.DialogCode.Accepted
    assert dialog.text() == letters.load_shipped("feedback_request")


def test_template_dialog_cancel_changes_nothing(qtbot, ops: Ops) -> None:
    dialog = TemplateDialog("thank_you", ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, "scribble")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.result() == TemplateDialog.DialogCode.Rejected
    assert not ops.read(letters.is_customised, "thank_you")


def test_template_dialog_reports_a_failed_save_and_keeps_the_text(
    qtbot, ops: Ops, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = TemplateDialog("thank_you", ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, "My own opening. ")

    def full(self: Store) -> object:
        raise StoreFullError()

    monkeypatch.setattr(Store, "write", full)
    dialog.save_button.click()
    assert answers.warnings and "disk is full" in answers.warnings[0]
    assert dialog.result() != TemplateDialog.DialogCode.Accepted
    assert dialog.text().startswith("My own opening. ")


def test_adding_a_word_survives_a_deleted_editor(qtbot):
    """A highlighter whose editor is gone must not break "Add to dictionary" elsewhere."""
    import shiboken6

    from bounceback.ui.common import spelling
    from bounceback.ui.common.letter_editor import LetterEditor

    gone = LetterEditor()
    shiboken6.delete(gone)
    kept = LetterEditor()
    qtbot.addWidget(kept)
    spelling.add_to_dictionary("Zorblax")
    assert spelling.Speller().is_known("Zorblax")
