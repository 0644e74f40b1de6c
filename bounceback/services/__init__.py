"""Plain-Python operations on the store. Functions take a Session and return plain dataclasses.

Nothing here imports Qt. Callers own the transaction (``with s.begin(): ...``) so one user
action is one transaction, however many service calls it makes.
"""
