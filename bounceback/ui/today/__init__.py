"""The Today view: what is due, with one-click actions; reminder settings; tray notices."""
