"""The engine of huggingface/hub-sync: huggingface_hub's upload_folder (Xet off), as a user runs it.

    python bench/python-upload.py <hub url> <token> <space id> <folder> <rss file>

Writes its peak RSS (kB) to <rss file> when it exits.
"""
import atexit
import resource
import sys

hub_url, token, space, folder, rss_file = sys.argv[1:6]


@atexit.register
def _rss() -> None:
    with open(rss_file, "w") as f:
        f.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


import huggingface_hub  # noqa: E402  (timed: the import is part of the engine's start)
from huggingface_hub import HfApi  # noqa: E402
from huggingface_hub.utils import _datetime  # noqa: E402

# Until the emulator's timestamps carry the Hub's milliseconds, accept any ISO 8601 form.
_strict = _datetime.parse_datetime


def _lenient(value):
    try:
        return _strict(value)
    except ValueError:
        from datetime import datetime

        return datetime.fromisoformat(value.replace("Z", "+00:00"))


_datetime.parse_datetime = _lenient
huggingface_hub.hf_api.parse_datetime = _lenient

HfApi(endpoint=hub_url, token=token).upload_folder(
    repo_id=space, repo_type="space", folder_path=folder, commit_message="Deploy with huggingface_hub"
)
