"""Help for the person using BounceBack: the keyboard shortcuts sheet."""
