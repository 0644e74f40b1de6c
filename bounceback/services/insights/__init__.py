"""Figures behind the charts in each tab: plain numbers computed from the store."""
