"""The Bounce back tab: open plans and their four steps."""
