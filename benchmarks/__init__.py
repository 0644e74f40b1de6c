"""BounceBack's benchmark: realistic stores of a chosen size, and the timings the issue asks for.

    python -m benchmarks.generate --size large --out /tmp/bb-large   # a store to look at
    python -m benchmarks.run                                         # the whole benchmark

Nothing here is imported by the program or its tests' fixtures; it is a tool to rerun.
"""
