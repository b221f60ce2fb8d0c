"""Errors the core raises. Each carries a message meant for the user, in one line."""


class JournalAppError(Exception):
    """Base class: str(error) is a complete sentence for the user."""


class FrameworkError(JournalAppError):
    """A framework file is missing, unreadable or invalid."""


class NotAJournalError(JournalAppError):
    """The file is not a Learning Journal (another SQLite file, or not SQLite at all)."""


class NewerVersionError(JournalAppError):
    """The journal was written by a newer version of the app."""


class DamagedJournalError(JournalAppError):
    """The journal file is a journal but damaged."""


class ReadOnlyError(JournalAppError):
    """A change was asked of a journal opened read-only."""


class InvalidOperation(JournalAppError):
    """A request that does not fit the journal (unknown stage, criterion, item...)."""


class DumpError(JournalAppError):
    """A journal dump file is not valid."""


class JournalMissingError(JournalAppError):
    """The open journal's file has gone (a USB stick pulled out, the file moved)."""


class ReviewRefused(JournalAppError):
    """A returned review that cannot be imported (the journal is untouched)."""
