"""Export and import: BounceBack's own JSON, CSV, Markdown, iCalendar, Daylio and jrnl.

Plain functions with no Qt, so the window, the command line and the tests share them. Each
import runs in the caller's one transaction: it either all lands or none of it does.
"""
