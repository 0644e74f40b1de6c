"""``python -m bounceback``."""

from bounceback.app import main

raise SystemExit(main())
