"""The calls of the official Python client (huggingface_hub) that users of hf-space-action make,
run against the Hub emulator by __tests__/emulator-python-client.test.ts.

Usage: python official_client.py <command> <json arguments>
The endpoint and token come from HF_ENDPOINT and HF_TOKEN. Each command prints one JSON object;
an error the command expects is reported in it (status and message), any other one fails.
"""

import json
import sys

from huggingface_hub import HfApi, hf_hub_download
from huggingface_hub.errors import HfHubHTTPError

api = HfApi()


def http_error(call):
    """The status and message of the HTTP error `call` raises (it must raise one)."""
    try:
        call()
    except HfHubHTTPError as error:
        return {"status": error.response.status_code, "message": str(error)}
    raise AssertionError("expected an HTTP error")


def deploy(repo_id, folder, message):
    url = api.create_repo(repo_id, repo_type="space", space_sdk="gradio", exist_ok=True)
    again = api.create_repo(repo_id, repo_type="space", space_sdk="gradio", exist_ok=True)
    commit = api.upload_folder(
        repo_id=repo_id, repo_type="space", folder_path=folder, commit_message=message
    )
    return {"url": str(url), "again": str(again), "commit": commit.oid, "commit_url": commit.commit_url}


def invalid_readme(repo_id, folder):
    try:
        api.upload_folder(repo_id=repo_id, repo_type="space", folder_path=folder)
    except ValueError as error:
        return {"refused": str(error)}
    raise AssertionError("the README was accepted")


def read(repo_id):
    info = api.space_info(repo_id, files_metadata=True)
    tree = list(api.list_repo_tree(repo_id, repo_type="space", recursive=True, expand=True))
    paths = api.get_paths_info(repo_id, ["app.py", "assets"], repo_type="space", expand=True)
    return {
        "sha": info.sha,
        "card_data": info.card_data.to_dict() if info.card_data else None,
        "created_at": info.created_at.isoformat(),
        "last_modified": info.last_modified.isoformat(),
        "siblings": [
            {
                "rfilename": s.rfilename,
                "size": s.size,
                "blob_id": s.blob_id,
                "lfs_sha256": s.lfs.sha256 if s.lfs else None,
            }
            for s in info.siblings
        ],
        "files": api.list_repo_files(repo_id, repo_type="space"),
        "commits": [
            {"id": c.commit_id, "title": c.title, "date": c.created_at.isoformat()}
            for c in api.list_repo_commits(repo_id, repo_type="space")
        ],
        "tree": [{"path": f.path, "last_commit": f.last_commit.date.isoformat()} for f in tree],
        "paths": [{"path": p.path, "last_commit": p.last_commit.date.isoformat()} for p in paths],
    }


def download(repo_id, files, cache_dir):
    return {
        "paths": [
            hf_hub_download(repo_id, path, repo_type="space", revision=revision, cache_dir=cache_dir)
            for path, revision in files
        ]
    }


def refs(repo_id):
    api.create_branch(repo_id, repo_type="space", branch="preview")
    api.create_branch(repo_id, repo_type="space", branch="preview", exist_ok=True)
    branch_twice = http_error(lambda: api.create_branch(repo_id, repo_type="space", branch="preview"))
    api.create_tag(repo_id, repo_type="space", tag="v1", revision="preview", tag_message="First")
    tag_twice = http_error(lambda: api.create_tag(repo_id, repo_type="space", tag="v1"))
    api.create_tag(repo_id, repo_type="space", tag="v1", exist_ok=True)
    delete_main = http_error(lambda: api.delete_branch(repo_id, repo_type="space", branch="main"))
    listed = api.list_repo_refs(repo_id, repo_type="space")
    api.create_branch(repo_id, repo_type="space", branch="scratch")
    api.delete_branch(repo_id, repo_type="space", branch="scratch")
    api.create_tag(repo_id, repo_type="space", tag="gone")
    api.delete_tag(repo_id, repo_type="space", tag="gone")
    final = api.list_repo_refs(repo_id, repo_type="space")
    return {
        "branch_twice": branch_twice,
        "tag_twice": tag_twice,
        "delete_main": delete_main,
        "branches": {b.name: b.target_commit for b in listed.branches},
        "tags": {t.name: t.target_commit for t in listed.tags},
        "final_branches": sorted(b.name for b in final.branches),
        "final_tags": sorted(t.name for t in final.tags),
    }


def runtime(repo_id):
    before = api.get_space_runtime(repo_id)
    restarted = api.restart_space(repo_id)
    return {
        "stage": before.stage,
        "requested_hardware": before.requested_hardware,
        "after_restart": restarted.stage,
    }


COMMANDS = {
    "deploy": deploy,
    "invalid_readme": invalid_readme,
    "read": read,
    "download": download,
    "refs": refs,
    "runtime": runtime,
}

if __name__ == "__main__":
    command, arguments = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(COMMANDS[command](*arguments)))
