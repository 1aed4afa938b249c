"""kroniek: the chronicle in Dutch news and government letters.

    from kroniek import Chronicle
    with Chronicle("kroniek.db") as chron:
        chron.ingest(["corpus/"])
        data = chron.export()
"""

from .chronicle import Chronicle, IngestReport
from .model import (
    Document,
    Entity,
    Event,
    EventMention,
    Mention,
    PublishedDate,
    Quote,
    Sentence,
    Story,
    Timex,
    Token,
)
from .settings import Settings

__version__ = "0.1.0"
__all__ = [
    "Chronicle", "Document", "Entity", "Event", "EventMention", "IngestReport", "Mention",
    "PublishedDate", "Quote", "Sentence", "Settings", "Story", "Timex", "Token",
]
