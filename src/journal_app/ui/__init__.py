"""The Qt window: widgets, dialogs and item models over the core."""
