import gc
import threading

from tui.store import Store


def test_a_finished_threads_connection_is_released(tmp_path):
    store = Store(tmp_path / "g.db")
    threads = [threading.Thread(target=store.stats) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    gc.collect()
    assert len(store.db._connections) <= 2  # the main thread's, at most one straggler
    store.close()
