"""Settings: every preference BounceBack has, in one dialog."""
