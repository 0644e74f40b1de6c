"""BounceBack: a private desktop companion for job seekers after a rejection."""

__version__ = "0.1.0"
APP_NAME = "BounceBack"
