"""Document -> annotated Document: Frog behind a small protocol, aligned to exact offsets."""

from .align import align
from .annotator import FrogAnnotator, mentions_from_tokens
from .frog import FrogBackend, FrogServer, FrogToken, RecordedFrog, record

__all__ = [
    "FrogAnnotator",
    "FrogBackend",
    "FrogServer",
    "FrogToken",
    "RecordedFrog",
    "align",
    "mentions_from_tokens",
    "record",
]
