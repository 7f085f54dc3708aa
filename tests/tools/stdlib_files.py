"""The set of CPython standard-library files that the parser tools run over.

Shared by tests/tools/dump_compare.py and bench/parse_bench.py so that both
measure the same thing: every ``.py`` file under the stdlib directory, except
what lives under ``site-packages`` or ``dist-packages`` (third-party code, and
on Debian a symlink farm), in a stable sorted order.
"""

import os
import subprocess
import sysconfig

EXCLUDED_DIRS = {"site-packages", "dist-packages", "__pycache__"}


def stdlib_dir(python=None):
    """The stdlib directory of ``python`` (a path), or of this interpreter."""
    if python is None:
        return sysconfig.get_paths()["stdlib"]
    out = subprocess.run(
        [python, "-c", 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
        check=True, capture_output=True, text=True)
    return out.stdout.strip()


def python_files(root):
    """Every .py file under ``root`` (a file or a folder), sorted."""
    if os.path.isfile(root):
        return [root]
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in EXCLUDED_DIRS)
        found.extend(os.path.join(folder, f) for f in files if f.endswith(".py"))
    return sorted(found)


def read_source(path):
    """The text CPython's reference dump is computed from (see dump_compare.py)."""
    with open(path, encoding="utf-8") as f:
        return f.read()
