"""A gentle nudge: if a recruiter was involved, they are often the better person to ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bounceback.services.contacts import ContactRow
from bounceback.ui.common.i18n import fill


class RecruiterHint(QFrame):
    """One line and a button that picks the recruiter; hidden when it has nothing to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def asking_recruiter(
        self, recruiters: list[ContactRow], whom: str, contact_id: int | None
    ) -> bool:
        """Whether the note already asks a recruiter."""
        whom = whom.strip().casefold()
        if contact_id is not None and contact_id in {r.id for r in recruiters}:
            return True
        if whom and any(r.name.casefold() in whom or whom == r.name.split()[0].casefold()
                        for r in recruiters):
            return True
        # "Sam (recruiter)" or "the recruiter" is a recruiter too.
        words = {"recruiter", self.tr("recruiter").casefold()}
        return bool(whom) and any(w in whom for w in words)

    def update_for(
        self,
        recruiters: list[ContactRow],
        via_recruiter: bool,
        not_asked_yet: bool,
        whom: str,
        contact_id: int | None,
    ) -> None:
        """Show the nudge while a request is not sent yet and does not go to a recruiter."""
        involved = bool(recruiters) or via_recruiter
        show = (involved and not_asked_yet
                and not self.asking_recruiter(recruiters, whom, contact_id))
        if show:
            lead = self.tr(
                "A recruiter was involved — they often can say more than the hiring team.")
            if recruiters:
                name = recruiters[0].name
                self.text.setText(lead + " " + fill(self.tr("Ask %1 first?"), name))
                self.button.setText(fill(self.tr("Ask %1"), name))
                self.button.setAccessibleName(
                    fill(self.tr("Ask %1, the recruiter"), name))
            else:
                self.text.setText(lead + " " + self.tr("Ask them first?"))
                self.button.setText(self.tr("Ask the recruiter"))
                self.button.setAccessibleName(self.tr("Ask the recruiter"))
        self.setVisible(show)
