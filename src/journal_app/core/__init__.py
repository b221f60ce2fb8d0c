"""The Qt-free core: frameworks, the journal store, domain operations, exchange and reports."""
