"""One exception tree for kroniek.

    KroniekError
    ├── InputError          an input could not be read or made into a document (names the input)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── TooLargeError
    │   └── ParseError      broken PDF, malformed feed/XML/HTML/JSON, ...
    ├── AnalysisError       Frog failed on a document
    │   └── FrogUnavailable Frog is not installed or cannot start
    ├── StoreError          the store cannot be opened or written
    └── EvalError           evaluation data missing or malformed
"""

from __future__ import annotations


class KroniekError(Exception):
    """Base of every error kroniek raises on purpose."""


class InputError(KroniekError):
    """An input could not be ingested; the message names it and says what to do."""

    def __init__(self, source: str, reason: str, hint: str = "") -> None:
        self.source = source
        self.reason = reason
        self.hint = hint
        msg = f"{source}: {reason}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Errors cross from the reading worker process to the batch: keep them picklable.
        return (self.__class__, (self.source, self.reason, self.hint))


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeError(InputError):
    pass


class ParseError(InputError):
    pass


class AnalysisError(KroniekError):
    pass


class FrogUnavailable(AnalysisError):
    pass


class StoreError(KroniekError):
    pass


class EvalError(KroniekError):
    pass
