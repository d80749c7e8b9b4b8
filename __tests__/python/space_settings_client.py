"""The Space-configuration calls of the official Python client (huggingface_hub), run against the
Hub emulator by __tests__/space-config-python-client.test.ts: secrets, variables, hardware, sleep
time, the hardware catalogue, duplication and deletion.

Usage: python space_settings_client.py <command> <json arguments>
The endpoint and token come from HF_ENDPOINT and HF_TOKEN. Each command prints one JSON object.
"""

import json
import sys

from huggingface_hub import HfApi
from huggingface_hub.errors import HfHubHTTPError

api = HfApi()


def settings(repo_id):
    api.add_space_secret(repo_id, "API_KEY", "py-secret-value", description="from python")
    api.add_space_variable(repo_id, "MODEL_ID", "gpt2", description="the model")
    api.add_space_variable(repo_id, "DROP_ME", "x")
    api.delete_space_variable(repo_id, "DROP_ME")
    api.delete_space_secret(repo_id, "NEVER_SET")
    secrets = api.get_space_secrets(repo_id)
    variables = api.get_space_variables(repo_id)
    runtime = api.request_space_hardware(repo_id, "cpu-upgrade", sleep_time=3600)
    slept = api.set_space_sleep_time(repo_id, -1)
    return {
        "secrets": {k: {"description": v.description, "updated": v.updated_at is not None} for k, v in secrets.items()},
        "variables": {k: {"value": v.value, "description": v.description} for k, v in variables.items()},
        "hardware_stage": runtime.stage,
        "requested": runtime.requested_hardware,
        "sleep_after_hardware": runtime.sleep_time,
        "sleep_after_never": slept.sleep_time,
    }


def hardware():
    flavors = api.list_spaces_hardware()
    gpu = next(f for f in flavors if f.accelerator)
    return {"names": [f.name for f in flavors], "gpu": [gpu.name, gpu.accelerator.manufacturer]}


def duplicate(from_id, to_id):
    url = api.duplicate_repo(
        from_id,
        to_id,
        repo_type="space",
        private=True,
        space_secrets=[{"key": "TOKEN", "value": "dup-secret"}],
        space_variables=[{"key": "LEVEL", "value": "2"}],
    )
    again = api.duplicate_repo(from_id, to_id, repo_type="space", exist_ok=True)
    try:
        api.duplicate_repo(from_id, to_id, repo_type="space")
        conflict = None
    except HfHubHTTPError as error:
        conflict = error.response.status_code
    return {"url": str(url), "again": str(again), "conflict": conflict}


def delete(repo_id):
    api.delete_repo(repo_id, repo_type="space")
    api.delete_repo(repo_id, repo_type="space", missing_ok=True)
    return {"exists": api.repo_exists(repo_id, repo_type="space")}


COMMANDS = {"settings": settings, "hardware": hardware, "duplicate": duplicate, "delete": delete}

if __name__ == "__main__":
    command, arguments = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(COMMANDS[command](*arguments)))
