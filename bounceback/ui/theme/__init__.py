"""BounceBack's look, in one place: colours for light and dark, a spacing scale, a type scale
and the shapes (``tokens``), made into the application palette (``palette``), the fonts of
each kind of text (``text``) and one style sheet (``sheet``) for what a palette can't say
(a card's rounded edge, a status label's tint).

No widget elsewhere sets a colour or a font of its own (tests/ui/test_theme.py greps for it):
it says what a text *is* (``text.set_role(label, TextRole.HEADING)``) or what a frame is
(``sheet.mark(frame, Kind.CARD)``), and the theme says how that looks. A change of accent is
one line in ``tokens``.
"""
