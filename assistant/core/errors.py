"""Exception types whose message is written for the user, already translated."""


class PequenoError(Exception):
    """An error caused by the environment or the user's input, with a user-readable message.

    Anything else escaping the core is a bug: it is logged with its traceback.
    """

    @property
    def message(self) -> str:
        """The user-readable message."""
        return str(self.args[0]) if self.args else ""


class EngineError(PequenoError):
    """A model could not be inspected, loaded or run (bad file, no memory, bad template...)."""


class Cancelled(PequenoError):
    """The user stopped the work (a reply, a summary, a load); nothing is wrong."""
