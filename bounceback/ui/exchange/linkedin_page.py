"""The import wizard's look at a LinkedIn archive before anything is written: what it will add,
what is already here, and the connections who work where you applied, to choose one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bounceback.services.exchange.linkedin import LinkedInPreview, Offer
from bounceback.ui.common import labels
from bounceback.ui.common.i18n import fill, tr
from bounceback.ui.theme.text import set_role
from bounceback.ui.theme.tokens import TextRole

KEY_ROLE = Qt.ItemDataRole.UserRole


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return fill(tr("%1 and %2"), ", ".join(parts[:-1]), parts[-1])


def preview_text(found: LinkedInPreview) -> str:
    """"42 applications (with 25 screening answers) and 7 saved jobs are new; 3 people …" """
    new: list[str] = []
    if found.applications:
        new.append(tr("%Ln application(s)", "", found.applications))
    if found.saved_jobs:
        new.append(tr("%Ln saved job(s)", "", found.saved_jobs))
    sentences: list[str] = []
    if new:
        sentences.append(fill(tr("New from this archive: %1."), _join(new)))
    elif found.already and not (found.now_applied or found.marks):
        sentences.append(tr("Nothing new to add from this archive."))
    if found.screening_answers:
        sentences.append(tr("Your answers to %Ln screening question(s) are kept with them, "
                            "for when you look back.", "", found.screening_answers))
    if found.now_applied:
        sentences.append(tr("%Ln saved job(s) here were applied to since; they move on to "
                            "Applied.", "", found.now_applied))
    if found.marks:
        sentences.append(tr("%Ln of your People will be marked as connected on LinkedIn.", "",
                            len(found.marks)))
    if found.already:
        sentences.append(tr("%Ln job(s) in it are already here and stay as they are.", "",
                            found.already))
    if not sentences:
        sentences.append(tr("Everything in this archive is already here."))
    return " ".join(sentences)


def files_text(found: LinkedInPreview) -> str:
    return fill(tr("Read: %1. Nothing else in the archive was opened."), ", ".join(found.files))


def _offer_item(offer: Offer) -> QTreeWidgetItem:
    works = (fill(tr("%1 at %2"), offer.position, offer.company) if offer.position
             else offer.company)
    item = QTreeWidgetItem([offer.name, works, offer.application,
                            labels.date(offer.connected_on) if offer.connected_on else ""])
    for column in (1, 2):  # elided when the window is narrow: whole in the tooltip
        item.setToolTip(column, item.text(column))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    item.setData(0, KEY_ROLE, offer.key)
    return item


class LinkedInPage(QWidget):
    """Filled from a :class:`LinkedInPreview`; :meth:`chosen` are the offers ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("linkedin_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.files = QLabel(self)
        self.files.setObjectName("linkedin_files")
        self.files.setWordWrap(True)
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.files, TextRole.CAPTION)
        self.offers_title = QLabel(self)
        self.offers_title.setWordWrap(True)
        set_role(self.offers_title, TextRole.STRONG)
        self.offers_hint = QLabel(self.tr(
            "Tick the ones you'd like among that application's People: someone to thank, ask "
            "for feedback or stay in touch with. Nobody is added unless you tick them."), self)
        self.offers_hint.setWordWrap(True)
        self.offers = QTreeWidget(self)
        self.offers.setObjectName("linkedin_offers")
        self.offers.setAccessibleName(self.tr("Connections who work where you applied"))
        self.offers.setHeaderLabels([self.tr("Name"), self.tr("Works as"),
                                     self.tr("Would join"), self.tr("Connected")])
        self.offers.setRootIsDecorated(False)
        self.offers.setUniformRowHeights(True)
        self.offers.setAlternatingRowColors(True)
        self.all_button = QPushButton(self.tr("Tick all"), self)
        self.none_button = QPushButton(self.tr("Untick all"), self)
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.files)
        layout.addSpacing(6)
        layout.addWidget(self.offers_title)
        layout.addWidget(self.offers_hint)
        layout.addWidget(self.offers, 1)
        layout.addLayout(buttons)
        self.filler = QWidget(self)
        layout.addWidget(self.filler, 1)
        self._offer_widgets: list[QWidget] = [self.offers_title, self.offers_hint, self.offers,
                                              self.all_button, self.none_button]

        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.offers.itemChanged.connect(lambda _item, _column: self.changed.emit())

    def set_preview(self, found: LinkedInPreview) -> None:
        self.summary.setText(preview_text(found))
        self.files.setText(files_text(found))
        self.offers.clear()
        self.offers.addTopLevelItems([_offer_item(o) for o in found.offers])
        self.offers_title.setText(tr(
            "%Ln of your connections work where you applied.", "", len(found.offers)))
        for widget in self._offer_widgets:
            widget.setVisible(bool(found.offers))
        self.filler.setVisible(not found.offers)
        if found.offers:
            # Names and dates whole; the job and the application share what is left.
            header = self.offers.header()
            header.setStretchLastSection(False)
            for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                           QHeaderView.ResizeMode.Stretch,
                                           QHeaderView.ResizeMode.Stretch,
                                           QHeaderView.ResizeMode.ResizeToContents)):
                header.setSectionResizeMode(column, mode)
            self.offers.setCurrentItem(self._items()[0])

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.offers.topLevelItem(i) for i in range(self.offers.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(0, state)

    def chosen(self) -> list[str]:
        return [str(item.data(0, KEY_ROLE)) for item in self._items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def focus_first(self) -> None:
        (self.offers if self.offers.isVisible() else self.summary).setFocus()
