"""Propose the dev6 posts: drawn as dev5 (and the first 28 posts, so the test split) were.

The same plain random draw as ``sample_dev5.py`` -- posts of 300-1,400 cleaned characters, at most
``PER_OUTLET`` per outlet, none in a gold set under eval/, no strata of kind or outlet -- with a
seed of its own, and only from calendar days that no trigger split (dev5 included) holds. The
annotator reads each proposal and keeps it or takes the next one (a post given on the command line
is set aside: a list, a table, a duplicate). Prints post ids only.

    KRONIEK_LEESTMEER_DIR=/work/data/leestmeer-2019-05-08 python3 eval/triggers/sample_dev6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sample_dev5  # noqa: E402

SEED = 20261213


if __name__ == "__main__":
    sample_dev5.main(SEED)
