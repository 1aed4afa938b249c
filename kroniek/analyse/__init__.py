"""Document -> annotated Document: Frog behind a small protocol, aligned to exact offsets."""

from .align import align
from .frog import FrogBackend, FrogServer, FrogToken, RecordedFrog, record
from .annotator import FrogAnnotator, mentions_from_tokens

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
