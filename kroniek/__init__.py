"""kroniek: the chronicle in Dutch news and government letters."""

from .model import (
    Document,
    Entity,
    EventMention,
    Mention,
    PublishedDate,
    Quote,
    Sentence,
    Timex,
    Token,
)

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "EventMention", "Mention", "PublishedDate", "Quote", "Sentence", "Token", "Timex"]
