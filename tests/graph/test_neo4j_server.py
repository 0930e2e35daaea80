"""The dev server itself (scripts/neo4j): auth, and a load killed midway then run again.

Starts a second dev server on NEO4J_TEST_AUX_PORT (default 7688) with a password,
so the main test server is never disturbed.  Needs Java and the cached jars
(`scripts/neo4j start` fetches them once).
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from graph.model import build_graph
from graph.store.base import StoreError
from graph.store.synthetic import comparable, make_fragments

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "neo4j"
PORT = int(os.environ.get("NEO4J_TEST_AUX_PORT", "7688"))
URI = f"bolt://127.0.0.1:{PORT}"
PASSWORD = "ukg-test-secret"
PIDFILE = ROOT / ".neo4j" / "run" / f"neo4j-{PORT}.pid"


def _server(cmd: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NEO4J_DEV_PASSWORD=PASSWORD, NEO4J_HEAP="512m")
    env.pop("NEO4J_HOME_DIR", None)
    return subprocess.run([str(SCRIPT), cmd, "--port", str(PORT)], env=env, capture_output=True, text=True, timeout=400)


@pytest.fixture(scope="module")
def aux_server():
    p = _server("start")
    if p.returncode != 0:
        msg = f"could not start a dev Neo4j on port {PORT}: {p.stdout}{p.stderr}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    yield URI
    _server("stop")


def test_neo4j_status_exit_code_says_running(aux_server):
    assert _server("status").returncode == 0
    assert _server("start").returncode == 0  # already running: a no-op success
    assert subprocess.run([str(SCRIPT), "status", "--port", "1"], capture_output=True).returncode != 0


def test_neo4j_auth_right_and_wrong_password(aux_server):
    from graph.store.neo4j import Neo4jStore

    with pytest.raises(StoreError, match="NEO4J_PASSWORD"):
        Neo4jStore(uri=aux_server, user="neo4j", password="wrong")
    with Neo4jStore(uri=aux_server, user="neo4j", password=PASSWORD) as store:
        store.wipe()
        store.write(make_fragments(2))
        assert store.counts()[0] > 0


LOADER = textwrap.dedent(
    """
    import sys
    from graph.store.base import StoreError
    from graph.store.neo4j import Neo4jStore
    from graph.store.synthetic import make_fragments
    try:
        store = Neo4jStore(tx_elements=300, max_retry_time=2)
        store.write(make_fragments(int(sys.argv[1]), seed=5))
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    """
)


def test_neo4j_load_killed_midway_then_rerun_gives_the_same_graph(aux_server):
    from graph.store.neo4j import Neo4jStore

    n = 150
    frags = make_fragments(n, seed=5)
    with Neo4jStore(uri=aux_server, password=PASSWORD) as store:
        store.wipe()
        store.ensure_schema()
    env = dict(os.environ, NEO4J_URI=aux_server, NEO4J_PASSWORD=PASSWORD, NEO4J_USER="neo4j", PYTHONPATH=str(ROOT))
    loader = subprocess.Popen([sys.executable, "-c", LOADER, str(n)], env=env, stderr=subprocess.PIPE, text=True)
    with Neo4jStore(uri=aux_server, password=PASSWORD) as watch:
        deadline = time.time() + 120
        while time.time() < deadline and len(watch.report_hashes()) < n // 10:
            time.sleep(0.05)
        loaded_before_kill = len(watch.report_hashes())
    os.kill(int(PIDFILE.read_text()), 9)  # the server dies mid-load, no clean shutdown
    _, err = loader.communicate(timeout=120)
    assert loaded_before_kill < n, "the load finished before the kill; make it bigger"
    assert loader.returncode == 2 and "Traceback" not in err and "scripts/neo4j start" in err

    PIDFILE.unlink()
    assert _server("start").returncode == 0  # recovery from the transaction log
    with Neo4jStore(uri=aux_server, password=PASSWORD) as store:
        partial = store.report_hashes()
        assert 0 < len(partial) < n
        outcome = store.write(frags).outcome
        assert sum(v == "unchanged" for v in outcome.values()) == len(partial)
        assert comparable(store.graph()) == comparable(build_graph(frags))
