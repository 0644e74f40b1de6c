"""Widgets of this tab."""
