# multiprocessing.Process with the default start method (fork): names,
# exit codes, is_alive/join, daemon, current_process and parent_process.
import multiprocessing as mp
import sys
import time


class OnlyHeadlines:
    """Keeps the lines of a child's error report that name no file."""

    def write(self, text):
        for line in text.splitlines():
            if line and not line.startswith(" "):
                sys.stdout.write("stderr: " + line + "\n")

    def flush(self):
        sys.stdout.flush()


def show(*args, **kwargs):
    me = mp.current_process()
    print("child", me.name, "args", args, "kwargs", kwargs,
          "parent", mp.parent_process().name, "daemon", me.daemon)


def exit_with(code):
    sys.exit(code)


def fail():
    sys.stderr = OnlyHeadlines()
    raise ValueError("boom")


def sleep_long():
    time.sleep(30)


if __name__ == "__main__":
    print("start method:", mp.get_start_method())
    print("main:", mp.current_process().name, mp.parent_process())
    p = mp.Process(target=show, args=(1, "two"), kwargs={"three": 3})
    print(p.name, p.exitcode, p.is_alive(), p.pid is None)
    p.start()
    p.join()
    print(p.name, "exitcode", p.exitcode, "alive", p.is_alive(), "pid known", p.pid is not None)

    named = mp.Process(target=show, name="worker-A", daemon=True)
    named.start()
    named.join()
    print(named.name, named.daemon, named.exitcode)

    for code in (0, 3, None, "message"):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)

    p = mp.Process(target=fail)
    p.start()
    p.join()
    print("failed child exitcode", p.exitcode)

    p = mp.Process(target=sleep_long)
    p.start()
    print("alive before terminate:", p.is_alive(), p in mp.active_children())
    p.terminate()
    p.join()
    print("terminated exitcode", p.exitcode, "alive", p.is_alive())
    p.join(timeout=0.5)

    p = mp.Process(target=sleep_long)
    p.start()
    p.join(timeout=0.05)
    print("after join(timeout): exitcode", p.exitcode)
    p.kill()
    p.join()
    print("killed exitcode", p.exitcode)
    print("children left:", mp.active_children())

    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    print("cpu_count is int:", isinstance(mp.cpu_count(), int))
