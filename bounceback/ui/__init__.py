"""Everything Qt. Widgets call services through :class:`bounceback.ui.common.ops.Ops`."""
